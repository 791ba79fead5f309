from typing import Any, cast
from urllib.parse import quote

import httpx

from ...api import call_arguments, check_unexpected_status, send, send_async
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.model_file_format import ModelFileFormat
from ...models.model_file_size import ModelFileSize
from ...models.model_file_type import ModelFileType
from ...types import UNSET, Response, Unset, decode_json


def _get_kwargs(
    model_version_id: int,
    *,
    type_: ModelFileType | Unset = UNSET,
    format_: ModelFileFormat | Unset = UNSET,
    size: ModelFileSize | Unset = UNSET,
    fp: str | Unset = UNSET,
    quant_type: str | Unset = UNSET,
    file_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {
        "type": UNSET if isinstance(type_, Unset) else type_.value,
        "format": UNSET if isinstance(format_, Unset) else format_.value,
        "size": UNSET if isinstance(size, Unset) else size.value,
        "fp": fp,
        "quantType": quant_type,
        "fileId": file_id,
    }
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/download/models/{model_version_id}".format(
            model_version_id=quote(str(model_version_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | None:
    if response.status_code == 307:
        return cast(Any, None)

    if response.status_code in (400, 401, 403, 404, 410, 429, 451, 500, 503):
        return ErrorResponse.from_dict(decode_json(response.content))

    check_unexpected_status(client, response)
    return None


def sync_detailed(
    model_version_id: int,
    *,
    client: AuthenticatedClient,
    type_: ModelFileType | Unset = UNSET,
    format_: ModelFileFormat | Unset = UNSET,
    size: ModelFileSize | Unset = UNSET,
    fp: str | Unset = UNSET,
    quant_type: str | Unset = UNSET,
    file_id: int | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Download a file of a model version (redirect to storage).

     Answers 307 with a short-lived pre-signed storage URL in `Location`; the storage
    response carries the file name in `Content-Disposition`. Without query
    parameters the caller's saved file preferences, then the primary file, are used; a
    requested `type`/`format`/`size`/`fp`/`quantType` the chosen file does not match
    answers 404. Treat a key as required in practice: anonymous downloads depend on the
    version and on server settings. Error bodies are JSON for API clients and plain text
    for browser user agents.

    Args:
        model_version_id (int):
        type_ (ModelFileType | Unset): File type filter for downloads.
        format_ (ModelFileFormat | Unset):
        size (ModelFileSize | Unset):
        fp (str | Unset):
        quant_type (str | Unset):
        file_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    return send(client, _get_kwargs(**call_arguments(locals())), _parse_response)


def sync(
    model_version_id: int,
    *,
    client: AuthenticatedClient,
    type_: ModelFileType | Unset = UNSET,
    format_: ModelFileFormat | Unset = UNSET,
    size: ModelFileSize | Unset = UNSET,
    fp: str | Unset = UNSET,
    quant_type: str | Unset = UNSET,
    file_id: int | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Download a file of a model version (redirect to storage).

    Like `sync_detailed` (the same arguments and errors), but returns only the parsed body: `Any
    | ErrorResponse`, or None for a status the spec does not document.
    """

    return sync_detailed(**locals()).parsed


async def asyncio_detailed(
    model_version_id: int,
    *,
    client: AuthenticatedClient,
    type_: ModelFileType | Unset = UNSET,
    format_: ModelFileFormat | Unset = UNSET,
    size: ModelFileSize | Unset = UNSET,
    fp: str | Unset = UNSET,
    quant_type: str | Unset = UNSET,
    file_id: int | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Download a file of a model version (redirect to storage).

    Like `sync_detailed` (the same arguments and errors), as a coroutine: returns a
    `Response[Any | ErrorResponse]`.
    """

    return await send_async(client, _get_kwargs(**call_arguments(locals())), _parse_response)


async def asyncio(
    model_version_id: int,
    *,
    client: AuthenticatedClient,
    type_: ModelFileType | Unset = UNSET,
    format_: ModelFileFormat | Unset = UNSET,
    size: ModelFileSize | Unset = UNSET,
    fp: str | Unset = UNSET,
    quant_type: str | Unset = UNSET,
    file_id: int | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Download a file of a model version (redirect to storage).

    Like `sync` (the same arguments and errors), as a coroutine: returns only the parsed body,
    `Any | ErrorResponse`, or None for a status the spec does not document.
    """

    return (await asyncio_detailed(**locals())).parsed
