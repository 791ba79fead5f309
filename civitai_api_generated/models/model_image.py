from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="ModelImage")

# The keys `from_dict` reads into attributes; any other key goes to `additional_properties`.
_KNOWN_KEYS = frozenset(
    (
        "url",
        "id",
        "nsfwLevel",
        "nsfw",
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
        "meta",
    )
)


@_attrs_define
class ModelImage(AdditionalProperties[Any]):
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
        """The JSON object: each property that is set, in the spec's order, then any other key."""
        field_dict: dict[str, Any] = {}
        if self.id is not UNSET:
            field_dict["id"] = self.id

        field_dict["url"] = self.url

        if self.nsfw_level is not UNSET:
            field_dict["nsfwLevel"] = self.nsfw_level

        if self.nsfw is not UNSET:
            field_dict["nsfw"] = self.nsfw

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
        model_image = cls.__new__(cls)
        model_image.id = src_dict.get("id", UNSET)
        model_image.url = src_dict["url"]
        model_image.nsfw_level = src_dict.get("nsfwLevel", UNSET)
        model_image.nsfw = src_dict.get("nsfw", UNSET)
        model_image.width = src_dict.get("width", UNSET)
        model_image.height = src_dict.get("height", UNSET)
        model_image.hash_ = src_dict.get("hash", UNSET)
        model_image.type_ = src_dict.get("type", UNSET)
        model_image.minor = src_dict.get("minor", UNSET)
        model_image.poi = src_dict.get("poi", UNSET)
        model_image.has_meta = src_dict.get("hasMeta", UNSET)
        model_image.has_positive_prompt = src_dict.get("hasPositivePrompt", UNSET)
        model_image.on_site = src_dict.get("onSite", UNSET)
        model_image.remix_of_id = src_dict.get("remixOfId", UNSET)
        model_image.meta = _parse_meta(src_dict["meta"]) if "meta" in src_dict else UNSET
        if _KNOWN_KEYS.issuperset(src_dict):
            model_image.additional_properties = {}
        else:
            model_image.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return model_image


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
