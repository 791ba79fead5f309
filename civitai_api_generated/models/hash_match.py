from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HashMatch")


@_attrs_define
class HashMatch:
    """
    Attributes:
        model_version_id (int):
        hash_ (str):
        model_id (int | Unset):
    """

    model_version_id: int
    hash_: str
    model_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_version_id = self.model_version_id

        hash_ = self.hash_

        model_id = self.model_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "modelVersionId": model_version_id,
                "hash": hash_,
            }
        )
        if model_id is not UNSET:
            field_dict["modelId"] = model_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model_version_id = d.pop("modelVersionId")

        hash_ = d.pop("hash")

        model_id = d.pop("modelId", UNSET)

        hash_match = cls(
            model_version_id=model_version_id,
            hash_=hash_,
            model_id=model_id,
        )

        hash_match.additional_properties = d
        return hash_match

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
