"""Models: search and list them (`models`), and fetch one model or one model version.

A module of the original `civitai_api`: `Models_API_Opts` and the enums its options take (`Sort` is
the models' sort order) live here, next to the endpoint functions that `civitai_api.v1` re-exports.
"""

from __future__ import annotations

from dataclasses import dataclass

import httpx

from civitai_api_generated.api.model_versions import get_model_version, get_model_version_by_hash
from civitai_api_generated.api.models import get_model, get_models
from civitai_api_generated.models.checkpoint_type import CheckpointType as _WireCheckpointType
from civitai_api_generated.models.commercial_use import CommercialUse as _WireCommercialUse
from civitai_api_generated.models.metric_timeframe import MetricTimeframe as _WirePeriod
from civitai_api_generated.models.model import Model
from civitai_api_generated.models.model_file_format import ModelFileFormat as _WireFileFormat
from civitai_api_generated.models.model_sort import ModelSort as _WireSort
from civitai_api_generated.models.model_status import ModelStatus as _WireStatus
from civitai_api_generated.models.model_type import ModelType as _WireModelType
from civitai_api_generated.models.model_version_detail import ModelVersionDetail
from civitai_api_generated.models.models_response import ModelsResponse
from civitai_api_generated.models.period_mode import PeriodMode as _WirePeriodMode

from ..._constants import DEFAULT_PAGE_LIMIT, MODELS_MAX_LIMIT, PAGE_MODE_MAX_ITEMS
from ..._query import (
    ListOpts,
    Param,
    QuerySpec,
    cap_page_depth,
    forbid_page_with_query,
)
from ...enums import (
    AllowCommercialUse,
    BaseModel,
    CheckpointType,
    FileFormat,
    ModelSort,
    ModelStatus,
    ModelType,
    Period,
    PeriodMode,
    Response_Models_Type,
)
from .._call import Operation, async_call, call, instance_of
from .._common import check_hash, check_id, list_kwargs

__all__ = [
    "AllowCommercialUse",
    "BaseModel",
    "CheckpointType",
    "FileFormat",
    "ModelStatus",
    "ModelType",
    "Models_API_Opts",
    "Period",
    "PeriodMode",
    "Response_Models_Type",
    "Sort",
    "async_get_model_by_hash",
    "async_get_model_by_id",
    "async_get_model_by_versionId",
    "async_models",
    "get_model_by_hash",
    "get_model_by_id",
    "get_model_by_versionId",
    "models",
]

Sort = ModelSort
"""The original `civitai_api`'s name for the models' sort order (`ModelSort`)."""

MODELS_QUERY = QuerySpec(
    params=(
        Param("limit", "int", minimum=0, maximum=MODELS_MAX_LIMIT),
        Param("page", "int", minimum=1),
        Param("cursor", "str"),
        Param("query", "str"),
        Param("tag", "str"),
        Param("username", "str"),
        Param("types", "enum", multi=True, choices=ModelType, wire=_WireModelType),
        Param("baseModels", "str", multi=True),
        Param("checkpointType", "enum", choices=CheckpointType, wire=_WireCheckpointType),
        Param("sort", "enum", choices=ModelSort, wire=_WireSort),
        Param("period", "enum", choices=Period, wire=_WirePeriod),
        Param("periodMode", "enum", choices=PeriodMode, wire=_WirePeriodMode),
        Param("nsfw", "bool"),
        Param("primaryFileOnly", "bool"),
        # the mere presence of favorites/hidden, even =false, answers 401
        # without a key; false is the default anyway.
        Param("favorites", "bool", send_false=False),
        Param("hidden", "bool", send_false=False),
        Param("ids", "int", multi=True, minimum=1),
        Param("modelVersionIds", "int", multi=True, minimum=1),
        # bool-c parameters read any value, "false" included, as true.
        Param("supportsGeneration", "bool", send_false=False),
        Param("fromPlatform", "bool", send_false=False),
        Param("earlyAccess", "bool", send_false=False),
        Param(
            "allowCommercialUse",
            "enum",
            multi=True,
            choices=AllowCommercialUse,
            wire=_WireCommercialUse,
        ),
        Param("status", "enum", multi=True, choices=ModelStatus, wire=_WireStatus),
        Param(
            "fileFormats",
            "enum",
            multi=True,
            choices=FileFormat,
            repeat_single=True,
            wire=_WireFileFormat,
        ),
        Param("newCreators", "bool"),
    ),
    ignored={
        "rating": "Civitai parses it but never filters on it",
        "allowDifferentLicenses": (
            "Civitai does not know this spelling and ignores it; the real parameter, "
            "allowDifferentLicense, cannot be sent from a query string"
        ),
    },
    rejected={
        name: "Civitai answers 400 to it from a query string"
        for name in ("allowNoCredit", "allowDerivatives", "allowDifferentLicense")
    },
    checks=(forbid_page_with_query, cap_page_depth(PAGE_MODE_MAX_ITEMS, DEFAULT_PAGE_LIMIT)),
)


