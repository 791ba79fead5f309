"""Model versions in bulk and in brief: identify files by SHA256, read a version's summary.

`get_model_by_versionId` and `get_model_by_hash` (one version) come from the original
`civitai_api` and live in `civitai_api.v1.models.models`.
"""

from __future__ import annotations

from collections.abc import Sequence

import httpx

from civitai_api_generated.api.model_versions import get_model_version_ids_by_hashes as _ids_api
from civitai_api_generated.api.model_versions import get_model_version_mini as _mini_api
from civitai_api_generated.api.model_versions import get_model_versions_by_hashes as _hashes_api
from civitai_api_generated.models.hash_match import HashMatch
from civitai_api_generated.models.model_version_detail import ModelVersionDetail
from civitai_api_generated.models.model_version_mini import ModelVersionMini
from civitai_api_generated.types import UNSET

from ..._constants import BY_HASH_BATCH_SIZE
from .._call import Operation, async_call, call, instance_of, list_of
from .._common import check_hashes, check_id

__all__ = [
    "async_get_model_version_ids_by_hashes",
    "async_get_model_version_mini",
    "async_get_model_versions_by_hashes",
    "get_model_version_ids_by_hashes",
    "get_model_version_mini",
    "get_model_versions_by_hashes",
]

# how many hashes one request may carry.
MAX_HASHES_PER_LOOKUP = BY_HASH_BATCH_SIZE
MAX_HASHES_PER_ID_LOOKUP = 10_000

_BY_HASHES = Operation.of(_hashes_api, list_of(ModelVersionDetail))
_IDS_BY_HASHES = Operation.of(_ids_api, list_of(HashMatch))
_MINI = Operation.of(_mini_api, instance_of(ModelVersionMini))


def _prepare_by_hashes(hashes: Sequence[str]) -> dict[str, object]:
    return {"body": check_hashes("hashes", hashes, at_most=MAX_HASHES_PER_LOOKUP)}


def get_model_versions_by_hashes(
    client: httpx.Client, hashes: Sequence[str]
) -> list[ModelVersionDetail]:
    """Look up to 100 files up by SHA256 in one request (POST /api/v1/model-versions/by-hash).

    Args:
        client: Any `httpx.Client`.
        hashes: 1 to 100 SHA256 hashes (64 hex digits, any case).

    Returns:
        One model version per matching file (a version may repeat); unknown hashes are
        silently left out.

    Raises:
        QueryParamsError: A hash is not a SHA256, or there are none or more than 100.
        CivitaiError: Any other failure.
    """
    return call(client, _BY_HASHES, _prepare_by_hashes(hashes))


async def async_get_model_versions_by_hashes(
    client: httpx.AsyncClient, hashes: Sequence[str]
) -> list[ModelVersionDetail]:
    """Async twin of `get_model_versions_by_hashes`."""
    return await async_call(client, _BY_HASHES, _prepare_by_hashes(hashes))


def _prepare_ids_by_hashes(hashes: Sequence[str]) -> dict[str, object]:
    return {"body": check_hashes("hashes", hashes, at_most=MAX_HASHES_PER_ID_LOOKUP)}


def get_model_version_ids_by_hashes(client: httpx.Client, hashes: Sequence[str]) -> list[HashMatch]:
    """Map up to 10,000 SHA256 hashes to version and model ids (POST …/by-hash/ids).

    Args:
        client: Any `httpx.Client`.
        hashes: 1 to 10,000 SHA256 hashes (64 hex digits, any case).

    Returns:
        One `{model_version_id, model_id, hash}` per matching file; unknown hashes are left out.

    Raises:
        QueryParamsError: A hash is not a SHA256, or there are none or too many.
        CivitaiError: Any other failure.
    """
    return call(client, _IDS_BY_HASHES, _prepare_ids_by_hashes(hashes))


async def async_get_model_version_ids_by_hashes(
    client: httpx.AsyncClient, hashes: Sequence[str]
) -> list[HashMatch]:
    """Async twin of `get_model_version_ids_by_hashes`."""
    return await async_call(client, _IDS_BY_HASHES, _prepare_ids_by_hashes(hashes))


def _prepare_mini(model_version_id: int, model_file_id: int | None) -> dict[str, object]:
    return {
        "model_version_id": check_id("model_version_id", model_version_id),
        "model_file_id": UNSET
        if model_file_id is None
        else check_id("model_file_id", model_file_id),
    }


def get_model_version_mini(
    client: httpx.Client, model_version_id: int, model_file_id: int | None = None
) -> ModelVersionMini:
    """Fetch a version's summary: AIR, file, hashes, download URLs (GET …/mini/{id}).

    Args:
        client: Any `httpx.Client`.
        model_version_id: The version's id.
        model_file_id: Describe this file of the version instead of its primary file.

    Returns:
        The summary.

    Raises:
        NotFoundError: No such version or file.
        CivitaiError: Any other failure.
    """
    return call(client, _MINI, _prepare_mini(model_version_id, model_file_id))


async def async_get_model_version_mini(
    client: httpx.AsyncClient, model_version_id: int, model_file_id: int | None = None
) -> ModelVersionMini:
    """Async twin of `get_model_version_mini`."""
    return await async_call(client, _MINI, _prepare_mini(model_version_id, model_file_id))
