"""Users: find users by id or name (`users`), and the key's own account (`get_me`)."""

from __future__ import annotations

from dataclasses import dataclass

import httpx

from civitai_api_generated.api.users import get_me as _get_me
from civitai_api_generated.api.users import get_users
from civitai_api_generated.models.me import Me
from civitai_api_generated.models.users_response import UsersResponse

from ..._query import ListOpts, Param, QuerySpec
from .._call import Operation, async_call, call, instance_of
from .._common import list_kwargs

__all__ = ["Users_API_Opts", "async_get_me", "async_users", "get_me", "users"]

USERS_QUERY = QuerySpec(
    params=(
        Param("ids", "int", multi=True, minimum=1),
        Param("query", "str"),
    ),
    # the server overwrites limit and page (ids.length, else 5).
)


@dataclass(kw_only=True)
class Users_API_Opts(ListOpts):
    """Options of `users()` (GET /api/v1/users); every value is a list.

    `ids` returns those users; `query` is a username prefix search (5 results at most).

    Example:
        >>> opts = Users_API_Opts(query=["Elesico"])
    """

    _query_spec = USERS_QUERY

    ids: list[int] | None = None
    query: list[str] | None = None


_USERS = Operation.of(get_users, instance_of(UsersResponse), list_endpoint=True)
_ME = Operation.of(_get_me, instance_of(Me))


def _prepare_users(opts: Users_API_Opts | None) -> dict[str, object]:
    return list_kwargs(USERS_QUERY, opts, Users_API_Opts)


def users(client: httpx.Client, opts: Users_API_Opts | None = None) -> UsersResponse:
    """Find users by id or username prefix (GET /api/v1/users).

    Args:
        client: Any `httpx.Client`; without a `base_url` requests go to https://civitai.com.
        opts: `ids` or `query`.

    Returns:
        `.items`: the users found.

    Raises:
        QueryParamsError: The options are invalid (before sending) or Civitai rejected them.
        CivitaiError: Any other failure.
    """
    return call(client, _USERS, _prepare_users(opts))


async def async_users(
    client: httpx.AsyncClient, opts: Users_API_Opts | None = None
) -> UsersResponse:
    """Async twin of `users`, taking an `httpx.AsyncClient`."""
    return await async_call(client, _USERS, _prepare_users(opts))


def _prepare_me() -> dict[str, object]:
    return {}


def get_me(client: httpx.Client) -> Me:
    """Fetch the account the API key belongs to (GET /api/v1/me).

    Args:
        client: An `httpx.Client` sending `Authorization: Bearer <key>`.

    Returns:
        The account: id, username, tier, membership, the key's scope.

    Raises:
        AuthenticationError: No key, or an invalid one.
        CivitaiError: Any other failure.
    """
    return call(client, _ME, _prepare_me())


async def async_get_me(client: httpx.AsyncClient) -> Me:
    """Async twin of `get_me`."""
    return await async_call(client, _ME, _prepare_me())
