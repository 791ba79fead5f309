from typing import Any

import httpx

from ...api import call_arguments, check_unexpected_status, send, send_async
from ...client import AuthenticatedClient, Client
from ...models.checkpoint_type import CheckpointType
from ...models.commercial_use import CommercialUse
from ...models.error_response import ErrorResponse
from ...models.metric_timeframe import MetricTimeframe
from ...models.model_file_format import ModelFileFormat
from ...models.model_sort import ModelSort
from ...models.model_status import ModelStatus
from ...models.model_type import ModelType
from ...models.models_response import ModelsResponse
from ...models.period_mode import PeriodMode
from ...types import UNSET, Response, Unset, decode_json


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    query: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    username: str | Unset = UNSET,
    types: list[ModelType] | Unset = UNSET,
    base_models: list[str] | Unset = UNSET,
    checkpoint_type: CheckpointType | Unset = UNSET,
    sort: ModelSort | Unset = UNSET,
    period: MetricTimeframe | Unset = UNSET,
    period_mode: PeriodMode | Unset = UNSET,
    nsfw: bool | Unset = UNSET,
    primary_file_only: bool | Unset = UNSET,
    favorites: bool | Unset = UNSET,
    hidden: bool | Unset = UNSET,
    ids: list[int] | Unset = UNSET,
    model_version_ids: list[int] | Unset = UNSET,
    supports_generation: bool | Unset = UNSET,
    from_platform: bool | Unset = UNSET,
    early_access: bool | Unset = UNSET,
    allow_commercial_use: list[CommercialUse] | Unset = UNSET,
    status: list[ModelStatus] | Unset = UNSET,
    file_formats: list[ModelFileFormat] | Unset = UNSET,
    new_creators: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {
        "limit": limit,
        "page": page,
        "cursor": cursor,
        "query": query,
        "tag": tag,
        "username": username,
        "types": UNSET if isinstance(types, Unset) else [item.value for item in types],
        "baseModels": base_models,
        "checkpointType": UNSET if isinstance(checkpoint_type, Unset) else checkpoint_type.value,
        "sort": UNSET if isinstance(sort, Unset) else sort.value,
        "period": UNSET if isinstance(period, Unset) else period.value,
        "periodMode": UNSET if isinstance(period_mode, Unset) else period_mode.value,
        "nsfw": nsfw,
        "primaryFileOnly": primary_file_only,
        "favorites": favorites,
        "hidden": hidden,
        "ids": ids,
        "modelVersionIds": model_version_ids,
        "supportsGeneration": supports_generation,
        "fromPlatform": from_platform,
        "earlyAccess": early_access,
        "allowCommercialUse": (
            UNSET
            if isinstance(allow_commercial_use, Unset)
            else [item.value for item in allow_commercial_use]
        ),
        "status": UNSET if isinstance(status, Unset) else [item.value for item in status],
        "fileFormats": (
            UNSET if isinstance(file_formats, Unset) else [item.value for item in file_formats]
        ),
        "newCreators": new_creators,
    }
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/models",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ModelsResponse | None:
    if response.status_code == 200:
        return ModelsResponse.from_dict(decode_json(response.content))

    if response.status_code in (400, 401, 405, 429, 451, 500, 503):
        return ErrorResponse.from_dict(decode_json(response.content))

    check_unexpected_status(client, response)
    return None


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    query: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    username: str | Unset = UNSET,
    types: list[ModelType] | Unset = UNSET,
    base_models: list[str] | Unset = UNSET,
    checkpoint_type: CheckpointType | Unset = UNSET,
    sort: ModelSort | Unset = UNSET,
    period: MetricTimeframe | Unset = UNSET,
    period_mode: PeriodMode | Unset = UNSET,
    nsfw: bool | Unset = UNSET,
    primary_file_only: bool | Unset = UNSET,
    favorites: bool | Unset = UNSET,
    hidden: bool | Unset = UNSET,
    ids: list[int] | Unset = UNSET,
    model_version_ids: list[int] | Unset = UNSET,
    supports_generation: bool | Unset = UNSET,
    from_platform: bool | Unset = UNSET,
    early_access: bool | Unset = UNSET,
    allow_commercial_use: list[CommercialUse] | Unset = UNSET,
    status: list[ModelStatus] | Unset = UNSET,
    file_formats: list[ModelFileFormat] | Unset = UNSET,
    new_creators: bool | Unset = UNSET,
) -> Response[ErrorResponse | ModelsResponse]:
    """List or search models.

     Cursor pagination by default; `page` switches to page mode, limited to the first 1000
    items (`page * limit > 1000` answers 429).

    Parameters deliberately not described here: the internal filters `browsingLevel`,
    `collectionId`, `excludedTagIds`, `pending`, `disablePoi`, `disableMinor`,
    `isFeatured`, `poiOnly`, `minorOnly`, `availability`, `followed`, `archived`,
    `needsReview` (site features, mostly refused from a query string); `rating` (parsed but unused);
    `etag`
    (a cache helper); and `allowNoCredit`, `allowDerivatives`, `allowDifferentLicense`,
    which the server types as strict booleans, so any value sent in a query string is a
    string and is rejected with 400.

    Args:
        limit (int | Unset):
        page (int | Unset):
        cursor (str | Unset):
        query (str | Unset):
        tag (str | Unset):
        username (str | Unset):
        types (list[ModelType] | Unset):
        base_models (list[str] | Unset):
        checkpoint_type (CheckpointType | Unset):
        sort (ModelSort | Unset):
        period (MetricTimeframe | Unset):
        period_mode (PeriodMode | Unset):
        nsfw (bool | Unset):
        primary_file_only (bool | Unset):
        favorites (bool | Unset):
        hidden (bool | Unset):
        ids (list[int] | Unset):
        model_version_ids (list[int] | Unset):
        supports_generation (bool | Unset):
        from_platform (bool | Unset):
        early_access (bool | Unset):
        allow_commercial_use (list[CommercialUse] | Unset):
        status (list[ModelStatus] | Unset):
        file_formats (list[ModelFileFormat] | Unset):
        new_creators (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ModelsResponse]
    """

    return send(client, _get_kwargs(**call_arguments(locals())), _parse_response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    query: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    username: str | Unset = UNSET,
    types: list[ModelType] | Unset = UNSET,
    base_models: list[str] | Unset = UNSET,
    checkpoint_type: CheckpointType | Unset = UNSET,
    sort: ModelSort | Unset = UNSET,
    period: MetricTimeframe | Unset = UNSET,
    period_mode: PeriodMode | Unset = UNSET,
    nsfw: bool | Unset = UNSET,
    primary_file_only: bool | Unset = UNSET,
    favorites: bool | Unset = UNSET,
    hidden: bool | Unset = UNSET,
    ids: list[int] | Unset = UNSET,
    model_version_ids: list[int] | Unset = UNSET,
    supports_generation: bool | Unset = UNSET,
    from_platform: bool | Unset = UNSET,
    early_access: bool | Unset = UNSET,
    allow_commercial_use: list[CommercialUse] | Unset = UNSET,
    status: list[ModelStatus] | Unset = UNSET,
    file_formats: list[ModelFileFormat] | Unset = UNSET,
    new_creators: bool | Unset = UNSET,
) -> ErrorResponse | ModelsResponse | None:
    """List or search models.

    Like `sync_detailed` (the same arguments and errors), but returns only the parsed body:
    `ErrorResponse | ModelsResponse`, or None for a status the spec does not document.
    """

    return sync_detailed(**locals()).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    query: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    username: str | Unset = UNSET,
    types: list[ModelType] | Unset = UNSET,
    base_models: list[str] | Unset = UNSET,
    checkpoint_type: CheckpointType | Unset = UNSET,
    sort: ModelSort | Unset = UNSET,
    period: MetricTimeframe | Unset = UNSET,
    period_mode: PeriodMode | Unset = UNSET,
    nsfw: bool | Unset = UNSET,
    primary_file_only: bool | Unset = UNSET,
    favorites: bool | Unset = UNSET,
    hidden: bool | Unset = UNSET,
    ids: list[int] | Unset = UNSET,
    model_version_ids: list[int] | Unset = UNSET,
    supports_generation: bool | Unset = UNSET,
    from_platform: bool | Unset = UNSET,
    early_access: bool | Unset = UNSET,
    allow_commercial_use: list[CommercialUse] | Unset = UNSET,
    status: list[ModelStatus] | Unset = UNSET,
    file_formats: list[ModelFileFormat] | Unset = UNSET,
    new_creators: bool | Unset = UNSET,
) -> Response[ErrorResponse | ModelsResponse]:
    """List or search models.

    Like `sync_detailed` (the same arguments and errors), as a coroutine: returns a
    `Response[ErrorResponse | ModelsResponse]`.
    """

    return await send_async(client, _get_kwargs(**call_arguments(locals())), _parse_response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    query: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    username: str | Unset = UNSET,
    types: list[ModelType] | Unset = UNSET,
    base_models: list[str] | Unset = UNSET,
    checkpoint_type: CheckpointType | Unset = UNSET,
    sort: ModelSort | Unset = UNSET,
    period: MetricTimeframe | Unset = UNSET,
    period_mode: PeriodMode | Unset = UNSET,
    nsfw: bool | Unset = UNSET,
    primary_file_only: bool | Unset = UNSET,
    favorites: bool | Unset = UNSET,
    hidden: bool | Unset = UNSET,
    ids: list[int] | Unset = UNSET,
    model_version_ids: list[int] | Unset = UNSET,
    supports_generation: bool | Unset = UNSET,
    from_platform: bool | Unset = UNSET,
    early_access: bool | Unset = UNSET,
    allow_commercial_use: list[CommercialUse] | Unset = UNSET,
    status: list[ModelStatus] | Unset = UNSET,
    file_formats: list[ModelFileFormat] | Unset = UNSET,
    new_creators: bool | Unset = UNSET,
) -> ErrorResponse | ModelsResponse | None:
    """List or search models.

    Like `sync` (the same arguments and errors), as a coroutine: returns only the parsed body,
    `ErrorResponse | ModelsResponse`, or None for a status the spec does not document.
    """

    return (await asyncio_detailed(**locals())).parsed