@dataclass(kw_only=True)
class Models_API_Opts(ListOpts):
    """Options of `models()` (GET /api/v1/models); every value is a list.

    Single-valued options take a one-element list (`limit=[20]`); `types`, `baseModels`,
    `ids`, `modelVersionIds`, `allowCommercialUse`, `status` and `fileFormats` take several.
    The options are checked when built and again when sent; a bad one raises
    `QueryParamsError` naming it.

    `favorites=[False]`, `hidden=[False]`, and `False` for `supportsGeneration`,
    `fromPlatform` and `earlyAccess` are not sent (the server would answer 401, or read
    "false" as true). `rating` and `allowDifferentLicenses` are accepted but not sent
    (Civitai ignores them; `IgnoredParameterWarning`). `allowNoCredit`, `allowDerivatives`
    and `allowDifferentLicense` are refused: Civitai rejects them from a query string.

    Example:
        >>> opts = Models_API_Opts(limit=[20], types=[ModelType.LORA], sort=[Sort.Newest])
    """

    _query_spec = MODELS_QUERY

    limit: list[int] | None = None
    page: list[int] | None = None
    query: list[str] | None = None
    tag: list[str] | None = None
    username: list[str] | None = None
    types: list[ModelType | str] | None = None
    sort: list[ModelSort | str] | None = None
    period: list[Period | str] | None = None
    rating: list[int | float] | None = None
    favorites: list[bool] | None = None
    hidden: list[bool] | None = None
    primaryFileOnly: list[bool] | None = None
    allowNoCredit: list[bool] | None = None
    allowDerivatives: list[bool] | None = None
    allowDifferentLicenses: list[bool] | None = None
    allowDifferentLicense: list[bool] | None = None
    allowCommercialUse: list[AllowCommercialUse | str] | None = None
    nsfw: list[bool] | None = None
    supportsGeneration: list[bool] | None = None
    cursor: list[str] | None = None
    ids: list[int] | None = None
    modelVersionIds: list[int] | None = None
    baseModels: list[BaseModel | str] | None = None
    checkpointType: list[CheckpointType | str] | None = None
    periodMode: list[PeriodMode | str] | None = None
    fromPlatform: list[bool] | None = None
    earlyAccess: list[bool] | None = None
    status: list[ModelStatus | str] | None = None
    fileFormats: list[FileFormat | str] | None = None
    newCreators: list[bool] | None = None


_MODELS = Operation.of(get_models, instance_of(ModelsResponse), list_endpoint=True)
_MODEL = Operation.of(get_model, instance_of(Model))
_VERSION = Operation.of(get_model_version, instance_of(ModelVersionDetail))
_BY_HASH = Operation.of(get_model_version_by_hash, instance_of(ModelVersionDetail))


