from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="CursorMetadata")

# The keys `from_dict` reads into attributes; any other key goes to `additional_properties`.
_KNOWN_KEYS = frozenset(
    (
        "nextCursor",
        "nextPage",
        "currentPage",
        "pageSize",
    )
)


@_attrs_define
class CursorMetadata(AdditionalProperties[Any]):
    """Cursor pagination. `nextCursor`/`nextPage` are absent on the last page;
    `currentPage`/`pageSize` only appear in page mode.

        Attributes:
            next_cursor (str | Unset):
            next_page (str | Unset): Absolute URL of the next page; repeats every query parameter, `token` included.
            current_page (int | Unset):
            page_size (int | Unset):
    """

    next_cursor: str | Unset = UNSET
    next_page: str | Unset = UNSET
    current_page: int | Unset = UNSET
    page_size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: each property that is set, in the spec's order, then any other key."""
        field_dict: dict[str, Any] = {}
        if self.next_cursor is not UNSET:
            field_dict["nextCursor"] = self.next_cursor

        if self.next_page is not UNSET:
            field_dict["nextPage"] = self.next_page

        if self.current_page is not UNSET:
            field_dict["currentPage"] = self.current_page

        if self.page_size is not UNSET:
            field_dict["pageSize"] = self.page_size

        for key, value in self.additional_properties.items():
            if key not in field_dict:
                field_dict[key] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a decoded JSON object, read key by key and never modified; a key the spec
        does not name is kept in `additional_properties`."""
        # Set as attrs' own __init__ would, without the call (the types module says why).
        cursor_metadata = cls.__new__(cls)
        cursor_metadata.next_cursor = src_dict.get("nextCursor", UNSET)
        cursor_metadata.next_page = src_dict.get("nextPage", UNSET)
        cursor_metadata.current_page = src_dict.get("currentPage", UNSET)
        cursor_metadata.page_size = src_dict.get("pageSize", UNSET)
        if _KNOWN_KEYS.issuperset(src_dict):
            cursor_metadata.additional_properties = {}
        else:
            cursor_metadata.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return cursor_metadata
