from typing import Any

import httpx

from ...api import call_arguments, check_unexpected_status, send, send_async
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.vault_response import VaultResponse
from ...types import Response, decode_json


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/vault/get",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | VaultResponse | None:
    if response.status_code == 200:
        return VaultResponse.from_dict(decode_json(response.content))

    if response.status_code in (401, 405, 429, 451, 500):
        return ErrorResponse.from_dict(decode_json(response.content))

    check_unexpected_status(client, response)
    return None


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | VaultResponse]:
    """The member's vault (null for non-members).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | VaultResponse]
    """

    return send(client, _get_kwargs(**call_arguments(locals())), _parse_response)


def sync(
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | VaultResponse | None:
    """The member's vault (null for non-members).

    Like `sync_detailed` (the same arguments and errors), but returns only the parsed body:
    `ErrorResponse | VaultResponse`, or None for a status the spec does not document.
    """

    return sync_detailed(**locals()).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | VaultResponse]:
    """The member's vault (null for non-members).

    Like `sync_detailed` (the same arguments and errors), as a coroutine: returns a
    `Response[ErrorResponse | VaultResponse]`.
    """

    return await send_async(client, _get_kwargs(**call_arguments(locals())), _parse_response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | VaultResponse | None:
    """The member's vault (null for non-members).

    Like `sync` (the same arguments and errors), as a coroutine: returns only the parsed body,
    `ErrorResponse | VaultResponse`, or None for a status the spec does not document.
    """

    return (await asyncio_detailed(**locals())).parsed
