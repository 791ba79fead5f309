"""Civitai's catalogue as a dataset: every model or image of a query, in Parquet or JSON Lines.

    >>> from civitai_api.export import export_images
    >>> from civitai_api.v1 import Images_API_Opts
    >>> report = export_images("sdxl-images", Images_API_Opts(baseModels=["SDXL 1.0"]))
    >>> report.counts
    {'images': 123456}

An export walks every page with cursors at the largest page size (/models 100, /images 200),
includes NSFW items unless the options say otherwise, and asks /images for generation data.
Parquet (the default, needs the `export` extra: pyarrow) writes a folder per table
(`models/`, `versions/`, `files/`, `images/`) of `part-NNNNN.parquet` files; JSON Lines
writes `models.jsonl` or `images.jsonl`, each item exactly as Civitai sent it.

`DIR/_export.json` records the query, the next cursor and what was written after every page,
so running the same export again after a crash or Ctrl-C continues where it stopped (at most
one page is fetched again, no id is written twice); `update=True` on a complete export adds
only what is new since. Failures that outlast the retries raise `ExportError`, whose `report`
says what was done; what was written is kept.
"""

from __future__ import annotations

from collections.abc import Callable
from os import PathLike
from pathlib import Path
from typing import Any

import attrs

from .._signature import parameters_of
from ._kinds import IMAGES, MODELS, Kind
from ._run import ExportError, ExportProgress, ExportReport, ExportRun, Format

__all__ = [
    "ExportError",
    "ExportProgress",
    "ExportReport",
    "async_export_images",
    "async_export_models",
    "export_images",
    "export_models",
]

Progress = Callable[[ExportProgress], None] | None


@attrs.frozen(kw_only=True)
class _Export:
    """One call of an export function: its parameters, written once (see `export_models`)."""

    folder: str | PathLike[str] = attrs.field(kw_only=False)
    opts: object | None = attrs.field(default=None, kw_only=False)
    client: object | None = None
    api_key: str | None = None
    base_url: str | None = None
    format: Format = "parquet"
    update: bool = False
    rate: float | None = None
    page_retries: int = 4
    max_pages: int | None = None
    on_progress: Progress = None

    def run(self, kind: Kind) -> ExportRun:
        return ExportRun(
            Path(self.folder),
            kind,
            self.opts,
            format=self.format,
            update=self.update,
            rate=self.rate,
            page_retries=self.page_retries,
            max_pages=self.max_pages,
            on_progress=self.on_progress,
        )


def _export(kind: Kind, call: _Export) -> ExportReport:
    import httpx

    from ._drivers import client_for, run_sync

    run = call.run(kind)
    if call.client is not None:
        if not isinstance(call.client, httpx.Client):
            raise TypeError("client must be an httpx.Client")
        return run_sync(run, call.client, counted=False)
    with client_for(call.api_key, call.base_url, run.tally) as own:
        return run_sync(run, own, counted=True)


async def _async_export(kind: Kind, call: _Export) -> ExportReport:
    import httpx

    from ._drivers import async_client_for, run_async

    run = call.run(kind)
    if call.client is not None:
        if not isinstance(call.client, httpx.AsyncClient):
            raise TypeError("client must be an httpx.AsyncClient")
        return await run_async(run, call.client, counted=False)
    async with async_client_for(call.api_key, call.base_url, run.tally) as own:
        return await run_async(run, own, counted=True)


@parameters_of(_Export)
def export_models(*args: Any, **kwargs: Any) -> ExportReport:
    """Export every model of a query (GET /api/v1/models) into `folder`, or continue it.

    Args:
        folder: The export folder: new or empty, or one this same export wrote before.
        opts: A `Models_API_Opts` of filters (no `cursor`, `page` or `limit`: the export
            sets them). NSFW models are included unless `nsfw=[False]`.
        client: An `httpx.Client` to send with; None builds one (key, host, retries, as
            `build_client`) and counts every retry.
        api_key: The key for the client built here (None: as `build_client` finds one).
        base_url: The host for the client built here (None: `$CIVITAI_HOST` or civitai.com).
        format: `parquet` (tables `models`, `versions`, `files`, `images`) or `jsonl`.
        update: On a complete export, add only models newer than the newest exported.
        rate: At most this many requests per second (None: one at a time, no cap).
        page_retries: Times a failing page is tried again after the client's own retries.
        max_pages: Stop after this many pages (a sample); the same call continues later.
        on_progress: Called with an `ExportProgress` after each page.

    Returns:
        What was done: rows per table, requests, retries, time.

    Raises:
        ExportError: A page kept failing or the cursors looped; the export is kept and the
            same call resumes it.
        ValueError: The folder holds something else (another query, format or kind).
    """
    return _export(MODELS, _Export(*args, **kwargs))


@parameters_of(_Export)
def export_images(*args: Any, **kwargs: Any) -> ExportReport:
    """Export every image of a query (GET /api/v1/images) with its generation data.

    Like `export_models`, with an `Images_API_Opts`; every NSFW level is included unless
    `nsfw` or `browsingLevel` is given, and `withMeta` is sent. One table: `images`.
    """
    return _export(IMAGES, _Export(*args, **kwargs))


@parameters_of(_Export)
async def async_export_models(*args: Any, **kwargs: Any) -> ExportReport:
    """Async twin of `export_models` (asyncio or trio; `client` an `httpx.AsyncClient`)."""
    return await _async_export(MODELS, _Export(*args, **kwargs))


@parameters_of(_Export)
async def async_export_images(*args: Any, **kwargs: Any) -> ExportReport:
    """Async twin of `export_images`."""
    return await _async_export(IMAGES, _Export(*args, **kwargs))
