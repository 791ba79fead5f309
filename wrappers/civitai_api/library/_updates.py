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
from collections.abc import Iterable, Mapping, Sequence
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
from .._errors import plain_error
from .._exceptions import CivitaiError
from .._lookup import (
    MODELS_BATCH_SIZE,
    ModelInfo,
    async_fetch_models,
    check_update,
    chunks,
    fetch_models,
)
from ._catalog import Catalog, CatalogLike, opened
from ._options import (
    DEFAULT_MAX_AGE,
    DEFAULT_SIDECARS,
    async_client_for,
    client_for,
    is_offline,
    seconds,
)
from ._rows import ModelState, timestamp
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
    FileStatus.REMOVED: UpdateStatus.NOT_FOUND,
}
_BY_MODEL_STATE = {
    ModelState.FAILED: UpdateStatus.LOOKUP_FAILED,
    ModelState.NOT_FOUND: UpdateStatus.NOT_FOUND,
}


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
    result = dataclasses.replace(
        result, checked_at=timestamp(record.checked_at), error=record.error
    )
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


class _UpdatesJob:
    """Everything `updates` does but the requests and downloads (blocking: files, catalog)."""

    def __init__(
        self,
        db: Catalog,
        paths: Sequence[str | os.PathLike[str]],
        max_age: float,
        same_base_model: bool,
        progress: ProgressCallback | None,
    ) -> None:
        self.db = db
        self.files = _entries(db, paths)
        self.max_age = max_age
        self.same_base_model = same_base_model
        self.progress = progress
        self.failures: dict[int, str] = {}
        self.fetched: list[Path] = []

    def stale_batches(self) -> list[list[int]]:
        """The models of identified files never checked or checked before `max_age`."""
        ids = dict.fromkeys(
            e.model_id
            for e in self.files
            if isinstance(e, LibraryEntry)
            and e.status == FileStatus.IDENTIFIED
            and e.model_id is not None
        )
        stale = self.db.stale_models(ids, time.time() - self.max_age)
        return list(chunks(stale, MODELS_BATCH_SIZE))

    def record(
        self, ids: list[int], found: Mapping[int, ModelInfo] | None, failure: Exception | None
    ) -> None:
        """Store one models answer (or its failure)."""
        self.db.record_models(ids, found, failure, time.time())
        self.db.commit()
        if self.progress is not None:
            self.progress(Progress(Phase.UPDATES, files=len(self.files)))

    def results(self) -> list[UpdateResult]:
        """One result per file, from the catalog; a failed download noted on its files."""
        results = []
        for item in self.files:
            entry = self.db.get(item.path) if isinstance(item, LibraryEntry) else None
            if entry is None:
                results.append(UpdateResult(item.path, UpdateStatus.NOT_HASHED))
                continue
            result = update_result(self.db, entry, self.same_base_model)
            failed = self.failures.get(result.latest_version_id or 0)
            if failed and result.status == UpdateStatus.UPDATE_AVAILABLE:
                result = dataclasses.replace(result, error=failed)
            results.append(result)
        return results

    def downloads(self) -> dict[int, Path]:
        """Each newer version to fetch, once, into the folder of the first file it updates."""
        wanted: dict[int, Path] = {}
        for result in self.results():
            if result.status == UpdateStatus.UPDATE_AVAILABLE and result.latest_version_id:
                wanted.setdefault(result.latest_version_id, result.path.parent)
        return wanted

    def download_progress(
        self, folder: Path, done_before: int, count: int
    ) -> DownloadProgress | None:
        """A download engine callback reporting to `progress`, if any: `files` is how many
        downloads finished before this one, `total` how many there are."""
        progress = self.progress
        if progress is None:
            return None

        def report(done: int, total: int | None) -> None:
            progress(
                Progress(
                    Phase.DOWNLOAD,
                    files=done_before,
                    total=count,
                    path=folder,
                    bytes_done=done,
                    bytes_total=total,
                )
            )

        return report


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
    off = is_offline(offline)
    with opened(catalog) as db, client_for(client, off) as http:
        job = _UpdatesJob(db, list(paths), seconds(max_age), same_base_model, progress)
        if http is None:
            return job.results()
        for ids in job.stale_batches():
            try:
                job.record(ids, fetch_models(http, ids), None)
            except CivitaiError as exc:
                job.record(ids, None, exc)
        if not download:
            return job.results()
        wanted = job.downloads()
        for number, (version_id, folder) in enumerate(wanted.items()):
            try:
                fetched = download_model_version(
                    http,
                    version_id,
                    folder,
                    progress=job.download_progress(folder, number, len(wanted)),
                )
            except (CivitaiError, OSError) as exc:
                job.failures[version_id] = plain_error(exc)
            else:
                job.fetched.append(fetched.path)
        if job.fetched:
            scan(job.fetched, client=http, catalog=db, sidecars=sidecars, max_age=max_age)
        return job.results()


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
    off = is_offline(offline)
    run = anyio.to_thread.run_sync
    with opened(catalog) as db:
        async with async_client_for(client, off) as http:
            job = await run(
                _UpdatesJob, db, list(paths), seconds(max_age), same_base_model, progress
            )
            if http is None:
                return await run(job.results)
            for ids in await run(job.stale_batches):
                try:
                    found = await async_fetch_models(http, ids)
                except CivitaiError as exc:
                    await run(job.record, ids, None, exc)
                else:
                    await run(job.record, ids, found, None)
            if not download:
                return await run(job.results)
            wanted = await run(job.downloads)
            for number, (version_id, folder) in enumerate(wanted.items()):
                try:
                    fetched = await async_download_model_version(
                        http,
                        version_id,
                        folder,
                        progress=job.download_progress(folder, number, len(wanted)),
                    )
                except (CivitaiError, OSError) as exc:
                    job.failures[version_id] = plain_error(exc)
                else:
                    job.fetched.append(fetched.path)
            if job.fetched:
                await async_scan(
                    job.fetched, client=http, catalog=db, sidecars=sidecars, max_age=max_age
                )
            return await run(job.results)
