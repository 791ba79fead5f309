from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="ModelSummary")

# The keys `from_dict` reads into attributes; any other key goes to `additional_properties`.
_KNOWN_KEYS = frozenset(
    (
        "name",
        "type",
        "nsfw",
        "poi",
        "mode",
    )
)


@_attrs_define
class ModelSummary(AdditionalProperties[Any]):
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
        """The JSON object: each property that is set, in the spec's order, then any other key."""
        field_dict: dict[str, Any] = {}
        field_dict["name"] = self.name

        field_dict["type"] = self.type_

        if self.nsfw is not UNSET:
            field_dict["nsfw"] = self.nsfw

        if self.poi is not UNSET:
            field_dict["poi"] = self.poi

        if self.mode is not UNSET:
            field_dict["mode"] = self.mode

        for key, value in self.additional_properties.items():
            if key not in field_dict:
                field_dict[key] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a decoded JSON object, read key by key and never modified; a key the spec
        does not name is kept in `additional_properties`."""
        # Set as attrs' own __init__ would, without the call (the types module says why).
        model_summary = cls.__new__(cls)
        model_summary.name = src_dict["name"]
        model_summary.type_ = src_dict["type"]
        model_summary.nsfw = src_dict.get("nsfw", UNSET)
        model_summary.poi = src_dict.get("poi", UNSET)
        model_summary.mode = src_dict.get("mode", UNSET)
        if _KNOWN_KEYS.issuperset(src_dict):
            model_summary.additional_properties = {}
        else:
            model_summary.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return model_summary
