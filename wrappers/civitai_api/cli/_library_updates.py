"""`civitai library updates`: the options checked, `library.async_updates` run under anyio
(Ctrl-C cancels it: every download keeps its `.part`), and the summary.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from . import _render
from ._exit import INTERRUPTED, OTHER, USAGE, CommandError, code_for_message
from ._library_render import (
    UPDATE_COLUMNS,
    by_path,
    counted,
    never_scanned,
    plural,
    status_counts,
)
from ._options import Connection

__all__ = ["UpdatesRun", "model_ids", "retire_choice", "run_updates"]


def model_ids(values: Sequence[str] | None) -> list[int]:
    """`--only` values (repeatable, comma-separated), checked."""
    ids = []
    for value in values or ():
        for part in value.split(","):
            text = part.strip()
            if not text.isdigit():
                raise CommandError(
                    f"--only: expected model ids such as 4201 or 4201,11821, got {value!r}", USAGE
                )
            ids.append(int(text))
    return ids


def retire_choice(value: str) -> str:
    """`--retire`, checked (keep, move:DIR or delete)."""
    from ..library import parse_retire

    try:
        parse_retire(value)
    except ValueError as error:
        raise CommandError(f"--retire: {error}", USAGE, hint="--retire move:old-models") from None
    return value


@dataclasses.dataclass
class UpdatesRun:
    """One `library updates` command: what to call `async_updates` with, and its outcome."""

    paths: list[Path]
    catalog: Path
    options: dict[str, Any]
    offline: bool
    quiet: bool
    connection: Connection
    interrupted: bool = False
    results: list[Any] = dataclasses.field(default_factory=list)


def run_updates(run: UpdatesRun) -> None:
    """Run the updates; `run.interrupted` tells whether Ctrl-C stopped them."""
    import anyio

    try:
        anyio.run(_main, run)
    except KeyboardInterrupt:
        run.interrupted = True


async def _main(run: UpdatesRun) -> None:
    import anyio

    from ._session import stop_on_ctrl_c

    async with anyio.create_task_group() as group:
        group.start_soon(stop_on_ctrl_c, group.cancel_scope, run)
        await _work(run)
        group.cancel_scope.cancel()  # done: stop watching for Ctrl-C


async def _work(run: UpdatesRun) -> None:
    from ..library import async_updates
    from ._updates_progress import UpdatesProgress

    with UpdatesProgress(quiet=run.quiet) as shown:
        if run.offline:
            run.results = await async_updates(
                run.paths, catalog=run.catalog, offline=True, progress=shown, **run.options
            )
            return
        from ._session import async_client

        async with async_client(run.connection) as client:
            run.results = await async_updates(
                run.paths, client=client, catalog=run.catalog, progress=shown, **run.options
            )


def finish(run: UpdatesRun, as_json: bool) -> int:
    """Print the results (stdout) and totals (stderr); return the exit code."""
    if run.interrupted:
        _render.err(
            "interrupted: partial downloads are kept as .part files and no old file was "
            "retired for them; run the same command again to finish them"
        )
        return INTERRUPTED
    rows = by_path(result.to_dict() for result in run.results)
    if as_json:
        _render.print_json(rows)
    else:
        _render.print_table(UPDATE_COLUMNS, rows, drop_empty=True)
        _print_totals(rows, run.options.get("dry_run", False))
    from ..library import UpdateStatus

    # A failed download exits with its own code (3 a 403 or early access, 4, 5, 6, else 1);
    # an old file that could not be retired with 1.
    failures = [row["error"] or "" for row in rows if row["status"] == UpdateStatus.FAILED]
    if failures:
        return code_for_message(failures[0])
    fetched = (UpdateStatus.DOWNLOADED, UpdateStatus.UPDATE_DOWNLOADED)
    unretired = any(row["error"] and row["status"] in fetched for row in rows)
    return OTHER if unretired else 0


def _size(rows: Sequence[dict[str, Any]], key: str) -> str:
    return _render.human_size(sum(row[key] or 0 for row in rows))


def _print_totals(rows: list[dict[str, Any]], dry_run: bool) -> None:
    counts = status_counts(rows)
    if counts:
        _render.err(counted(counts))
    from ..library import UpdateStatus

    fetched = [row for row in rows if row["status"] == UpdateStatus.DOWNLOADED]
    if dry_run:
        fetched = _one_per_file(
            [row for row in rows if row["status"] == UpdateStatus.UPDATE_AVAILABLE]
        )
    if fetched:
        verb = "would download" if dry_run else "downloaded"
        count = len(fetched)
        _render.err(
            f"{verb} {count} {plural(count, 'file')} ({_size(fetched, 'latest_file_size')})"
        )
    retired = [row for row in rows if row["retired"]]
    if retired:
        verb = "would retire" if dry_run else "retired"
        count = len(retired)
        _render.err(f"{verb} {count} old {plural(count, 'file')} ({_size(retired, 'size')})")
    unscanned = never_scanned(rows)
    if unscanned:
        _render.err(
            f"{unscanned} not-hashed {plural(unscanned, 'file')} never scanned or changed "
            "since the last scan: run `civitai library scan PATH...` first"
        )


def _one_per_file(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows of distinct newer files (several old files may share one update)."""
    seen: dict[object, dict[str, Any]] = {}
    for row in rows:
        key = (row["latest_version_id"], row["latest_file_id"] or row["path"])
        seen.setdefault(key, row)
    return list(seen.values())
