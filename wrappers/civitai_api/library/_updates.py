"""`updates` and `async_updates`: which files have a newer version, and fetching them.

The answer comes from the catalog: the files' identities (from the last scan) and their
models' published versions with their files. Models never checked, or checked longer than
`max_age` ago, are fetched first, 100 a request (none offline). The decisions (which newer
version, which of its files, early access) are the pure functions of `_update_choice.py`;
everything else but the requests and downloads is `UpdatesJob` (`_update_job.py`), which
both drivers here share.

With `download=True` each chosen file is downloaded once, `jobs` at a time, next to the
first file it updates, by the package's download engine (resume, SHA256 verification); the
new files are then scanned (catalog and sidecars), and only then are the old files retired.
"""

from __future__ import annotations

import datetime
import os
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor, wait

import anyio.to_thread
import httpx

from .._concurrency import map_concurrently
from .._download import async_download_model_version, download_model_version
from .._exceptions import CivitaiError
from .._lookup import async_fetch_models, fetch_models
from ..v1.models.models import async_get_model_by_versionId, get_model_by_versionId
from ._catalog import CatalogLike, opened
from ._options import (
    DEFAULT_MAX_AGE,
    DEFAULT_SIDECARS,
    async_client_for,
    client_for,
    is_offline,
    seconds,
)
from ._retire import parse_retire
from ._scan import async_scan, scan
from ._types import ProgressCallback, Retire, Sidecar, UpdateResult
from ._update_job import Fetch, Options, UpdatesJob

__all__ = ["async_updates", "updates"]


def _checked(
    any_base_model: bool,
    same_base_model: bool | None,
    include_early_access: bool,
    retire: Retire | str,
    dry_run: bool,
    jobs: int,
) -> Options:
    if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 1:
        raise ValueError(f"jobs must be an int >= 1, got {jobs!r}")
    action, folder = parse_retire(retire)
    if same_base_model is False:
        any_base_model = True
    return Options(any_base_model, include_early_access, action, folder, dry_run)


def updates(
    paths: Sequence[str | os.PathLike[str]] = (),
    *,
    client: httpx.Client | None = None,
    catalog: CatalogLike = None,
    max_age: datetime.timedelta | float = DEFAULT_MAX_AGE,
    any_base_model: bool = False,
    same_base_model: bool | None = None,
    include_early_access: bool = False,
    types: Iterable[str] = (),
    base_models: Iterable[str] = (),
    only: Iterable[int] = (),
    download: bool = False,
    jobs: int = 1,
    retire: Retire | str = Retire.KEEP,
    dry_run: bool = False,
    sidecars: Iterable[Sidecar | str] = DEFAULT_SIDECARS,
    offline: bool | None = None,
    progress: ProgressCallback | None = None,
) -> list[UpdateResult]:
    """Whether each file has a newer version on Civitai (optionally downloading them).

    Files are known to this function through `scan`: run it first for new files (they are
    reported as not hashed). Models whose versions are unknown or older than `max_age`
    are fetched first, 100 a request.

    A newer version counts when it is on the file's base model (`any_base_model` widens
    that; a file with newer versions on other base models only is `other-base-model`). Of
    the newer version, the file matching the installed one is chosen (same type, format,
    precision, size), else its primary file. A version still behind early or paid access
    is `early-access` and not downloaded, unless `include_early_access`.

    Args:
        paths: Only the model files under these paths (default: every file of the catalog).
        client: The `httpx.Client` for Civitai (built from the environment when None).
        catalog: A `Catalog` or its database path (None: the default catalog).
        max_age: How long a model's versions stay valid (default 24 hours).
        any_base_model: Newer versions on any base model count as updates.
        same_base_model: Accepted for compatibility (the default); False means
            `any_base_model`.
        include_early_access: Download versions still in early access too (Civitai
            answers 403 without access: the file is reported `failed`).
        types, base_models, only: Only files of these model types, base models (case
            aside) or model ids.
        download: Download each chosen file, verified, next to the first file it updates;
            the new files are scanned (sidecars written); files report `downloaded`, or
            `failed` with the reason.
        jobs: Downloads at the same time.
        retire: What to do with an old file once its update is verified on disk: `keep`,
            `move:DIR` (with its sidecars and previews, at its place below the library's
            root under DIR; the root is the folder of `paths` holding it, else the folder
            holding every file of the catalog) or `delete`. Never done when the download
            failed. An update with the old file's name is downloaded into
            `.civitai-update/` beside it and takes its place once it is retired (with
            `keep` it is `failed`, not downloaded).
        dry_run: Report what would be downloaded and retired; download and retire nothing.
        sidecars: The sidecars to write for downloaded files (see `scan`).
        offline: Answer from the catalog alone (default: `$CIVITAI_OFFLINE`).
        progress: Called with a `Progress` after each request and during downloads (`path`
            is the file being downloaded, `files` how many downloads finished, `total` how
            many there are).

    Returns:
        One `UpdateResult` per file.

    Raises:
        ValueError: `jobs` below 1, or a `retire` that is not keep, move:DIR or delete.
    """
    off = is_offline(offline)
    options = _checked(any_base_model, same_base_model, include_early_access, retire, dry_run, jobs)
    filters = _filters(types, base_models, only)
    with opened(catalog) as db, client_for(client, off) as http:
        job = UpdatesJob(db, list(paths), seconds(max_age), options, filters, progress)
        if http is not None:
            for ids in job.stale_batches():
                try:
                    job.record(ids, fetch_models(http, ids), None)
                except CivitaiError as exc:
                    job.record(ids, None, exc)
        fetches = job.plan()
        if http is None or not download:
            job.results()
            return job.retire()
        job.announce()
        _download_in_threads(http, job, fetches, jobs)
        if job.fetched_paths():
            scan(job.fetched_paths(), client=http, catalog=db, sidecars=sidecars, max_age=max_age)
        job.results()
        return job.retire()


