from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="ErrorDetail")

# The keys `from_dict` reads into attributes; any other key goes to `additional_properties`.
_KNOWN_KEYS = frozenset(
    (
        "name",
        "message",
        "issues",
    )
)


@_attrs_define
class ErrorDetail(AdditionalProperties[Any]):
    """A validation error object: `{"name":"ZodError","message": "<issues as JSON text>"}`
    (current) or `{"name":"ZodError","issues":[...]}` (before mid-2025).

        Attributes:
            name (str | Unset):
            message (str | Unset):
            issues (list[ValidationIssue] | Unset):
    """

    name: str | Unset = UNSET
    message: str | Unset = UNSET
    issues: list[ValidationIssue] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: each property that is set, in the spec's order, then any other key."""
        field_dict: dict[str, Any] = {}
        if self.name is not UNSET:
            field_dict["name"] = self.name

        if self.message is not UNSET:
            field_dict["message"] = self.message

        issues = self.issues
        if not isinstance(issues, Unset):
            field_dict["issues"] = [issues_item_data.to_dict() for issues_item_data in issues]

        for key, value in self.additional_properties.items():
            if key not in field_dict:
                field_dict[key] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a decoded JSON object, read key by key and never modified; a key the spec
        does not name is kept in `additional_properties`."""
        # Set as attrs' own __init__ would, without the call (the types module says why).
        error_detail = cls.__new__(cls)
        error_detail.name = src_dict.get("name", UNSET)
        error_detail.message = src_dict.get("message", UNSET)
        error_detail.issues = (
            [ValidationIssue.from_dict(issues_item_data) for issues_item_data in src_dict["issues"]]
            if "issues" in src_dict
            else UNSET
        )
        if _KNOWN_KEYS.issuperset(src_dict):
            error_detail.additional_properties = {}
        else:
            error_detail.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return error_detail


# Imported last, once: a model module that refers back to this one finds this class defined.
from ..models.validation_issue import ValidationIssue  # noqa: E402
