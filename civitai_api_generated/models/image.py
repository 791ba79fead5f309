from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, format_datetime

T = TypeVar("T", bound="Image")

# The keys `from_dict` reads into attributes; any other key goes to `additional_properties`.
_KNOWN_KEYS = frozenset(
    (
        "id",
        "url",
        "hash",
        "width",
        "height",
        "type",
        "nsfwLevel",
        "nsfw",
        "browsingLevel",
        "createdAt",
        "postId",
        "stats",
        "meta",
        "username",
        "baseModel",
        "modelVersionIds",
        "tags",
    )
)


@_attrs_define
class Image(AdditionalProperties[Any]):
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
        """The JSON object: each property that is set, in the spec's order, then any other key."""
        field_dict: dict[str, Any] = {}
        field_dict["id"] = self.id

        field_dict["url"] = self.url

        if self.hash_ is not UNSET:
            field_dict["hash"] = self.hash_

        if self.width is not UNSET:
            field_dict["width"] = self.width

        if self.height is not UNSET:
            field_dict["height"] = self.height

        if self.type_ is not UNSET:
            field_dict["type"] = self.type_

        if self.nsfw_level is not UNSET:
            field_dict["nsfwLevel"] = self.nsfw_level

        if self.nsfw is not UNSET:
            field_dict["nsfw"] = self.nsfw

        if self.browsing_level is not UNSET:
            field_dict["browsingLevel"] = self.browsing_level

        created_at = self.created_at
        if not isinstance(created_at, Unset):
            field_dict["createdAt"] = format_datetime(created_at)

        if self.post_id is not UNSET:
            field_dict["postId"] = self.post_id

        stats = self.stats
        if not isinstance(stats, Unset):
            field_dict["stats"] = stats.to_dict()

        meta = self.meta
        if not isinstance(meta, Unset):
            field_dict["meta"] = meta.to_dict() if isinstance(meta, ImageMeta) else meta

        if self.username is not UNSET:
            field_dict["username"] = self.username

        if self.base_model is not UNSET:
            field_dict["baseModel"] = self.base_model

        if self.model_version_ids is not UNSET:
            field_dict["modelVersionIds"] = self.model_version_ids

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
        image = cls.__new__(cls)
        image.id = src_dict["id"]
        image.url = src_dict["url"]
        image.hash_ = src_dict.get("hash", UNSET)
        image.width = src_dict.get("width", UNSET)
        image.height = src_dict.get("height", UNSET)
        image.type_ = src_dict.get("type", UNSET)
        image.nsfw_level = src_dict.get("nsfwLevel", UNSET)
        image.nsfw = src_dict.get("nsfw", UNSET)
        image.browsing_level = src_dict.get("browsingLevel", UNSET)
        image.created_at = (
            datetime.datetime.fromisoformat(src_dict["createdAt"])
            if "createdAt" in src_dict
            else UNSET
        )
        image.post_id = src_dict.get("postId", UNSET)
        image.stats = ImageStats.from_dict(src_dict["stats"]) if "stats" in src_dict else UNSET
        image.meta = _parse_meta(src_dict["meta"]) if "meta" in src_dict else UNSET
        image.username = src_dict.get("username", UNSET)
        image.base_model = src_dict.get("baseModel", UNSET)
        image.model_version_ids = src_dict.get("modelVersionIds", UNSET)
        image.tags = (
            [TagRef.from_dict(tags_item_data) for tags_item_data in src_dict["tags"]]
            if "tags" in src_dict
            else UNSET
        )
        if _KNOWN_KEYS.issuperset(src_dict):
            image.additional_properties = {}
        else:
            image.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return image


def _parse_meta(data: object) -> ImageMeta | None | Unset:
    if data is None:
        return data
    if isinstance(data, dict):
        try:
            return ImageMeta.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast(ImageMeta | None | Unset, data)


# Imported last, once: a model module that refers back to this one finds this class defined.
from ..models.image_meta import ImageMeta  # noqa: E402
from ..models.image_stats import ImageStats  # noqa: E402
from ..models.tag_ref import TagRef  # noqa: E402
