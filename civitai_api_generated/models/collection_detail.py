from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="CollectionDetail")

# The keys `from_dict` reads into attributes; any other key goes to `additional_properties`.
_KNOWN_KEYS = frozenset(
    (
        "id",
        "name",
        "description",
        "type",
        "nsfwLevel",
        "read",
        "isPublic",
        "coverImageUrl",
        "user",
        "tags",
    )
)


@_attrs_define
class CollectionDetail(AdditionalProperties[Any]):
    """One public collection, with its tags. Only `id` and `name` are required.

    Attributes:
        id (int):
        name (str):
        description (None | str | Unset):
        type_ (None | str | Unset):
        nsfw_level (int | None | Unset):
        read (str | Unset):
        is_public (bool | Unset):
        cover_image_url (None | str | Unset):
        user (CollectionOwner | Unset):
        tags (list[TagRef] | Unset):
    """

    id: int
    name: str
    description: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    nsfw_level: int | None | Unset = UNSET
    read: str | Unset = UNSET
    is_public: bool | Unset = UNSET
    cover_image_url: None | str | Unset = UNSET
    user: CollectionOwner | Unset = UNSET
    tags: list[TagRef] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: each property that is set, in the spec's order, then any other key."""
        field_dict: dict[str, Any] = {}
        field_dict["id"] = self.id

        field_dict["name"] = self.name

        if self.description is not UNSET:
            field_dict["description"] = self.description

        if self.type_ is not UNSET:
            field_dict["type"] = self.type_

        if self.nsfw_level is not UNSET:
            field_dict["nsfwLevel"] = self.nsfw_level

        if self.read is not UNSET:
            field_dict["read"] = self.read

        if self.is_public is not UNSET:
            field_dict["isPublic"] = self.is_public

        if self.cover_image_url is not UNSET:
            field_dict["coverImageUrl"] = self.cover_image_url

        user = self.user
        if not isinstance(user, Unset):
            field_dict["user"] = user.to_dict()

        tags = self.tags
        if not isinstance(tags, Unset):
            field_dict["tags"] = [tags_item_data.to_dict() for tags_item_data in tags]

        for key, value in self.additional_properties.items():
            if key not in field_dict:
                field_dict[key] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a decoded JSON object, read key by key and never modified; a key the spec
        does not name is kept in `additional_properties`."""
        # Set as attrs' own __init__ would, without the call (the types module says why).
        collection_detail = cls.__new__(cls)
        collection_detail.id = src_dict["id"]
        collection_detail.name = src_dict["name"]
        collection_detail.description = src_dict.get("description", UNSET)
        collection_detail.type_ = src_dict.get("type", UNSET)
        collection_detail.nsfw_level = src_dict.get("nsfwLevel", UNSET)
        collection_detail.read = src_dict.get("read", UNSET)
        collection_detail.is_public = src_dict.get("isPublic", UNSET)
        collection_detail.cover_image_url = src_dict.get("coverImageUrl", UNSET)
        collection_detail.user = (
            CollectionOwner.from_dict(src_dict["user"]) if "user" in src_dict else UNSET
        )
        collection_detail.tags = (
            [TagRef.from_dict(tags_item_data) for tags_item_data in src_dict["tags"]]
            if "tags" in src_dict
            else UNSET
        )
        if _KNOWN_KEYS.issuperset(src_dict):
            collection_detail.additional_properties = {}
        else:
            collection_detail.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return collection_detail


# Imported last, once: a model module that refers back to this one finds this class defined.
from ..models.collection_owner import CollectionOwner  # noqa: E402
from ..models.tag_ref import TagRef  # noqa: E402
