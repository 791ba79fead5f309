from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageStats")


@_attrs_define
class ImageStats:
    """Reaction counts. None is required and each may be `null`, like every count a
    creator can hide.

        Attributes:
            cry_count (int | None | Unset):
            laugh_count (int | None | Unset):
            like_count (int | None | Unset):
            dislike_count (int | None | Unset):
            heart_count (int | None | Unset):
            comment_count (int | None | Unset):
    """

    cry_count: int | None | Unset = UNSET
    laugh_count: int | None | Unset = UNSET
    like_count: int | None | Unset = UNSET
    dislike_count: int | None | Unset = UNSET
    heart_count: int | None | Unset = UNSET
    comment_count: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cry_count: int | None | Unset
        if isinstance(self.cry_count, Unset):
            cry_count = UNSET
        else:
            cry_count = self.cry_count

        laugh_count: int | None | Unset
        if isinstance(self.laugh_count, Unset):
            laugh_count = UNSET
        else:
            laugh_count = self.laugh_count

        like_count: int | None | Unset
        if isinstance(self.like_count, Unset):
            like_count = UNSET
        else:
            like_count = self.like_count

        dislike_count: int | None | Unset
        if isinstance(self.dislike_count, Unset):
            dislike_count = UNSET
        else:
            dislike_count = self.dislike_count

        heart_count: int | None | Unset
        if isinstance(self.heart_count, Unset):
            heart_count = UNSET
        else:
            heart_count = self.heart_count

        comment_count: int | None | Unset
        if isinstance(self.comment_count, Unset):
            comment_count = UNSET
        else:
            comment_count = self.comment_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cry_count is not UNSET:
            field_dict["cryCount"] = cry_count
        if laugh_count is not UNSET:
            field_dict["laughCount"] = laugh_count
        if like_count is not UNSET:
            field_dict["likeCount"] = like_count
        if dislike_count is not UNSET:
            field_dict["dislikeCount"] = dislike_count
        if heart_count is not UNSET:
            field_dict["heartCount"] = heart_count
        if comment_count is not UNSET:
            field_dict["commentCount"] = comment_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_cry_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cry_count = _parse_cry_count(d.pop("cryCount", UNSET))

        def _parse_laugh_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        laugh_count = _parse_laugh_count(d.pop("laughCount", UNSET))

        def _parse_like_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        like_count = _parse_like_count(d.pop("likeCount", UNSET))

        def _parse_dislike_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        dislike_count = _parse_dislike_count(d.pop("dislikeCount", UNSET))

        def _parse_heart_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        heart_count = _parse_heart_count(d.pop("heartCount", UNSET))

        def _parse_comment_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        comment_count = _parse_comment_count(d.pop("commentCount", UNSET))

        image_stats = cls(
            cry_count=cry_count,
            laugh_count=laugh_count,
            like_count=like_count,
            dislike_count=dislike_count,
            heart_count=heart_count,
            comment_count=comment_count,
        )

        image_stats.additional_properties = d
        return image_stats

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
