from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="VaultResponse")

# The keys `from_dict` reads into attributes; any other key goes to `additional_properties`.
_KNOWN_KEYS = frozenset(("vault",))


@_attrs_define
class VaultResponse(AdditionalProperties[Any]):
    """
    Attributes:
        vault (None | Vault): Null for non-members.
    """

    vault: None | Vault
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: each property that is set, in the spec's order, then any other key."""
        field_dict: dict[str, Any] = {}
        vault = self.vault
        field_dict["vault"] = vault.to_dict() if isinstance(vault, Vault) else vault

        for key, value in self.additional_properties.items():
            if key not in field_dict:
                field_dict[key] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a decoded JSON object, read key by key and never modified; a key the spec
        does not name is kept in `additional_properties`."""
        # Set as attrs' own __init__ would, without the call (the types module says why).
        vault_response = cls.__new__(cls)
        vault_response.vault = _parse_vault(src_dict["vault"])
        if _KNOWN_KEYS.issuperset(src_dict):
            vault_response.additional_properties = {}
        else:
            vault_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return vault_response


def _parse_vault(data: object) -> None | Vault:
    if data is None:
        return data
    if isinstance(data, dict):
        try:
            return Vault.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast(None | Vault, data)


# Imported last, once: a model module that refers back to this one finds this class defined.
from ..models.vault import Vault  # noqa: E402
