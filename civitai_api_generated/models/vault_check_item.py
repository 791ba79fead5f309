from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="VaultCheckItem")

# The keys `from_dict` reads into attributes; any other key goes to `additional_properties`.
_KNOWN_KEYS = frozenset(
    (
        "modelVersionId",
        "vaultItem",
    )
)


@_attrs_define
class VaultCheckItem(AdditionalProperties[Any]):
    """
    Attributes:
        model_version_id (int):
        vault_item (None | Unset | VaultItem): The stored item; null (or absent) when the version is not in the vault.
    """

    model_version_id: int
    vault_item: None | Unset | VaultItem = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: each property that is set, in the spec's order, then any other key."""
        field_dict: dict[str, Any] = {}
        field_dict["modelVersionId"] = self.model_version_id

        vault_item = self.vault_item
        if not isinstance(vault_item, Unset):
            field_dict["vaultItem"] = (
                vault_item.to_dict() if isinstance(vault_item, VaultItem) else vault_item
            )

        for key, value in self.additional_properties.items():
            if key not in field_dict:
                field_dict[key] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a decoded JSON object, read key by key and never modified; a key the spec
        does not name is kept in `additional_properties`."""
        # Set as attrs' own __init__ would, without the call (the types module says why).
        vault_check_item = cls.__new__(cls)
        vault_check_item.model_version_id = src_dict["modelVersionId"]
        vault_check_item.vault_item = (
            _parse_vault_item(src_dict["vaultItem"]) if "vaultItem" in src_dict else UNSET
        )
        if _KNOWN_KEYS.issuperset(src_dict):
            vault_check_item.additional_properties = {}
        else:
            vault_check_item.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return vault_check_item


def _parse_vault_item(data: object) -> None | Unset | VaultItem:
    if data is None:
        return data
    if isinstance(data, dict):
        try:
            return VaultItem.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast(None | Unset | VaultItem, data)


# Imported last, once: a model module that refers back to this one finds this class defined.
from ..models.vault_item import VaultItem  # noqa: E402
