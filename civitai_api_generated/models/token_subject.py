from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="TokenSubject")

# The keys `from_dict` reads into attributes; any other key goes to `additional_properties`.
_KNOWN_KEYS = frozenset(
    (
        "type",
        "id",
    )
)


@_attrs_define
class TokenSubject(AdditionalProperties[Any]):
    """What the key acts for.

    Attributes:
        type_ (str | Unset):
        id (int | str | Unset):
    """

    type_: str | Unset = UNSET
    id: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: each property that is set, in the spec's order, then any other key."""
        field_dict: dict[str, Any] = {}
        if self.type_ is not UNSET:
            field_dict["type"] = self.type_

        if self.id is not UNSET:
            field_dict["id"] = self.id

        for key, value in self.additional_properties.items():
            if key not in field_dict:
                field_dict[key] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a decoded JSON object, read key by key and never modified; a key the spec
        does not name is kept in `additional_properties`."""
        # Set as attrs' own __init__ would, without the call (the types module says why).
        token_subject = cls.__new__(cls)
        token_subject.type_ = src_dict.get("type", UNSET)
        token_subject.id = src_dict.get("id", UNSET)
        if _KNOWN_KEYS.issuperset(src_dict):
            token_subject.additional_properties = {}
        else:
            token_subject.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return token_subject
