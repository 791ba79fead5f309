from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelStats")


@_attrs_define
class ModelStats:
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
        download_count: int | None | Unset
        if isinstance(self.download_count, Unset):
            download_count = UNSET
        else:
            download_count = self.download_count

        thumbs_up_count: int | None | Unset
        if isinstance(self.thumbs_up_count, Unset):
            thumbs_up_count = UNSET
        else:
            thumbs_up_count = self.thumbs_up_count

        thumbs_down_count: int | None | Unset
        if isinstance(self.thumbs_down_count, Unset):
            thumbs_down_count = UNSET
        else:
            thumbs_down_count = self.thumbs_down_count

        comment_count: int | None | Unset
        if isinstance(self.comment_count, Unset):
            comment_count = UNSET
        else:
            comment_count = self.comment_count

        tipped_amount_count: int | None | Unset
        if isinstance(self.tipped_amount_count, Unset):
            tipped_amount_count = UNSET
        else:
            tipped_amount_count = self.tipped_amount_count

        favorite_count: int | None | Unset
        if isinstance(self.favorite_count, Unset):
            favorite_count = UNSET
        else:
            favorite_count = self.favorite_count

        rating_count: int | None | Unset
        if isinstance(self.rating_count, Unset):
            rating_count = UNSET
        else:
            rating_count = self.rating_count

        rating = self.rating

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if download_count is not UNSET:
            field_dict["downloadCount"] = download_count
        if thumbs_up_count is not UNSET:
            field_dict["thumbsUpCount"] = thumbs_up_count
        if thumbs_down_count is not UNSET:
            field_dict["thumbsDownCount"] = thumbs_down_count
        if comment_count is not UNSET:
            field_dict["commentCount"] = comment_count
        if tipped_amount_count is not UNSET:
            field_dict["tippedAmountCount"] = tipped_amount_count
        if favorite_count is not UNSET:
            field_dict["favoriteCount"] = favorite_count
        if rating_count is not UNSET:
            field_dict["ratingCount"] = rating_count
        if rating is not UNSET:
            field_dict["rating"] = rating

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_download_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        download_count = _parse_download_count(d.pop("downloadCount", UNSET))

        def _parse_thumbs_up_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        thumbs_up_count = _parse_thumbs_up_count(d.pop("thumbsUpCount", UNSET))

        def _parse_thumbs_down_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        thumbs_down_count = _parse_thumbs_down_count(d.pop("thumbsDownCount", UNSET))

        def _parse_comment_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        comment_count = _parse_comment_count(d.pop("commentCount", UNSET))

        def _parse_tipped_amount_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        tipped_amount_count = _parse_tipped_amount_count(d.pop("tippedAmountCount", UNSET))

        def _parse_favorite_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        favorite_count = _parse_favorite_count(d.pop("favoriteCount", UNSET))

        def _parse_rating_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        rating_count = _parse_rating_count(d.pop("ratingCount", UNSET))

        rating = d.pop("rating", UNSET)

        model_stats = cls(
            download_count=download_count,
            thumbs_up_count=thumbs_up_count,
            thumbs_down_count=thumbs_down_count,
            comment_count=comment_count,
            tipped_amount_count=tipped_amount_count,
            favorite_count=favorite_count,
            rating_count=rating_count,
            rating=rating,
        )

        model_stats.additional_properties = d
        return model_stats

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