def _prepare_models(opts: Models_API_Opts | None) -> dict[str, object]:
    return list_kwargs(MODELS_QUERY, opts, Models_API_Opts)


def models(client: httpx.Client, opts: Models_API_Opts | None = None) -> ModelsResponse:
    """List or search models (GET /api/v1/models).

    Args:
        client: Any `httpx.Client`; without a `base_url` requests go to https://civitai.com.
        opts: Filters, sort and pagination; None lists with Civitai's defaults.

    Returns:
        The page: `.items` (models) and `.metadata` (`next_cursor`, `next_page`, ...).

    Raises:
        QueryParamsError: The options are invalid (before sending) or Civitai rejected them.
        CivitaiError: Any other failure (a subclass says which).

    Example:
        >>> page = models(client, Models_API_Opts(limit=[5], tag=["girls_frontline"]))
        >>> page.items[0].name
    """
    return call(client, _MODELS, _prepare_models(opts))


async def async_models(
    client: httpx.AsyncClient, opts: Models_API_Opts | None = None
) -> ModelsResponse:
    """Async twin of `models`, taking an `httpx.AsyncClient`."""
    return await async_call(client, _MODELS, _prepare_models(opts))


def _prepare_model(modelId: int) -> dict[str, object]:
    return {"model_id": check_id("modelId", modelId)}


def get_model_by_id(client: httpx.Client, modelId: int) -> Model:
    """Fetch one model with all its published versions (GET /api/v1/models/{modelId}).

    Args:
        client: Any `httpx.Client`.
        modelId: The model's id.

    Returns:
        The model.

    Raises:
        NotFoundError: No such model (also a `FileNotFoundError`).
        CivitaiError: Any other failure.
    """
    return call(client, _MODEL, _prepare_model(modelId))


async def async_get_model_by_id(client: httpx.AsyncClient, modelId: int) -> Model:
    """Async twin of `get_model_by_id`."""
    return await async_call(client, _MODEL, _prepare_model(modelId))


def _prepare_version(modelVersionId: int) -> dict[str, object]:
    return {"model_version_id": check_id("modelVersionId", modelVersionId)}


def get_model_by_versionId(client: httpx.Client, modelVersionId: int) -> ModelVersionDetail:
    """Fetch one model version (GET /api/v1/model-versions/{modelVersionId}).

    Args:
        client: Any `httpx.Client`.
        modelVersionId: The version's id.

    Returns:
        The model version (with its `model_id` and a summary of its model).

    Raises:
        NotFoundError: No such published version.
        CivitaiError: Any other failure.
    """
    return call(client, _VERSION, _prepare_version(modelVersionId))


async def async_get_model_by_versionId(
    client: httpx.AsyncClient, modelVersionId: int
) -> ModelVersionDetail:
    """Async twin of `get_model_by_versionId`."""
    return await async_call(client, _VERSION, _prepare_version(modelVersionId))


def _prepare_by_hash(hash: str) -> dict[str, object]:
    return {"hash_": check_hash("hash", hash)}


def get_model_by_hash(client: httpx.Client, hash: str) -> ModelVersionDetail:
    """Find the model version a file belongs to, by any of its hashes.

    Args:
        client: Any `httpx.Client`.
        hash: AutoV1, AutoV2, AutoV3, SHA256, CRC32 or BLAKE3 of the file (hex, any case).

    Returns:
        The model version that holds the file.

    Raises:
        NotFoundError: No published file has this hash.
        QueryParamsError: `hash` is not a hexadecimal hash.
        CivitaiError: Any other failure.
    """
    return call(client, _BY_HASH, _prepare_by_hash(hash))


async def async_get_model_by_hash(client: httpx.AsyncClient, hash: str) -> ModelVersionDetail:
    """Async twin of `get_model_by_hash`."""
    return await async_call(client, _BY_HASH, _prepare_by_hash(hash))
