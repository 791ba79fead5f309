from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_file_metadata import ImageFileMetadata
    from ..models.image_meta import ImageMeta


T = TypeVar("T", bound="VersionImage")


@_attrs_define
class VersionImage:
    """A showcase image of a version in /model-versions; no `id`. Only `url` is required:
    `nsfwLevel` was a level name before 2024-03, and `type` came in 2024.

        Attributes:
            url (str):
            nsfw_level (int | str | Unset): Numeric level here; tolerated as a level name too.
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
            availability (str | Unset):
            metadata (ImageFileMetadata | None | Unset):
            meta (ImageMeta | None | Unset):
    """

    url: str
    nsfw_level: int | str | Unset = UNSET
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
    availability: str | Unset = UNSET
    metadata: ImageFileMetadata | None | Unset = UNSET
    meta: ImageMeta | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_file_metadata import ImageFileMetadata  # noqa: PLC0415
        from ..models.image_meta import ImageMeta  # noqa: PLC0415

        url = self.url

        nsfw_level: int | str | Unset
        if isinstance(self.nsfw_level, Unset):
            nsfw_level = UNSET
        else:
            nsfw_level = self.nsfw_level

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

        availability = self.availability

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, ImageFileMetadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

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
        if nsfw_level is not UNSET:
            field_dict["nsfwLevel"] = nsfw_level
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
        if availability is not UNSET:
            field_dict["availability"] = availability
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_file_metadata import ImageFileMetadata  # noqa: PLC0415
        from ..models.image_meta import ImageMeta  # noqa: PLC0415

        d = dict(src_dict)
        url = d.pop("url")

        def _parse_nsfw_level(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        nsfw_level = _parse_nsfw_level(d.pop("nsfwLevel", UNSET))

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

        availability = d.pop("availability", UNSET)

        def _parse_metadata(data: object) -> ImageFileMetadata | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = ImageFileMetadata.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImageFileMetadata | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

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

        version_image = cls(
            url=url,
            nsfw_level=nsfw_level,
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
            availability=availability,
            metadata=metadata,
            meta=meta,
        )

        version_image.additional_properties = d
        return version_image

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
