from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.collection_owner import CollectionOwner
    from ..models.tag_ref import TagRef


T = TypeVar("T", bound="CollectionDetail")


@_attrs_define
class CollectionDetail:
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
        id = self.id

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        nsfw_level: int | None | Unset
        if isinstance(self.nsfw_level, Unset):
            nsfw_level = UNSET
        else:
            nsfw_level = self.nsfw_level

        read = self.read

        is_public = self.is_public

        cover_image_url: None | str | Unset
        if isinstance(self.cover_image_url, Unset):
            cover_image_url = UNSET
        else:
            cover_image_url = self.cover_image_url

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if type_ is not UNSET:
            field_dict["type"] = type_
        if nsfw_level is not UNSET:
            field_dict["nsfwLevel"] = nsfw_level
        if read is not UNSET:
            field_dict["read"] = read
        if is_public is not UNSET:
            field_dict["isPublic"] = is_public
        if cover_image_url is not UNSET:
            field_dict["coverImageUrl"] = cover_image_url
        if user is not UNSET:
            field_dict["user"] = user
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.collection_owner import CollectionOwner  # noqa: PLC0415
        from ..models.tag_ref import TagRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_nsfw_level(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        nsfw_level = _parse_nsfw_level(d.pop("nsfwLevel", UNSET))

        read = d.pop("read", UNSET)

        is_public = d.pop("isPublic", UNSET)

        def _parse_cover_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cover_image_url = _parse_cover_image_url(d.pop("coverImageUrl", UNSET))

        _user = d.pop("user", UNSET)
        user: CollectionOwner | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = CollectionOwner.from_dict(_user)

        _tags = d.pop("tags", UNSET)
        tags: list[TagRef] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = TagRef.from_dict(tags_item_data)

                tags.append(tags_item)

        collection_detail = cls(
            id=id,
            name=name,
            description=description,
            type_=type_,
            nsfw_level=nsfw_level,
            read=read,
            is_public=is_public,
            cover_image_url=cover_image_url,
            user=user,
            tags=tags,
        )

        collection_detail.additional_properties = d
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
