from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="ImageStats")

# The keys `from_dict` reads into attributes; any other key goes to `additional_properties`.
_KNOWN_KEYS = frozenset(
    (
        "cryCount",
        "laughCount",
        "likeCount",
        "dislikeCount",
        "heartCount",
        "commentCount",
    )
)


@_attrs_define
class ImageStats(AdditionalProperties[Any]):
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
        """The JSON object: each property that is set, in the spec's order, then any other key."""
        field_dict: dict[str, Any] = {}
        if self.cry_count is not UNSET:
            field_dict["cryCount"] = self.cry_count

        if self.laugh_count is not UNSET:
            field_dict["laughCount"] = self.laugh_count

        if self.like_count is not UNSET:
            field_dict["likeCount"] = self.like_count

        if self.dislike_count is not UNSET:
            field_dict["dislikeCount"] = self.dislike_count

        if self.heart_count is not UNSET:
            field_dict["heartCount"] = self.heart_count

        if self.comment_count is not UNSET:
            field_dict["commentCount"] = self.comment_count

        for key, value in self.additional_properties.items():
            if key not in field_dict:
                field_dict[key] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a decoded JSON object, read key by key and never modified; a key the spec
        does not name is kept in `additional_properties`."""
        # Set as attrs' own __init__ would, without the call (the types module says why).
        image_stats = cls.__new__(cls)
        image_stats.cry_count = src_dict.get("cryCount", UNSET)
        image_stats.laugh_count = src_dict.get("laughCount", UNSET)
        image_stats.like_count = src_dict.get("likeCount", UNSET)
        image_stats.dislike_count = src_dict.get("dislikeCount", UNSET)
        image_stats.heart_count = src_dict.get("heartCount", UNSET)
        image_stats.comment_count = src_dict.get("commentCount", UNSET)
        if _KNOWN_KEYS.issuperset(src_dict):
            image_stats.additional_properties = {}
        else:
            image_stats.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return image_stats
