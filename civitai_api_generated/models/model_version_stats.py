from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="ModelVersionStats")

# The keys `from_dict` reads into attributes; any other key goes to `additional_properties`.
_KNOWN_KEYS = frozenset(
    (
        "downloadCount",
        "thumbsUpCount",
        "thumbsDownCount",
        "ratingCount",
        "rating",
    )
)


@_attrs_define
class ModelVersionStats(AdditionalProperties[Any]):
    """Counts of a version. No key is required: `ratingCount` and `rating` were removed on
    2025-11-24 (they appear in older data), and every count is `null` when the creator
    hid that metric (since 2026-07).

        Attributes:
            download_count (int | None | Unset):
            thumbs_up_count (int | None | Unset):
            thumbs_down_count (int | None | Unset):
            rating_count (int | None | Unset):
            rating (float | Unset):
    """

    download_count: int | None | Unset = UNSET
    thumbs_up_count: int | None | Unset = UNSET
    thumbs_down_count: int | None | Unset = UNSET
    rating_count: int | None | Unset = UNSET
    rating: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: each property that is set, in the spec's order, then any other key."""
        field_dict: dict[str, Any] = {}
        if self.download_count is not UNSET:
            field_dict["downloadCount"] = self.download_count

        if self.thumbs_up_count is not UNSET:
            field_dict["thumbsUpCount"] = self.thumbs_up_count

        if self.thumbs_down_count is not UNSET:
            field_dict["thumbsDownCount"] = self.thumbs_down_count

        if self.rating_count is not UNSET:
            field_dict["ratingCount"] = self.rating_count

        if self.rating is not UNSET:
            field_dict["rating"] = self.rating

        for key, value in self.additional_properties.items():
            if key not in field_dict:
                field_dict[key] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a decoded JSON object, read key by key and never modified; a key the spec
        does not name is kept in `additional_properties`."""
        # Set as attrs' own __init__ would, without the call (the types module says why).
        model_version_stats = cls.__new__(cls)
        model_version_stats.download_count = src_dict.get("downloadCount", UNSET)
        model_version_stats.thumbs_up_count = src_dict.get("thumbsUpCount", UNSET)
        model_version_stats.thumbs_down_count = src_dict.get("thumbsDownCount", UNSET)
        model_version_stats.rating_count = src_dict.get("ratingCount", UNSET)
        model_version_stats.rating = src_dict.get("rating", UNSET)
        if _KNOWN_KEYS.issuperset(src_dict):
            model_version_stats.additional_properties = {}
        else:
            model_version_stats.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return model_version_stats
