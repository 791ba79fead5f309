from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
class CollectionDetail:
    """
    Attributes:
        id (int):
        name (str):
        description (None | str):
        type_ (None | str):
        nsfw_level (int | None):
        read (str):
        is_public (bool):
        cover_image_url (None | str):
        user (CollectionOwner):
        tags (list[TagRef]):
    """

    id: int
    name: str
    description: None | str
    type_: None | str
    nsfw_level: int | None
    read: str
    is_public: bool
    cover_image_url: None | str
    user: CollectionOwner
    tags: list[TagRef]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: every property that is set, in the spec's order, then every additional
        property."""
        field_dict: dict[str, Any] = {}
        field_dict["id"] = self.id

        field_dict["name"] = self.name

        field_dict["description"] = self.description

        field_dict["type"] = self.type_

        field_dict["nsfwLevel"] = self.nsfw_level

        field_dict["read"] = self.read

        field_dict["isPublic"] = self.is_public

        field_dict["coverImageUrl"] = self.cover_image_url

        user = self.user
        field_dict["user"] = user.to_dict()

        tags = self.tags
        field_dict["tags"] = [tags_item_data.to_dict() for tags_item_data in tags]

        for key, value in self.additional_properties.items():
            if key not in field_dict:
                field_dict[key] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a decoded JSON object, read key by key and never modified; a key the spec
        does not name is kept in `additional_properties`."""
        # Each attribute is set here, as attrs' own __init__ would set it (these classes have no
        # validators, converters or post-init hook): a call passing one argument per property
        # would cost more than building the object.
        collection_detail = cls.__new__(cls)
        collection_detail.id = src_dict["id"]
        collection_detail.name = src_dict["name"]
        collection_detail.description = src_dict["description"]
        collection_detail.type_ = src_dict["type"]
        collection_detail.nsfw_level = src_dict["nsfwLevel"]
        collection_detail.read = src_dict["read"]
        collection_detail.is_public = src_dict["isPublic"]
        collection_detail.cover_image_url = src_dict["coverImageUrl"]
        collection_detail.user = CollectionOwner.from_dict(src_dict["user"])
        collection_detail.tags = [
            TagRef.from_dict(tags_item_data) for tags_item_data in src_dict["tags"]
        ]
        if _KNOWN_KEYS.issuperset(src_dict):
            collection_detail.additional_properties = {}
        else:
            collection_detail.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return collection_detail

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported last, once: a model module that refers back to this one finds this class defined.
from ..models.collection_owner import CollectionOwner  # noqa: E402
from ..models.tag_ref import TagRef  # noqa: E402
