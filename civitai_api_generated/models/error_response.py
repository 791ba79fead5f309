from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="ErrorResponse")

# The keys `from_dict` reads into attributes; any other key goes to `additional_properties`.
_KNOWN_KEYS = frozenset(
    (
        "error",
        "message",
        "code",
        "deadline",
        "name",
    )
)


@_attrs_define
class ErrorResponse(AdditionalProperties[Any]):
    """Error body: `{"error": string}`; `{"error": {validation error}}`;
    `{"error": string, "code": string}`; `{"message": string, "error"?: ...}`;
    download errors add `message` and, for early access, `deadline`.

        Attributes:
            error (ErrorDetail | str | Unset):
            message (str | Unset):
            code (str | Unset):
            deadline (None | str | Unset): End of early access (ISO-8601) on download 403s.
            name (str | Unset): `ZodError` when the body is the validation error itself (/users).
    """

    error: ErrorDetail | str | Unset = UNSET
    message: str | Unset = UNSET
    code: str | Unset = UNSET
    deadline: None | str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: each property that is set, in the spec's order, then any other key."""
        field_dict: dict[str, Any] = {}
        error = self.error
        if not isinstance(error, Unset):
            field_dict["error"] = error.to_dict() if isinstance(error, ErrorDetail) else error

        if self.message is not UNSET:
            field_dict["message"] = self.message

        if self.code is not UNSET:
            field_dict["code"] = self.code

        if self.deadline is not UNSET:
            field_dict["deadline"] = self.deadline

        if self.name is not UNSET:
            field_dict["name"] = self.name

        for key, value in self.additional_properties.items():
            if key not in field_dict:
                field_dict[key] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a decoded JSON object, read key by key and never modified; a key the spec
        does not name is kept in `additional_properties`."""
        # Set as attrs' own __init__ would, without the call (the types module says why).
        error_response = cls.__new__(cls)
        error_response.error = _parse_error(src_dict["error"]) if "error" in src_dict else UNSET
        error_response.message = src_dict.get("message", UNSET)
        error_response.code = src_dict.get("code", UNSET)
        error_response.deadline = src_dict.get("deadline", UNSET)
        error_response.name = src_dict.get("name", UNSET)
        if _KNOWN_KEYS.issuperset(src_dict):
            error_response.additional_properties = {}
        else:
            error_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return error_response


def _parse_error(data: object) -> ErrorDetail | str | Unset:
    if isinstance(data, dict):
        try:
            return ErrorDetail.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast(ErrorDetail | str | Unset, data)


# Imported last, once: a model module that refers back to this one finds this class defined.
from ..models.error_detail import ErrorDetail  # noqa: E402
