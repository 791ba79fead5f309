"""How the `civitai library` commands show their results: columns over the JSON form of the
library's results (`to_dict()`, the same data `--json` prints), a scan's problems and
summary on stderr, and the exit code a scan's problems call for.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from . import _render
from ._exit import NETWORK, NOT_FOUND, code_for_status
from ._render import Column, Row, cut_path, path_column

if TYPE_CHECKING:
    from ..library import FileDetails, ScanReport

__all__ = [
    "ENTRY_COLUMNS",
    "LS_COLUMNS",
    "UPDATE_COLUMNS",
    "VERIFY_COLUMNS",
    "by_path",
    "counted",
    "entry_details",
    "entry_note",
    "file_details",
    "never_scanned",
    "plural",
    "print_problem_list",
    "print_scan_notes",
    "scan_exit_code",
    "shown",
    "status_counts",
]

# A failed request's message ends with "(HTTP <status>, <method> <url>)".
_HTTP_STATUS: Final = re.compile(r"\(HTTP (\d{3})[,)]")


def shown(path: object) -> str:
    """A path relative to the current folder when it is below it, else as it is."""
    if path is None:
        return ""
    try:
        return str(Path(str(path)).relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def _named(number: object, name: object) -> str:
    return "" if number is None else f"{number} {name or ''}".strip()


def _checked(when: object) -> str:
    """A local time as `ls -l` shows it: `Nov 30 14:31`, or `Nov 30  2024` when older than
    half a year."""
    if not isinstance(when, str):
        return ""
    local = datetime.datetime.fromisoformat(when).astimezone()
    recent = datetime.datetime.now().astimezone() - local < datetime.timedelta(days=182)
    return local.strftime("%b %d %H:%M" if recent else "%b %d  %Y")


def _candidates(entry: Row) -> str:
    return " or ".join(
        f"{c['version_id']} ({c['model_name']} / {c['version_name']})" for c in entry["candidates"]
    )


def _version(entry: Row) -> str:
    if entry["status"] == "ambiguous":
        return _candidates(entry)
    return _named(entry["version_id"], entry["version_name"])


def _status(entry: Row) -> str:
    return _problem(entry) or _bare_status(entry)


def _bare_status(entry: Row) -> str:
    from ..library import FileStatus

    status = str(entry["status"])
    if entry["pinned_version_id"] is not None and status == FileStatus.IDENTIFIED:
        return "identified (pinned)"
    return status


def _problem(entry: Row) -> str:
    """What went wrong with a file (a terminal lists it under the table)."""
    if entry["error"] and entry["status"] in ("lookup-failed", "unreadable"):
        return f"{entry['status']}: {entry['error']}"
    return ""


# How the library's tables give way on a narrow terminal (`_columns`): the file, model,
# version and status stay; a path keeps its file name; errors go under the table.
ENTRY_COLUMNS: Final = (
    path_column("file", lambda e: shown(e["path"])),
    Column("model", lambda e: _named(e["model_id"], e["model_name"]), priority=0, narrowest=10),
    Column("version", _version, priority=0, narrowest=9),
    Column("type", lambda e: e["model_type"], priority=2),
    Column("base model", lambda e: e["base_model"], priority=2, narrowest=10),
    Column("status", _status, priority=0, brief=_bare_status),
)


def _ago(when: object) -> str:
    """`5 min ago`, `2 h ago`, `3 days ago` for an ISO time."""
    if not isinstance(when, str):
        return ""
    seconds = datetime.datetime.now(datetime.UTC) - datetime.datetime.fromisoformat(when)
    minutes = max(0, int(seconds.total_seconds() // 60))
    if minutes < 60:
        return f"{minutes} min ago"
    if minutes < 48 * 60:
        return f"{minutes // 60} h ago"
    return f"{minutes // (24 * 60)} days ago"


def entry_note(entry: Row) -> str:
    """What the status alone does not say: what a corrupt file is a copy of, since when a
    version is gone, and a last lookup that failed (the status stays what was known)."""
    notes = []
    if entry["status"] == "corrupt":
        notes.append(f"corrupt copy of {entry['model_id']}@{entry['version_id']}")
    if entry["status"] == "removed" and entry.get("removed_at"):
        notes.append(f"gone from Civitai since {_checked(entry['removed_at'])}")
    if entry.get("error_at") and entry["status"] not in ("lookup-failed", "unreadable"):
        notes.append(f"last check failed {_ago(entry['error_at'])}: {entry['error']}")
    return "; ".join(notes)


# A scan lists its problems itself, after the table (`print_scan_notes`); `ls` under it.
LS_COLUMNS: Final = (
    *ENTRY_COLUMNS,
    Column("size", lambda e: _render.human_size(e["size"]), "right", priority=3),
    Column("hash source", lambda e: e["sha256_source"], priority=4),
    Column("last checked", lambda e: _checked(e["checked_at"]), priority=3),
    Column("integrity", lambda e: e.get("integrity"), priority=2),
    Column("problem", _problem, below=True, piped=False),
    Column("note", entry_note, below=True),
)


def _newer(result: Row) -> str:
    if result["latest_version_id"] is None or result["status"] == "latest":
        return ""
    newer = f"{result['latest_version_name']} ({result['latest_version_id']})"
    if result["status"] == "other-base-model":
        newer += f" on {result['latest_base_model']}"
    return newer


def _newer_file(result: Row) -> str:
    if not result["latest_file_name"] or result["status"] in ("latest", "other-base-model"):
        return ""
    return f"{result['latest_file_name']} ({result['file_choice']})"


def _update_status(result: Row) -> str:
    status = str(result["status"])
    if status == "early-access":
        until = result["early_access_until"]
        return f"early-access until {until[:10]}" if until else "early-access (no end date)"
    return status


def _retired(result: Row) -> str:
    """`moved to retired/Lora/` (the name stays), `deleted`, or `would-` either."""
    if not result["retired"]:
        return ""
    path = result["retired_path"]
    where = f" to {shown(Path(str(path)).parent)}/" if path else ""
    return f"{result['retired']}{where}"


def _downloaded(result: Row) -> str:
    """Where the update is: its name when it is next to the file it updates."""
    path = result["downloaded_path"]
    if path is None:
        return ""
    if Path(str(path)).parent == Path(str(result["path"])).parent:
        return Path(str(path)).name
    return shown(path)


UPDATE_COLUMNS: Final = (
    path_column("file", lambda r: shown(r["path"])),
    Column("model", lambda r: _named(r["model_id"], r["model_name"]), priority=0, narrowest=10),
    Column(
        "version", lambda r: _named(r["version_id"], r["version_name"]), priority=0, narrowest=9
    ),
    Column("status", _update_status, priority=0, narrowest=12),
    Column("newer version", _newer, priority=1, narrowest=12),
    Column("newer file", _newer_file, priority=2, narrowest=16, shorten=cut_path),
    Column("size", lambda r: _render.human_size(r["latest_file_size"]), "right", priority=3),
    Column("downloaded", _downloaded, priority=2, narrowest=20, shorten=cut_path),
    Column("retired", _retired, priority=3, narrowest=12),
    Column("error", lambda r: r["error"], below=True),
)
# A SHA256 is 64 characters: a terminal shows its start, enough to compare by eye.
VERIFY_COLUMNS: Final = (
    path_column("file", lambda r: shown(r["path"])),
    Column("status", lambda r: r["status"], priority=0),
    Column("SHA256", lambda r: r["sha256"], priority=2, narrowest=16),
    Column(
        "expected", lambda r: r["expected"] if r["status"] != "ok" else "", priority=1, narrowest=16
    ),
    Column("source", lambda r: r["expected_source"], priority=3),
    Column("error", lambda r: r["error"], below=True),
)
_PROBLEM_COLUMNS: Final = (
    Column("problem", lambda p: p["kind"]),
    Column("path", lambda p: shown(p["path"])),
    Column("detail", lambda p: p["detail"]),
)


def by_path(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Results in the order of their paths (a walk finds files in no particular order)."""
    return sorted(rows, key=lambda row: str(row["path"]))


