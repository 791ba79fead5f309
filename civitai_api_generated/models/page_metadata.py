from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="PageMetadata")

# The keys `from_dict` reads into attributes; any other key goes to `additional_properties`.
_KNOWN_KEYS = frozenset(
    (
        "totalItems",
        "currentPage",
        "pageSize",
        "totalPages",
        "nextPage",
        "prevPage",
        "hasMore",
    )
)


@_attrs_define
class PageMetadata(AdditionalProperties[Any]):
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
        """The JSON object: each property that is set, in the spec's order, then any other key."""
        field_dict: dict[str, Any] = {}
        field_dict["totalItems"] = self.total_items

        field_dict["currentPage"] = self.current_page

        field_dict["pageSize"] = self.page_size

        field_dict["totalPages"] = self.total_pages

        if self.next_page is not UNSET:
            field_dict["nextPage"] = self.next_page

        if self.prev_page is not UNSET:
            field_dict["prevPage"] = self.prev_page

        if self.has_more is not UNSET:
            field_dict["hasMore"] = self.has_more

        for key, value in self.additional_properties.items():
            if key not in field_dict:
                field_dict[key] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a decoded JSON object, read key by key and never modified; a key the spec
        does not name is kept in `additional_properties`."""
        # Set as attrs' own __init__ would, without the call (the types module says why).
        page_metadata = cls.__new__(cls)
        page_metadata.total_items = src_dict["totalItems"]
        page_metadata.current_page = src_dict["currentPage"]
        page_metadata.page_size = src_dict["pageSize"]
        page_metadata.total_pages = src_dict["totalPages"]
        page_metadata.next_page = src_dict.get("nextPage", UNSET)
        page_metadata.prev_page = src_dict.get("prevPage", UNSET)
        page_metadata.has_more = src_dict.get("hasMore", UNSET)
        if _KNOWN_KEYS.issuperset(src_dict):
            page_metadata.additional_properties = {}
        else:
            page_metadata.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return page_metadata
