from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="ArticleCoverImage")

# The keys `from_dict` reads into attributes; any other key goes to `additional_properties`.
_KNOWN_KEYS = frozenset(
    (
        "id",
        "url",
        "nsfwLevel",
        "width",
        "height",
    )
)


@_attrs_define
class ArticleCoverImage(AdditionalProperties[Any]):
    """
    Attributes:
        id (int | Unset):
        url (str | Unset):
        nsfw_level (int | Unset):
        width (int | Unset):
        height (int | Unset):
    """

    id: int | Unset = UNSET
    url: str | Unset = UNSET
    nsfw_level: int | Unset = UNSET
    width: int | Unset = UNSET
    height: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: each property that is set, in the spec's order, then any other key."""
        field_dict: dict[str, Any] = {}
        if self.id is not UNSET:
            field_dict["id"] = self.id

        if self.url is not UNSET:
            field_dict["url"] = self.url

        if self.nsfw_level is not UNSET:
            field_dict["nsfwLevel"] = self.nsfw_level

        if self.width is not UNSET:
            field_dict["width"] = self.width

        if self.height is not UNSET:
            field_dict["height"] = self.height

        for key, value in self.additional_properties.items():
            if key not in field_dict:
                field_dict[key] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a decoded JSON object, read key by key and never modified; a key the spec
        does not name is kept in `additional_properties`."""
        # Set as attrs' own __init__ would, without the call (the types module says why).
        article_cover_image = cls.__new__(cls)
        article_cover_image.id = src_dict.get("id", UNSET)
        article_cover_image.url = src_dict.get("url", UNSET)
        article_cover_image.nsfw_level = src_dict.get("nsfwLevel", UNSET)
        article_cover_image.width = src_dict.get("width", UNSET)
        article_cover_image.height = src_dict.get("height", UNSET)
        if _KNOWN_KEYS.issuperset(src_dict):
            article_cover_image.additional_properties = {}
        else:
            article_cover_image.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return article_cover_image
