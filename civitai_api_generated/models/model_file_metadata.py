from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelFileMetadata")


@_attrs_define
class ModelFileMetadata:
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
        format_: None | str | Unset
        if isinstance(self.format_, Unset):
            format_ = UNSET
        else:
            format_ = self.format_

        size: None | str | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        fp: None | str | Unset
        if isinstance(self.fp, Unset):
            fp = UNSET
        else:
            fp = self.fp

        quant_type: None | str | Unset
        if isinstance(self.quant_type, Unset):
            quant_type = UNSET
        else:
            quant_type = self.quant_type

        is_required: bool | None | Unset
        if isinstance(self.is_required, Unset):
            is_required = UNSET
        else:
            is_required = self.is_required

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if format_ is not UNSET:
            field_dict["format"] = format_
        if size is not UNSET:
            field_dict["size"] = size
        if fp is not UNSET:
            field_dict["fp"] = fp
        if quant_type is not UNSET:
            field_dict["quantType"] = quant_type
        if is_required is not UNSET:
            field_dict["isRequired"] = is_required

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_format_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        format_ = _parse_format_(d.pop("format", UNSET))

        def _parse_size(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        size = _parse_size(d.pop("size", UNSET))

        def _parse_fp(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fp = _parse_fp(d.pop("fp", UNSET))

        def _parse_quant_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        quant_type = _parse_quant_type(d.pop("quantType", UNSET))

        def _parse_is_required(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_required = _parse_is_required(d.pop("isRequired", UNSET))

        model_file_metadata = cls(
            format_=format_,
            size=size,
            fp=fp,
            quant_type=quant_type,
            is_required=is_required,
        )

        model_file_metadata.additional_properties = d
        return model_file_metadata

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
