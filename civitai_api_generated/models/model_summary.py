from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelSummary")


@_attrs_define
class ModelSummary:
    """The model a version belongs to. `poi` came later than the first release.

    Attributes:
        name (str):
        type_ (str):
        nsfw (bool | Unset):
        poi (bool | Unset):
        mode (None | str | Unset):
    """

    name: str
    type_: str
    nsfw: bool | Unset = UNSET
    poi: bool | Unset = UNSET
    mode: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_

        nsfw = self.nsfw

        poi = self.poi

        mode: None | str | Unset
        if isinstance(self.mode, Unset):
            mode = UNSET
        else:
            mode = self.mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
            }
        )
        if nsfw is not UNSET:
            field_dict["nsfw"] = nsfw
        if poi is not UNSET:
            field_dict["poi"] = poi
        if mode is not UNSET:
            field_dict["mode"] = mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        type_ = d.pop("type")

        nsfw = d.pop("nsfw", UNSET)

        poi = d.pop("poi", UNSET)

        def _parse_mode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mode = _parse_mode(d.pop("mode", UNSET))

        model_summary = cls(
            name=name,
            type_=type_,
            nsfw=nsfw,
            poi=poi,
            mode=mode,
        )

        model_summary.additional_properties = d
        return model_summary

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
