from typing import Any

import httpx

from ...api import call_arguments, check_unexpected_status, send, send_async
from ...client import AuthenticatedClient, Client
from ...models.article_sort import ArticleSort
from ...models.articles_response import ArticlesResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset, decode_json


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    query: str | Unset = UNSET,
    sort: ArticleSort | Unset = UNSET,
    tags: list[int] | Unset = UNSET,
    username: str | Unset = UNSET,
    nsfw: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {
        "limit": limit,
        "cursor": cursor,
        "query": query,
        "sort": UNSET if isinstance(sort, Unset) else sort.value,
        "tags": tags,
        "username": username,
        "nsfw": nsfw,
    }
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/articles",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ArticlesResponse | ErrorResponse | None:
    if response.status_code == 200:
        return ArticlesResponse.from_dict(decode_json(response.content))

    if response.status_code in (400, 405, 429, 451, 500):
        return ErrorResponse.from_dict(decode_json(response.content))

    check_unexpected_status(client, response)
    return None


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    query: str | Unset = UNSET,
    sort: ArticleSort | Unset = UNSET,
    tags: list[int] | Unset = UNSET,
    username: str | Unset = UNSET,
    nsfw: bool | Unset = UNSET,
) -> Response[ArticlesResponse | ErrorResponse]:
    """List articles.

     Cursor pagination only. Always evaluated anonymously. Rate limited per IP or user:
    60 (anonymous) or 120 (authenticated) requests per minute.

    Args:
        limit (int | Unset):
        cursor (str | Unset):
        query (str | Unset):
        sort (ArticleSort | Unset):
        tags (list[int] | Unset):
        username (str | Unset):
        nsfw (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArticlesResponse | ErrorResponse]
    """

    return send(client, _get_kwargs(**call_arguments(locals())), _parse_response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    query: str | Unset = UNSET,
    sort: ArticleSort | Unset = UNSET,
    tags: list[int] | Unset = UNSET,
    username: str | Unset = UNSET,
    nsfw: bool | Unset = UNSET,
) -> ArticlesResponse | ErrorResponse | None:
    """List articles.

    Like `sync_detailed` (the same arguments and errors), but returns only the parsed body:
    `ArticlesResponse | ErrorResponse`, or None for a status the spec does not document.
    """

    return sync_detailed(**locals()).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    query: str | Unset = UNSET,
    sort: ArticleSort | Unset = UNSET,
    tags: list[int] | Unset = UNSET,
    username: str | Unset = UNSET,
    nsfw: bool | Unset = UNSET,
) -> Response[ArticlesResponse | ErrorResponse]:
    """List articles.

    Like `sync_detailed` (the same arguments and errors), as a coroutine: returns a
    `Response[ArticlesResponse | ErrorResponse]`.
    """

    return await send_async(client, _get_kwargs(**call_arguments(locals())), _parse_response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    query: str | Unset = UNSET,
    sort: ArticleSort | Unset = UNSET,
    tags: list[int] | Unset = UNSET,
    username: str | Unset = UNSET,
    nsfw: bool | Unset = UNSET,
) -> ArticlesResponse | ErrorResponse | None:
    """List articles.

    Like `sync` (the same arguments and errors), as a coroutine: returns only the parsed body,
    `ArticlesResponse | ErrorResponse`, or None for a status the spec does not document.
    """

    return (await asyncio_detailed(**locals())).parsed
