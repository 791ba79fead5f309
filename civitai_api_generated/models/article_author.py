from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="ArticleAuthor")

# The keys `from_dict` reads into attributes; any other key goes to `additional_properties`.
_KNOWN_KEYS = frozenset(
    (
        "id",
        "username",
        "image",
    )
)


@_attrs_define
class ArticleAuthor(AdditionalProperties[Any]):
    """
    Attributes:
        id (int | Unset):
        username (None | str | Unset):
        image (None | str | Unset):
    """

    id: int | Unset = UNSET
    username: None | str | Unset = UNSET
    image: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: each property that is set, in the spec's order, then any other key."""
        field_dict: dict[str, Any] = {}
        if self.id is not UNSET:
            field_dict["id"] = self.id

        if self.username is not UNSET:
            field_dict["username"] = self.username

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
        article_author = cls.__new__(cls)
        article_author.id = src_dict.get("id", UNSET)
        article_author.username = src_dict.get("username", UNSET)
        article_author.image = src_dict.get("image", UNSET)
        if _KNOWN_KEYS.issuperset(src_dict):
            article_author.additional_properties = {}
        else:
            article_author.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return article_author