def _download_in_threads(
    http: httpx.Client, job: UpdatesJob, fetches: list[Fetch], jobs: int
) -> None:
    """The sync driver's downloads, `jobs` threads at a time. Ctrl-C stops every thread at
    its next piece of data (each keeps its `.part`)."""

    def one(fetch: Fetch) -> None:
        try:
            version = get_model_by_versionId(http, fetch.version_id)
            args = job.download_args(fetch, version)
            result = download_model_version(http, fetch.version_id, **args)
        except (CivitaiError, OSError) as exc:
            job.done(fetch, None, exc)
        else:
            job.done(fetch, result, None)

    with ThreadPoolExecutor(jobs, "civitai-update") as pool:
        futures = [pool.submit(one, fetch) for fetch in fetches]
        try:
            wait(futures)
        except BaseException:
            job.stop.set()
            for future in futures:
                future.cancel()
            raise
    for future in futures:  # anything but a failed download (a bug, Ctrl-C) goes on up
        if (error := future.exception()) is not None:
            raise error


def _filters(
    types: Iterable[str], base_models: Iterable[str], only: Iterable[int]
) -> tuple[set[str], set[str], set[int]]:
    return (
        {value.casefold() for value in types},
        {value for value in base_models},
        {int(value) for value in only},
    )


async def async_updates(
    paths: Sequence[str | os.PathLike[str]] = (),
    *,
    client: httpx.AsyncClient | None = None,
    catalog: CatalogLike = None,
    max_age: datetime.timedelta | float = DEFAULT_MAX_AGE,
    any_base_model: bool = False,
    same_base_model: bool | None = None,
    include_early_access: bool = False,
    types: Iterable[str] = (),
    base_models: Iterable[str] = (),
    only: Iterable[int] = (),
    download: bool = False,
    jobs: int = 1,
    retire: Retire | str = Retire.KEEP,
    dry_run: bool = False,
    sidecars: Iterable[Sidecar | str] = DEFAULT_SIDECARS,
    offline: bool | None = None,
    progress: ProgressCallback | None = None,
) -> list[UpdateResult]:
    """Async twin of `updates` (asyncio or trio), taking an `httpx.AsyncClient`; downloads
    run as `jobs` tasks, and cancelling it (Ctrl-C) keeps every `.part`."""
    off = is_offline(offline)
    options = _checked(any_base_model, same_base_model, include_early_access, retire, dry_run, jobs)
    filters = _filters(types, base_models, only)
    run = anyio.to_thread.run_sync
    with opened(catalog) as db:
        async with async_client_for(client, off) as http:
            job = await run(
                UpdatesJob, db, list(paths), seconds(max_age), options, filters, progress
            )
            if http is not None:
                for ids in await run(job.stale_batches):
                    try:
                        found = await async_fetch_models(http, ids)
                    except CivitaiError as exc:
                        await run(job.record, ids, None, exc)
                    else:
                        await run(job.record, ids, found, None)
            fetches = await run(job.plan)
            if http is None or not download:
                await run(job.results)
                return await run(job.retire)

            async def one(fetch: Fetch) -> None:
                try:
                    version = await async_get_model_by_versionId(http, fetch.version_id)
                    args = job.download_args(fetch, version)
                    result = await async_download_model_version(http, fetch.version_id, **args)
                except (CivitaiError, OSError) as exc:
                    job.done(fetch, None, exc)
                else:
                    job.done(fetch, result, None)

            job.announce()
            await map_concurrently(one, fetches, limit=jobs)
            fetched = job.fetched_paths()
            if fetched:
                await async_scan(
                    fetched, client=http, catalog=db, sidecars=sidecars, max_age=max_age
                )
            await run(job.results)
            return await run(job.retire)
