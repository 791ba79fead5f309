from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ImageStats")


@_attrs_define
class ImageStats:
    """
    Attributes:
        cry_count (int):
        laugh_count (int):
        like_count (int):
        dislike_count (int):
        heart_count (int):
        comment_count (int):
    """

    cry_count: int
    laugh_count: int
    like_count: int
    dislike_count: int
    heart_count: int
    comment_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cry_count = self.cry_count

        laugh_count = self.laugh_count

        like_count = self.like_count

        dislike_count = self.dislike_count

        heart_count = self.heart_count

        comment_count = self.comment_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cryCount": cry_count,
                "laughCount": laugh_count,
                "likeCount": like_count,
                "dislikeCount": dislike_count,
                "heartCount": heart_count,
                "commentCount": comment_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cry_count = d.pop("cryCount")

        laugh_count = d.pop("laughCount")

        like_count = d.pop("likeCount")

        dislike_count = d.pop("dislikeCount")

        heart_count = d.pop("heartCount")

        comment_count = d.pop("commentCount")

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
