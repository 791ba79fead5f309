from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="ValidationIssue")

# The keys `from_dict` reads into attributes; any other key goes to `additional_properties`.
_KNOWN_KEYS = frozenset(
    (
        "code",
        "message",
        "path",
    )
)


@_attrs_define
class ValidationIssue(AdditionalProperties[Any]):
    """One validation problem.

    Attributes:
        code (str | Unset):
        message (str | Unset):
        path (list[int | str] | Unset):
    """

    code: str | Unset = UNSET
    message: str | Unset = UNSET
    path: list[int | str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: each property that is set, in the spec's order, then any other key."""
        field_dict: dict[str, Any] = {}
        if self.code is not UNSET:
            field_dict["code"] = self.code

        if self.message is not UNSET:
            field_dict["message"] = self.message

        if self.path is not UNSET:
            field_dict["path"] = self.path

        for key, value in self.additional_properties.items():
            if key not in field_dict:
                field_dict[key] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a decoded JSON object, read key by key and never modified; a key the spec
        does not name is kept in `additional_properties`."""
        # Set as attrs' own __init__ would, without the call (the types module says why).
        validation_issue = cls.__new__(cls)
        validation_issue.code = src_dict.get("code", UNSET)
        validation_issue.message = src_dict.get("message", UNSET)
        validation_issue.path = src_dict.get("path", UNSET)
        if _KNOWN_KEYS.issuperset(src_dict):
            validation_issue.additional_properties = {}
        else:
            validation_issue.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return validation_issue
