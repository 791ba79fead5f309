"""The end of `civitai download`: paths or JSON on stdout, one line per outcome on stderr."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from . import _render
from ._exit import exit_code, message_for
from ._library_render import shown
from ._render import Row

__all__ = ["print_results", "result_record"]


def result_record(outcome: Any) -> dict[str, Any]:
    """One outcome as the JSON object `--json` prints."""
    planned, result = outcome.planned, outcome.result
    record: dict[str, Any] = {"target": outcome.target, "status": outcome.status}
    if planned is not None:
        record |= {
            "model_id": planned.version.model_id,
            "version_id": planned.version.id,
            "file_id": planned.file.id,
            "name": planned.file.name,
            "path": str(planned.path),
            "size": planned.file.size,
            "sha256": planned.file.sha256,
            "virus_scan": planned.file.virus_scan,
            "pickle_scan": planned.file.pickle_scan,
        }
    if result is not None:
        record |= {
            "path": str(result.path),
            "name": result.name,
            "size": result.size,
            "sha256": result.sha256,
            "verified": result.verified,
        }
    if outcome.key_needed is not None:
        record["key_needed"] = outcome.key_needed
    if outcome.error is not None:
        message, _hint = message_for(outcome.error)
        record |= {"error": message, "exit_code": exit_code(outcome.error)}
    return record


def _hints(outcomes: Sequence[Any]) -> list[str]:
    """What to do about the failures, each different hint once, in order; and, when failed
    downloads left `.part` files, that the same command resumes them."""
    hints: list[str] = []
    kept: list[str] = []
    for outcome in outcomes:
        if outcome.error is None:
            continue
        message, hint = message_for(outcome.error)
        if hint and hint not in hints:
            hints.append(hint)
        part = f"{outcome.planned.path}.part" if outcome.planned is not None else None
        if part is not None and part not in message and Path(part).is_file():
            kept.append(part)
    if kept:
        which = kept[0] if len(kept) == 1 else f"{len(kept)} .part files"
        hints.append(
            f"what was downloaded is kept in {which}: run the same command again to resume, "
            "or delete the .part to start over"
        )
    return hints


def _line(record: dict[str, Any]) -> str:
    status, target = record["status"], record["target"]
    if status == "failed":
        return f"FAILED  {target}: {record['error']}"
    if status == "duplicate":
        return f"same    {target}: {record['name']} (also named by an earlier target)"
    if status == "interrupted":
        return f"PAUSED  {target}: {record['name']} (kept as {record['path']}.part)"
    size = _render.human_size(record.get("size"))
    checked = ", SHA256 verified" if record.get("verified") else ""
    what = {"present": "already there", "resumed": "resumed", "downloaded": "downloaded"}
    return f"ok      {target}: {record['path']} ({what.get(status, status)}, {size}{checked})"


_DRY_RUN_COLUMNS = (
    _render.Column("target", lambda row: row["target"], priority=0, narrowest=12),
    _render.Column("version", lambda row: row.get("version_id"), "right"),
    _render.Column(
        "file", lambda row: row.get("name"), priority=0, narrowest=16, shorten=_render.cut_path
    ),
    _render.Column("size", lambda row: _render.human_size(row.get("size")), "right"),
    _render.Column("SHA256", lambda row: row.get("sha256"), priority=4, narrowest=12),
    _render.Column("scans", lambda row: _scans(row), priority=3),
    _render.Column(
        "saved as", lambda row: row.get("path"), priority=2, narrowest=20, shorten=_render.cut_path
    ),
    _render.Column("key needed", lambda row: row.get("key_needed"), priority=3),
)


_RESULTS = {
    "present": "already there",
    "resumed": "resumed",
    "downloaded": "downloaded",
    "duplicate": "same as an earlier target",
    "failed": "FAILED",
}


def _result(row: Row) -> str:
    if row["status"] == "interrupted":
        return f"PAUSED: kept as {row['name']}.part"
    checked = ", SHA256 verified" if row.get("verified") else ""
    return _RESULTS.get(row["status"], str(row["status"])) + checked


# On a terminal the outcomes are a table fitted to its width (the saved file keeps its
# name; errors are listed under it); a log gets the lines of `_line`.
_OUTCOME_COLUMNS = (
    _render.Column("target", lambda row: row["target"], priority=0, narrowest=12),
    _render.path_column("file", lambda row: shown(row.get("path"))),
    _render.Column("size", lambda row: _render.human_size(row.get("size")), "right", priority=2),
    _render.Column("result", _result, priority=0, narrowest=12),
    _render.Column("error", lambda row: row.get("error"), below=True),
)


def _scans(row: Mapping[str, Any]) -> str:
    from ..download import scan_summary

    return scan_summary(row.get("virus_scan"), row.get("pickle_scan"))


def print_results(outcomes: Sequence[Any], as_json: bool, *, dry_run: bool) -> None:
    """Print every outcome: JSON Lines, or a dry-run table, or the saved paths last."""
    records = [result_record(outcome) for outcome in outcomes]
    if as_json:
        for record in records:
            _render.print_json_line(record)
    elif dry_run:
        planned = [record for record in records if record["status"] == "planned"]
        if planned:
            _render.print_table(_DRY_RUN_COLUMNS, planned)
    outcomes_done = [record for record in records if record["status"] != "planned"]
    if outcomes_done and _render.stderr_console().is_terminal:
        _render.print_table(_OUTCOME_COLUMNS, outcomes_done, stderr=True, drop_empty=True)
    else:
        for record in outcomes_done:
            _render.err(_line(record))
    failed = [record for record in records if record["status"] == "failed"]
    counts = Counter(record["status"] for record in records)
    if len(records) > 1 or failed:
        parts = [f"{count} {status}" for status, count in sorted(counts.items())]
        _render.err("summary: " + ", ".join(parts))
    for hint in _hints(outcomes):
        _render.err(f"hint: {hint}")
    if not as_json and not dry_run:
        done = [r for r in records if r["status"] in ("downloaded", "resumed", "present")]
        sys.stdout.write("".join(record["path"] + "\n" for record in done))
        sys.stdout.flush()
