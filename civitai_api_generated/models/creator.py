from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="Creator")

# The keys `from_dict` reads into attributes; any other key goes to `additional_properties`.
_KNOWN_KEYS = frozenset(
    (
        "username",
        "modelCount",
        "link",
        "image",
    )
)


@_attrs_define
class Creator(AdditionalProperties[Any]):
    """
    Attributes:
        username (None | str):
        model_count (int | None | Unset): Published models; absent when 0.
        link (str | Unset): URL of this creator's models in /models.
        image (str | Unset): Avatar URL; absent without an avatar.
    """

    username: None | str
    model_count: int | None | Unset = UNSET
    link: str | Unset = UNSET
    image: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: each property that is set, in the spec's order, then any other key."""
        field_dict: dict[str, Any] = {}
        field_dict["username"] = self.username

        if self.model_count is not UNSET:
            field_dict["modelCount"] = self.model_count

        if self.link is not UNSET:
            field_dict["link"] = self.link

        if self.image is not UNSET:
            field_dict["image"] = self.image

        for key, value in self.additional_properties.items():
            if key not in field_dict:
                field_dict[key] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a decoded JSON object, read key by key and never modified; a key the spec
        does not name is kept in `additional_properties`."""
        # Set as attrs' own __init__ would, without the call (the types module says why).
        creator = cls.__new__(cls)
        creator.username = src_dict["username"]
        creator.model_count = src_dict.get("modelCount", UNSET)
        creator.link = src_dict.get("link", UNSET)
        creator.image = src_dict.get("image", UNSET)
        if _KNOWN_KEYS.issuperset(src_dict):
            creator.additional_properties = {}
        else:
            creator.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return creator
