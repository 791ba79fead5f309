from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="Me")

# The keys `from_dict` reads into attributes; any other key goes to `additional_properties`.
_KNOWN_KEYS = frozenset(
    (
        "id",
        "username",
        "tier",
        "status",
        "isMember",
        "subscriptions",
        "email",
        "emailVerified",
        "tokenScope",
        "buzzLimit",
        "subject",
    )
)


@_attrs_define
class Me(AdditionalProperties[Any]):
    """The authenticated user. Only `id` and `username` are required: `email`,
    `emailVerified`, `tokenScope`, `buzzLimit` and `subject` depend on how the caller
    authenticated, and `tier` is left out when unknown.

        Attributes:
            id (int):
            username (None | str):
            tier (str | Unset): Absent when unknown.
            status (str | Unset):
            is_member (bool | Unset):
            subscriptions (list[str] | Unset):
            email (str | Unset): Only with a session or a key carrying the user-read scope.
            email_verified (bool | Unset):
            token_scope (int | Unset): Bit flags of the key's scopes (key or OAuth authentication only).
            buzz_limit (BuzzLimit | None | Unset):
            subject (None | TokenSubject | Unset):
    """

    id: int
    username: None | str
    tier: str | Unset = UNSET
    status: str | Unset = UNSET
    is_member: bool | Unset = UNSET
    subscriptions: list[str] | Unset = UNSET
    email: str | Unset = UNSET
    email_verified: bool | Unset = UNSET
    token_scope: int | Unset = UNSET
    buzz_limit: BuzzLimit | None | Unset = UNSET
    subject: None | TokenSubject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: each property that is set, in the spec's order, then any other key."""
        field_dict: dict[str, Any] = {}
        field_dict["id"] = self.id

        field_dict["username"] = self.username

        if self.tier is not UNSET:
            field_dict["tier"] = self.tier

        if self.status is not UNSET:
            field_dict["status"] = self.status

        if self.is_member is not UNSET:
            field_dict["isMember"] = self.is_member

        if self.subscriptions is not UNSET:
            field_dict["subscriptions"] = self.subscriptions

        if self.email is not UNSET:
            field_dict["email"] = self.email

        if self.email_verified is not UNSET:
            field_dict["emailVerified"] = self.email_verified

        if self.token_scope is not UNSET:
            field_dict["tokenScope"] = self.token_scope

        buzz_limit = self.buzz_limit
        if not isinstance(buzz_limit, Unset):
            field_dict["buzzLimit"] = (
                buzz_limit.to_dict() if isinstance(buzz_limit, BuzzLimit) else buzz_limit
            )

        subject = self.subject
        if not isinstance(subject, Unset):
            field_dict["subject"] = (
                subject.to_dict() if isinstance(subject, TokenSubject) else subject
            )

        for key, value in self.additional_properties.items():
            if key not in field_dict:
                field_dict[key] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a decoded JSON object, read key by key and never modified; a key the spec
        does not name is kept in `additional_properties`."""
        # Set as attrs' own __init__ would, without the call (the types module says why).
        me = cls.__new__(cls)
        me.id = src_dict["id"]
        me.username = src_dict["username"]
        me.tier = src_dict.get("tier", UNSET)
        me.status = src_dict.get("status", UNSET)
        me.is_member = src_dict.get("isMember", UNSET)
        me.subscriptions = src_dict.get("subscriptions", UNSET)
        me.email = src_dict.get("email", UNSET)
        me.email_verified = src_dict.get("emailVerified", UNSET)
        me.token_scope = src_dict.get("tokenScope", UNSET)
        me.buzz_limit = (
            _parse_buzz_limit(src_dict["buzzLimit"]) if "buzzLimit" in src_dict else UNSET
        )
        me.subject = _parse_subject(src_dict["subject"]) if "subject" in src_dict else UNSET
        if _KNOWN_KEYS.issuperset(src_dict):
            me.additional_properties = {}
        else:
            me.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return me


def _parse_buzz_limit(data: object) -> BuzzLimit | None | Unset:
    if data is None:
        return data
    if isinstance(data, dict):
        try:
            return BuzzLimit.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast(BuzzLimit | None | Unset, data)


def _parse_subject(data: object) -> None | TokenSubject | Unset:
    if data is None:
        return data
    if isinstance(data, dict):
        try:
            return TokenSubject.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast(None | TokenSubject | Unset, data)


# Imported last, once: a model module that refers back to this one finds this class defined.
from ..models.buzz_limit import BuzzLimit  # noqa: E402
from ..models.token_subject import TokenSubject  # noqa: E402
