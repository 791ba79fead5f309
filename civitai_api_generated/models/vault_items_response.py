from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vault_item import VaultItem


T = TypeVar("T", bound="VaultItemsResponse")


@_attrs_define
class VaultItemsResponse:
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
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        total_items = self.total_items

        current_page = self.current_page

        page_size = self.page_size

        total_pages = self.total_pages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )
        if total_items is not UNSET:
            field_dict["totalItems"] = total_items
        if current_page is not UNSET:
            field_dict["currentPage"] = current_page
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size
        if total_pages is not UNSET:
            field_dict["totalPages"] = total_pages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vault_item import VaultItem  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = VaultItem.from_dict(items_item_data)

            items.append(items_item)

        total_items = d.pop("totalItems", UNSET)

        current_page = d.pop("currentPage", UNSET)

        page_size = d.pop("pageSize", UNSET)

        total_pages = d.pop("totalPages", UNSET)

        vault_items_response = cls(
            items=items,
            total_items=total_items,
            current_page=current_page,
            page_size=page_size,
            total_pages=total_pages,
        )

        vault_items_response.additional_properties = d
        return vault_items_response

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
