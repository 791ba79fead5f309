"""Find the model versions a `DownloadTarget` names: the version itself, or a model's latest
(or every) version, with their full metadata ready for `download_model_version(version=...)`.
"""

from __future__ import annotations

import httpx

from civitai_api_generated.models.model import Model
from civitai_api_generated.models.model_version_detail import ModelVersionDetail

from ._exceptions import NotFoundError
from ._targets import DownloadTarget
from .v1 import (
    async_get_model_by_id,
    async_get_model_by_versionId,
    get_model_by_id,
    get_model_by_versionId,
)

__all__ = ["async_resolve_target", "resolve_target", "version_ids_of"]


def version_ids_of(model: Model, *, all_versions: bool = False) -> list[int]:
    """A model's latest version id (a one-item list), or all its version ids, newest first.

    Civitai orders versions by `index`, 0 being the one shown first (normally the newest).

    Raises:
        NotFoundError: The model lists no version (none published).
    """
    ordered = sorted(
        model.model_versions,
        key=lambda version: version.index if isinstance(version.index, int) else 1 << 30,
    )
    if not ordered:
        raise NotFoundError(f"Model {model.id} ({model.name}) has no published version")
    ids = [version.id for version in ordered]
    return ids if all_versions else ids[:1]


def _model_instead(
    error: NotFoundError, target: DownloadTarget, model: Model | None
) -> NotFoundError:
    """The error for a bare id that is no version: better when it is a model's id."""
    if model is None:
        return error
    return NotFoundError(
        f"There is no model version {target.version_id}, but there is a model "
        f"{model.id} ({model.name}): name it as a model to get its latest version "
        f"(on the command line: --model {model.id})",
        status_code=error.status_code,
        method=error.method,
        url=error.url,
    )


def _is_bare_id(target: DownloadTarget) -> bool:
    return target.model_id is None and target.text.strip().isdigit()


def resolve_target(
    client: httpx.Client, target: DownloadTarget, *, all_versions: bool = False
) -> list[ModelVersionDetail]:
    """The versions a target names, with full metadata.

    Args:
        client: Any `httpx.Client`.
        target: From `parse_target` (or built by hand).
        all_versions: For a target naming a model, every version instead of the latest.

    Returns:
        The versions, newest first.

    Raises:
        NotFoundError: The version or model does not exist. A bare id that is no version but
            is a model's id says so.
        CivitaiError: Any other failure.
    """
    if target.version_id is not None:
        try:
            return [get_model_by_versionId(client, target.version_id)]
        except NotFoundError as error:
            if not _is_bare_id(target):
                raise
            try:
                model: Model | None = get_model_by_id(client, target.version_id)
            except NotFoundError:
                model = None
            raise _model_instead(error, target, model) from error
    assert target.model_id is not None  # parse_target names a model or a version
    found = get_model_by_id(client, target.model_id)
    ids = version_ids_of(found, all_versions=all_versions)
    return [get_model_by_versionId(client, version_id) for version_id in ids]


async def async_resolve_target(
    client: httpx.AsyncClient, target: DownloadTarget, *, all_versions: bool = False
) -> list[ModelVersionDetail]:
    """Async twin of `resolve_target`."""
    if target.version_id is not None:
        try:
            return [await async_get_model_by_versionId(client, target.version_id)]
        except NotFoundError as error:
            if not _is_bare_id(target):
                raise
            try:
                model: Model | None = await async_get_model_by_id(client, target.version_id)
            except NotFoundError:
                model = None
            raise _model_instead(error, target, model) from error
    assert target.model_id is not None  # parse_target names a model or a version
    found = await async_get_model_by_id(client, target.model_id)
    ids = version_ids_of(found, all_versions=all_versions)
    return [await async_get_model_by_versionId(client, version_id) for version_id in ids]
