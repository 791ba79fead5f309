from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.collection_owner import CollectionOwner


T = TypeVar("T", bound="Collection")


@_attrs_define
class Collection:
    """
    Attributes:
        id (int):
        name (str):
        description (None | str):
        type_ (None | str):
        nsfw_level (int | None):
        read (str):
        is_public (bool):
        item_count (int):
        cover_image_url (None | str):
        user (CollectionOwner):
    """

    id: int
    name: str
    description: None | str
    type_: None | str
    nsfw_level: int | None
    read: str
    is_public: bool
    item_count: int
    cover_image_url: None | str
    user: CollectionOwner
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description: None | str
        description = self.description

        type_: None | str
        type_ = self.type_

        nsfw_level: int | None
        nsfw_level = self.nsfw_level

        read = self.read

        is_public = self.is_public

        item_count = self.item_count

        cover_image_url: None | str
        cover_image_url = self.cover_image_url

        user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "type": type_,
                "nsfwLevel": nsfw_level,
                "read": read,
                "isPublic": is_public,
                "itemCount": item_count,
                "coverImageUrl": cover_image_url,
                "user": user,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.collection_owner import CollectionOwner  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        def _parse_type_(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        type_ = _parse_type_(d.pop("type"))

        def _parse_nsfw_level(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        nsfw_level = _parse_nsfw_level(d.pop("nsfwLevel"))

        read = d.pop("read")

        is_public = d.pop("isPublic")

        item_count = d.pop("itemCount")

        def _parse_cover_image_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        cover_image_url = _parse_cover_image_url(d.pop("coverImageUrl"))

        user = CollectionOwner.from_dict(d.pop("user"))

        collection = cls(
            id=id,
            name=name,
            description=description,
            type_=type_,
            nsfw_level=nsfw_level,
            read=read,
            is_public=is_public,
            item_count=item_count,
            cover_image_url=cover_image_url,
            user=user,
        )

        collection.additional_properties = d
        return collection

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
