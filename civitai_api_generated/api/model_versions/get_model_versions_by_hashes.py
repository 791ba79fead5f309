from typing import Any

import httpx

from ...api import call_arguments, check_unexpected_status, send, send_async
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.model_version_detail import ModelVersionDetail
from ...types import Response, decode_json


def _get_kwargs(
    *,
    body: list[str],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/model-versions/by-hash",
    }

    _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[ModelVersionDetail] | None:
    if response.status_code == 200:
        return [
            ModelVersionDetail.from_dict(response_200_item_data)
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
) -> Response[ErrorResponse | list[ModelVersionDetail]]:
    """Find model versions by SHA256 file hashes.

     One result per matching file (a version may repeat); unmatched hashes are dropped.
    Only SHA256 hashes match. Download URLs in the answer may carry a bogus host.

    Args:
        body (list[str]): Up to 100 SHA256 hashes (64 hex characters each).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[ModelVersionDetail]]
    """

    return send(client, _get_kwargs(**call_arguments(locals())), _parse_response)


def sync(
    *,
    client: AuthenticatedClient,
    body: list[str],
) -> ErrorResponse | list[ModelVersionDetail] | None:
    """Find model versions by SHA256 file hashes.

    Like `sync_detailed` (the same arguments and errors), but returns only the parsed body:
    `ErrorResponse | list[ModelVersionDetail]`, or None for a status the spec does not document.
    """

    return sync_detailed(**locals()).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: list[str],
) -> Response[ErrorResponse | list[ModelVersionDetail]]:
    """Find model versions by SHA256 file hashes.

    Like `sync_detailed` (the same arguments and errors), as a coroutine: returns a
    `Response[ErrorResponse | list[ModelVersionDetail]]`.
    """

    return await send_async(client, _get_kwargs(**call_arguments(locals())), _parse_response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: list[str],
) -> ErrorResponse | list[ModelVersionDetail] | None:
    """Find model versions by SHA256 file hashes.

    Like `sync` (the same arguments and errors), as a coroutine: returns only the parsed body,
    `ErrorResponse | list[ModelVersionDetail]`, or None for a status the spec does not document.
    """

    return (await asyncio_detailed(**locals())).parsed
