"""`scan` and `async_scan`: thin drivers around `ScanJob`, which does everything but the
requests."""

from __future__ import annotations

import datetime
import functools
import os
from collections.abc import Iterable

import anyio.to_thread
import httpx

from .._concurrency import map_concurrently
from .._constants import IDENTIFY_CONCURRENCY
from .._exceptions import CivitaiError
from .._lookup import async_fetch_models, async_lookup_hashes, fetch_models, lookup_hashes
from ..v1 import async_images, images
from ._catalog import CatalogLike, opened
from ._examples import ExampleImage, ExampleTask
from ._known import A1111Cache
from ._options import (
    DEFAULT_MAX_AGE,
    DEFAULT_MAX_PREVIEW_NSFW,
    DEFAULT_RECHECK_NOT_FOUND,
    DEFAULT_SIDECARS,
    async_client_for,
    client_for,
    is_offline,
    seconds,
    sidecar_kinds,
)
from ._preview import PreviewTask, async_fetch_image, fetch_image
from ._scan_job import ScanJob, ScanOptions
from ._types import ProgressCallback, ScanReport, Sidecar

__all__ = ["async_scan", "scan"]

# The async scan hands the walk to a worker thread this many files at a time, so that it
# can be cancelled between steps.
_ASYNC_STEP = 16
# Failures of one preview image: reported on the file, never fatal.
_IMAGE_ERRORS = (httpx.HTTPError, OSError)


def _options(
    sidecars: Iterable[Sidecar | str],
    max_age: datetime.timedelta | float,
    check_updates: bool,
    offline: bool | None,
    a1111_cache: str | os.PathLike[str] | None,
    max_preview_nsfw: int,
    recheck_not_found: datetime.timedelta | float,
    examples: int,
) -> ScanOptions:
    if examples < 0:
        raise ValueError(f"examples must not be negative, got {examples!r}")
    return ScanOptions(
        sidecars=sidecar_kinds(sidecars),
        max_age=seconds(max_age),
        check_updates=check_updates,
        offline=is_offline(offline),
        max_preview_nsfw=int(max_preview_nsfw),
        a1111=A1111Cache(a1111_cache) if a1111_cache is not None else None,
        recheck_not_found=seconds(recheck_not_found),
        examples=int(examples),
    )


