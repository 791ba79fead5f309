from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_meta import ImageMeta
    from ..models.image_stats import ImageStats
    from ..models.tag_ref import TagRef


T = TypeVar("T", bound="Image")


@_attrs_define
class Image:
    """An image or video from /images (§6.8).

    Attributes:
        id (int):
        url (str):
        hash_ (str): BlurHash.
        width (int):
        height (int):
        nsfw_level (int | str): Level name here (`None`, `Soft`, `Mature`, `X`); tolerated as a number too.
        nsfw (bool):
        browsing_level (int): Numeric level (1 PG, 2 PG-13, 4 R, 8 X, 16 XXX, 32 Blocked).
        created_at (datetime.datetime):
        post_id (int):
        stats (ImageStats):
        meta (ImageMeta | None): Null unless `withMeta=true`. On the legacy path it is `{id, meta}` unless
            `flatMeta=true`.
        username (None | str):
        base_model (None | str):
        model_version_ids (list[int]):
        type_ (str | Unset):
        tags (list[TagRef] | Unset): Only with `withTags=true`.
    """

    id: int
    url: str
    hash_: str
    width: int
    height: int
    nsfw_level: int | str
    nsfw: bool
    browsing_level: int
    created_at: datetime.datetime
    post_id: int
    stats: ImageStats
    meta: ImageMeta | None
    username: None | str
    base_model: None | str
    model_version_ids: list[int]
    type_: str | Unset = UNSET
    tags: list[TagRef] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_meta import ImageMeta  # noqa: PLC0415

        id = self.id

        url = self.url

        hash_ = self.hash_

        width = self.width

        height = self.height

        nsfw_level: int | str
        nsfw_level = self.nsfw_level

        nsfw = self.nsfw

        browsing_level = self.browsing_level

        created_at = self.created_at.isoformat()

        post_id = self.post_id

        stats = self.stats.to_dict()

        meta: dict[str, Any] | None
        if isinstance(self.meta, ImageMeta):
            meta = self.meta.to_dict()
        else:
            meta = self.meta

        username: None | str
        username = self.username

        base_model: None | str
        base_model = self.base_model

        model_version_ids = self.model_version_ids

        type_ = self.type_

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
                "url": url,
                "hash": hash_,
                "width": width,
                "height": height,
                "nsfwLevel": nsfw_level,
                "nsfw": nsfw,
                "browsingLevel": browsing_level,
                "createdAt": created_at,
                "postId": post_id,
                "stats": stats,
                "meta": meta,
                "username": username,
                "baseModel": base_model,
                "modelVersionIds": model_version_ids,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_meta import ImageMeta  # noqa: PLC0415
        from ..models.image_stats import ImageStats  # noqa: PLC0415
        from ..models.tag_ref import TagRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        url = d.pop("url")

        hash_ = d.pop("hash")

        width = d.pop("width")

        height = d.pop("height")

        def _parse_nsfw_level(data: object) -> int | str:
            return cast(int | str, data)

        nsfw_level = _parse_nsfw_level(d.pop("nsfwLevel"))

        nsfw = d.pop("nsfw")

        browsing_level = d.pop("browsingLevel")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        post_id = d.pop("postId")

        stats = ImageStats.from_dict(d.pop("stats"))

        def _parse_meta(data: object) -> ImageMeta | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                meta_type_0 = ImageMeta.from_dict(data)

                return meta_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImageMeta | None, data)

        meta = _parse_meta(d.pop("meta"))

        def _parse_username(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        username = _parse_username(d.pop("username"))

        def _parse_base_model(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        base_model = _parse_base_model(d.pop("baseModel"))

        model_version_ids = cast(list[int], d.pop("modelVersionIds"))

        type_ = d.pop("type", UNSET)

        _tags = d.pop("tags", UNSET)
        tags: list[TagRef] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = TagRef.from_dict(tags_item_data)

                tags.append(tags_item)

        image = cls(
            id=id,
            url=url,
            hash_=hash_,
            width=width,
            height=height,
            nsfw_level=nsfw_level,
            nsfw=nsfw,
            browsing_level=browsing_level,
            created_at=created_at,
            post_id=post_id,
            stats=stats,
            meta=meta,
            username=username,
            base_model=base_model,
            model_version_ids=model_version_ids,
            type_=type_,
            tags=tags,
        )

        image.additional_properties = d
        return image

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
