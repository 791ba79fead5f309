from typing import Any
from urllib.parse import quote

import httpx

from ...api import call_arguments, check_unexpected_status, send, send_async
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.model_version_mini import ModelVersionMini
from ...types import UNSET, Response, Unset, decode_json


def _get_kwargs(
    model_version_id: int,
    *,
    model_file_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {
        "modelFileId": model_file_id,
    }
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/model-versions/mini/{model_version_id}".format(
            model_version_id=quote(str(model_version_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ModelVersionMini | None:
    if response.status_code == 200:
        return ModelVersionMini.from_dict(decode_json(response.content))

    if response.status_code in (400, 404, 405, 429, 451, 500, 503):
        return ErrorResponse.from_dict(decode_json(response.content))

    check_unexpected_status(client, response)
    return None


def sync_detailed(
    model_version_id: int,
    *,
    client: AuthenticatedClient,
    model_file_id: int | Unset = UNSET,
) -> Response[ErrorResponse | ModelVersionMini]:
    """Get the compact description of a model version used by generators.

     The `epoch` parameter Civitai's docs mention is not described: the server types it as
    a number, so any value from a query string answers 400.

    Args:
        model_version_id (int):
        model_file_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ModelVersionMini]
    """

    return send(client, _get_kwargs(**call_arguments(locals())), _parse_response)


def sync(
    model_version_id: int,
    *,
    client: AuthenticatedClient,
    model_file_id: int | Unset = UNSET,
) -> ErrorResponse | ModelVersionMini | None:
    """Get the compact description of a model version used by generators.

    Like `sync_detailed` (the same arguments and errors), but returns only the parsed body:
    `ErrorResponse | ModelVersionMini`, or None for a status the spec does not document.
    """

    return sync_detailed(**locals()).parsed


async def asyncio_detailed(
    model_version_id: int,
    *,
    client: AuthenticatedClient,
    model_file_id: int | Unset = UNSET,
) -> Response[ErrorResponse | ModelVersionMini]:
    """Get the compact description of a model version used by generators.

    Like `sync_detailed` (the same arguments and errors), as a coroutine: returns a
    `Response[ErrorResponse | ModelVersionMini]`.
    """

    return await send_async(client, _get_kwargs(**call_arguments(locals())), _parse_response)


async def asyncio(
    model_version_id: int,
    *,
    client: AuthenticatedClient,
    model_file_id: int | Unset = UNSET,
) -> ErrorResponse | ModelVersionMini | None:
    """Get the compact description of a model version used by generators.

    Like `sync` (the same arguments and errors), as a coroutine: returns only the parsed body,
    `ErrorResponse | ModelVersionMini`, or None for a status the spec does not document.
    """

    return (await asyncio_detailed(**locals())).parsed
