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
    """An image or video from /images. Only `id` and `url` are required: `nsfwLevel` became
    a level name on 2023-04-25, `browsingLevel` came in 2024-03, `type` on 2024-12-26,
    `tags` on 2026-05-29, and `meta` has changed shape several times.

        Attributes:
            id (int):
            url (str):
            hash_ (str | Unset): BlurHash.
            width (int | Unset):
            height (int | Unset):
            type_ (str | Unset):
            nsfw_level (int | str | Unset): Level name here (`None`, `Soft`, `Mature`, `X`); tolerated as a number too.
            nsfw (bool | Unset):
            browsing_level (int | Unset): Numeric level (1 PG, 2 PG-13, 4 R, 8 X, 16 XXX, 32 Blocked).
            created_at (datetime.datetime | Unset):
            post_id (int | Unset):
            stats (ImageStats | Unset): Reaction counts. None is required and each may be `null`, like every count a
                creator can hide.
            meta (ImageMeta | None | Unset): Null unless `withMeta=true`. On the legacy path it is `{id, meta}` unless
                `flatMeta=true`.
            username (None | str | Unset):
            base_model (None | str | Unset):
            model_version_ids (list[int] | Unset):
            tags (list[TagRef] | Unset): Only with `withTags=true`.
    """

    id: int
    url: str
    hash_: str | Unset = UNSET
    width: int | Unset = UNSET
    height: int | Unset = UNSET
    type_: str | Unset = UNSET
    nsfw_level: int | str | Unset = UNSET
    nsfw: bool | Unset = UNSET
    browsing_level: int | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    post_id: int | Unset = UNSET
    stats: ImageStats | Unset = UNSET
    meta: ImageMeta | None | Unset = UNSET
    username: None | str | Unset = UNSET
    base_model: None | str | Unset = UNSET
    model_version_ids: list[int] | Unset = UNSET
    tags: list[TagRef] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_meta import ImageMeta  # noqa: PLC0415

        id = self.id

        url = self.url

        hash_ = self.hash_

        width = self.width

        height = self.height

        type_ = self.type_

        nsfw_level: int | str | Unset
        if isinstance(self.nsfw_level, Unset):
            nsfw_level = UNSET
        else:
            nsfw_level = self.nsfw_level

        nsfw = self.nsfw

        browsing_level = self.browsing_level

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        post_id = self.post_id

        stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stats, Unset):
            stats = self.stats.to_dict()

        meta: dict[str, Any] | None | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        elif isinstance(self.meta, ImageMeta):
            meta = self.meta.to_dict()
        else:
            meta = self.meta

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

        base_model: None | str | Unset
        if isinstance(self.base_model, Unset):
            base_model = UNSET
        else:
            base_model = self.base_model

        model_version_ids: list[int] | Unset = UNSET
        if not isinstance(self.model_version_ids, Unset):
            model_version_ids = self.model_version_ids

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
            }
        )
        if hash_ is not UNSET:
            field_dict["hash"] = hash_
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if type_ is not UNSET:
            field_dict["type"] = type_
        if nsfw_level is not UNSET:
            field_dict["nsfwLevel"] = nsfw_level
        if nsfw is not UNSET:
            field_dict["nsfw"] = nsfw
        if browsing_level is not UNSET:
            field_dict["browsingLevel"] = browsing_level
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if post_id is not UNSET:
            field_dict["postId"] = post_id
        if stats is not UNSET:
            field_dict["stats"] = stats
        if meta is not UNSET:
            field_dict["meta"] = meta
        if username is not UNSET:
            field_dict["username"] = username
        if base_model is not UNSET:
            field_dict["baseModel"] = base_model
        if model_version_ids is not UNSET:
            field_dict["modelVersionIds"] = model_version_ids
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

        hash_ = d.pop("hash", UNSET)

        width = d.pop("width", UNSET)

        height = d.pop("height", UNSET)

        type_ = d.pop("type", UNSET)

        def _parse_nsfw_level(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        nsfw_level = _parse_nsfw_level(d.pop("nsfwLevel", UNSET))

        nsfw = d.pop("nsfw", UNSET)

        browsing_level = d.pop("browsingLevel", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        post_id = d.pop("postId", UNSET)

        _stats = d.pop("stats", UNSET)
        stats: ImageStats | Unset
        if isinstance(_stats, Unset):
            stats = UNSET
        else:
            stats = ImageStats.from_dict(_stats)

        def _parse_meta(data: object) -> ImageMeta | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                meta_type_0 = ImageMeta.from_dict(data)

                return meta_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImageMeta | None | Unset, data)

        meta = _parse_meta(d.pop("meta", UNSET))

        def _parse_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        username = _parse_username(d.pop("username", UNSET))

        def _parse_base_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        base_model = _parse_base_model(d.pop("baseModel", UNSET))

        model_version_ids = cast(list[int], d.pop("modelVersionIds", UNSET))

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
            type_=type_,
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
