from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.collection_sort import CollectionSort
from ...models.collections_response import CollectionsResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset, decode_json


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    cursor: int | Unset = UNSET,
    query: str | Unset = UNSET,
    sort: CollectionSort | Unset = UNSET,
    nsfw: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    params["query"] = query

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    params["nsfw"] = nsfw

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/collections",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CollectionsResponse | ErrorResponse | None:
    if response.status_code == 200:
        return CollectionsResponse.from_dict(decode_json(response.content))

    if response.status_code == 400:
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
) -> Response[CollectionsResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    cursor: int | Unset = UNSET,
    query: str | Unset = UNSET,
    sort: CollectionSort | Unset = UNSET,
    nsfw: bool | Unset = UNSET,
) -> Response[CollectionsResponse | ErrorResponse]:
    """List public collections.

     Cursor pagination only; the cursor is a collection id. Rate limited like /articles.

    Args:
        limit (int | Unset):
        cursor (int | Unset):
        query (str | Unset):
        sort (CollectionSort | Unset):
        nsfw (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CollectionsResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        query=query,
        sort=sort,
        nsfw=nsfw,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    cursor: int | Unset = UNSET,
    query: str | Unset = UNSET,
    sort: CollectionSort | Unset = UNSET,
    nsfw: bool | Unset = UNSET,
) -> CollectionsResponse | ErrorResponse | None:
    """List public collections.

     Cursor pagination only; the cursor is a collection id. Rate limited like /articles.

    Args:
        limit (int | Unset):
        cursor (int | Unset):
        query (str | Unset):
        sort (CollectionSort | Unset):
        nsfw (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CollectionsResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        query=query,
        sort=sort,
        nsfw=nsfw,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    cursor: int | Unset = UNSET,
    query: str | Unset = UNSET,
    sort: CollectionSort | Unset = UNSET,
    nsfw: bool | Unset = UNSET,
) -> Response[CollectionsResponse | ErrorResponse]:
    """List public collections.

     Cursor pagination only; the cursor is a collection id. Rate limited like /articles.

    Args:
        limit (int | Unset):
        cursor (int | Unset):
        query (str | Unset):
        sort (CollectionSort | Unset):
        nsfw (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CollectionsResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        query=query,
        sort=sort,
        nsfw=nsfw,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    cursor: int | Unset = UNSET,
    query: str | Unset = UNSET,
    sort: CollectionSort | Unset = UNSET,
    nsfw: bool | Unset = UNSET,
) -> CollectionsResponse | ErrorResponse | None:
    """List public collections.

     Cursor pagination only; the cursor is a collection id. Rate limited like /articles.

    Args:
        limit (int | Unset):
        cursor (int | Unset):
        query (str | Unset):
        sort (CollectionSort | Unset):
        nsfw (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CollectionsResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            query=query,
            sort=sort,
            nsfw=nsfw,
        )
    ).parsed
