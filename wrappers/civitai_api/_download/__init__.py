"""Download a model version's file: `download_model_version` and its async twin."""

from __future__ import annotations

import os

import httpx

from civitai_api_generated.models.model_version_detail import ModelVersionDetail

from .._exceptions import QueryParamsError
from ..v1.models.models import async_get_model_by_versionId, get_model_by_versionId
from . import engine, engine_async
from .job import DownloadResult, Job, ProgressCallback
from .metadata import file_info, version_files
from .naming import safety_note
from .plan import (
    FileCriteria,
    FileInfo,
    FileSelectionError,
    UnsafeFileError,
    find_file,
    scan_summary,
    scan_verdict,
    select_file,
)

__all__ = [
    "DownloadResult",
    "FileInfo",
    "FileSelectionError",
    "ProgressCallback",
    "UnsafeFileError",
    "async_download_model_version",
    "download_model_version",
    "file_info",
    "find_file",
    "safety_note",
    "scan_summary",
    "scan_verdict",
    "select_file",
    "version_files",
]


def _known_version(
    version: ModelVersionDetail | None, model_version_id: int
) -> ModelVersionDetail | None:
    """The version metadata the caller already fetched, checked to be the right one."""
    if version is not None and version.id != model_version_id:
        raise QueryParamsError(
            f"version holds model version {version.id}, not {model_version_id}",
            param="version",
        )
    return version


def _job(
    base_url: httpx.URL,
    version: ModelVersionDetail,
    criteria: FileCriteria,
    dest_dir: str | os.PathLike[str],
    verify: bool,
    resume: bool,
    overwrite: bool,
    connections: int,
    progress: ProgressCallback | None,
    allow_unscanned: bool,
) -> Job:
    """The download both drivers run, planned from the version's metadata."""
    return Job.prepare(
        base_url=base_url,
        version_id=version.id,
        files=version_files(version),
        criteria=criteria,
        dest_dir=dest_dir,
        verify=verify,
        resume=resume,
        overwrite=overwrite,
        connections=connections,
        progress=progress,
        allow_unscanned=allow_unscanned,
    )


def download_model_version(
    client: httpx.Client,
    model_version_id: int,
    dest_dir: str | os.PathLike[str] = ".",
    *,
    file_id: int | None = None,
    type: str | None = None,
    format: str | None = None,
    size: str | None = None,
    fp: str | None = None,
    quant_type: str | None = None,
    verify: bool = True,
    resume: bool = True,
    overwrite: bool = False,
    progress: ProgressCallback | None = None,
    connections: int = 1,
    version: ModelVersionDetail | None = None,
    allow_unscanned: bool = False,
) -> DownloadResult:
    """Download one file of a model version, verified, into `dest_dir`.

    The file is chosen by `file_id`, else by the metadata filters (`type`, `format`, `size`,
    `fp`, `quant_type`), else the version's primary file; its size and SHA256 come from
    `GET /api/v1/model-versions/{id}`. Bytes stream into `<name>.part`, hashed as they are
    written, and the file is renamed into place only once size and SHA256 match. The API key
    (the client's `Authorization` header) is sent to Civitai's hosts only, never to the
    storage host the download redirects to.

    Interrupted downloads resume: a dropped connection is resumed at once (a few times in a
    row at most), and a later call continues an existing `.part`. A failed download keeps its
    `.part` when it holds bytes; an error page is never written.

    Args:
        client: An `httpx.Client` carrying the API key (most files need one).
        model_version_id: The model version's id.
        dest_dir: The folder to save into (created if missing).
        file_id: The exact file to fetch (see `FileInfo.describe` in the selection error).
        type: File type filter: `Model`, `Pruned Model`, `VAE`, `Training Data`, ...
        format: `SafeTensor`, `PickleTensor`, `GGUF`, ...
        size: `full` or `pruned`.
        fp: `fp16`, `fp32`, `bf16`, `fp8`, ...
        quant_type: GGUF quantisation, e.g. `Q4_K_M`.
        verify: Check size and SHA256 against Civitai's (turn off for files Civitai lists
            with a wrong hash).
        resume: Continue an existing `.part` file instead of starting over.
        overwrite: Replace a different file that already has the target name.
        progress: Called as `progress(bytes_done, bytes_total)` as data arrives
            (`bytes_total` is None when unknown).
        connections: Fetch a large file as this many concurrent range requests when the
            server supports ranges. Data is still written and hashed in order, read once.
        version: The version's metadata (`get_model_by_versionId`), when already fetched:
            it is not fetched again.
        allow_unscanned: Download the file even when Civitai's virus or pickle scan says
            `Danger` or `Error`, or has not finished (`Pending`); without it such a file
            raises `UnsafeFileError` before any byte is requested.

    Returns:
        A `DownloadResult` (path, ids, size, hashes, whether it was already there or resumed).

    Raises:
        FileSelectionError: The version has no such file (the message lists its files).
        UnsafeFileError: Civitai's scans flagged the file or have not finished (see
            `allow_unscanned`); nothing was downloaded.
        AuthenticationError: 401, or a redirect to the login page: a key is needed, or the
            creator disabled downloads.
        EarlyAccessError: 403 for a file in early access (`deadline` set when known).
        PermissionDeniedError: Any other 403.
        NotFoundError: 404 / 410 (also a `FileNotFoundError`).
        RateLimitError: 429 (also a `ConnectionAbortedError`).
        HashMismatchError: Size or SHA256 differ; the `.part` is kept at `error.path`, and
            the next call discards it and downloads again.
        ResumeNotSupportedError: A range answer that cannot be trusted.
        DownloadError: Any other reason the file cannot be saved safely.
        APIConnectionError: The connection kept failing without progress.

    Example:
        >>> with civitai_api.build_client() as client:  # doctest: +SKIP
        ...     result = civitai_api.download_model_version(client, 128713, "models/")
        ...     print(result.path, result.sha256)
    """
    version = _known_version(version, model_version_id) or get_model_by_versionId(
        client, model_version_id
    )
    criteria = FileCriteria(file_id, type, format, size, fp, quant_type)
    job = _job(
        client.base_url,
        version,
        criteria,
        dest_dir,
        verify,
        resume,
        overwrite,
        connections,
        progress,
        allow_unscanned,
    )
    return engine.run(client, job)


async def async_download_model_version(
    client: httpx.AsyncClient,
    model_version_id: int,
    dest_dir: str | os.PathLike[str] = ".",
    *,
    file_id: int | None = None,
    type: str | None = None,
    format: str | None = None,
    size: str | None = None,
    fp: str | None = None,
    quant_type: str | None = None,
    verify: bool = True,
    resume: bool = True,
    overwrite: bool = False,
    progress: ProgressCallback | None = None,
    connections: int = 1,
    version: ModelVersionDetail | None = None,
    allow_unscanned: bool = False,
) -> DownloadResult:
    """Async twin of `download_model_version` (asyncio or trio), taking an `httpx.AsyncClient`.

    File writes and hashing run in worker threads; the event loop only receives data.
    """
    version = _known_version(version, model_version_id) or await async_get_model_by_versionId(
        client, model_version_id
    )
    criteria = FileCriteria(file_id, type, format, size, fp, quant_type)
    job = _job(
        client.base_url,
        version,
        criteria,
        dest_dir,
        verify,
        resume,
        overwrite,
        connections,
        progress,
        allow_unscanned,
    )
    return await engine_async.async_run(client, job)
