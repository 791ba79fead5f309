from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="ModelVersionFee")

# The keys `from_dict` reads into attributes; any other key goes to `additional_properties`.
_KNOWN_KEYS = frozenset(
    (
        "role",
        "amount",
        "type",
        "settlementCurrency",
        "recipientModelVersionId",
        "recipientUserId",
    )
)


@_attrs_define
class ModelVersionFee(AdditionalProperties[Any]):
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
        """The JSON object: each property that is set, in the spec's order, then any other key."""
        field_dict: dict[str, Any] = {}
        if self.role is not UNSET:
            field_dict["role"] = self.role

        if self.amount is not UNSET:
            field_dict["amount"] = self.amount

        if self.type_ is not UNSET:
            field_dict["type"] = self.type_

        if self.settlement_currency is not UNSET:
            field_dict["settlementCurrency"] = self.settlement_currency

        if self.recipient_model_version_id is not UNSET:
            field_dict["recipientModelVersionId"] = self.recipient_model_version_id

        if self.recipient_user_id is not UNSET:
            field_dict["recipientUserId"] = self.recipient_user_id

        for key, value in self.additional_properties.items():
            if key not in field_dict:
                field_dict[key] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a decoded JSON object, read key by key and never modified; a key the spec
        does not name is kept in `additional_properties`."""
        # Set as attrs' own __init__ would, without the call (the types module says why).
        model_version_fee = cls.__new__(cls)
        model_version_fee.role = src_dict.get("role", UNSET)
        model_version_fee.amount = src_dict.get("amount", UNSET)
        model_version_fee.type_ = src_dict.get("type", UNSET)
        model_version_fee.settlement_currency = src_dict.get("settlementCurrency", UNSET)
        model_version_fee.recipient_model_version_id = src_dict.get(
            "recipientModelVersionId", UNSET
        )
        model_version_fee.recipient_user_id = src_dict.get("recipientUserId", UNSET)
        if _KNOWN_KEYS.issuperset(src_dict):
            model_version_fee.additional_properties = {}
        else:
            model_version_fee.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return model_version_fee
