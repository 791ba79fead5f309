from typing import Any

import httpx

from ...api import call_arguments, check_unexpected_status, send, send_async
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.hash_match import HashMatch
from ...types import Response, decode_json


def _get_kwargs(
    *,
    body: list[str],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/model-versions/by-hash/ids",
    }

    _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[HashMatch] | None:
    if response.status_code == 200:
        return [
            HashMatch.from_dict(response_200_item_data)
            for response_200_item_data in decode_json(response.content)
        ]

    if response.status_code in (400, 429, 451, 500, 503):
        return ErrorResponse.from_dict(decode_json(response.content))

    check_unexpected_status(client, response)
    return None


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: list[str],
) -> Response[ErrorResponse | list[HashMatch]]:
    """Map SHA256 file hashes to model and version ids.

    Args:
        body (list[str]): Up to 10,000 SHA256 hashes (64 hex characters each).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[HashMatch]]
    """

    return send(client, _get_kwargs(**call_arguments(locals())), _parse_response)


def sync(
    *,
    client: AuthenticatedClient,
    body: list[str],
) -> ErrorResponse | list[HashMatch] | None:
    """Map SHA256 file hashes to model and version ids.

    Like `sync_detailed` (the same arguments and errors), but returns only the parsed body:
    `ErrorResponse | list[HashMatch]`, or None for a status the spec does not document.
    """

    return sync_detailed(**locals()).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: list[str],
) -> Response[ErrorResponse | list[HashMatch]]:
    """Map SHA256 file hashes to model and version ids.

    Like `sync_detailed` (the same arguments and errors), as a coroutine: returns a
    `Response[ErrorResponse | list[HashMatch]]`.
    """

    return await send_async(client, _get_kwargs(**call_arguments(locals())), _parse_response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: list[str],
) -> ErrorResponse | list[HashMatch] | None:
    """Map SHA256 file hashes to model and version ids.

    Like `sync` (the same arguments and errors), as a coroutine: returns only the parsed body,
    `ErrorResponse | list[HashMatch]`, or None for a status the spec does not document.
    """

    return (await asyncio_detailed(**locals())).parsed
