from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelVersionStats")


@_attrs_define
class ModelVersionStats:
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

        def _parse_rating_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        rating_count = _parse_rating_count(d.pop("ratingCount", UNSET))

        rating = d.pop("rating", UNSET)

        model_version_stats = cls(
            download_count=download_count,
            thumbs_up_count=thumbs_up_count,
            thumbs_down_count=thumbs_down_count,
            rating_count=rating_count,
            rating=rating,
        )

        model_version_stats.additional_properties = d
        return model_version_stats

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
