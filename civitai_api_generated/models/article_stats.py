from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ArticleStats")


@_attrs_define
class ArticleStats:
    """Counts of an article; each may be `null` when the creator hid it.

    Attributes:
        favorite_count (int | None | Unset):
        collected_count (int | None | Unset):
        comment_count (int | None | Unset):
        like_count (int | None | Unset):
        heart_count (int | None | Unset):
        view_count (int | None | Unset):
        tipped_amount_count (int | None | Unset):
    """

    favorite_count: int | None | Unset = UNSET
    collected_count: int | None | Unset = UNSET
    comment_count: int | None | Unset = UNSET
    like_count: int | None | Unset = UNSET
    heart_count: int | None | Unset = UNSET
    view_count: int | None | Unset = UNSET
    tipped_amount_count: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        favorite_count: int | None | Unset
        if isinstance(self.favorite_count, Unset):
            favorite_count = UNSET
        else:
            favorite_count = self.favorite_count

        collected_count: int | None | Unset
        if isinstance(self.collected_count, Unset):
            collected_count = UNSET
        else:
            collected_count = self.collected_count

        comment_count: int | None | Unset
        if isinstance(self.comment_count, Unset):
            comment_count = UNSET
        else:
            comment_count = self.comment_count

        like_count: int | None | Unset
        if isinstance(self.like_count, Unset):
            like_count = UNSET
        else:
            like_count = self.like_count

        heart_count: int | None | Unset
        if isinstance(self.heart_count, Unset):
            heart_count = UNSET
        else:
            heart_count = self.heart_count

        view_count: int | None | Unset
        if isinstance(self.view_count, Unset):
            view_count = UNSET
        else:
            view_count = self.view_count

        tipped_amount_count: int | None | Unset
        if isinstance(self.tipped_amount_count, Unset):
            tipped_amount_count = UNSET
        else:
            tipped_amount_count = self.tipped_amount_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if favorite_count is not UNSET:
            field_dict["favoriteCount"] = favorite_count
        if collected_count is not UNSET:
            field_dict["collectedCount"] = collected_count
        if comment_count is not UNSET:
            field_dict["commentCount"] = comment_count
        if like_count is not UNSET:
            field_dict["likeCount"] = like_count
        if heart_count is not UNSET:
            field_dict["heartCount"] = heart_count
        if view_count is not UNSET:
            field_dict["viewCount"] = view_count
        if tipped_amount_count is not UNSET:
            field_dict["tippedAmountCount"] = tipped_amount_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_favorite_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        favorite_count = _parse_favorite_count(d.pop("favoriteCount", UNSET))

        def _parse_collected_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        collected_count = _parse_collected_count(d.pop("collectedCount", UNSET))

        def _parse_comment_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        comment_count = _parse_comment_count(d.pop("commentCount", UNSET))

        def _parse_like_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        like_count = _parse_like_count(d.pop("likeCount", UNSET))

        def _parse_heart_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        heart_count = _parse_heart_count(d.pop("heartCount", UNSET))

        def _parse_view_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        view_count = _parse_view_count(d.pop("viewCount", UNSET))

        def _parse_tipped_amount_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        tipped_amount_count = _parse_tipped_amount_count(d.pop("tippedAmountCount", UNSET))

        article_stats = cls(
            favorite_count=favorite_count,
            collected_count=collected_count,
            comment_count=comment_count,
            like_count=like_count,
            heart_count=heart_count,
            view_count=view_count,
            tipped_amount_count=tipped_amount_count,
        )

        article_stats.additional_properties = d
        return article_stats

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
