from typing import Any

import httpx

from ...api import call_arguments, check_unexpected_status, send, send_async
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.vault_check_item import VaultCheckItem
from ...types import UNSET, Response, decode_json


def _get_kwargs(
    *,
    model_version_ids: list[int],
) -> dict[str, Any]:

    params: dict[str, Any] = {
        "modelVersionIds": model_version_ids,
    }
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/vault/check-vault",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[VaultCheckItem] | None:
    if response.status_code == 200:
        return [
            VaultCheckItem.from_dict(response_200_item_data)
            for response_200_item_data in decode_json(response.content)
        ]

    if response.status_code in (400, 401, 405, 429, 451, 500):
        return ErrorResponse.from_dict(decode_json(response.content))

    check_unexpected_status(client, response)
    return None


def sync_detailed(
    *,
    client: AuthenticatedClient,
    model_version_ids: list[int],
) -> Response[ErrorResponse | list[VaultCheckItem]]:
    """Whether model versions are in the member's vault.

    Args:
        model_version_ids (list[int]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[VaultCheckItem]]
    """

    return send(client, _get_kwargs(**call_arguments(locals())), _parse_response)


def sync(
    *,
    client: AuthenticatedClient,
    model_version_ids: list[int],
) -> ErrorResponse | list[VaultCheckItem] | None:
    """Whether model versions are in the member's vault.

    Like `sync_detailed` (the same arguments and errors), but returns only the parsed body:
    `ErrorResponse | list[VaultCheckItem]`, or None for a status the spec does not document.
    """

    return sync_detailed(**locals()).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    model_version_ids: list[int],
) -> Response[ErrorResponse | list[VaultCheckItem]]:
    """Whether model versions are in the member's vault.

    Like `sync_detailed` (the same arguments and errors), as a coroutine: returns a
    `Response[ErrorResponse | list[VaultCheckItem]]`.
    """

    return await send_async(client, _get_kwargs(**call_arguments(locals())), _parse_response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    model_version_ids: list[int],
) -> ErrorResponse | list[VaultCheckItem] | None:
    """Whether model versions are in the member's vault.

    Like `sync` (the same arguments and errors), as a coroutine: returns only the parsed body,
    `ErrorResponse | list[VaultCheckItem]`, or None for a status the spec does not document.
    """

    return (await asyncio_detailed(**locals())).parsed
