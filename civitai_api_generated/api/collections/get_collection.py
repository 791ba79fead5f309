from typing import Any
from urllib.parse import quote

import httpx

from ...api import call_arguments, check_unexpected_status, send, send_async
from ...client import AuthenticatedClient, Client
from ...models.collection_detail import CollectionDetail
from ...models.error_response import ErrorResponse
from ...types import Response, decode_json


def _get_kwargs(
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/collections/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CollectionDetail | ErrorResponse | None:
    if response.status_code == 200:
        return CollectionDetail.from_dict(decode_json(response.content))

    if response.status_code in (400, 404, 405, 429, 451, 500):
        return ErrorResponse.from_dict(decode_json(response.content))

    check_unexpected_status(client, response)
    return None


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
) -> Response[CollectionDetail | ErrorResponse]:
    """Get one public collection.

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CollectionDetail | ErrorResponse]
    """

    return send(client, _get_kwargs(**call_arguments(locals())), _parse_response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient,
) -> CollectionDetail | ErrorResponse | None:
    """Get one public collection.

    Like `sync_detailed` (the same arguments and errors), but returns only the parsed body:
    `CollectionDetail | ErrorResponse`, or None for a status the spec does not document.
    """

    return sync_detailed(**locals()).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
) -> Response[CollectionDetail | ErrorResponse]:
    """Get one public collection.

    Like `sync_detailed` (the same arguments and errors), as a coroutine: returns a
    `Response[CollectionDetail | ErrorResponse]`.
    """

    return await send_async(client, _get_kwargs(**call_arguments(locals())), _parse_response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
) -> CollectionDetail | ErrorResponse | None:
    """Get one public collection.

    Like `sync` (the same arguments and errors), as a coroutine: returns only the parsed body,
    `CollectionDetail | ErrorResponse`, or None for a status the spec does not document.
    """

    return (await asyncio_detailed(**locals())).parsed
