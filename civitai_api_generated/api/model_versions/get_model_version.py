from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.model_version_detail import ModelVersionDetail
from ...types import Response, decode_json


def _get_kwargs(
    model_version_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/model-versions/{model_version_id}".format(
            model_version_id=quote(str(model_version_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ModelVersionDetail | None:
    if response.status_code == 200:
        return ModelVersionDetail.from_dict(decode_json(response.content))

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
) -> Response[ErrorResponse | ModelVersionDetail]:
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
) -> Response[ErrorResponse | ModelVersionDetail]:
    """Get one model version.

     404 when the version or its model is not published, or the version has no primary
    file; 500 for ids beyond int4.

    Args:
        model_version_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ModelVersionDetail]
    """

    kwargs = _get_kwargs(
        model_version_id=model_version_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    model_version_id: int,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | ModelVersionDetail | None:
    """Get one model version.

     404 when the version or its model is not published, or the version has no primary
    file; 500 for ids beyond int4.

    Args:
        model_version_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ModelVersionDetail
    """

    return sync_detailed(
        model_version_id=model_version_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    model_version_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | ModelVersionDetail]:
    """Get one model version.

     404 when the version or its model is not published, or the version has no primary
    file; 500 for ids beyond int4.

    Args:
        model_version_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ModelVersionDetail]
    """

    kwargs = _get_kwargs(
        model_version_id=model_version_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    model_version_id: int,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | ModelVersionDetail | None:
    """Get one model version.

     404 when the version or its model is not published, or the version has no primary
    file; 500 for ids beyond int4.

    Args:
        model_version_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ModelVersionDetail
    """

    return (
        await asyncio_detailed(
            model_version_id=model_version_id,
            client=client,
        )
    ).parsed
