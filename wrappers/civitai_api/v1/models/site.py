"""Site-wide lookups: Civitai's live enum lists (`get_enums`) and generation permissions
(`check_permissions`)."""

from __future__ import annotations

from collections.abc import Sequence

import httpx

from civitai_api_generated.api.enums import get_enums as _get_enums
from civitai_api_generated.api.permissions import check_permissions as _check_permissions
from civitai_api_generated.models.enums import Enums
from civitai_api_generated.models.permissions_check import PermissionsCheck
from civitai_api_generated.types import UNSET

from .._call import Operation, async_call, call, instance_of
from .._common import check_id, check_ids

__all__ = ["async_check_permissions", "async_get_enums", "check_permissions", "get_enums"]


def _accept_permissions(value: object) -> PermissionsCheck | None:
    # an empty entityIds answers [] instead of an object.
    if isinstance(value, list) and not value:
        return PermissionsCheck()
    return value if isinstance(value, PermissionsCheck) else None


_ENUMS = Operation.of(_get_enums, instance_of(Enums))
_PERMISSIONS = Operation.of(_check_permissions, _accept_permissions)


def _prepare_enums() -> dict[str, object]:
    return {}


def get_enums(client: httpx.Client) -> Enums:
    """Fetch Civitai's current value lists (GET /api/v1/enums).

    Use it to learn base models and model types newer than `civitai_api.enums`.

    Args:
        client: Any `httpx.Client`.

    Returns:
        `model_type`, `model_file_type`, `active_base_model`, `base_model`,
        `base_model_type`: lists of strings.

    Raises:
        CivitaiError: Any failure.
    """
    return call(client, _ENUMS, _prepare_enums())


async def async_get_enums(client: httpx.AsyncClient) -> Enums:
    """Async twin of `get_enums`."""
    return await async_call(client, _ENUMS, _prepare_enums())


def _prepare_permissions(entity_ids: Sequence[int], user_id: int | None) -> dict[str, object]:
    return {
        "entity_ids": check_ids("entity_ids", entity_ids),
        "user_id": UNSET if user_id is None else check_id("user_id", user_id),
    }


def check_permissions(
    client: httpx.Client, entity_ids: Sequence[int], user_id: int | None = None
) -> PermissionsCheck:
    """Ask whether model versions may be used for on-site generation (GET …/permissions/check).

    Args:
        client: Any `httpx.Client` (the key is not used by this endpoint).
        entity_ids: Model version ids.
        user_id: Check for this user instead of anonymously.

    Returns:
        A mapping of version id (as a string) to a bool: `result["127062"]`.

    Raises:
        QueryParamsError: `entity_ids` is empty or holds a non-id.
        CivitaiError: Any other failure.
    """
    return call(client, _PERMISSIONS, _prepare_permissions(entity_ids, user_id))


async def async_check_permissions(
    client: httpx.AsyncClient, entity_ids: Sequence[int], user_id: int | None = None
) -> PermissionsCheck:
    """Async twin of `check_permissions`."""
    return await async_call(client, _PERMISSIONS, _prepare_permissions(entity_ids, user_id))
