from typing import Any
from urllib.parse import quote

import httpx

from ...api import call_arguments, check_unexpected_status, send, send_async
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.model import Model
from ...types import Response, decode_json


def _get_kwargs(
    model_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/models/{model_id}".format(
            model_id=quote(str(model_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | Model | None:
    if response.status_code == 200:
        return Model.from_dict(decode_json(response.content))

    if response.status_code in (400, 404, 429, 451, 500, 503):
        return ErrorResponse.from_dict(decode_json(response.content))

    check_unexpected_status(client, response)
    return None


def sync_detailed(
    model_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | Model]:
    """Get one model with all its published versions.

     Versions here carry `status`, `createdAt` and `covered` instead of
    `supportsGeneration`, drop null/empty keys, and their images have no `id`.
    The key is ignored: the answer is the same for everyone.

    Args:
        model_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Model]
    """

    return send(client, _get_kwargs(**call_arguments(locals())), _parse_response)


def sync(
    model_id: int,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | Model | None:
    """Get one model with all its published versions.

    Like `sync_detailed` (the same arguments and errors), but returns only the parsed body:
    `ErrorResponse | Model`, or None for a status the spec does not document.
    """

    return sync_detailed(**locals()).parsed


async def asyncio_detailed(
    model_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | Model]:
    """Get one model with all its published versions.

    Like `sync_detailed` (the same arguments and errors), as a coroutine: returns a
    `Response[ErrorResponse | Model]`.
    """

    return await send_async(client, _get_kwargs(**call_arguments(locals())), _parse_response)


async def asyncio(
    model_id: int,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | Model | None:
    """Get one model with all its published versions.

    Like `sync` (the same arguments and errors), as a coroutine: returns only the parsed body,
    `ErrorResponse | Model`, or None for a status the spec does not document.
    """

    return (await asyncio_detailed(**locals())).parsed
