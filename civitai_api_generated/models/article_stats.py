from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="ArticleStats")

# The keys `from_dict` reads into attributes; any other key goes to `additional_properties`.
_KNOWN_KEYS = frozenset(
    (
        "favoriteCount",
        "collectedCount",
        "commentCount",
        "likeCount",
        "heartCount",
        "viewCount",
        "tippedAmountCount",
    )
)


@_attrs_define
class ArticleStats(AdditionalProperties[Any]):
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
        """The JSON object: each property that is set, in the spec's order, then any other key."""
        field_dict: dict[str, Any] = {}
        if self.favorite_count is not UNSET:
            field_dict["favoriteCount"] = self.favorite_count

        if self.collected_count is not UNSET:
            field_dict["collectedCount"] = self.collected_count

        if self.comment_count is not UNSET:
            field_dict["commentCount"] = self.comment_count

        if self.like_count is not UNSET:
            field_dict["likeCount"] = self.like_count

        if self.heart_count is not UNSET:
            field_dict["heartCount"] = self.heart_count

        if self.view_count is not UNSET:
            field_dict["viewCount"] = self.view_count

        if self.tipped_amount_count is not UNSET:
            field_dict["tippedAmountCount"] = self.tipped_amount_count

        for key, value in self.additional_properties.items():
            if key not in field_dict:
                field_dict[key] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a decoded JSON object, read key by key and never modified; a key the spec
        does not name is kept in `additional_properties`."""
        # Set as attrs' own __init__ would, without the call (the types module says why).
        article_stats = cls.__new__(cls)
        article_stats.favorite_count = src_dict.get("favoriteCount", UNSET)
        article_stats.collected_count = src_dict.get("collectedCount", UNSET)
        article_stats.comment_count = src_dict.get("commentCount", UNSET)
        article_stats.like_count = src_dict.get("likeCount", UNSET)
        article_stats.heart_count = src_dict.get("heartCount", UNSET)
        article_stats.view_count = src_dict.get("viewCount", UNSET)
        article_stats.tipped_amount_count = src_dict.get("tippedAmountCount", UNSET)
        if _KNOWN_KEYS.issuperset(src_dict):
            article_stats.additional_properties = {}
        else:
            article_stats.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return article_stats
