from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="UsersResponse")

# The keys `from_dict` reads into attributes; any other key goes to `additional_properties`.
_KNOWN_KEYS = frozenset(("items",))


@_attrs_define
class UsersResponse(AdditionalProperties[Any]):
    """
    Attributes:
        items (list[User]):
    """

    items: list[User]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: each property that is set, in the spec's order, then any other key."""
        field_dict: dict[str, Any] = {}
        items = self.items
        field_dict["items"] = [items_item_data.to_dict() for items_item_data in items]

        for key, value in self.additional_properties.items():
            if key not in field_dict:
                field_dict[key] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a decoded JSON object, read key by key and never modified; a key the spec
        does not name is kept in `additional_properties`."""
        # Set as attrs' own __init__ would, without the call (the types module says why).
        users_response = cls.__new__(cls)
        users_response.items = [
            User.from_dict(items_item_data) for items_item_data in src_dict["items"]
        ]
        if _KNOWN_KEYS.issuperset(src_dict):
            users_response.additional_properties = {}
        else:
            users_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return users_response


# Imported last, once: a model module that refers back to this one finds this class defined.
from ..models.user import User  # noqa: E402
