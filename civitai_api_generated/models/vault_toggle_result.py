from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="VaultToggleResult")

# The keys `from_dict` reads into attributes; any other key goes to `additional_properties`.
_KNOWN_KEYS = frozenset(
    (
        "success",
        "vaultId",
    )
)


@_attrs_define
class VaultToggleResult(AdditionalProperties[Any]):
    """Known from Civitai's docs only, so no key is required.

    Attributes:
        success (bool | Unset):
        vault_id (int | Unset):
    """

    success: bool | Unset = UNSET
    vault_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: each property that is set, in the spec's order, then any other key."""
        field_dict: dict[str, Any] = {}
        if self.success is not UNSET:
            field_dict["success"] = self.success

        if self.vault_id is not UNSET:
            field_dict["vaultId"] = self.vault_id

        for key, value in self.additional_properties.items():
            if key not in field_dict:
                field_dict[key] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a decoded JSON object, read key by key and never modified; a key the spec
        does not name is kept in `additional_properties`."""
        # Set as attrs' own __init__ would, without the call (the types module says why).
        vault_toggle_result = cls.__new__(cls)
        vault_toggle_result.success = src_dict.get("success", UNSET)
        vault_toggle_result.vault_id = src_dict.get("vaultId", UNSET)
        if _KNOWN_KEYS.issuperset(src_dict):
            vault_toggle_result.additional_properties = {}
        else:
            vault_toggle_result.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return vault_toggle_result
