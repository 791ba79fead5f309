from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.article_author import ArticleAuthor
    from ..models.article_cover_image import ArticleCoverImage
    from ..models.article_stats import ArticleStats
    from ..models.article_tag import ArticleTag


T = TypeVar("T", bound="Article")


@_attrs_define
class Article:
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
        id = self.id

        title = self.title

        published_at: str | Unset = UNSET
        if not isinstance(self.published_at, Unset):
            published_at = self.published_at.isoformat()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        nsfw_level = self.nsfw_level

        availability = self.availability

        status = self.status

        stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stats, Unset):
            stats = self.stats.to_dict()

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        cover_image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cover_image, Unset):
            cover_image = self.cover_image.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
            }
        )
        if published_at is not UNSET:
            field_dict["publishedAt"] = published_at
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if nsfw_level is not UNSET:
            field_dict["nsfwLevel"] = nsfw_level
        if availability is not UNSET:
            field_dict["availability"] = availability
        if status is not UNSET:
            field_dict["status"] = status
        if stats is not UNSET:
            field_dict["stats"] = stats
        if user is not UNSET:
            field_dict["user"] = user
        if tags is not UNSET:
            field_dict["tags"] = tags
        if cover_image is not UNSET:
            field_dict["coverImage"] = cover_image

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.article_author import ArticleAuthor  # noqa: PLC0415
        from ..models.article_cover_image import ArticleCoverImage  # noqa: PLC0415
        from ..models.article_stats import ArticleStats  # noqa: PLC0415
        from ..models.article_tag import ArticleTag  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        _published_at = d.pop("publishedAt", UNSET)
        published_at: datetime.datetime | Unset
        if isinstance(_published_at, Unset):
            published_at = UNSET
        else:
            published_at = datetime.datetime.fromisoformat(_published_at)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        nsfw_level = d.pop("nsfwLevel", UNSET)

        availability = d.pop("availability", UNSET)

        status = d.pop("status", UNSET)

        _stats = d.pop("stats", UNSET)
        stats: ArticleStats | Unset
        if isinstance(_stats, Unset):
            stats = UNSET
        else:
            stats = ArticleStats.from_dict(_stats)

        _user = d.pop("user", UNSET)
        user: ArticleAuthor | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = ArticleAuthor.from_dict(_user)

        _tags = d.pop("tags", UNSET)
        tags: list[ArticleTag] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = ArticleTag.from_dict(tags_item_data)

                tags.append(tags_item)

        _cover_image = d.pop("coverImage", UNSET)
        cover_image: ArticleCoverImage | Unset
        if isinstance(_cover_image, Unset):
            cover_image = UNSET
        else:
            cover_image = ArticleCoverImage.from_dict(_cover_image)

        article = cls(
            id=id,
            title=title,
            published_at=published_at,
            created_at=created_at,
            updated_at=updated_at,
            nsfw_level=nsfw_level,
            availability=availability,
            status=status,
            stats=stats,
            user=user,
            tags=tags,
            cover_image=cover_image,
        )

        article.additional_properties = d
        return article

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