def scan(
    paths: Iterable[str | os.PathLike[str]],
    *,
    client: httpx.Client | None = None,
    catalog: CatalogLike = None,
    sidecars: Iterable[Sidecar | str] = DEFAULT_SIDECARS,
    max_age: datetime.timedelta | float = DEFAULT_MAX_AGE,
    check_updates: bool = True,
    offline: bool | None = None,
    a1111_cache: str | os.PathLike[str] | None = None,
    max_preview_nsfw: int = DEFAULT_MAX_PREVIEW_NSFW,
    recheck_not_found: datetime.timedelta | float = DEFAULT_RECHECK_NOT_FOUND,
    examples: int = 0,
    progress: ProgressCallback | None = None,
) -> ScanReport:
    """Find, hash and identify the model files under `paths`, write their sidecars, and
    record everything in the catalog.

    Model files are `.safetensors`, `.ckpt`, `.pt`, `.pth`, `.bin`, `.gguf`, `.sft` and
    `.onnx` (never `.part`); symbolic links pointing outside `paths`, link loops, empty and
    unreadable files are reported in `problems`, never fatal. A file whose size and
    modification time match the catalog is not read again; a new one takes its SHA256 from
    the hash cache, from a sidecar or A1111's cache (recorded as a hint with its source), or
    from its bytes. Files are identified 100 hashes a request (`POST
    /model-versions/by-hash`), then their models are checked for newer versions 100 a
    request (`GET /models?ids=`): about N/100 + K/100 requests for N files of K models, and
    none for files and models checked less than `max_age` ago (a SHA256 Civitai did not know:
    less than `recheck_not_found` ago).

    What was known is never lost: a failed lookup leaves a known file's status, identity and
    sidecars as they were (the failure is kept in `error`, `error_at`); a file whose version
    is gone from Civitai becomes `removed` (identity and sidecars kept, `removed_at` the day
    it was first seen gone), and `identified` again if it comes back.

    Stopping it (Ctrl-C) keeps everything hashed and identified so far: the next scan
    continues from there.

    Args:
        paths: Files and folders to scan.
        client: The `httpx.Client` for Civitai (one is built from the environment when
            None and a request is needed).
        catalog: A `Catalog`, or the path of its database (default: `$CIVITAI_CATALOG`,
            else `catalog.sqlite3` in the package's data folder).
        sidecars: Which sidecars to write for identified files: `civitai-info`, `preview`,
            `a1111`, `cm-info` (`Sidecar` members or names; default civitai-info and
            preview).
        max_age: How long a lookup stays valid (default 24 hours; 0 asks again).
        check_updates: Also fetch the files' models to know their newest versions.
        offline: Send nothing: hash and record only (default: `$CIVITAI_OFFLINE`).
        a1111_cache: A1111's `cache.json`, to import the SHA256 it already computed.
        max_preview_nsfw: The highest NSFW level a preview may have (Civitai's bits:
            1 PG, 2 PG-13, 4 R, 8 X, 16 XXX; default 2).
        recheck_not_found: How long a "not on Civitai" answer stays valid (default 7 days).
        examples: Save up to this many example images of each identified file's version,
            with their generation data, in `<base>.examples/` (`<image id>.<ext>` and
            `examples.json`); videos and images above `max_preview_nsfw` are skipped, and
            a rerun fetches nothing already saved (default 0: none).
        progress: Called with a `Progress` after each file and each request.

    Returns:
        A `ScanReport`: counts, statuses, requests sent and problems.

    Raises:
        ValueError: An unknown sidecar name or a negative `max_age`.
        sqlite3.Error: The catalog cannot be opened or written.

    Example:
        >>> report = civitai_api.library.scan(["models/Lora"], sidecars=["civitai-info"])
        >>> report.statuses
    """
    options = _options(
        sidecars,
        max_age,
        check_updates,
        offline,
        a1111_cache,
        max_preview_nsfw,
        recheck_not_found,
        examples,
    )
    with opened(catalog) as db, client_for(client, options.offline) as http:
        job = ScanJob(db, paths, options, progress)
        try:
            while (batch := job.next_batch()) is not None:
                assert http is not None  # batches come only when online
                try:
                    found = lookup_hashes(http, list(batch))
                except CivitaiError as exc:
                    job.apply_lookup(batch, None, exc)
                    continue
                for task in job.apply_lookup(batch, found):
                    _fetch_preview(http, job, task)
            while (example_tasks := job.next_example_tasks()) is not None:
                assert http is not None
                for example in example_tasks:
                    _fetch_examples(http, job, example)
            while (ids := job.next_update_batch()) is not None:
                assert http is not None
                try:
                    job.apply_models(ids, fetch_models(http, ids), None)
                except CivitaiError as exc:
                    job.apply_models(ids, None, exc)
            return job.report()
        finally:
            job.close()


def _fetch_examples(client: httpx.Client, job: ScanJob, task: ExampleTask) -> None:
    try:
        page = images(client, job.examples_query(task))
    except CivitaiError as exc:
        job.apply_examples(task, None, exc)
        return
    downloads = job.apply_examples(task, [item.to_dict() for item in page.items], None)
    for image in downloads or ():
        try:
            data = fetch_image(client, image.url)
        except _IMAGE_ERRORS as exc:
            job.save_example(image, None, exc)
        else:
            job.save_example(image, data, None)
    job.finish_examples(task)


def _fetch_preview(client: httpx.Client, job: ScanJob, task: PreviewTask) -> None:
    try:
        data = fetch_image(client, task.url)
    except _IMAGE_ERRORS as exc:
        job.save_preview(task, None, exc)
    else:
        job.save_preview(task, data, None)


