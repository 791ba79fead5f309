from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.vault import Vault


T = TypeVar("T", bound="VaultResponse")


@_attrs_define
class VaultResponse:
    """
    Attributes:
        vault (None | Vault): Null for non-members.
    """

    vault: None | Vault
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.vault import Vault  # noqa: PLC0415

        vault: dict[str, Any] | None
        if isinstance(self.vault, Vault):
            vault = self.vault.to_dict()
        else:
            vault = self.vault

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "vault": vault,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vault import Vault  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_vault(data: object) -> None | Vault:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                vault_type_0 = Vault.from_dict(data)

                return vault_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Vault, data)

        vault = _parse_vault(d.pop("vault"))

        vault_response = cls(
            vault=vault,
        )

        vault_response.additional_properties = d
        return vault_response

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
