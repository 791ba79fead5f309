from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Enums")


@_attrs_define
class Enums:
    """Current values of open enumerations. `ActiveBaseModel` lists the base models not
    hidden on the site. No list is required: the endpoint (added 2024-05-10) has gained
    lists since.

        Attributes:
            model_type (list[str] | Unset):
            model_file_type (list[str] | Unset):
            active_base_model (list[str] | Unset):
            base_model (list[str] | Unset):
            base_model_type (list[str] | Unset):
    """

    model_type: list[str] | Unset = UNSET
    model_file_type: list[str] | Unset = UNSET
    active_base_model: list[str] | Unset = UNSET
    base_model: list[str] | Unset = UNSET
    base_model_type: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_type: list[str] | Unset = UNSET
        if not isinstance(self.model_type, Unset):
            model_type = self.model_type

        model_file_type: list[str] | Unset = UNSET
        if not isinstance(self.model_file_type, Unset):
            model_file_type = self.model_file_type

        active_base_model: list[str] | Unset = UNSET
        if not isinstance(self.active_base_model, Unset):
            active_base_model = self.active_base_model

        base_model: list[str] | Unset = UNSET
        if not isinstance(self.base_model, Unset):
            base_model = self.base_model

        base_model_type: list[str] | Unset = UNSET
        if not isinstance(self.base_model_type, Unset):
            base_model_type = self.base_model_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if model_type is not UNSET:
            field_dict["ModelType"] = model_type
        if model_file_type is not UNSET:
            field_dict["ModelFileType"] = model_file_type
        if active_base_model is not UNSET:
            field_dict["ActiveBaseModel"] = active_base_model
        if base_model is not UNSET:
            field_dict["BaseModel"] = base_model
        if base_model_type is not UNSET:
            field_dict["BaseModelType"] = base_model_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model_type = cast(list[str], d.pop("ModelType", UNSET))

        model_file_type = cast(list[str], d.pop("ModelFileType", UNSET))

        active_base_model = cast(list[str], d.pop("ActiveBaseModel", UNSET))

        base_model = cast(list[str], d.pop("BaseModel", UNSET))

        base_model_type = cast(list[str], d.pop("BaseModelType", UNSET))

        enums = cls(
            model_type=model_type,
            model_file_type=model_file_type,
            active_base_model=active_base_model,
            base_model=base_model,
            base_model_type=base_model_type,
        )

        enums.additional_properties = d
        return enums

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
