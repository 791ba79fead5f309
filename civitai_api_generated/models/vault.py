from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vault_meta import VaultMeta


T = TypeVar("T", bound="Vault")


@_attrs_define
class Vault:
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
        user_id = self.user_id

        storage_kb = self.storage_kb

        used_storage_kb = self.used_storage_kb

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if storage_kb is not UNSET:
            field_dict["storageKb"] = storage_kb
        if used_storage_kb is not UNSET:
            field_dict["usedStorageKb"] = used_storage_kb
        if meta is not UNSET:
            field_dict["meta"] = meta
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vault_meta import VaultMeta  # noqa: PLC0415

        d = dict(src_dict)
        user_id = d.pop("userId", UNSET)

        storage_kb = d.pop("storageKb", UNSET)

        used_storage_kb = d.pop("usedStorageKb", UNSET)

        _meta = d.pop("meta", UNSET)
        meta: VaultMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = VaultMeta.from_dict(_meta)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        vault = cls(
            user_id=user_id,
            storage_kb=storage_kb,
            used_storage_kb=used_storage_kb,
            meta=meta,
            updated_at=updated_at,
        )

        vault.additional_properties = d
        return vault

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
