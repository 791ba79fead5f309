from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="ModelStats")

# The keys `from_dict` reads into attributes; any other key goes to `additional_properties`.
_KNOWN_KEYS = frozenset(
    (
        "downloadCount",
        "thumbsUpCount",
        "thumbsDownCount",
        "commentCount",
        "tippedAmountCount",
        "favoriteCount",
        "ratingCount",
        "rating",
    )
)


@_attrs_define
class ModelStats(AdditionalProperties[Any]):
    """Counts of a model. No key is required: Civitai has added and removed stats keys over
    time (`favoriteCount`, `ratingCount` and `rating` were removed on 2025-11-24), and
    every count is `null` when the creator hid that metric (since 2026-07).

        Attributes:
            download_count (int | None | Unset):
            thumbs_up_count (int | None | Unset):
            thumbs_down_count (int | None | Unset):
            comment_count (int | None | Unset):
            tipped_amount_count (int | None | Unset):
            favorite_count (int | None | Unset): Older data only (always 0; removed 2025-11-24).
            rating_count (int | None | Unset): Older data only (removed 2025-11-24).
            rating (float | Unset): Older data only (removed 2025-11-24).
    """

    download_count: int | None | Unset = UNSET
    thumbs_up_count: int | None | Unset = UNSET
    thumbs_down_count: int | None | Unset = UNSET
    comment_count: int | None | Unset = UNSET
    tipped_amount_count: int | None | Unset = UNSET
    favorite_count: int | None | Unset = UNSET
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

        if self.comment_count is not UNSET:
            field_dict["commentCount"] = self.comment_count

        if self.tipped_amount_count is not UNSET:
            field_dict["tippedAmountCount"] = self.tipped_amount_count

        if self.favorite_count is not UNSET:
            field_dict["favoriteCount"] = self.favorite_count

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
        model_stats = cls.__new__(cls)
        model_stats.download_count = src_dict.get("downloadCount", UNSET)
        model_stats.thumbs_up_count = src_dict.get("thumbsUpCount", UNSET)
        model_stats.thumbs_down_count = src_dict.get("thumbsDownCount", UNSET)
        model_stats.comment_count = src_dict.get("commentCount", UNSET)
        model_stats.tipped_amount_count = src_dict.get("tippedAmountCount", UNSET)
        model_stats.favorite_count = src_dict.get("favoriteCount", UNSET)
        model_stats.rating_count = src_dict.get("ratingCount", UNSET)
        model_stats.rating = src_dict.get("rating", UNSET)
        if _KNOWN_KEYS.issuperset(src_dict):
            model_stats.additional_properties = {}
        else:
            model_stats.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return model_stats
