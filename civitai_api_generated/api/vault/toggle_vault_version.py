from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.vault_toggle_result import VaultToggleResult
from ...types import UNSET, Response, decode_json


def _get_kwargs(
    *,
    model_version_id: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["modelVersionId"] = model_version_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/vault/toggle-version",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | VaultToggleResult | None:
    if response.status_code == 200:
        return VaultToggleResult.from_dict(decode_json(response.content))

    if response.status_code == 400:
        return ErrorResponse.from_dict(decode_json(response.content))

    if response.status_code == 401:
        return ErrorResponse.from_dict(decode_json(response.content))

    if response.status_code == 405:
        return ErrorResponse.from_dict(decode_json(response.content))

    if response.status_code == 429:
        return ErrorResponse.from_dict(decode_json(response.content))

    if response.status_code == 451:
        return ErrorResponse.from_dict(decode_json(response.content))

    if response.status_code == 500:
        return ErrorResponse.from_dict(decode_json(response.content))

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | VaultToggleResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    model_version_id: int,
) -> Response[ErrorResponse | VaultToggleResult]:
    """Add a model version to the vault, or remove it if present.

    Args:
        model_version_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | VaultToggleResult]
    """

    kwargs = _get_kwargs(
        model_version_id=model_version_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    model_version_id: int,
) -> ErrorResponse | VaultToggleResult | None:
    """Add a model version to the vault, or remove it if present.

    Args:
        model_version_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | VaultToggleResult
    """

    return sync_detailed(
        client=client,
        model_version_id=model_version_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    model_version_id: int,
) -> Response[ErrorResponse | VaultToggleResult]:
    """Add a model version to the vault, or remove it if present.

    Args:
        model_version_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | VaultToggleResult]
    """

    kwargs = _get_kwargs(
        model_version_id=model_version_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    model_version_id: int,
) -> ErrorResponse | VaultToggleResult | None:
    """Add a model version to the vault, or remove it if present.

    Args:
        model_version_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | VaultToggleResult
    """

    return (
        await asyncio_detailed(
            client=client,
            model_version_id=model_version_id,
        )
    ).parsed
