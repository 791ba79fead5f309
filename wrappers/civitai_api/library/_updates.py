"""`updates` and `async_updates`: which files have a newer version, and fetching them.

The answer comes from the catalog: the files' identities (from the last scan) and their
models' published versions. Models never checked, or checked longer than `max_age` ago,
are fetched first, 100 a request (none offline). With `download=True` each newer version
is downloaded once, next to the first file it updates, by the package's download engine
(resume, SHA256 verification); the new files are then scanned, so they enter the catalog
with their sidecars.
"""

from __future__ import annotations

import dataclasses
import datetime
import os
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

import anyio.to_thread
import httpx

from .._download import (
    ProgressCallback as DownloadProgress,
)
from .._download import (
    async_download_model_version,
    download_model_version,
)
from .._exceptions import CivitaiError
from .._lookup import (
    MODELS_BATCH_SIZE,
    ModelInfo,
    async_fetch_models,
    check_update,
    chunks,
    fetch_models,
)
from ._catalog import Catalog, CatalogLike, ModelState, opened
from ._options import (
    DEFAULT_MAX_AGE,
    DEFAULT_SIDECARS,
    async_client_for,
    client_for,
    is_offline,
    seconds,
)
from ._scan import async_scan, scan
from ._types import (
    FileStatus,
    LibraryEntry,
    Phase,
    Progress,
    ProgressCallback,
    Sidecar,
    UpdateResult,
    UpdateStatus,
)
from ._walk import Found, walk

__all__ = ["async_updates", "updates"]

_BY_FILE_STATUS = {
    FileStatus.HASHED: UpdateStatus.NOT_CHECKED,
    FileStatus.LOOKUP_FAILED: UpdateStatus.LOOKUP_FAILED,
    FileStatus.AMBIGUOUS: UpdateStatus.AMBIGUOUS,
    FileStatus.NOT_FOUND: UpdateStatus.NOT_FOUND,
}
_BY_MODEL_STATE = {
    ModelState.FAILED: UpdateStatus.LOOKUP_FAILED,
    ModelState.NOT_FOUND: UpdateStatus.NOT_FOUND,
}


def _moment(value: float | None) -> datetime.datetime | None:
    return datetime.datetime.fromtimestamp(value, datetime.UTC) if value is not None else None


def update_result(db: Catalog, entry: LibraryEntry, same_base_model: bool) -> UpdateResult:
    """The update status of one catalog entry, from the catalog alone."""
    result = UpdateResult(
        path=entry.path,
        status=UpdateStatus.NOT_HASHED,
        model_id=entry.model_id,
        model_name=entry.model_name,
        version_id=entry.version_id,
        version_name=entry.version_name,
        base_model=entry.base_model,
        error=entry.error,
    )
    if not entry.sha256 or entry.status in (FileStatus.EMPTY, FileStatus.UNREADABLE):
        return result
    if entry.status != FileStatus.IDENTIFIED:
        return dataclasses.replace(result, status=_BY_FILE_STATUS.get(entry.status, result.status))
    record = db.model(entry.model_id) if entry.model_id is not None else None
    if record is None:
        return dataclasses.replace(result, status=UpdateStatus.NOT_CHECKED)
    result = dataclasses.replace(result, checked_at=_moment(record.checked_at), error=record.error)
    if record.state in _BY_MODEL_STATE:
        return dataclasses.replace(result, status=_BY_MODEL_STATE[record.state])
    info = ModelInfo(record.model_id, record.name, record.type, record.versions)
    check = check_update(info, entry.version_id, entry.base_model, same_base_model)
    latest = check.latest
    result = dataclasses.replace(
        result,
        status=UpdateStatus.LATEST,
        latest_version_id=latest.id if latest else None,
        latest_version_name=latest.name if latest else None,
        latest_base_model=latest.base_model if latest else None,
    )
    if not check.newer or latest is None:
        return result
    downloaded = db.path_of_version(latest.id)
    if downloaded is not None:
        return dataclasses.replace(
            result, status=UpdateStatus.UPDATE_DOWNLOADED, downloaded_path=downloaded
        )
    return dataclasses.replace(result, status=UpdateStatus.UPDATE_AVAILABLE)


def _entries(db: Catalog, paths: Sequence[str | os.PathLike[str]]) -> list[LibraryEntry | Found]:
    """The files to report: those under `paths` now, else every file of the catalog. A
    file not in the catalog, or changed since it was scanned, is left as `Found`: its
    SHA256 is not known."""
    if not paths:
        return [e for e in db.entries() if e.status != FileStatus.MISSING]
    files: list[LibraryEntry | Found] = []
    for item in walk(paths):
        if isinstance(item, Found):
            entry = db.get(item.path)
            unchanged = entry is not None and (entry.size, entry.mtime_ns) == (
                item.size,
                item.mtime_ns,
            )
            files.append(entry if entry is not None and unchanged else item)
    return files


def _stale_model_batches(
    db: Catalog, entries: Iterable[LibraryEntry | Found], max_age: float
) -> list[list[int]]:
    ids = dict.fromkeys(
        e.model_id
        for e in entries
        if isinstance(e, LibraryEntry)
        and e.status == FileStatus.IDENTIFIED
        and e.model_id is not None
    )
    stale = db.stale_models(ids, time.time() - max_age)
    return list(chunks(stale, MODELS_BATCH_SIZE))


def _downloads(results: Iterable[UpdateResult]) -> dict[int, Path]:
    """Each newer version to fetch, once, into the folder of the first file it updates."""
    wanted: dict[int, Path] = {}
    for result in results:
        if result.status == UpdateStatus.UPDATE_AVAILABLE and result.latest_version_id:
            wanted.setdefault(result.latest_version_id, result.path.parent)
    return wanted


