from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="Tag")

# The keys `from_dict` reads into attributes; any other key goes to `additional_properties`.
_KNOWN_KEYS = frozenset(
    (
        "name",
        "link",
        "modelCount",
    )
)


@_attrs_define
class Tag(AdditionalProperties[Any]):
    """
    Attributes:
        name (str):
        link (str | Unset): URL of this tag's models in /models.
        model_count (int | None | Unset): Removed on 2025-02-27; in older data.
    """

    name: str
    link: str | Unset = UNSET
    model_count: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: each property that is set, in the spec's order, then any other key."""
        field_dict: dict[str, Any] = {}
        field_dict["name"] = self.name

        if self.link is not UNSET:
            field_dict["link"] = self.link

        if self.model_count is not UNSET:
            field_dict["modelCount"] = self.model_count

        for key, value in self.additional_properties.items():
            if key not in field_dict:
                field_dict[key] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a decoded JSON object, read key by key and never modified; a key the spec
        does not name is kept in `additional_properties`."""
        # Set as attrs' own __init__ would, without the call (the types module says why).
        tag = cls.__new__(cls)
        tag.name = src_dict["name"]
        tag.link = src_dict.get("link", UNSET)
        tag.model_count = src_dict.get("modelCount", UNSET)
        if _KNOWN_KEYS.issuperset(src_dict):
            tag.additional_properties = {}
        else:
            tag.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return tag
