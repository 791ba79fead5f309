from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="VaultItemsResponse")

# The keys `from_dict` reads into attributes; any other key goes to `additional_properties`.
_KNOWN_KEYS = frozenset(
    (
        "items",
        "totalItems",
        "currentPage",
        "pageSize",
        "totalPages",
    )
)


@_attrs_define
class VaultItemsResponse(AdditionalProperties[Any]):
    """A page of vault items. The paging totals are optional: this shape is known from
    Civitai's docs only.

        Attributes:
            items (list[VaultItem]):
            total_items (int | Unset):
            current_page (int | Unset):
            page_size (int | Unset):
            total_pages (int | Unset):
    """

    items: list[VaultItem]
    total_items: int | Unset = UNSET
    current_page: int | Unset = UNSET
    page_size: int | Unset = UNSET
    total_pages: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: each property that is set, in the spec's order, then any other key."""
        field_dict: dict[str, Any] = {}
        items = self.items
        field_dict["items"] = [items_item_data.to_dict() for items_item_data in items]

        if self.total_items is not UNSET:
            field_dict["totalItems"] = self.total_items

        if self.current_page is not UNSET:
            field_dict["currentPage"] = self.current_page

        if self.page_size is not UNSET:
            field_dict["pageSize"] = self.page_size

        if self.total_pages is not UNSET:
            field_dict["totalPages"] = self.total_pages

        for key, value in self.additional_properties.items():
            if key not in field_dict:
                field_dict[key] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a decoded JSON object, read key by key and never modified; a key the spec
        does not name is kept in `additional_properties`."""
        # Set as attrs' own __init__ would, without the call (the types module says why).
        vault_items_response = cls.__new__(cls)
        vault_items_response.items = [
            VaultItem.from_dict(items_item_data) for items_item_data in src_dict["items"]
        ]
        vault_items_response.total_items = src_dict.get("totalItems", UNSET)
        vault_items_response.current_page = src_dict.get("currentPage", UNSET)
        vault_items_response.page_size = src_dict.get("pageSize", UNSET)
        vault_items_response.total_pages = src_dict.get("totalPages", UNSET)
        if _KNOWN_KEYS.issuperset(src_dict):
            vault_items_response.additional_properties = {}
        else:
            vault_items_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return vault_items_response


# Imported last, once: a model module that refers back to this one finds this class defined.
from ..models.vault_item import VaultItem  # noqa: E402
