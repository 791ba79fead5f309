from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
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

    if response.status_code == 400:
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
) -> Response[ErrorResponse | list[ModelVersionDetail]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


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

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: list[str],
) -> ErrorResponse | list[ModelVersionDetail] | None:
    """Find model versions by SHA256 file hashes.

     One result per matching file (a version may repeat); unmatched hashes are dropped.
    Only SHA256 hashes match. Download URLs in the answer may carry a bogus host.

    Args:
        body (list[str]): Up to 100 SHA256 hashes (64 hex characters each).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[ModelVersionDetail]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
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

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: list[str],
) -> ErrorResponse | list[ModelVersionDetail] | None:
    """Find model versions by SHA256 file hashes.

     One result per matching file (a version may repeat); unmatched hashes are dropped.
    Only SHA256 hashes match. Download URLs in the answer may carry a bogus host.

    Args:
        body (list[str]): Up to 100 SHA256 hashes (64 hex characters each).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[ModelVersionDetail]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
