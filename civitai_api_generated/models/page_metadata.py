from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PageMetadata")


@_attrs_define
class PageMetadata:
    """Page pagination of /creators and /tags.

    Attributes:
        total_items (int):
        current_page (int):
        page_size (int):
        total_pages (int):
        next_page (str | Unset):
        prev_page (str | Unset):
        has_more (bool | Unset): Only with `query` on /creators, where the totals are lower bounds.
    """

    total_items: int
    current_page: int
    page_size: int
    total_pages: int
    next_page: str | Unset = UNSET
    prev_page: str | Unset = UNSET
    has_more: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_items = self.total_items

        current_page = self.current_page

        page_size = self.page_size

        total_pages = self.total_pages

        next_page = self.next_page

        prev_page = self.prev_page

        has_more = self.has_more

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "totalItems": total_items,
                "currentPage": current_page,
                "pageSize": page_size,
                "totalPages": total_pages,
            }
        )
        if next_page is not UNSET:
            field_dict["nextPage"] = next_page
        if prev_page is not UNSET:
            field_dict["prevPage"] = prev_page
        if has_more is not UNSET:
            field_dict["hasMore"] = has_more

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_items = d.pop("totalItems")

        current_page = d.pop("currentPage")

        page_size = d.pop("pageSize")

        total_pages = d.pop("totalPages")

        next_page = d.pop("nextPage", UNSET)

        prev_page = d.pop("prevPage", UNSET)

        has_more = d.pop("hasMore", UNSET)

        page_metadata = cls(
            total_items=total_items,
            current_page=current_page,
            page_size=page_size,
            total_pages=total_pages,
            next_page=next_page,
            prev_page=prev_page,
            has_more=has_more,
        )

        page_metadata.additional_properties = d
        return page_metadata

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
