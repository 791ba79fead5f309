"""`/me` (with and without a key) and `/users`."""

from __future__ import annotations

from typing import Any

import pytest

from civitai_api_generated.api.users import get_me, get_users
from civitai_api_generated.models import ErrorResponse, Me, UsersResponse
from civitai_api_generated.types import UNSET, Response

from .calls import acall, call


def check_me(response: Response[Any]) -> None:
    assert response.status_code == 200
    me = response.parsed
    assert isinstance(me, Me)
    assert isinstance(me.id, int)
    assert me.status == "active"
    assert me.subscriptions == []
    assert me.is_member is False
    # key auth adds tokenScope/buzzLimit/subject, email needs a scope
    assert me.token_scope == 3
    assert me.buzz_limit is None
    assert me.subject is None
    assert me.email is UNSET
    assert response.headers["cache-control"] == "max-age=0, private, no-cache"


@pytest.mark.vcr("me.yaml")
def test_me_sync() -> None:
    check_me(call(get_me, authed=True))


@pytest.mark.vcr("me.yaml")
@pytest.mark.anyio
async def test_me_async() -> None:
    check_me(await acall(get_me, authed=True))


def check_unauthorized(response: Response[Any]) -> None:
    assert response.status_code == 401
    assert isinstance(response.parsed, ErrorResponse)
    assert response.parsed.error == "Unauthorized"


@pytest.mark.vcr("me_401.yaml")
def test_me_without_key_sync() -> None:
    check_unauthorized(call(get_me))


@pytest.mark.vcr("me_401.yaml")
@pytest.mark.anyio
async def test_me_without_key_async() -> None:
    check_unauthorized(await acall(get_me))


def check_users(response: Response[Any]) -> None:
    assert response.status_code == 200
    assert isinstance(response.parsed, UsersResponse)
    (user,) = response.parsed.items
    assert (user.id, user.username) == (5418, "Elesico")
    assert user.avatar_nsfw is UNSET


@pytest.mark.vcr("users_elesico.yaml")
def test_users_sync() -> None:
    check_users(call(get_users, query="Elesico"))


@pytest.mark.vcr("users_elesico.yaml")
@pytest.mark.anyio
async def test_users_async() -> None:
    check_users(await acall(get_users, query="Elesico"))
