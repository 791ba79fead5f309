"""`civitai export models|images DIR`: a query's every item as a Parquet or JSON Lines dataset.

A thin shell over `civitai_api.export`: options → the endpoint's options object (the same
filters as `models search` / `images search`), progress on stderr, a summary at the end, and
the failures turned into the CLI's exit codes with a hint to run the command again.
"""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from cyclopts import App, Parameter

from . import _exit, _render
from ._filters import ImageFilters, ModelFilters, image_nsfw
from ._options import Connection, ImageNsfwName, ImageSortName, build_opts

if TYPE_CHECKING:
    from ..export import ExportProgress, ExportReport

__all__ = ["app"]

app = App(
    name="export",
    help="Export a query's every model or image as a dataset (Parquet or JSON Lines).",
    help_format="markdown",
)

Format = Literal["parquet", "jsonl"]


@Parameter(name="*")
@dataclasses.dataclass(frozen=True)
class Dataset:
    """How both exports write the dataset and pace their requests."""

    format: Format = "parquet"
    """parquet (a folder per table) or jsonl (DIR/models.jsonl or DIR/images.jsonl)."""

    update: bool = False
    """On a finished export: add only what was published since (newest first)."""

    rate: float | None = None
    """At most this many requests per second (default: one request at a time)."""

    retries: int = 4
    """Times a failing page is tried again, after the client's own retries."""

    max_pages: int | None = None
    """Stop after this many pages (a sample; the same command continues)."""


@app.command
def models(
    folder: Path,
    /,
    *,
    query: str | None = None,
    filters: ModelFilters = ModelFilters(),
    nsfw: bool = True,
    dataset: Dataset = Dataset(),
    connection: Connection = Connection(),
) -> int:
    """Export models with their versions, files and example images (GET /api/v1/models).

    Tables: `models`, `versions`, `files` (with a column per hash) and `images` (each
    version's example images), joined by `model_id` and `version_id`. NSFW models are
    included: add `--no-nsfw` to leave them out.

    Every page is walked with cursors at the largest page size. Parquet (the default) writes
    one folder per table of `part-NNNNN.parquet` files; `--format jsonl` writes one item per
    line, exactly as Civitai sent it. Interrupted (Ctrl-C, a crash, a failing server), the same
    command continues where it stopped; `--update` on a finished export adds only what is new
    since. Needs the export extra: `pip install "civitai-api[export]"`.

    Args:
        folder: The export folder (new, empty, or one this same command wrote).
        query: Text to search for in model names.
        nsfw: Include NSFW models (the default); --no-nsfw leaves them out.
    """
    from ..v1 import Models_API_Opts

    opts = build_opts(
        Models_API_Opts,
        query=query,
        **filters.api_values(),
        nsfw=nsfw,
    )
    return _run("models", folder, opts, dataset, connection)


@app.command
def images(
    folder: Path,
    /,
    *,
    filters: ImageFilters = ImageFilters(),
    sort: ImageSortName = None,
    nsfw: ImageNsfwName = None,
    dataset: Dataset = Dataset(),
    connection: Connection = Connection(),
) -> int:
    """Export images with their generation data (GET /api/v1/images, withMeta=true).

    One table, `images`: prompt, negative prompt, sampler, steps, CFG scale, seed, model hash
    and the resources used as columns, and each image's JSON in `raw`. Every NSFW level is
    included: add `--nsfw None` for safe images only.

    Every page is walked with cursors at the largest page size. Parquet (the default) writes
    one folder per table of `part-NNNNN.parquet` files; `--format jsonl` writes one item per
    line, exactly as Civitai sent it. Interrupted (Ctrl-C, a crash, a failing server), the same
    command continues where it stopped; `--update` on a finished export adds only what is new
    since. Needs the export extra: `pip install "civitai-api[export]"`.

    Args:
        folder: The export folder (new, empty, or one this same command wrote).
        sort: "Most Reactions", "Most Comments", "Most Collected", Newest, Oldest.
        nsfw: Up to this level: None, Soft, Mature, X (default X: every level).
    """
    from ..v1 import Images_API_Opts

    opts = build_opts(Images_API_Opts, **filters.api_values(), sort=sort, nsfw=image_nsfw(nsfw))
    return _run("images", folder, opts, dataset, connection)


