from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Enums")


@_attrs_define
class Enums:
    """Current values of open enumerations. `ActiveBaseModel` lists the base models not
    hidden on the site (§2.13).

        Attributes:
            model_type (list[str]):
            model_file_type (list[str]):
            active_base_model (list[str]):
            base_model (list[str]):
            base_model_type (list[str]):
    """

    model_type: list[str]
    model_file_type: list[str]
    active_base_model: list[str]
    base_model: list[str]
    base_model_type: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_type = self.model_type

        model_file_type = self.model_file_type

        active_base_model = self.active_base_model

        base_model = self.base_model

        base_model_type = self.base_model_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ModelType": model_type,
                "ModelFileType": model_file_type,
                "ActiveBaseModel": active_base_model,
                "BaseModel": base_model,
                "BaseModelType": base_model_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model_type = cast(list[str], d.pop("ModelType"))

        model_file_type = cast(list[str], d.pop("ModelFileType"))

        active_base_model = cast(list[str], d.pop("ActiveBaseModel"))

        base_model = cast(list[str], d.pop("BaseModel"))

        base_model_type = cast(list[str], d.pop("BaseModelType"))

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
