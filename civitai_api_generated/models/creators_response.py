from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="CreatorsResponse")

# The keys `from_dict` reads into attributes; any other key goes to `additional_properties`.
_KNOWN_KEYS = frozenset(
    (
        "items",
        "metadata",
    )
)


@_attrs_define
class CreatorsResponse(AdditionalProperties[Any]):
    """
    Attributes:
        items (list[Creator]):
        metadata (PageMetadata): Page pagination of /creators and /tags.
    """

    items: list[Creator]
    metadata: PageMetadata
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: each property that is set, in the spec's order, then any other key."""
        field_dict: dict[str, Any] = {}
        items = self.items
        field_dict["items"] = [items_item_data.to_dict() for items_item_data in items]

        metadata = self.metadata
        field_dict["metadata"] = metadata.to_dict()

        for key, value in self.additional_properties.items():
            if key not in field_dict:
                field_dict[key] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a decoded JSON object, read key by key and never modified; a key the spec
        does not name is kept in `additional_properties`."""
        # Set as attrs' own __init__ would, without the call (the types module says why).
        creators_response = cls.__new__(cls)
        creators_response.items = [
            Creator.from_dict(items_item_data) for items_item_data in src_dict["items"]
        ]
        creators_response.metadata = PageMetadata.from_dict(src_dict["metadata"])
        if _KNOWN_KEYS.issuperset(src_dict):
            creators_response.additional_properties = {}
        else:
            creators_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return creators_response


# Imported last, once: a model module that refers back to this one finds this class defined.
from ..models.creator import Creator  # noqa: E402
from ..models.page_metadata import PageMetadata  # noqa: E402
