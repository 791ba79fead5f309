from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.buzz_limit import BuzzLimit
    from ..models.token_subject import TokenSubject


T = TypeVar("T", bound="Me")


@_attrs_define
class Me:
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
        from ..models.buzz_limit import BuzzLimit  # noqa: PLC0415
        from ..models.token_subject import TokenSubject  # noqa: PLC0415

        id = self.id

        username: None | str
        username = self.username

        tier = self.tier

        status = self.status

        is_member = self.is_member

        subscriptions: list[str] | Unset = UNSET
        if not isinstance(self.subscriptions, Unset):
            subscriptions = self.subscriptions

        email = self.email

        email_verified = self.email_verified

        token_scope = self.token_scope

        buzz_limit: dict[str, Any] | None | Unset
        if isinstance(self.buzz_limit, Unset):
            buzz_limit = UNSET
        elif isinstance(self.buzz_limit, BuzzLimit):
            buzz_limit = self.buzz_limit.to_dict()
        else:
            buzz_limit = self.buzz_limit

        subject: dict[str, Any] | None | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        elif isinstance(self.subject, TokenSubject):
            subject = self.subject.to_dict()
        else:
            subject = self.subject

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "username": username,
            }
        )
        if tier is not UNSET:
            field_dict["tier"] = tier
        if status is not UNSET:
            field_dict["status"] = status
        if is_member is not UNSET:
            field_dict["isMember"] = is_member
        if subscriptions is not UNSET:
            field_dict["subscriptions"] = subscriptions
        if email is not UNSET:
            field_dict["email"] = email
        if email_verified is not UNSET:
            field_dict["emailVerified"] = email_verified
        if token_scope is not UNSET:
            field_dict["tokenScope"] = token_scope
        if buzz_limit is not UNSET:
            field_dict["buzzLimit"] = buzz_limit
        if subject is not UNSET:
            field_dict["subject"] = subject

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.buzz_limit import BuzzLimit  # noqa: PLC0415
        from ..models.token_subject import TokenSubject  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_username(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        username = _parse_username(d.pop("username"))

        tier = d.pop("tier", UNSET)

        status = d.pop("status", UNSET)

        is_member = d.pop("isMember", UNSET)

        subscriptions = cast(list[str], d.pop("subscriptions", UNSET))

        email = d.pop("email", UNSET)

        email_verified = d.pop("emailVerified", UNSET)

        token_scope = d.pop("tokenScope", UNSET)

        def _parse_buzz_limit(data: object) -> BuzzLimit | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                buzz_limit_type_0 = BuzzLimit.from_dict(data)

                return buzz_limit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BuzzLimit | None | Unset, data)

        buzz_limit = _parse_buzz_limit(d.pop("buzzLimit", UNSET))

        def _parse_subject(data: object) -> None | TokenSubject | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                subject_type_0 = TokenSubject.from_dict(data)

                return subject_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TokenSubject | Unset, data)

        subject = _parse_subject(d.pop("subject", UNSET))

        me = cls(
            id=id,
            username=username,
            tier=tier,
            status=status,
            is_member=is_member,
            subscriptions=subscriptions,
            email=email,
            email_verified=email_verified,
            token_scope=token_scope,
            buzz_limit=buzz_limit,
            subject=subject,
        )

        me.additional_properties = d
        return me

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
