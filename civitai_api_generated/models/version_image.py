from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="VersionImage")

# The keys `from_dict` reads into attributes; any other key goes to `additional_properties`.
_KNOWN_KEYS = frozenset(
    (
        "url",
        "nsfwLevel",
        "width",
        "height",
        "hash",
        "type",
        "minor",
        "poi",
        "hasMeta",
        "hasPositivePrompt",
        "onSite",
        "remixOfId",
        "availability",
        "metadata",
        "meta",
    )
)


@_attrs_define
class VersionImage(AdditionalProperties[Any]):
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
        """The JSON object: each property that is set, in the spec's order, then any other key."""
        field_dict: dict[str, Any] = {}
        field_dict["url"] = self.url

        if self.nsfw_level is not UNSET:
            field_dict["nsfwLevel"] = self.nsfw_level

        if self.width is not UNSET:
            field_dict["width"] = self.width

        if self.height is not UNSET:
            field_dict["height"] = self.height

        if self.hash_ is not UNSET:
            field_dict["hash"] = self.hash_

        if self.type_ is not UNSET:
            field_dict["type"] = self.type_

        if self.minor is not UNSET:
            field_dict["minor"] = self.minor

        if self.poi is not UNSET:
            field_dict["poi"] = self.poi

        if self.has_meta is not UNSET:
            field_dict["hasMeta"] = self.has_meta

        if self.has_positive_prompt is not UNSET:
            field_dict["hasPositivePrompt"] = self.has_positive_prompt

        if self.on_site is not UNSET:
            field_dict["onSite"] = self.on_site

        if self.remix_of_id is not UNSET:
            field_dict["remixOfId"] = self.remix_of_id

        if self.availability is not UNSET:
            field_dict["availability"] = self.availability

        metadata = self.metadata
        if not isinstance(metadata, Unset):
            field_dict["metadata"] = (
                metadata.to_dict() if isinstance(metadata, ImageFileMetadata) else metadata
            )

        meta = self.meta
        if not isinstance(meta, Unset):
            field_dict["meta"] = meta.to_dict() if isinstance(meta, ImageMeta) else meta

        for key, value in self.additional_properties.items():
            if key not in field_dict:
                field_dict[key] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a decoded JSON object, read key by key and never modified; a key the spec
        does not name is kept in `additional_properties`."""
        # Set as attrs' own __init__ would, without the call (the types module says why).
        version_image = cls.__new__(cls)
        version_image.url = src_dict["url"]
        version_image.nsfw_level = src_dict.get("nsfwLevel", UNSET)
        version_image.width = src_dict.get("width", UNSET)
        version_image.height = src_dict.get("height", UNSET)
        version_image.hash_ = src_dict.get("hash", UNSET)
        version_image.type_ = src_dict.get("type", UNSET)
        version_image.minor = src_dict.get("minor", UNSET)
        version_image.poi = src_dict.get("poi", UNSET)
        version_image.has_meta = src_dict.get("hasMeta", UNSET)
        version_image.has_positive_prompt = src_dict.get("hasPositivePrompt", UNSET)
        version_image.on_site = src_dict.get("onSite", UNSET)
        version_image.remix_of_id = src_dict.get("remixOfId", UNSET)
        version_image.availability = src_dict.get("availability", UNSET)
        version_image.metadata = (
            _parse_metadata(src_dict["metadata"]) if "metadata" in src_dict else UNSET
        )
        version_image.meta = _parse_meta(src_dict["meta"]) if "meta" in src_dict else UNSET
        if _KNOWN_KEYS.issuperset(src_dict):
            version_image.additional_properties = {}
        else:
            version_image.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return version_image


def _parse_metadata(data: object) -> ImageFileMetadata | None | Unset:
    if data is None:
        return data
    if isinstance(data, dict):
        try:
            return ImageFileMetadata.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast(ImageFileMetadata | None | Unset, data)


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
from ..models.image_file_metadata import ImageFileMetadata  # noqa: E402
from ..models.image_meta import ImageMeta  # noqa: E402
