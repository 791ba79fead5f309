from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, format_datetime

T = TypeVar("T", bound="PaidAccess")

# The keys `from_dict` reads into attributes; any other key goes to `additional_properties`.
_KNOWN_KEYS = frozenset(
    (
        "permanent",
        "endsAt",
    )
)


@_attrs_define
class PaidAccess(AdditionalProperties[Any]):
    """Added 2026-07-30; optional keys, as for any object this young.

    Attributes:
        permanent (bool | Unset):
        ends_at (datetime.datetime | None | Unset):
    """

    permanent: bool | Unset = UNSET
    ends_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: each property that is set, in the spec's order, then any other key."""
        field_dict: dict[str, Any] = {}
        if self.permanent is not UNSET:
            field_dict["permanent"] = self.permanent

        ends_at = self.ends_at
        if not isinstance(ends_at, Unset):
            field_dict["endsAt"] = (
                format_datetime(ends_at) if isinstance(ends_at, datetime.datetime) else ends_at
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
        paid_access = cls.__new__(cls)
        paid_access.permanent = src_dict.get("permanent", UNSET)
        paid_access.ends_at = _parse_ends_at(src_dict["endsAt"]) if "endsAt" in src_dict else UNSET
        if _KNOWN_KEYS.issuperset(src_dict):
            paid_access.additional_properties = {}
        else:
            paid_access.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return paid_access


def _parse_ends_at(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast(datetime.datetime | None | Unset, data)
