from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelVersionFee")


@_attrs_define
class ModelVersionFee:
    """
    Attributes:
        role (str | Unset):
        amount (float | Unset):
        type_ (str | Unset):
        settlement_currency (str | Unset):
        recipient_model_version_id (int | Unset):
        recipient_user_id (int | Unset):
    """

    role: str | Unset = UNSET
    amount: float | Unset = UNSET
    type_: str | Unset = UNSET
    settlement_currency: str | Unset = UNSET
    recipient_model_version_id: int | Unset = UNSET
    recipient_user_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role = self.role

        amount = self.amount

        type_ = self.type_

        settlement_currency = self.settlement_currency

        recipient_model_version_id = self.recipient_model_version_id

        recipient_user_id = self.recipient_user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if role is not UNSET:
            field_dict["role"] = role
        if amount is not UNSET:
            field_dict["amount"] = amount
        if type_ is not UNSET:
            field_dict["type"] = type_
        if settlement_currency is not UNSET:
            field_dict["settlementCurrency"] = settlement_currency
        if recipient_model_version_id is not UNSET:
            field_dict["recipientModelVersionId"] = recipient_model_version_id
        if recipient_user_id is not UNSET:
            field_dict["recipientUserId"] = recipient_user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role = d.pop("role", UNSET)

        amount = d.pop("amount", UNSET)

        type_ = d.pop("type", UNSET)

        settlement_currency = d.pop("settlementCurrency", UNSET)

        recipient_model_version_id = d.pop("recipientModelVersionId", UNSET)

        recipient_user_id = d.pop("recipientUserId", UNSET)

        model_version_fee = cls(
            role=role,
            amount=amount,
            type_=type_,
            settlement_currency=settlement_currency,
            recipient_model_version_id=recipient_model_version_id,
            recipient_user_id=recipient_user_id,
        )

        model_version_fee.additional_properties = d
        return model_version_fee

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
