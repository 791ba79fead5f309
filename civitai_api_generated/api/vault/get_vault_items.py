import datetime
from typing import Any

import httpx

from ...api import call_arguments, check_unexpected_status, send, send_async
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.model_type import ModelType
from ...models.vault_items_response import VaultItemsResponse
from ...types import UNSET, Response, Unset, decode_json


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    query: str | Unset = UNSET,
    types: list[ModelType] | Unset = UNSET,
    categories: list[str] | Unset = UNSET,
    base_models: list[str] | Unset = UNSET,
    date_created_from: datetime.datetime | Unset = UNSET,
    date_created_to: datetime.datetime | Unset = UNSET,
    date_added_from: datetime.datetime | Unset = UNSET,
    date_added_to: datetime.datetime | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {
        "limit": limit,
        "page": page,
        "query": query,
        "types": UNSET if isinstance(types, Unset) else [item.value for item in types],
        "categories": categories,
        "baseModels": base_models,
        "dateCreatedFrom": (
            UNSET if isinstance(date_created_from, Unset) else date_created_from.isoformat()
        ),
        "dateCreatedTo": (
            UNSET if isinstance(date_created_to, Unset) else date_created_to.isoformat()
        ),
        "dateAddedFrom": (
            UNSET if isinstance(date_added_from, Unset) else date_added_from.isoformat()
        ),
        "dateAddedTo": UNSET if isinstance(date_added_to, Unset) else date_added_to.isoformat(),
        "sort": sort,
    }
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/vault/all",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | VaultItemsResponse | None:
    if response.status_code == 200:
        return VaultItemsResponse.from_dict(decode_json(response.content))

    if response.status_code in (400, 401, 405, 429, 451, 500):
        return ErrorResponse.from_dict(decode_json(response.content))

    check_unexpected_status(client, response)
    return None


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    query: str | Unset = UNSET,
    types: list[ModelType] | Unset = UNSET,
    categories: list[str] | Unset = UNSET,
    base_models: list[str] | Unset = UNSET,
    date_created_from: datetime.datetime | Unset = UNSET,
    date_created_to: datetime.datetime | Unset = UNSET,
    date_added_from: datetime.datetime | Unset = UNSET,
    date_added_to: datetime.datetime | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[ErrorResponse | VaultItemsResponse]:
    """List the model versions stored in the member's vault.

    Args:
        limit (int | Unset):
        page (int | Unset):
        query (str | Unset):
        types (list[ModelType] | Unset):
        categories (list[str] | Unset):
        base_models (list[str] | Unset):
        date_created_from (datetime.datetime | Unset):
        date_created_to (datetime.datetime | Unset):
        date_added_from (datetime.datetime | Unset):
        date_added_to (datetime.datetime | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | VaultItemsResponse]
    """

    return send(client, _get_kwargs(**call_arguments(locals())), _parse_response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    query: str | Unset = UNSET,
    types: list[ModelType] | Unset = UNSET,
    categories: list[str] | Unset = UNSET,
    base_models: list[str] | Unset = UNSET,
    date_created_from: datetime.datetime | Unset = UNSET,
    date_created_to: datetime.datetime | Unset = UNSET,
    date_added_from: datetime.datetime | Unset = UNSET,
    date_added_to: datetime.datetime | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> ErrorResponse | VaultItemsResponse | None:
    """List the model versions stored in the member's vault.

    Like `sync_detailed` (the same arguments and errors), but returns only the parsed body:
    `ErrorResponse | VaultItemsResponse`, or None for a status the spec does not document.
    """

    return sync_detailed(**locals()).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    query: str | Unset = UNSET,
    types: list[ModelType] | Unset = UNSET,
    categories: list[str] | Unset = UNSET,
    base_models: list[str] | Unset = UNSET,
    date_created_from: datetime.datetime | Unset = UNSET,
    date_created_to: datetime.datetime | Unset = UNSET,
    date_added_from: datetime.datetime | Unset = UNSET,
    date_added_to: datetime.datetime | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[ErrorResponse | VaultItemsResponse]:
    """List the model versions stored in the member's vault.

    Like `sync_detailed` (the same arguments and errors), as a coroutine: returns a
    `Response[ErrorResponse | VaultItemsResponse]`.
    """

    return await send_async(client, _get_kwargs(**call_arguments(locals())), _parse_response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    query: str | Unset = UNSET,
    types: list[ModelType] | Unset = UNSET,
    categories: list[str] | Unset = UNSET,
    base_models: list[str] | Unset = UNSET,
    date_created_from: datetime.datetime | Unset = UNSET,
    date_created_to: datetime.datetime | Unset = UNSET,
    date_added_from: datetime.datetime | Unset = UNSET,
    date_added_to: datetime.datetime | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> ErrorResponse | VaultItemsResponse | None:
    """List the model versions stored in the member's vault.

    Like `sync` (the same arguments and errors), as a coroutine: returns only the parsed body,
    `ErrorResponse | VaultItemsResponse`, or None for a status the spec does not document.
    """

    return (await asyncio_detailed(**locals())).parsed
