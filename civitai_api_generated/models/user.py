from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="User")

# The keys `from_dict` reads into attributes; any other key goes to `additional_properties`.
_KNOWN_KEYS = frozenset(
    (
        "id",
        "username",
        "avatarNsfw",
    )
)


@_attrs_define
class User(AdditionalProperties[Any]):
    """
    Attributes:
        id (int):
        username (None | str): Civitai accounts may have no username.
        avatar_nsfw (str | Unset):
    """

    id: int
    username: None | str
    avatar_nsfw: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: each property that is set, in the spec's order, then any other key."""
        field_dict: dict[str, Any] = {}
        field_dict["id"] = self.id

        field_dict["username"] = self.username

        if self.avatar_nsfw is not UNSET:
            field_dict["avatarNsfw"] = self.avatar_nsfw

        for key, value in self.additional_properties.items():
            if key not in field_dict:
                field_dict[key] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a decoded JSON object, read key by key and never modified; a key the spec
        does not name is kept in `additional_properties`."""
        # Set as attrs' own __init__ would, without the call (the types module says why).
        user = cls.__new__(cls)
        user.id = src_dict["id"]
        user.username = src_dict["username"]
        user.avatar_nsfw = src_dict.get("avatarNsfw", UNSET)
        if _KNOWN_KEYS.issuperset(src_dict):
            user.additional_properties = {}
        else:
            user.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return user