def _failed_downloads(results: list[UpdateResult], failures: dict[int, str]) -> list[UpdateResult]:
    return [
        dataclasses.replace(result, error=failures[result.latest_version_id])
        if result.status == UpdateStatus.UPDATE_AVAILABLE and result.latest_version_id in failures
        else result
        for result in results
    ]


def _download_progress(progress: ProgressCallback | None, folder: Path) -> DownloadProgress | None:
    if progress is None:
        return None

    def report(done: int, total: int | None) -> None:
        progress(Progress(Phase.DOWNLOAD, path=folder, bytes_done=done, bytes_total=total))

    return report


def _report(
    db: Catalog, files: list[LibraryEntry | Found], same_base_model: bool
) -> list[UpdateResult]:
    results = []
    for item in files:
        entry = db.get(item.path) if isinstance(item, LibraryEntry) else None
        if entry is None:
            results.append(UpdateResult(item.path, UpdateStatus.NOT_HASHED))
        else:
            results.append(update_result(db, entry, same_base_model))
    return results


def updates(
    paths: Sequence[str | os.PathLike[str]] = (),
    *,
    client: httpx.Client | None = None,
    catalog: CatalogLike = None,
    max_age: datetime.timedelta | float = DEFAULT_MAX_AGE,
    same_base_model: bool = False,
    download: bool = False,
    sidecars: Iterable[Sidecar | str] = DEFAULT_SIDECARS,
    offline: bool | None = None,
    progress: ProgressCallback | None = None,
) -> list[UpdateResult]:
    """Whether each file has a newer version on Civitai (optionally downloading them).

    Files are known to this function through `scan`: run it first for new files (they are
    reported as not hashed). Models whose versions are unknown or older than `max_age`
    are fetched first, 100 a request.

    Args:
        paths: Only the model files under these paths (default: every file of the catalog).
        client: The `httpx.Client` for Civitai (built from the environment when None).
        catalog: A `Catalog` or its database path (None: the default catalog).
        max_age: How long a model's versions stay valid (default 24 hours).
        same_base_model: Only versions on the file's base model count as updates.
        download: Download each newer version next to the file it updates, verified; it
            is then scanned (sidecars written) and the file reported `update-downloaded`.
        sidecars: The sidecars to write for downloaded files (see `scan`).
        offline: Answer from the catalog alone (default: `$CIVITAI_OFFLINE`).
        progress: Called with a `Progress` after each request and during downloads.

    Returns:
        One `UpdateResult` per file.
    """
    paths = list(paths)
    off = is_offline(offline)
    with opened(catalog) as db, client_for(client, off) as http:
        entries = _entries(db, paths)
        if http is not None:
            for ids in _stale_model_batches(db, entries, seconds(max_age)):
                try:
                    found, failure = fetch_models(http, ids), None
                except CivitaiError as exc:
                    found, failure = None, exc
                db.record_models(ids, found, failure, time.time())
                db.commit()
                if progress is not None:
                    progress(Progress(Phase.UPDATES, files=len(entries)))
        results = _report(db, entries, same_base_model)
        if not download or http is None:
            return results
        fetched, failures = [], {}
        for version_id, folder in _downloads(results).items():
            try:
                result = download_model_version(
                    http, version_id, folder, progress=_download_progress(progress, folder)
                )
            except (CivitaiError, OSError) as exc:
                failures[version_id] = str(exc)
            else:
                fetched.append(result.path)
        if fetched:
            scan(fetched, client=http, catalog=db, sidecars=sidecars, max_age=max_age)
        return _failed_downloads(_report(db, entries, same_base_model), failures)


async def async_updates(
    paths: Sequence[str | os.PathLike[str]] = (),
    *,
    client: httpx.AsyncClient | None = None,
    catalog: CatalogLike = None,
    max_age: datetime.timedelta | float = DEFAULT_MAX_AGE,
    same_base_model: bool = False,
    download: bool = False,
    sidecars: Iterable[Sidecar | str] = DEFAULT_SIDECARS,
    offline: bool | None = None,
    progress: ProgressCallback | None = None,
) -> list[UpdateResult]:
    """Async twin of `updates` (asyncio or trio), taking an `httpx.AsyncClient`."""
    paths = list(paths)
    off = is_offline(offline)
    run = anyio.to_thread.run_sync
    with opened(catalog) as db:
        async with async_client_for(client, off) as http:
            entries = await run(_entries, db, paths)
            if http is not None:
                batches = await run(_stale_model_batches, db, entries, seconds(max_age))
                for ids in batches:
                    try:
                        found, failure = await async_fetch_models(http, ids), None
                    except CivitaiError as exc:
                        found, failure = None, exc
                    await run(db.record_models, ids, found, failure, time.time())
                    await run(db.commit)
                    if progress is not None:
                        progress(Progress(Phase.UPDATES, files=len(entries)))
            results = await run(_report, db, entries, same_base_model)
            if not download or http is None:
                return results
            fetched, failures = [], {}
            for version_id, folder in _downloads(results).items():
                try:
                    result = await async_download_model_version(
                        http, version_id, folder, progress=_download_progress(progress, folder)
                    )
                except (CivitaiError, OSError) as exc:
                    failures[version_id] = str(exc)
                else:
                    fetched.append(result.path)
            if fetched:
                await async_scan(
                    fetched, client=http, catalog=db, sidecars=sidecars, max_age=max_age
                )
            return _failed_downloads(await run(_report, db, entries, same_base_model), failures)
