"""The Vault of a Civitai member: its summary, its items, and adding or removing versions.

Every function here needs an API key (401 without one); a key of a user who
is not a member gets `VaultResponse.vault` None.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass

import httpx

from civitai_api_generated.api.vault import (
    check_vault as _check_vault,
)
from civitai_api_generated.api.vault import (
    get_vault as _get_vault,
)
from civitai_api_generated.api.vault import (
    get_vault_items as _get_vault_items,
)
from civitai_api_generated.api.vault import (
    toggle_vault_version as _toggle_vault_version,
)
from civitai_api_generated.models.model_type import ModelType as _WireModelType
from civitai_api_generated.models.vault_check_item import VaultCheckItem
from civitai_api_generated.models.vault_items_response import VaultItemsResponse
from civitai_api_generated.models.vault_response import VaultResponse
from civitai_api_generated.models.vault_toggle_result import VaultToggleResult

from ..._query import ListOpts, Param, QuerySpec
from ...enums import BaseModel, ModelType, VaultSort
from .._call import Operation, async_call, call, instance_of, list_of
from .._common import check_id, check_ids, list_kwargs

__all__ = [
    "VaultItems_API_Opts",
    "VaultSort",
    "async_check_vault",
    "async_get_vault",
    "async_get_vault_items",
    "async_toggle_vault_version",
    "check_vault",
    "get_vault",
    "get_vault_items",
    "toggle_vault_version",
]

VAULT_ITEMS_QUERY = QuerySpec(
    params=(
        Param("limit", "int", minimum=1, maximum=200),
        Param("page", "int", minimum=1),
        Param("query", "str"),
        # these are arrays server-side; send them as repeated keys.
        Param("types", "enum", multi=True, choices=ModelType, wire=_WireModelType),
        Param("categories", "str", multi=True),
        Param("baseModels", "str", multi=True),
        Param("dateCreatedFrom", "datetime"),
        Param("dateCreatedTo", "datetime"),
        Param("dateAddedFrom", "datetime"),
        Param("dateAddedTo", "datetime"),
        Param("sort", "enum", choices=VaultSort),
    ),
)


@dataclass(kw_only=True)
class VaultItems_API_Opts(ListOpts):
    """Options of `get_vault_items()` (GET /api/v1/vault/all); every value is a list.

    Example:
        >>> opts = VaultItems_API_Opts(limit=[20], sort=[VaultSort.Recently_Added])
    """

    _query_spec = VAULT_ITEMS_QUERY

    limit: list[int] | None = None
    page: list[int] | None = None
    query: list[str] | None = None
    types: list[ModelType | str] | None = None
    categories: list[str] | None = None
    baseModels: list[BaseModel | str] | None = None
    dateCreatedFrom: list[datetime.datetime] | None = None
    dateCreatedTo: list[datetime.datetime] | None = None
    dateAddedFrom: list[datetime.datetime] | None = None
    dateAddedTo: list[datetime.datetime] | None = None
    sort: list[VaultSort | str] | None = None


_VAULT = Operation.of(_get_vault, instance_of(VaultResponse))
_ITEMS = Operation.of(_get_vault_items, instance_of(VaultItemsResponse), list_endpoint=True)
_CHECK = Operation.of(_check_vault, list_of(VaultCheckItem))
_TOGGLE = Operation.of(_toggle_vault_version, instance_of(VaultToggleResult))


def _prepare_vault() -> dict[str, object]:
    return {}


def get_vault(client: httpx.Client) -> VaultResponse:
    """Fetch the key owner's Vault summary (GET /api/v1/vault/get).

    Args:
        client: An `httpx.Client` sending `Authorization: Bearer <key>`.

    Returns:
        `.vault`: storage used and allowed, or None for a non-member.

    Raises:
        AuthenticationError: No key, or an invalid one.
        CivitaiError: Any other failure.
    """
    return call(client, _VAULT, _prepare_vault())


async def async_get_vault(client: httpx.AsyncClient) -> VaultResponse:
    """Async twin of `get_vault`."""
    return await async_call(client, _VAULT, _prepare_vault())


def _prepare_items(opts: VaultItems_API_Opts | None) -> dict[str, object]:
    return list_kwargs(VAULT_ITEMS_QUERY, opts, VaultItems_API_Opts)


def get_vault_items(
    client: httpx.Client, opts: VaultItems_API_Opts | None = None
) -> VaultItemsResponse:
    """List the model versions in the key owner's Vault (GET /api/v1/vault/all).

    Args:
        client: An `httpx.Client` sending `Authorization: Bearer <key>`.
        opts: Filters, sort and page.

    Returns:
        The page: `.items` plus the page counts at the top level.

    Raises:
        AuthenticationError: No key, or an invalid one.
        QueryParamsError: The options are invalid (before sending) or Civitai rejected them.
        CivitaiError: Any other failure.
    """
    return call(client, _ITEMS, _prepare_items(opts))


async def async_get_vault_items(
    client: httpx.AsyncClient, opts: VaultItems_API_Opts | None = None
) -> VaultItemsResponse:
    """Async twin of `get_vault_items`."""
    return await async_call(client, _ITEMS, _prepare_items(opts))


def _prepare_check(model_version_ids: Sequence[int]) -> dict[str, object]:
    return {"model_version_ids": check_ids("model_version_ids", model_version_ids)}


def check_vault(client: httpx.Client, model_version_ids: Sequence[int]) -> list[VaultCheckItem]:
    """Say which of these model versions are in the key owner's Vault (GET …/check-vault).

    Args:
        client: An `httpx.Client` sending `Authorization: Bearer <key>`.
        model_version_ids: The versions to check.

    Returns:
        One `{model_version_id, vault_item}` per version; `vault_item` is None when absent.

    Raises:
        AuthenticationError: No key, or an invalid one.
        CivitaiError: Any other failure.
    """
    return call(client, _CHECK, _prepare_check(model_version_ids))


async def async_check_vault(
    client: httpx.AsyncClient, model_version_ids: Sequence[int]
) -> list[VaultCheckItem]:
    """Async twin of `check_vault`."""
    return await async_call(client, _CHECK, _prepare_check(model_version_ids))


def _prepare_toggle(model_version_id: int) -> dict[str, object]:
    return {"model_version_id": check_id("model_version_id", model_version_id)}


def toggle_vault_version(client: httpx.Client, model_version_id: int) -> VaultToggleResult:
    """Add a model version to the Vault, or remove it if there (POST …/toggle-version).

    Args:
        client: An `httpx.Client` sending `Authorization: Bearer <key>`.
        model_version_id: The version to add or remove.

    Returns:
        `{success, vault_id}`.

    Raises:
        AuthenticationError: No key, or an invalid one.
        CivitaiError: Any other failure.
    """
    return call(client, _TOGGLE, _prepare_toggle(model_version_id))


async def async_toggle_vault_version(
    client: httpx.AsyncClient, model_version_id: int
) -> VaultToggleResult:
    """Async twin of `toggle_vault_version`."""
    return await async_call(client, _TOGGLE, _prepare_toggle(model_version_id))
