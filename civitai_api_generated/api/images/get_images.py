from typing import Any

import httpx

from ...api import call_arguments, check_unexpected_status, send, send_async
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.image_sort import ImageSort
from ...models.images_response import ImagesResponse
from ...models.media_type import MediaType
from ...models.metric_timeframe import MetricTimeframe
from ...models.nsfw_level_name import NsfwLevelName
from ...types import UNSET, Response, Unset, decode_json


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    post_id: int | Unset = UNSET,
    model_id: int | Unset = UNSET,
    model_version_id: int | Unset = UNSET,
    image_id: int | Unset = UNSET,
    user_id: int | Unset = UNSET,
    username: str | Unset = UNSET,
    period: MetricTimeframe | Unset = UNSET,
    sort: ImageSort | Unset = UNSET,
    nsfw: bool | NsfwLevelName | Unset = UNSET,
    browsing_level: int | Unset = UNSET,
    tags: list[int] | Unset = UNSET,
    type_: MediaType | Unset = UNSET,
    base_models: list[str] | Unset = UNSET,
    with_meta: bool | Unset = UNSET,
    flat_meta: bool | Unset = UNSET,
    requiring_meta: bool | Unset = UNSET,
    with_tags: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {
        "limit": limit,
        "page": page,
        "cursor": cursor,
        "postId": post_id,
        "modelId": model_id,
        "modelVersionId": model_version_id,
        "imageId": image_id,
        "userId": user_id,
        "username": username,
        "period": UNSET if isinstance(period, Unset) else period.value,
        "sort": UNSET if isinstance(sort, Unset) else sort.value,
        "nsfw": (
            UNSET
            if isinstance(nsfw, Unset)
            else (nsfw.value if isinstance(nsfw, NsfwLevelName) else nsfw)
        ),
        "browsingLevel": browsing_level,
        "tags": tags,
        "type": UNSET if isinstance(type_, Unset) else type_.value,
        "baseModels": base_models,
        "withMeta": with_meta,
        "flatMeta": flat_meta,
        "requiringMeta": requiring_meta,
        "withTags": with_tags,
    }
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/images",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ImagesResponse | None:
    if response.status_code == 200:
        return ImagesResponse.from_dict(decode_json(response.content))

    if response.status_code in (400, 404, 429, 451, 500, 503):
        return ErrorResponse.from_dict(decode_json(response.content))

    check_unexpected_status(client, response)
    return None


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    post_id: int | Unset = UNSET,
    model_id: int | Unset = UNSET,
    model_version_id: int | Unset = UNSET,
    image_id: int | Unset = UNSET,
    user_id: int | Unset = UNSET,
    username: str | Unset = UNSET,
    period: MetricTimeframe | Unset = UNSET,
    sort: ImageSort | Unset = UNSET,
    nsfw: bool | NsfwLevelName | Unset = UNSET,
    browsing_level: int | Unset = UNSET,
    tags: list[int] | Unset = UNSET,
    type_: MediaType | Unset = UNSET,
    base_models: list[str] | Unset = UNSET,
    with_meta: bool | Unset = UNSET,
    flat_meta: bool | Unset = UNSET,
    requiring_meta: bool | Unset = UNSET,
    with_tags: bool | Unset = UNSET,
) -> Response[ErrorResponse | ImagesResponse]:
    """List images and videos.

     Cursor pagination, or `page` limited to the first 1000 items. `modelId`
    without `modelVersionId`, or `imageId`, takes a legacy path where engagement sorts
    fall back to newest and `meta` is wrapped as `{id, meta}` unless `flatMeta=true`.

    Args:
        limit (int | Unset):
        page (int | Unset):
        cursor (str | Unset):
        post_id (int | Unset):
        model_id (int | Unset):
        model_version_id (int | Unset):
        image_id (int | Unset):
        user_id (int | Unset):
        username (str | Unset):
        period (MetricTimeframe | Unset):
        sort (ImageSort | Unset):
        nsfw (bool | NsfwLevelName | Unset):
        browsing_level (int | Unset):
        tags (list[int] | Unset):
        type_ (MediaType | Unset):
        base_models (list[str] | Unset):
        with_meta (bool | Unset):
        flat_meta (bool | Unset):
        requiring_meta (bool | Unset):
        with_tags (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ImagesResponse]
    """

    return send(client, _get_kwargs(**call_arguments(locals())), _parse_response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    post_id: int | Unset = UNSET,
    model_id: int | Unset = UNSET,
    model_version_id: int | Unset = UNSET,
    image_id: int | Unset = UNSET,
    user_id: int | Unset = UNSET,
    username: str | Unset = UNSET,
    period: MetricTimeframe | Unset = UNSET,
    sort: ImageSort | Unset = UNSET,
    nsfw: bool | NsfwLevelName | Unset = UNSET,
    browsing_level: int | Unset = UNSET,
    tags: list[int] | Unset = UNSET,
    type_: MediaType | Unset = UNSET,
    base_models: list[str] | Unset = UNSET,
    with_meta: bool | Unset = UNSET,
    flat_meta: bool | Unset = UNSET,
    requiring_meta: bool | Unset = UNSET,
    with_tags: bool | Unset = UNSET,
) -> ErrorResponse | ImagesResponse | None:
    """List images and videos.

    Like `sync_detailed` (the same arguments and errors), but returns only the parsed body:
    `ErrorResponse | ImagesResponse`, or None for a status the spec does not document.
    """

    return sync_detailed(**locals()).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    post_id: int | Unset = UNSET,
    model_id: int | Unset = UNSET,
    model_version_id: int | Unset = UNSET,
    image_id: int | Unset = UNSET,
    user_id: int | Unset = UNSET,
    username: str | Unset = UNSET,
    period: MetricTimeframe | Unset = UNSET,
    sort: ImageSort | Unset = UNSET,
    nsfw: bool | NsfwLevelName | Unset = UNSET,
    browsing_level: int | Unset = UNSET,
    tags: list[int] | Unset = UNSET,
    type_: MediaType | Unset = UNSET,
    base_models: list[str] | Unset = UNSET,
    with_meta: bool | Unset = UNSET,
    flat_meta: bool | Unset = UNSET,
    requiring_meta: bool | Unset = UNSET,
    with_tags: bool | Unset = UNSET,
) -> Response[ErrorResponse | ImagesResponse]:
    """List images and videos.

    Like `sync_detailed` (the same arguments and errors), as a coroutine: returns a
    `Response[ErrorResponse | ImagesResponse]`.
    """

    return await send_async(client, _get_kwargs(**call_arguments(locals())), _parse_response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    post_id: int | Unset = UNSET,
    model_id: int | Unset = UNSET,
    model_version_id: int | Unset = UNSET,
    image_id: int | Unset = UNSET,
    user_id: int | Unset = UNSET,
    username: str | Unset = UNSET,
    period: MetricTimeframe | Unset = UNSET,
    sort: ImageSort | Unset = UNSET,
    nsfw: bool | NsfwLevelName | Unset = UNSET,
    browsing_level: int | Unset = UNSET,
    tags: list[int] | Unset = UNSET,
    type_: MediaType | Unset = UNSET,
    base_models: list[str] | Unset = UNSET,
    with_meta: bool | Unset = UNSET,
    flat_meta: bool | Unset = UNSET,
    requiring_meta: bool | Unset = UNSET,
    with_tags: bool | Unset = UNSET,
) -> ErrorResponse | ImagesResponse | None:
    """List images and videos.

    Like `sync` (the same arguments and errors), as a coroutine: returns only the parsed body,
    `ErrorResponse | ImagesResponse`, or None for a status the spec does not document.
    """

    return (await asyncio_detailed(**locals())).parsed