def _run(kind: str, folder: Path, opts: object, dataset: Dataset, connection: Connection) -> int:
    if dataset.format == "parquet":
        try:
            import pyarrow  # noqa: F401  (the export needs it; say so before any request)
        except ImportError as error:
            raise _exit.CommandError(
                "writing Parquet needs pyarrow, which is not installed",
                hint='install the export extra: pip install "civitai-api[export]", '
                "or write JSON Lines with --format jsonl",
            ) from error
    from .. import export

    if dataset.rate is not None and dataset.rate <= 0:
        raise _exit.CommandError("--rate must be more than 0", _exit.USAGE)
    if dataset.retries < 0:
        raise _exit.CommandError("--retries must be 0 or more", _exit.USAGE)
    run = export.export_models if kind == "models" else export.export_images
    progress = _Progress()
    try:
        report = run(
            folder,
            opts,
            api_key=connection.token,
            base_url=connection.host,
            format=dataset.format,
            update=dataset.update,
            rate=dataset.rate,
            page_retries=dataset.retries,
            max_pages=dataset.max_pages,
            on_progress=progress.show,
        )
    except export.ExportError as error:
        progress.end()
        _summary(error.report)
        cause = error.cause if error.cause is not None else error
        raise _exit.CommandError(
            str(error), _code_for(cause), hint=_resume_hint(error.report)
        ) from error
    except ValueError as error:
        progress.end()
        raise _exit.CommandError(str(error), _exit.USAGE) from error
    except OSError as error:  # the folder cannot be created or written
        progress.end()
        where = f": {error.filename}" if error.filename else ""
        raise _exit.CommandError(
            f"{error.strerror or error}{where}", hint="check the folder and free disk space"
        ) from error
    except KeyboardInterrupt:
        progress.end()
        _render.err(f"interrupted; run the same command again to continue the export in {folder}")
        raise
    progress.end()
    _summary(report)
    return _exit.OK


def _code_for(cause: BaseException) -> int:
    """The exit code of what stopped an export: a loop is 1, an HTML page a network failure."""
    name = type(cause).__name__
    if name == "ResponseValidationError":
        return _exit.NETWORK  # a maintenance page or a cut body: the service, not the user
    if name == "PaginationError":
        return _exit.OTHER
    return _exit.exit_code(cause)


def _resume_hint(report: ExportReport) -> str:
    kept = ", ".join(f"{count} {table}" for table, count in report.counts.items()) or "nothing"
    return f"{kept} kept in {report.folder}; run the same command again to continue"


def _summary(report: ExportReport) -> None:
    tables = ", ".join(f"{report.counts.get(t, 0)} {t}" for t in report.counts) or "no rows"
    added = ", ".join(f"{n} {t}" for t, n in report.added.items() if n) or "nothing new"
    state = "complete" if report.complete else "not complete (run again to continue)"
    lines = [
        f"export of {report.kind} in {report.folder} ({report.format}): {state}",
        f"  dataset: {tables}",
        f"  this run: {added}; {report.duplicates} duplicates skipped",
        f"  {report.pages} pages, {report.requests} requests, {report.retries} retries, "
        f"{report.elapsed:.1f} s",
    ]
    sys.stdout.write("\n".join(lines) + "\n")
    sys.stdout.flush()


class _Progress:
    """On a terminal, one progress line rewritten in place (rich: cut to the terminal's
    width, so a narrow one never wraps it); in a file or a pipe, a plain line per page."""

    def __init__(self) -> None:
        self.console = _render.stderr_console()
        self.line: Any = None
        self.task: Any = None

    def show(self, progress: ExportProgress) -> None:
        text = (
            f"{progress.items} items, {progress.pages} pages, "
            f"{progress.items_per_second:.0f} items/s, {_elapsed(progress.elapsed)} elapsed"
        )
        if not self.console.is_terminal:
            sys.stderr.write(text + "\n")
            sys.stderr.flush()
            return
        if self.line is None:
            from rich.progress import Progress, SpinnerColumn, TextColumn
            from rich.table import Column

            cut = Column(no_wrap=True, overflow="ellipsis")
            self.line = Progress(
                SpinnerColumn(),
                TextColumn("{task.description}", table_column=cut),
                console=self.console,
            )
            self.task = self.line.add_task(text, total=None)
            self.line.start()
        else:
            self.line.update(self.task, description=text)

    def end(self) -> None:
        """Stop rewriting the line, which stays as the last count."""
        if self.line is not None:
            self.line.stop()
            self.line = None


def _elapsed(seconds: float) -> str:
    minutes, rest = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{rest:02d}"