async def async_scan(
    paths: Iterable[str | os.PathLike[str]],
    *,
    client: httpx.AsyncClient | None = None,
    catalog: CatalogLike = None,
    sidecars: Iterable[Sidecar | str] = DEFAULT_SIDECARS,
    max_age: datetime.timedelta | float = DEFAULT_MAX_AGE,
    check_updates: bool = True,
    offline: bool | None = None,
    a1111_cache: str | os.PathLike[str] | None = None,
    max_preview_nsfw: int = DEFAULT_MAX_PREVIEW_NSFW,
    recheck_not_found: datetime.timedelta | float = DEFAULT_RECHECK_NOT_FOUND,
    examples: int = 0,
    progress: ProgressCallback | None = None,
) -> ScanReport:
    """Async twin of `scan` (asyncio or trio), taking an `httpx.AsyncClient`.

    Files, hashing and the catalog are handled in worker threads, where `progress` is called
    too (one call at a time); preview images are fetched several at a time. Cancelling it
    keeps what was done, as Ctrl-C does for `scan`.
    """
    options = _options(
        sidecars,
        max_age,
        check_updates,
        offline,
        a1111_cache,
        max_preview_nsfw,
        recheck_not_found,
        examples,
    )
    run = anyio.to_thread.run_sync
    with opened(catalog) as db:
        async with async_client_for(client, options.offline) as http:
            job = await run(functools.partial(ScanJob, db, list(paths), options, progress))
            try:
                while (batch := await run(job.next_batch, _ASYNC_STEP)) is not None:
                    if not batch:
                        continue  # a step of the walk done: a chance to be cancelled
                    assert http is not None
                    try:
                        found = await async_lookup_hashes(http, list(batch))
                    except CivitaiError as exc:
                        await run(job.apply_lookup, batch, None, exc)
                        continue
                    tasks = await run(job.apply_lookup, batch, found)
                    await _async_fetch_previews(http, job, tasks)
                while (example_tasks := await run(job.next_example_tasks)) is not None:
                    assert http is not None
                    for example in example_tasks:
                        await _async_fetch_examples(http, job, example)
                while (ids := await run(job.next_update_batch)) is not None:
                    assert http is not None
                    try:
                        models = await async_fetch_models(http, ids)
                    except CivitaiError as exc:
                        await run(job.apply_models, ids, None, exc)
                    else:
                        await run(job.apply_models, ids, models, None)
                return await run(job.report)
            finally:
                job.close()


async def _async_fetch_examples(client: httpx.AsyncClient, job: ScanJob, task: ExampleTask) -> None:
    run = anyio.to_thread.run_sync
    try:
        page = await async_images(client, job.examples_query(task))
    except CivitaiError as exc:
        await run(job.apply_examples, task, None, exc)
        return
    downloads = await run(job.apply_examples, task, [item.to_dict() for item in page.items], None)

    async def fetch(image: ExampleImage) -> None:
        try:
            data = await async_fetch_image(client, image.url)
        except _IMAGE_ERRORS as exc:
            await run(job.save_example, image, None, exc)
        else:
            await run(job.save_example, image, data, None)

    await map_concurrently(fetch, downloads or [], limit=IDENTIFY_CONCURRENCY)
    await run(job.finish_examples, task)


async def _async_fetch_previews(
    client: httpx.AsyncClient, job: ScanJob, tasks: list[PreviewTask]
) -> None:
    async def fetch(task: PreviewTask) -> None:
        try:
            data = await async_fetch_image(client, task.url)
        except _IMAGE_ERRORS as exc:
            await anyio.to_thread.run_sync(job.save_preview, task, None, exc)
        else:
            await anyio.to_thread.run_sync(job.save_preview, task, data, None)

    await map_concurrently(fetch, tasks, limit=IDENTIFY_CONCURRENCY)
