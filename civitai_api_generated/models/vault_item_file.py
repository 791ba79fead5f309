from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="VaultItemFile")

# The keys `from_dict` reads into attributes; any other key goes to `additional_properties`.
_KNOWN_KEYS = frozenset(
    (
        "id",
        "sizeKB",
        "url",
        "displayName",
    )
)


@_attrs_define
class VaultItemFile(AdditionalProperties[Any]):
    """
    Attributes:
        id (int | Unset):
        size_kb (float | Unset):
        url (str | Unset):
        display_name (str | Unset):
    """

    id: int | Unset = UNSET
    size_kb: float | Unset = UNSET
    url: str | Unset = UNSET
    display_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: each property that is set, in the spec's order, then any other key."""
        field_dict: dict[str, Any] = {}
        if self.id is not UNSET:
            field_dict["id"] = self.id

        if self.size_kb is not UNSET:
            field_dict["sizeKB"] = self.size_kb

        if self.url is not UNSET:
            field_dict["url"] = self.url

        if self.display_name is not UNSET:
            field_dict["displayName"] = self.display_name

        for key, value in self.additional_properties.items():
            if key not in field_dict:
                field_dict[key] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a decoded JSON object, read key by key and never modified; a key the spec
        does not name is kept in `additional_properties`."""
        # Set as attrs' own __init__ would, without the call (the types module says why).
        vault_item_file = cls.__new__(cls)
        vault_item_file.id = src_dict.get("id", UNSET)
        vault_item_file.size_kb = src_dict.get("sizeKB", UNSET)
        vault_item_file.url = src_dict.get("url", UNSET)
        vault_item_file.display_name = src_dict.get("displayName", UNSET)
        if _KNOWN_KEYS.issuperset(src_dict):
            vault_item_file.additional_properties = {}
        else:
            vault_item_file.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return vault_item_file
