from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VaultItemFile")


@_attrs_define
class VaultItemFile:
    """
    Attributes:
        id (int | Unset):
        size_kb (float | Unset):
        url (str | Unset):
        display_name (str | Unset):
    """

    id: int | Unset = UNSET
    size_kb: float | Unset = UNSET
    url: str | Unset = UNSET
    display_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        size_kb = self.size_kb

        url = self.url

        display_name = self.display_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if size_kb is not UNSET:
            field_dict["sizeKB"] = size_kb
        if url is not UNSET:
            field_dict["url"] = url
        if display_name is not UNSET:
            field_dict["displayName"] = display_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        size_kb = d.pop("sizeKB", UNSET)

        url = d.pop("url", UNSET)

        display_name = d.pop("displayName", UNSET)

        vault_item_file = cls(
            id=id,
            size_kb=size_kb,
            url=url,
            display_name=display_name,
        )

        vault_item_file.additional_properties = d
        return vault_item_file

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
