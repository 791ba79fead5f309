from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CursorMetadata")


@_attrs_define
class CursorMetadata:
    """Cursor pagination. `nextCursor`/`nextPage` are absent on the last page;
    `currentPage`/`pageSize` only appear in page mode.

        Attributes:
            next_cursor (str | Unset):
            next_page (str | Unset): Absolute URL of the next page; repeats every query parameter, `token` included.
            current_page (int | Unset):
            page_size (int | Unset):
    """

    next_cursor: str | Unset = UNSET
    next_page: str | Unset = UNSET
    current_page: int | Unset = UNSET
    page_size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        next_cursor = self.next_cursor

        next_page = self.next_page

        current_page = self.current_page

        page_size = self.page_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if next_cursor is not UNSET:
            field_dict["nextCursor"] = next_cursor
        if next_page is not UNSET:
            field_dict["nextPage"] = next_page
        if current_page is not UNSET:
            field_dict["currentPage"] = current_page
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        next_cursor = d.pop("nextCursor", UNSET)

        next_page = d.pop("nextPage", UNSET)

        current_page = d.pop("currentPage", UNSET)

        page_size = d.pop("pageSize", UNSET)

        cursor_metadata = cls(
            next_cursor=next_cursor,
            next_page=next_page,
            current_page=current_page,
            page_size=page_size,
        )

        cursor_metadata.additional_properties = d
        return cursor_metadata

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