def plural(count: int, word: str) -> str:
    """`word`, or `words` unless there is one."""
    return word if count == 1 else f"{word}s"


def counted(counts: Mapping[str, int]) -> str:
    """`3 identified, 1 not-found`: the non-zero counts, in their order."""
    return ", ".join(f"{count} {name}" for name, count in counts.items() if count)


def print_problem_list(problems: Sequence[Mapping[str, Any]]) -> None:
    """Problems (`Problem.to_dict()`: what was skipped and why) on stderr: a `problems:` list
    on a terminal, a table (problem, path, detail) in a pipe; nothing when there are none."""
    if problems and _render.stderr_console().is_terminal:
        _render.print_problems(
            [(shown(p["path"]), f"{p['kind']}: {p['detail']}") for p in problems], stderr=True
        )
    elif problems:
        _render.print_table(_PROBLEM_COLUMNS, problems, stderr=True)


def print_scan_notes(report: ScanReport) -> None:
    """A scan's problems (a table) and summary, on stderr."""
    data: dict[str, Any] = report.to_dict()
    print_problem_list(data["problems"])
    read = {
        "read": report.hashed,
        "from the hash cache": report.cached,
        "imported from sidecars": report.imported,
        "unchanged": report.unchanged,
    }
    api = {kind: count for kind, count in sorted(report.requests.items()) if kind != "images"}
    requests = f"{report.api_requests} to the API ({counted(api)})" if api else "none"
    if report.requests.get("images"):
        kinds = "preview and example" if report.examples_written else "preview"
        requests += f", {report.requests['images']} for {kinds} images"
    _render.print_detail(
        [
            ("files", f"{report.files} ({counted(read)})" if any(read.values()) else report.files),
            ("looked up", str(report.looked_up)),
            ("statuses", counted(dict(sorted(data["statuses"].items())))),
            (
                "written",
                f"{_how_many(report.sidecars_written, 'sidecar')}, "
                f"{_how_many(report.previews_written, 'preview')}"
                + (
                    f", {_how_many(report.examples_written, 'example')}"
                    if report.examples_written
                    else ""
                ),
            ),
            ("requests", "none (offline)" if report.offline else requests),
            ("catalog", str(report.catalog)),
        ],
        stderr=True,
    )


