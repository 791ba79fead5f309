from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="CollectionsMetadata")

# The keys `from_dict` reads into attributes; any other key goes to `additional_properties`.
_KNOWN_KEYS = frozenset(
    (
        "nextCursor",
        "nextPage",
    )
)


@_attrs_define
class CollectionsMetadata(AdditionalProperties[Any]):
    """Cursor pagination; here the cursor is a collection id (a number).

    Attributes:
        next_cursor (int | Unset):
        next_page (str | Unset):
    """

    next_cursor: int | Unset = UNSET
    next_page: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: each property that is set, in the spec's order, then any other key."""
        field_dict: dict[str, Any] = {}
        if self.next_cursor is not UNSET:
            field_dict["nextCursor"] = self.next_cursor

        if self.next_page is not UNSET:
            field_dict["nextPage"] = self.next_page

        for key, value in self.additional_properties.items():
            if key not in field_dict:
                field_dict[key] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a decoded JSON object, read key by key and never modified; a key the spec
        does not name is kept in `additional_properties`."""
        # Set as attrs' own __init__ would, without the call (the types module says why).
        collections_metadata = cls.__new__(cls)
        collections_metadata.next_cursor = src_dict.get("nextCursor", UNSET)
        collections_metadata.next_page = src_dict.get("nextPage", UNSET)
        if _KNOWN_KEYS.issuperset(src_dict):
            collections_metadata.additional_properties = {}
        else:
            collections_metadata.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return collections_metadata
