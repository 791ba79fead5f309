from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.vault_check_item import VaultCheckItem
from ...types import UNSET, Response, decode_json


def _get_kwargs(
    *,
    model_version_ids: list[int],
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_model_version_ids = model_version_ids

    params["modelVersionIds"] = json_model_version_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/vault/check-vault",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[VaultCheckItem] | None:
    if response.status_code == 200:
        return [
            VaultCheckItem.from_dict(response_200_item_data)
            for response_200_item_data in decode_json(response.content)
        ]

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
) -> Response[ErrorResponse | list[VaultCheckItem]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    model_version_ids: list[int],
) -> Response[ErrorResponse | list[VaultCheckItem]]:
    """Whether model versions are in the member's vault.

    Args:
        model_version_ids (list[int]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[VaultCheckItem]]
    """

    kwargs = _get_kwargs(
        model_version_ids=model_version_ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    model_version_ids: list[int],
) -> ErrorResponse | list[VaultCheckItem] | None:
    """Whether model versions are in the member's vault.

    Args:
        model_version_ids (list[int]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[VaultCheckItem]
    """

    return sync_detailed(
        client=client,
        model_version_ids=model_version_ids,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    model_version_ids: list[int],
) -> Response[ErrorResponse | list[VaultCheckItem]]:
    """Whether model versions are in the member's vault.

    Args:
        model_version_ids (list[int]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[VaultCheckItem]]
    """

    kwargs = _get_kwargs(
        model_version_ids=model_version_ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    model_version_ids: list[int],
) -> ErrorResponse | list[VaultCheckItem] | None:
    """Whether model versions are in the member's vault.

    Args:
        model_version_ids (list[int]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[VaultCheckItem]
    """

    return (
        await asyncio_detailed(
            client=client,
            model_version_ids=model_version_ids,
        )
    ).parsed
