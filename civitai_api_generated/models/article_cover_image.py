from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ArticleCoverImage")


@_attrs_define
class ArticleCoverImage:
    """
    Attributes:
        id (int | Unset):
        url (str | Unset):
        nsfw_level (int | Unset):
        width (int | Unset):
        height (int | Unset):
    """

    id: int | Unset = UNSET
    url: str | Unset = UNSET
    nsfw_level: int | Unset = UNSET
    width: int | Unset = UNSET
    height: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        url = self.url

        nsfw_level = self.nsfw_level

        width = self.width

        height = self.height

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if url is not UNSET:
            field_dict["url"] = url
        if nsfw_level is not UNSET:
            field_dict["nsfwLevel"] = nsfw_level
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        url = d.pop("url", UNSET)

        nsfw_level = d.pop("nsfwLevel", UNSET)

        width = d.pop("width", UNSET)

        height = d.pop("height", UNSET)

        article_cover_image = cls(
            id=id,
            url=url,
            nsfw_level=nsfw_level,
            width=width,
            height=height,
        )

        article_cover_image.additional_properties = d
        return article_cover_image

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
