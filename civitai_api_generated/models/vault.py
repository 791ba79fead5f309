from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, format_datetime

T = TypeVar("T", bound="Vault")

# The keys `from_dict` reads into attributes; any other key goes to `additional_properties`.
_KNOWN_KEYS = frozenset(
    (
        "userId",
        "storageKb",
        "usedStorageKb",
        "meta",
        "updatedAt",
    )
)


@_attrs_define
class Vault(AdditionalProperties[Any]):
    """
    Attributes:
        user_id (int | Unset):
        storage_kb (int | Unset):
        used_storage_kb (int | Unset):
        meta (VaultMeta | Unset): Free-form.
        updated_at (datetime.datetime | Unset):
    """

    user_id: int | Unset = UNSET
    storage_kb: int | Unset = UNSET
    used_storage_kb: int | Unset = UNSET
    meta: VaultMeta | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: each property that is set, in the spec's order, then any other key."""
        field_dict: dict[str, Any] = {}
        if self.user_id is not UNSET:
            field_dict["userId"] = self.user_id

        if self.storage_kb is not UNSET:
            field_dict["storageKb"] = self.storage_kb

        if self.used_storage_kb is not UNSET:
            field_dict["usedStorageKb"] = self.used_storage_kb

        meta = self.meta
        if not isinstance(meta, Unset):
            field_dict["meta"] = meta.to_dict()

        updated_at = self.updated_at
        if not isinstance(updated_at, Unset):
            field_dict["updatedAt"] = format_datetime(updated_at)

        for key, value in self.additional_properties.items():
            if key not in field_dict:
                field_dict[key] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a decoded JSON object, read key by key and never modified; a key the spec
        does not name is kept in `additional_properties`."""
        # Set as attrs' own __init__ would, without the call (the types module says why).
        vault = cls.__new__(cls)
        vault.user_id = src_dict.get("userId", UNSET)
        vault.storage_kb = src_dict.get("storageKb", UNSET)
        vault.used_storage_kb = src_dict.get("usedStorageKb", UNSET)
        vault.meta = VaultMeta.from_dict(src_dict["meta"]) if "meta" in src_dict else UNSET
        vault.updated_at = (
            datetime.datetime.fromisoformat(src_dict["updatedAt"])
            if "updatedAt" in src_dict
            else UNSET
        )
        if _KNOWN_KEYS.issuperset(src_dict):
            vault.additional_properties = {}
        else:
            vault.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return vault


# Imported last, once: a model module that refers back to this one finds this class defined.
from ..models.vault_meta import VaultMeta  # noqa: E402
