from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="ModelFileMetadata")

# The keys `from_dict` reads into attributes; any other key goes to `additional_properties`.
_KNOWN_KEYS = frozenset(
    (
        "format",
        "size",
        "fp",
        "quantType",
        "isRequired",
    )
)


@_attrs_define
class ModelFileMetadata(AdditionalProperties[Any]):
    """Every key may be absent, and null in older rows. Values are open sets (formats,
    precisions and quantisations keep growing).

        Attributes:
            format_ (None | str | Unset):
            size (None | str | Unset):
            fp (None | str | Unset):
            quant_type (None | str | Unset):
            is_required (bool | None | Unset):
    """

    format_: None | str | Unset = UNSET
    size: None | str | Unset = UNSET
    fp: None | str | Unset = UNSET
    quant_type: None | str | Unset = UNSET
    is_required: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: each property that is set, in the spec's order, then any other key."""
        field_dict: dict[str, Any] = {}
        if self.format_ is not UNSET:
            field_dict["format"] = self.format_

        if self.size is not UNSET:
            field_dict["size"] = self.size

        if self.fp is not UNSET:
            field_dict["fp"] = self.fp

        if self.quant_type is not UNSET:
            field_dict["quantType"] = self.quant_type

        if self.is_required is not UNSET:
            field_dict["isRequired"] = self.is_required

        for key, value in self.additional_properties.items():
            if key not in field_dict:
                field_dict[key] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a decoded JSON object, read key by key and never modified; a key the spec
        does not name is kept in `additional_properties`."""
        # Set as attrs' own __init__ would, without the call (the types module says why).
        model_file_metadata = cls.__new__(cls)
        model_file_metadata.format_ = src_dict.get("format", UNSET)
        model_file_metadata.size = src_dict.get("size", UNSET)
        model_file_metadata.fp = src_dict.get("fp", UNSET)
        model_file_metadata.quant_type = src_dict.get("quantType", UNSET)
        model_file_metadata.is_required = src_dict.get("isRequired", UNSET)
        if _KNOWN_KEYS.issuperset(src_dict):
            model_file_metadata.additional_properties = {}
        else:
            model_file_metadata.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return model_file_metadata
