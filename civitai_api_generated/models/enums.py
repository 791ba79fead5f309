from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="Enums")

# The keys `from_dict` reads into attributes; any other key goes to `additional_properties`.
_KNOWN_KEYS = frozenset(
    (
        "ModelType",
        "ModelFileType",
        "ActiveBaseModel",
        "BaseModel",
        "BaseModelType",
    )
)


@_attrs_define
class Enums(AdditionalProperties[Any]):
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
        """The JSON object: each property that is set, in the spec's order, then any other key."""
        field_dict: dict[str, Any] = {}
        if self.model_type is not UNSET:
            field_dict["ModelType"] = self.model_type

        if self.model_file_type is not UNSET:
            field_dict["ModelFileType"] = self.model_file_type

        if self.active_base_model is not UNSET:
            field_dict["ActiveBaseModel"] = self.active_base_model

        if self.base_model is not UNSET:
            field_dict["BaseModel"] = self.base_model

        if self.base_model_type is not UNSET:
            field_dict["BaseModelType"] = self.base_model_type

        for key, value in self.additional_properties.items():
            if key not in field_dict:
                field_dict[key] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a decoded JSON object, read key by key and never modified; a key the spec
        does not name is kept in `additional_properties`."""
        # Set as attrs' own __init__ would, without the call (the types module says why).
        enums = cls.__new__(cls)
        enums.model_type = src_dict.get("ModelType", UNSET)
        enums.model_file_type = src_dict.get("ModelFileType", UNSET)
        enums.active_base_model = src_dict.get("ActiveBaseModel", UNSET)
        enums.base_model = src_dict.get("BaseModel", UNSET)
        enums.base_model_type = src_dict.get("BaseModelType", UNSET)
        if _KNOWN_KEYS.issuperset(src_dict):
            enums.additional_properties = {}
        else:
            enums.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return enums
