from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ArticleStats")


@_attrs_define
class ArticleStats:
    """
    Attributes:
        favorite_count (int | Unset):
        collected_count (int | Unset):
        comment_count (int | Unset):
        like_count (int | Unset):
        heart_count (int | Unset):
        view_count (int | Unset):
        tipped_amount_count (int | Unset):
    """

    favorite_count: int | Unset = UNSET
    collected_count: int | Unset = UNSET
    comment_count: int | Unset = UNSET
    like_count: int | Unset = UNSET
    heart_count: int | Unset = UNSET
    view_count: int | Unset = UNSET
    tipped_amount_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        favorite_count = self.favorite_count

        collected_count = self.collected_count

        comment_count = self.comment_count

        like_count = self.like_count

        heart_count = self.heart_count

        view_count = self.view_count

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
        favorite_count = d.pop("favoriteCount", UNSET)

        collected_count = d.pop("collectedCount", UNSET)

        comment_count = d.pop("commentCount", UNSET)

        like_count = d.pop("likeCount", UNSET)

        heart_count = d.pop("heartCount", UNSET)

        view_count = d.pop("viewCount", UNSET)

        tipped_amount_count = d.pop("tippedAmountCount", UNSET)

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
