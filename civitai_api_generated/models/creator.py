from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Creator")


@_attrs_define
class Creator:
    """
    Attributes:
        username (None | str):
        model_count (int | None | Unset): Published models; absent when 0.
        link (str | Unset): URL of this creator's models in /models.
        image (str | Unset): Avatar URL; absent without an avatar.
    """

    username: None | str
    model_count: int | None | Unset = UNSET
    link: str | Unset = UNSET
    image: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username: None | str
        username = self.username

        model_count: int | None | Unset
        if isinstance(self.model_count, Unset):
            model_count = UNSET
        else:
            model_count = self.model_count

        link = self.link

        image = self.image

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
            }
        )
        if model_count is not UNSET:
            field_dict["modelCount"] = model_count
        if link is not UNSET:
            field_dict["link"] = link
        if image is not UNSET:
            field_dict["image"] = image

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_username(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        username = _parse_username(d.pop("username"))

        def _parse_model_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        model_count = _parse_model_count(d.pop("modelCount", UNSET))

        link = d.pop("link", UNSET)

        image = d.pop("image", UNSET)

        creator = cls(
            username=username,
            model_count=model_count,
            link=link,
            image=image,
        )

        creator.additional_properties = d
        return creator

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
