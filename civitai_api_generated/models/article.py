from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, format_datetime

T = TypeVar("T", bound="Article")

# The keys `from_dict` reads into attributes; any other key goes to `additional_properties`.
_KNOWN_KEYS = frozenset(
    (
        "id",
        "title",
        "publishedAt",
        "createdAt",
        "updatedAt",
        "nsfwLevel",
        "availability",
        "status",
        "stats",
        "user",
        "tags",
        "coverImage",
    )
)


@_attrs_define
class Article(AdditionalProperties[Any]):
    """
    Attributes:
        id (int):
        title (str):
        published_at (datetime.datetime | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
        nsfw_level (int | Unset):
        availability (str | Unset):
        status (str | Unset):
        stats (ArticleStats | Unset): Counts of an article; each may be `null` when the creator hid it.
        user (ArticleAuthor | Unset):
        tags (list[ArticleTag] | Unset):
        cover_image (ArticleCoverImage | Unset):
    """

    id: int
    title: str
    published_at: datetime.datetime | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    nsfw_level: int | Unset = UNSET
    availability: str | Unset = UNSET
    status: str | Unset = UNSET
    stats: ArticleStats | Unset = UNSET
    user: ArticleAuthor | Unset = UNSET
    tags: list[ArticleTag] | Unset = UNSET
    cover_image: ArticleCoverImage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: each property that is set, in the spec's order, then any other key."""
        field_dict: dict[str, Any] = {}
        field_dict["id"] = self.id

        field_dict["title"] = self.title

        published_at = self.published_at
        if not isinstance(published_at, Unset):
            field_dict["publishedAt"] = format_datetime(published_at)

        created_at = self.created_at
        if not isinstance(created_at, Unset):
            field_dict["createdAt"] = format_datetime(created_at)

        updated_at = self.updated_at
        if not isinstance(updated_at, Unset):
            field_dict["updatedAt"] = format_datetime(updated_at)

        if self.nsfw_level is not UNSET:
            field_dict["nsfwLevel"] = self.nsfw_level

        if self.availability is not UNSET:
            field_dict["availability"] = self.availability

        if self.status is not UNSET:
            field_dict["status"] = self.status

        stats = self.stats
        if not isinstance(stats, Unset):
            field_dict["stats"] = stats.to_dict()

        user = self.user
        if not isinstance(user, Unset):
            field_dict["user"] = user.to_dict()

        tags = self.tags
        if not isinstance(tags, Unset):
            field_dict["tags"] = [tags_item_data.to_dict() for tags_item_data in tags]

        cover_image = self.cover_image
        if not isinstance(cover_image, Unset):
            field_dict["coverImage"] = cover_image.to_dict()

        for key, value in self.additional_properties.items():
            if key not in field_dict:
                field_dict[key] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a decoded JSON object, read key by key and never modified; a key the spec
        does not name is kept in `additional_properties`."""
        # Set as attrs' own __init__ would, without the call (the types module says why).
        article = cls.__new__(cls)
        article.id = src_dict["id"]
        article.title = src_dict["title"]
        article.published_at = (
            datetime.datetime.fromisoformat(src_dict["publishedAt"])
            if "publishedAt" in src_dict
            else UNSET
        )
        article.created_at = (
            datetime.datetime.fromisoformat(src_dict["createdAt"])
            if "createdAt" in src_dict
            else UNSET
        )
        article.updated_at = (
            datetime.datetime.fromisoformat(src_dict["updatedAt"])
            if "updatedAt" in src_dict
            else UNSET
        )
        article.nsfw_level = src_dict.get("nsfwLevel", UNSET)
        article.availability = src_dict.get("availability", UNSET)
        article.status = src_dict.get("status", UNSET)
        article.stats = ArticleStats.from_dict(src_dict["stats"]) if "stats" in src_dict else UNSET
        article.user = ArticleAuthor.from_dict(src_dict["user"]) if "user" in src_dict else UNSET
        article.tags = (
            [ArticleTag.from_dict(tags_item_data) for tags_item_data in src_dict["tags"]]
            if "tags" in src_dict
            else UNSET
        )
        article.cover_image = (
            ArticleCoverImage.from_dict(src_dict["coverImage"])
            if "coverImage" in src_dict
            else UNSET
        )
        if _KNOWN_KEYS.issuperset(src_dict):
            article.additional_properties = {}
        else:
            article.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return article


# Imported last, once: a model module that refers back to this one finds this class defined.
from ..models.article_author import ArticleAuthor  # noqa: E402
from ..models.article_cover_image import ArticleCoverImage  # noqa: E402
from ..models.article_stats import ArticleStats  # noqa: E402
from ..models.article_tag import ArticleTag  # noqa: E402
