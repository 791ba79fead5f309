from typing import Any
from urllib.parse import quote

import httpx

from ...api import call_arguments, check_unexpected_status, send, send_async
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.model_version_detail import ModelVersionDetail
from ...types import Response, decode_json


def _get_kwargs(
    hash_: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/model-versions/by-hash/{hash_}".format(
            hash_=quote(str(hash_), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ModelVersionDetail | None:
    if response.status_code == 200:
        return ModelVersionDetail.from_dict(decode_json(response.content))

    if response.status_code in (400, 404, 429, 451, 500, 503):
        return ErrorResponse.from_dict(decode_json(response.content))

    check_unexpected_status(client, response)
    return None


def sync_detailed(
    hash_: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | ModelVersionDetail]:
    """Find the model version owning a file hash.

     Matches any stored hash type (AutoV1, AutoV2, AutoV3, SHA256, CRC32, BLAKE3),
    case-insensitively. When several versions share the hash, the earliest published
    wins.

    Args:
        hash_ (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ModelVersionDetail]
    """

    return send(client, _get_kwargs(**call_arguments(locals())), _parse_response)


def sync(
    hash_: str,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | ModelVersionDetail | None:
    """Find the model version owning a file hash.

    Like `sync_detailed` (the same arguments and errors), but returns only the parsed body:
    `ErrorResponse | ModelVersionDetail`, or None for a status the spec does not document.
    """

    return sync_detailed(**locals()).parsed


async def asyncio_detailed(
    hash_: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | ModelVersionDetail]:
    """Find the model version owning a file hash.

    Like `sync_detailed` (the same arguments and errors), as a coroutine: returns a
    `Response[ErrorResponse | ModelVersionDetail]`.
    """

    return await send_async(client, _get_kwargs(**call_arguments(locals())), _parse_response)


async def asyncio(
    hash_: str,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | ModelVersionDetail | None:
    """Find the model version owning a file hash.

    Like `sync` (the same arguments and errors), as a coroutine: returns only the parsed body,
    `ErrorResponse | ModelVersionDetail`, or None for a status the spec does not document.
    """

    return (await asyncio_detailed(**locals())).parsed
