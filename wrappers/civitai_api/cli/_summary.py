"""The end of `civitai download`: paths or JSON on stdout, one line per outcome on stderr."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from . import _render
from ._exit import exit_code, message_for

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
    _render.Column("target", lambda row: row["target"]),
    _render.Column("version", lambda row: row.get("version_id"), "right"),
    _render.Column("file", lambda row: row.get("name")),
    _render.Column("size", lambda row: _render.human_size(row.get("size")), "right"),
    _render.Column("SHA256", lambda row: row.get("sha256")),
    _render.Column("scans", lambda row: _scans(row)),
    _render.Column("saved as", lambda row: row.get("path")),
    _render.Column("key needed", lambda row: row.get("key_needed")),
)


def _scans(row: Mapping[str, Any]) -> str:
    from .._download import scan_summary

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
    for record in records:
        if record["status"] != "planned":
            _render.err(_line(record))
    failed = [record for record in records if record["status"] == "failed"]
    counts = Counter(record["status"] for record in records)
    if len(records) > 1 or failed:
        parts = [f"{count} {status}" for status, count in sorted(counts.items())]
        _render.err("summary: " + ", ".join(parts))
    if not as_json and not dry_run:
        done = [r for r in records if r["status"] in ("downloaded", "resumed", "present")]
        sys.stdout.write("".join(record["path"] + "\n" for record in done))
        sys.stdout.flush()
