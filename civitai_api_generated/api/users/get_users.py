from typing import Any

import httpx

from ...api import call_arguments, check_unexpected_status, send, send_async
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.users_response import UsersResponse
from ...types import UNSET, Response, Unset, decode_json


def _get_kwargs(
    *,
    ids: list[int] | Unset = UNSET,
    query: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {
        "ids": ids,
        "query": query,
    }
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/users",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | UsersResponse | None:
    if response.status_code == 200:
        return UsersResponse.from_dict(decode_json(response.content))

    if response.status_code in (400, 429, 451, 500, 503):
        return ErrorResponse.from_dict(decode_json(response.content))

    check_unexpected_status(client, response)
    return None


def sync_detailed(
    *,
    client: AuthenticatedClient,
    ids: list[int] | Unset = UNSET,
    query: str | Unset = UNSET,
) -> Response[ErrorResponse | UsersResponse]:
    """Look users up by id or username prefix.

     Returns at most as many users as `ids` given, else 5. `limit` and `page` are
    overwritten by the server and not described.

    Args:
        ids (list[int] | Unset):
        query (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UsersResponse]
    """

    return send(client, _get_kwargs(**call_arguments(locals())), _parse_response)


def sync(
    *,
    client: AuthenticatedClient,
    ids: list[int] | Unset = UNSET,
    query: str | Unset = UNSET,
) -> ErrorResponse | UsersResponse | None:
    """Look users up by id or username prefix.

    Like `sync_detailed` (the same arguments and errors), but returns only the parsed body:
    `ErrorResponse | UsersResponse`, or None for a status the spec does not document.
    """

    return sync_detailed(**locals()).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    ids: list[int] | Unset = UNSET,
    query: str | Unset = UNSET,
) -> Response[ErrorResponse | UsersResponse]:
    """Look users up by id or username prefix.

    Like `sync_detailed` (the same arguments and errors), as a coroutine: returns a
    `Response[ErrorResponse | UsersResponse]`.
    """

    return await send_async(client, _get_kwargs(**call_arguments(locals())), _parse_response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    ids: list[int] | Unset = UNSET,
    query: str | Unset = UNSET,
) -> ErrorResponse | UsersResponse | None:
    """Look users up by id or username prefix.

    Like `sync` (the same arguments and errors), as a coroutine: returns only the parsed body,
    `ErrorResponse | UsersResponse`, or None for a status the spec does not document.
    """

    return (await asyncio_detailed(**locals())).parsed
