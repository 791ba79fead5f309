from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="HashMatch")

# The keys `from_dict` reads into attributes; any other key goes to `additional_properties`.
_KNOWN_KEYS = frozenset(
    (
        "modelVersionId",
        "hash",
        "modelId",
    )
)


@_attrs_define
class HashMatch(AdditionalProperties[Any]):
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
        """The JSON object: each property that is set, in the spec's order, then any other key."""
        field_dict: dict[str, Any] = {}
        field_dict["modelVersionId"] = self.model_version_id

        if self.model_id is not UNSET:
            field_dict["modelId"] = self.model_id

        field_dict["hash"] = self.hash_

        for key, value in self.additional_properties.items():
            if key not in field_dict:
                field_dict[key] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a decoded JSON object, read key by key and never modified; a key the spec
        does not name is kept in `additional_properties`."""
        # Set as attrs' own __init__ would, without the call (the types module says why).
        hash_match = cls.__new__(cls)
        hash_match.model_version_id = src_dict["modelVersionId"]
        hash_match.model_id = src_dict.get("modelId", UNSET)
        hash_match.hash_ = src_dict["hash"]
        if _KNOWN_KEYS.issuperset(src_dict):
            hash_match.additional_properties = {}
        else:
            hash_match.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return hash_match
