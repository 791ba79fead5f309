from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_meta import ImageMeta


T = TypeVar("T", bound="ModelImage")


@_attrs_define
class ModelImage:
    """A showcase image of a version in /models (with `id`) and /models/{modelId}
    (without). Older data carries `nsfw` as a level name and `meta` (dropped from these
    images during 2024); numeric `nsfwLevel` and `type` came later. Only `url` is
    required.

        Attributes:
            url (str):
            id (int | Unset):
            nsfw_level (int | str | Unset): Numeric level here; tolerated as a level name too.
            nsfw (bool | str | Unset): Legacy level name (`None`, `Soft`, `Mature`, `X`) in older data.
            width (int | Unset):
            height (int | Unset):
            hash_ (str | Unset): BlurHash.
            type_ (str | Unset):
            minor (bool | Unset):
            poi (bool | Unset):
            has_meta (bool | Unset):
            has_positive_prompt (bool | Unset):
            on_site (bool | Unset):
            remix_of_id (int | None | Unset):
            meta (ImageMeta | None | Unset):
    """

    url: str
    id: int | Unset = UNSET
    nsfw_level: int | str | Unset = UNSET
    nsfw: bool | str | Unset = UNSET
    width: int | Unset = UNSET
    height: int | Unset = UNSET
    hash_: str | Unset = UNSET
    type_: str | Unset = UNSET
    minor: bool | Unset = UNSET
    poi: bool | Unset = UNSET
    has_meta: bool | Unset = UNSET
    has_positive_prompt: bool | Unset = UNSET
    on_site: bool | Unset = UNSET
    remix_of_id: int | None | Unset = UNSET
    meta: ImageMeta | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_meta import ImageMeta  # noqa: PLC0415

        url = self.url

        id = self.id

        nsfw_level: int | str | Unset
        if isinstance(self.nsfw_level, Unset):
            nsfw_level = UNSET
        else:
            nsfw_level = self.nsfw_level

        nsfw: bool | str | Unset
        if isinstance(self.nsfw, Unset):
            nsfw = UNSET
        else:
            nsfw = self.nsfw

        width = self.width

        height = self.height

        hash_ = self.hash_

        type_ = self.type_

        minor = self.minor

        poi = self.poi

        has_meta = self.has_meta

        has_positive_prompt = self.has_positive_prompt

        on_site = self.on_site

        remix_of_id: int | None | Unset
        if isinstance(self.remix_of_id, Unset):
            remix_of_id = UNSET
        else:
            remix_of_id = self.remix_of_id

        meta: dict[str, Any] | None | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        elif isinstance(self.meta, ImageMeta):
            meta = self.meta.to_dict()
        else:
            meta = self.meta

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if nsfw_level is not UNSET:
            field_dict["nsfwLevel"] = nsfw_level
        if nsfw is not UNSET:
            field_dict["nsfw"] = nsfw
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if hash_ is not UNSET:
            field_dict["hash"] = hash_
        if type_ is not UNSET:
            field_dict["type"] = type_
        if minor is not UNSET:
            field_dict["minor"] = minor
        if poi is not UNSET:
            field_dict["poi"] = poi
        if has_meta is not UNSET:
            field_dict["hasMeta"] = has_meta
        if has_positive_prompt is not UNSET:
            field_dict["hasPositivePrompt"] = has_positive_prompt
        if on_site is not UNSET:
            field_dict["onSite"] = on_site
        if remix_of_id is not UNSET:
            field_dict["remixOfId"] = remix_of_id
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_meta import ImageMeta  # noqa: PLC0415

        d = dict(src_dict)
        url = d.pop("url")

        id = d.pop("id", UNSET)

        def _parse_nsfw_level(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        nsfw_level = _parse_nsfw_level(d.pop("nsfwLevel", UNSET))

        def _parse_nsfw(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        nsfw = _parse_nsfw(d.pop("nsfw", UNSET))

        width = d.pop("width", UNSET)

        height = d.pop("height", UNSET)

        hash_ = d.pop("hash", UNSET)

        type_ = d.pop("type", UNSET)

        minor = d.pop("minor", UNSET)

        poi = d.pop("poi", UNSET)

        has_meta = d.pop("hasMeta", UNSET)

        has_positive_prompt = d.pop("hasPositivePrompt", UNSET)

        on_site = d.pop("onSite", UNSET)

        def _parse_remix_of_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        remix_of_id = _parse_remix_of_id(d.pop("remixOfId", UNSET))

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

        model_image = cls(
            url=url,
            id=id,
            nsfw_level=nsfw_level,
            nsfw=nsfw,
            width=width,
            height=height,
            hash_=hash_,
            type_=type_,
            minor=minor,
            poi=poi,
            has_meta=has_meta,
            has_positive_prompt=has_positive_prompt,
            on_site=on_site,
            remix_of_id=remix_of_id,
            meta=meta,
        )

        model_image.additional_properties = d
        return model_image

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