def _how_many(count: int, word: str) -> str:
    return f"{count} {plural(count, word)}"


def scan_exit_code(report: ScanReport) -> int:
    """4 when a given path does not exist; else the code of the first failed request's
    status (5 without one: no connection); else 0."""
    kinds = [str(problem.kind) for problem in report.problems]
    if "path-not-found" in kinds:
        return NOT_FOUND
    for problem in report.problems:
        if str(problem.kind) in ("lookup-failed", "update-check-failed"):
            status = _HTTP_STATUS.search(problem.detail)
            return code_for_status(int(status.group(1))) if status else NETWORK
    return 0


def entry_details(entry: Row) -> list[tuple[str, object]]:
    """One catalog entry as `label, value` pairs (for `pin`)."""
    return [
        ("file", shown(entry["path"])),
        ("status", _status(entry)),
        ("model", _named(entry["model_id"], entry["model_name"])),
        ("version", _named(entry["version_id"], entry["version_name"])),
        ("base model", entry["base_model"]),
        ("candidates", _candidates(entry)),
    ]


def status_counts(results: Iterable[Row]) -> dict[str, int]:
    """How many results have each status, by status."""
    counts: dict[str, int] = {}
    for result in results:
        counts[str(result["status"])] = counts.get(str(result["status"]), 0) + 1
    return dict(sorted(counts.items()))


def never_scanned(rows: Iterable[Row]) -> int:
    """How many `not-hashed` update results are files with bytes (an empty file is never
    hashed: no news), so never scanned or changed since."""
    count = 0
    for row in rows:
        if row["status"] != "not-hashed":
            continue
        try:
            count += Path(row["path"]).stat().st_size > 0
        except OSError:
            count += 1
    return count


def _integrity(entry: Row) -> str:
    if not entry.get("integrity"):
        return "not verified"
    when = _checked(entry.get("verified_at"))
    if entry["integrity"] == "corrupt":
        return (
            f"corrupt ({when}): expected SHA256 {entry['integrity_expected']},"
            f" read {entry['integrity_actual']}"
        )
    return f"ok ({when})"


def file_details(details: FileDetails) -> tuple[list[tuple[str, object]], str]:
    """`show`'s `label, value` pairs, and the description (plain text) to print after."""
    entry: Row = details.entry.to_dict()
    removed = "no"
    if entry["status"] == "removed":
        removed = f"yes, gone since {_checked(entry.get('removed_at'))}"
    examples = [shown(item.get("path")) for item in details.examples]
    pairs: list[tuple[str, object]] = [
        ("file", shown(entry["path"])),
        ("status", _status(entry)),
        ("note", entry_note(entry)),
        ("model", _named(entry["model_id"], entry["model_name"])),
        ("version", _version(entry)),
        ("type", entry["model_type"]),
        ("base model", entry["base_model"]),
        ("creator", details.creator),
        ("trigger words", ", ".join(details.trigger_words)),
        ("license", "; ".join(details.license)),
        ("page", details.page_url),
        ("AIR", details.air),
        ("size", _render.human_size(entry["size"])),
        ("SHA256", entry["sha256"]),
        (
            "Civitai SHA256",
            entry["civitai_sha256"] if entry["civitai_sha256"] != entry["sha256"] else "",
        ),
        ("hash source", entry["sha256_source"]),
        (
            "other hashes",
            ", ".join(
                f"{name} {value}" for name, value in details.hashes.items() if name != "SHA256"
            ),
        ),
        ("removed", removed if entry["model_id"] is not None else ""),
        ("integrity", _integrity(entry)),
        ("last checked", _checked(entry["checked_at"])),
        ("examples", ", ".join(examples)),
    ]
    return pairs, details.description
