from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vault_item import VaultItem


T = TypeVar("T", bound="VaultCheckItem")


@_attrs_define
class VaultCheckItem:
    """
    Attributes:
        model_version_id (int):
        vault_item (None | Unset | VaultItem): The stored item; null (or absent) when the version is not in the vault.
    """

    model_version_id: int
    vault_item: None | Unset | VaultItem = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.vault_item import VaultItem  # noqa: PLC0415

        model_version_id = self.model_version_id

        vault_item: dict[str, Any] | None | Unset
        if isinstance(self.vault_item, Unset):
            vault_item = UNSET
        elif isinstance(self.vault_item, VaultItem):
            vault_item = self.vault_item.to_dict()
        else:
            vault_item = self.vault_item

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "modelVersionId": model_version_id,
            }
        )
        if vault_item is not UNSET:
            field_dict["vaultItem"] = vault_item

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vault_item import VaultItem  # noqa: PLC0415

        d = dict(src_dict)
        model_version_id = d.pop("modelVersionId")

        def _parse_vault_item(data: object) -> None | Unset | VaultItem:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                vault_item_type_0 = VaultItem.from_dict(data)

                return vault_item_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VaultItem, data)

        vault_item = _parse_vault_item(d.pop("vaultItem", UNSET))

        vault_check_item = cls(
            model_version_id=model_version_id,
            vault_item=vault_item,
        )

        vault_check_item.additional_properties = d
        return vault_check_item

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
