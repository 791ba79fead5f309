from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.model_version_mini import ModelVersionMini
from ...types import UNSET, Response, Unset, decode_json


def _get_kwargs(
    model_version_id: int,
    *,
    model_file_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["modelFileId"] = model_file_id

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

    if response.status_code == 400:
        return ErrorResponse.from_dict(decode_json(response.content))

    if response.status_code == 404:
        return ErrorResponse.from_dict(decode_json(response.content))

    if response.status_code == 405:
        return ErrorResponse.from_dict(decode_json(response.content))

    if response.status_code == 429:
        return ErrorResponse.from_dict(decode_json(response.content))

    if response.status_code == 451:
        return ErrorResponse.from_dict(decode_json(response.content))

    if response.status_code == 500:
        return ErrorResponse.from_dict(decode_json(response.content))

    if response.status_code == 503:
        return ErrorResponse.from_dict(decode_json(response.content))

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ModelVersionMini]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


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

    kwargs = _get_kwargs(
        model_version_id=model_version_id,
        model_file_id=model_file_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    model_version_id: int,
    *,
    client: AuthenticatedClient,
    model_file_id: int | Unset = UNSET,
) -> ErrorResponse | ModelVersionMini | None:
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
        ErrorResponse | ModelVersionMini
    """

    return sync_detailed(
        model_version_id=model_version_id,
        client=client,
        model_file_id=model_file_id,
    ).parsed


async def asyncio_detailed(
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

    kwargs = _get_kwargs(
        model_version_id=model_version_id,
        model_file_id=model_file_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    model_version_id: int,
    *,
    client: AuthenticatedClient,
    model_file_id: int | Unset = UNSET,
) -> ErrorResponse | ModelVersionMini | None:
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
        ErrorResponse | ModelVersionMini
    """

    return (
        await asyncio_detailed(
            model_version_id=model_version_id,
            client=client,
            model_file_id=model_file_id,
        )
    ).parsed
