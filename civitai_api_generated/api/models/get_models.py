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

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["page"] = page

    params["cursor"] = cursor

    params["query"] = query

    params["tag"] = tag

    params["username"] = username

    json_types: list[str] | Unset = UNSET
    if not isinstance(types, Unset):
        json_types = []
        for types_item_data in types:
            types_item = types_item_data.value
            json_types.append(types_item)

    params["types"] = json_types

    json_base_models: list[str] | Unset = UNSET
    if not isinstance(base_models, Unset):
        json_base_models = base_models

    params["baseModels"] = json_base_models

    json_checkpoint_type: str | Unset = UNSET
    if not isinstance(checkpoint_type, Unset):
        json_checkpoint_type = checkpoint_type.value

    params["checkpointType"] = json_checkpoint_type

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    json_period: str | Unset = UNSET
    if not isinstance(period, Unset):
        json_period = period.value

    params["period"] = json_period

    json_period_mode: str | Unset = UNSET
    if not isinstance(period_mode, Unset):
        json_period_mode = period_mode.value

    params["periodMode"] = json_period_mode

    params["nsfw"] = nsfw

    params["primaryFileOnly"] = primary_file_only

    params["favorites"] = favorites

    params["hidden"] = hidden

    json_ids: list[int] | Unset = UNSET
    if not isinstance(ids, Unset):
        json_ids = ids

    params["ids"] = json_ids

    json_model_version_ids: list[int] | Unset = UNSET
    if not isinstance(model_version_ids, Unset):
        json_model_version_ids = model_version_ids

    params["modelVersionIds"] = json_model_version_ids

    params["supportsGeneration"] = supports_generation

    params["fromPlatform"] = from_platform

    params["earlyAccess"] = early_access

    json_allow_commercial_use: list[str] | Unset = UNSET
    if not isinstance(allow_commercial_use, Unset):
        json_allow_commercial_use = []
        for allow_commercial_use_item_data in allow_commercial_use:
            allow_commercial_use_item = allow_commercial_use_item_data.value
            json_allow_commercial_use.append(allow_commercial_use_item)

    params["allowCommercialUse"] = json_allow_commercial_use

    json_status: list[str] | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = []
        for status_item_data in status:
            status_item = status_item_data.value
            json_status.append(status_item)

    params["status"] = json_status

    json_file_formats: list[str] | Unset = UNSET
    if not isinstance(file_formats, Unset):
        json_file_formats = []
        for file_formats_item_data in file_formats:
            file_formats_item = file_formats_item_data.value
            json_file_formats.append(file_formats_item)

    params["fileFormats"] = json_file_formats

    params["newCreators"] = new_creators

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
