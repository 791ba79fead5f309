"""The catalog's tables, and the translation between their rows and the library's records.

`files` has a row per model file (keyed by absolute path): the size and modification time
the row describes, the SHA256 and where it came from, the identified model/version/file,
the candidates when several versions share the hash (JSON), the pinned version, the status,
when Civitai was last asked and when a scan last found the file; the last failed lookup
(error, time), when the version was first seen gone from Civitai, and the last `verify`
verdict (ok or corrupt, the expected and the actual SHA256, its time). `models` has a row per
model met: its published versions, newest first (JSON), so update checks can be answered
offline, and when they were fetched. `bodies` keeps the answers that identified the files
(the version bodies, their models' bodies), zlib-compressed JSON, for `show` offline. Times
are Unix seconds.

The schema's version is SQLite's `user_version`; `MIGRATIONS[n]` brings a catalog of
version n to n + 1.
"""

from __future__ import annotations

import dataclasses
import datetime
import json
import os
import sqlite3
from collections.abc import Sequence
from enum import StrEnum
from pathlib import Path

from .._lookup import Candidate, VersionSummary
from ._types import FileStatus, HashSource, LibraryEntry, SortKey, VerifyStatus

__all__ = [
    "ENTRY_JSON",
    "FILE_COLUMNS",
    "MIGRATIONS",
    "ORDER",
    "SCHEMA",
    "SCHEMA_VERSION",
    "ModelRecord",
    "ModelState",
    "entry_from_row",
    "entry_values",
    "model_from_row",
    "path_range",
    "timestamp",
    "unidentified",
]

SCHEMA_VERSION = 2
SCHEMA = """
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    status TEXT NOT NULL,
    sha256 TEXT,
    sha256_source TEXT,
    model_id INTEGER,
    model_name TEXT,
    model_type TEXT,
    version_id INTEGER,
    version_name TEXT,
    base_model TEXT,
    file_id INTEGER,
    civitai_sha256 TEXT,
    candidates TEXT,
    pinned_version_id INTEGER,
    checked_at REAL,
    seen_at REAL,
    error TEXT,
    error_at REAL,
    removed_at REAL,
    integrity TEXT,
    integrity_expected TEXT,
    integrity_actual TEXT,
    verified_at REAL
);
CREATE INDEX IF NOT EXISTS files_by_model ON files (model_id);
CREATE INDEX IF NOT EXISTS files_by_version ON files (version_id);
CREATE TABLE IF NOT EXISTS models (
    model_id INTEGER PRIMARY KEY,
    name TEXT,
    type TEXT,
    state TEXT NOT NULL,
    versions TEXT NOT NULL,
    checked_at REAL,
    error TEXT
);
-- A rowid table: bodies of a few KB stay on its leaf pages, not in overflow pages.
CREATE TABLE IF NOT EXISTS bodies (
    kind TEXT NOT NULL,
    id INTEGER NOT NULL,
    body BLOB NOT NULL,
    fetched_at REAL NOT NULL,
    PRIMARY KEY (kind, id)
);
"""
# Each brings a catalog of the version it is keyed by to the next one.
MIGRATIONS = {
    1: """
ALTER TABLE files ADD COLUMN error_at REAL;
ALTER TABLE files ADD COLUMN removed_at REAL;
ALTER TABLE files ADD COLUMN integrity TEXT;
ALTER TABLE files ADD COLUMN integrity_expected TEXT;
ALTER TABLE files ADD COLUMN integrity_actual TEXT;
ALTER TABLE files ADD COLUMN verified_at REAL;
-- What version 1 kept as a failed or empty lookup of a known file is that file, still known.
UPDATE files SET status = 'identified', error_at = seen_at
    WHERE status = 'lookup-failed' AND version_id IS NOT NULL;
UPDATE files SET status = 'removed', removed_at = checked_at
    WHERE status = 'not-found' AND version_id IS NOT NULL;
CREATE TABLE IF NOT EXISTS bodies (
    kind TEXT NOT NULL,
    id INTEGER NOT NULL,
    body BLOB NOT NULL,
    fetched_at REAL NOT NULL,
    PRIMARY KEY (kind, id)
);
""",
}
FILE_COLUMNS = (
    "path",
    "size",
    "mtime_ns",
    "status",
    "sha256",
    "sha256_source",
    "model_id",
    "model_name",
    "model_type",
    "version_id",
    "version_name",
    "base_model",
    "file_id",
    "civitai_sha256",
    "candidates",
    "pinned_version_id",
    "checked_at",
    "error",
    "error_at",
    "removed_at",
    "integrity",
    "integrity_expected",
    "integrity_actual",
    "verified_at",
)
# `LibraryEntry` fields held as Unix seconds, shown as ISO 8601 UTC times.
_TIME_FIELDS = frozenset({"checked_at", "error_at", "removed_at", "verified_at"})


def _iso_sql(column: str) -> str:
    """SQL giving what `datetime.fromtimestamp(column, UTC).isoformat()` gives (whole
    seconds, `.ffffff` unless 0, `+00:00`)."""
    whole = f"CAST({column} AS INTEGER)"
    micro = f"CAST(round(({column} - {whole}) * 1000000) AS INTEGER)"
    seconds = f"({whole} + ({micro} >= 1000000))"
    fraction = f"({micro} % 1000000)"
    return (
        f"CASE WHEN {column} IS NULL THEN NULL ELSE"
        f" strftime('%Y-%m-%dT%H:%M:%S', {seconds}, 'unixepoch')"
        f" || CASE WHEN {fraction} = 0 THEN '' ELSE printf('.%06d', {fraction}) END"
        " || '+00:00' END"
    )


def _entry_json_sql() -> str:
    parts = []
    for item in dataclasses.fields(LibraryEntry):
        name = item.name
        if name in _TIME_FIELDS:
            value = _iso_sql(name)
        elif name == "candidates":
            value = "CASE WHEN candidates IS NULL THEN json_array() ELSE json(candidates) END"
        else:
            value = name
        parts.append(f"'{name}', {value}")
    return f"json_object({', '.join(parts)})"


# One row as the JSON text of `entry_from_row(row).to_dict()`, made by SQLite.
ENTRY_JSON = _entry_json_sql()

ORDER = {
    SortKey.PATH: "path",
    SortKey.NAME: "model_name IS NULL, lower(model_name), lower(version_name), path",
    SortKey.SIZE: "size, path",
    SortKey.TYPE: "model_type IS NULL, lower(model_type), path",
    SortKey.BASE_MODEL: "base_model IS NULL, lower(base_model), path",
    SortKey.STATUS: "status, path",
    SortKey.CHECKED: "checked_at IS NULL, checked_at, path",
}


class ModelState(StrEnum):
    """What the last update check learnt about a model."""

    LISTED = "listed"
    NOT_FOUND = "not-found"  # Civitai no longer lists it (deleted, unpublished or hidden)
    FAILED = "failed"  # the request failed; `versions` keeps what was known before


@dataclasses.dataclass(frozen=True)
class ModelRecord:
    """A model's row: its published versions, newest first, as last fetched."""

    model_id: int
    state: ModelState
    name: str | None = None
    type: str | None = None
    versions: tuple[VersionSummary, ...] = ()
    checked_at: float | None = None
    error: str | None = None


def timestamp(value: float | None) -> datetime.datetime | None:
    """Unix seconds as an aware UTC datetime."""
    if value is None:
        return None
    return datetime.datetime.fromtimestamp(value, datetime.UTC)


def _candidates_json(candidates: Sequence[Candidate]) -> str | None:
    return json.dumps([c.to_json() for c in candidates]) if candidates else None


def entry_from_row(row: sqlite3.Row) -> LibraryEntry:
    """The record of a `files` row."""
    candidates = tuple(Candidate.from_json(item) for item in json.loads(row["candidates"] or "[]"))
    return LibraryEntry(
        path=Path(row["path"]),
        size=row["size"],
        mtime_ns=row["mtime_ns"],
        status=FileStatus(row["status"]),
        sha256=row["sha256"],
        sha256_source=HashSource(row["sha256_source"]) if row["sha256_source"] else None,
        model_id=row["model_id"],
        model_name=row["model_name"],
        model_type=row["model_type"],
        version_id=row["version_id"],
        version_name=row["version_name"],
        base_model=row["base_model"],
        file_id=row["file_id"],
        civitai_sha256=row["civitai_sha256"],
        candidates=candidates,
        pinned_version_id=row["pinned_version_id"],
        checked_at=timestamp(row["checked_at"]),
        error=row["error"],
        error_at=timestamp(row["error_at"]),
        removed_at=timestamp(row["removed_at"]),
        integrity=VerifyStatus(row["integrity"]) if row["integrity"] else None,
        integrity_expected=row["integrity_expected"],
        integrity_actual=row["integrity_actual"],
        verified_at=timestamp(row["verified_at"]),
    )


def entry_values(entry: LibraryEntry) -> tuple[object, ...]:
    """The values of `FILE_COLUMNS` for a record."""
    return (
        str(entry.path),
        entry.size,
        entry.mtime_ns,
        str(entry.status),
        entry.sha256,
        str(entry.sha256_source) if entry.sha256_source else None,
        entry.model_id,
        entry.model_name,
        entry.model_type,
        entry.version_id,
        entry.version_name,
        entry.base_model,
        entry.file_id,
        entry.civitai_sha256,
        _candidates_json(entry.candidates),
        entry.pinned_version_id,
        _seconds(entry.checked_at),
        entry.error,
        _seconds(entry.error_at),
        _seconds(entry.removed_at),
        str(entry.integrity) if entry.integrity else None,
        entry.integrity_expected,
        entry.integrity_actual,
        _seconds(entry.verified_at),
    )


def _seconds(when: datetime.datetime | None) -> float | None:
    return when.timestamp() if when is not None else None


def path_range(root: str) -> tuple[str, str, str]:
    """`root` itself and the bounds of every path below it, for `path = ? OR path >= ? AND
    path < ?` (the separator's successor bounds the folder's subtree)."""
    root = root.rstrip(os.sep) or os.sep
    below = root if root.endswith(os.sep) else root + os.sep
    return root, below, below[:-1] + chr(ord(os.sep) + 1)


def model_from_row(row: sqlite3.Row) -> ModelRecord:
    """The record of a `models` row."""
    return ModelRecord(
        model_id=row["model_id"],
        state=ModelState(row["state"]),
        name=row["name"],
        type=row["type"],
        versions=tuple(VersionSummary(**item) for item in json.loads(row["versions"])),
        checked_at=row["checked_at"],
        error=row["error"],
    )


def unidentified(entry: LibraryEntry, **changes: object) -> LibraryEntry:
    """`entry` with no identity (new content, or unreadable), and `changes`."""
    cleared: dict[str, object] = {
        "model_id": None,
        "model_name": None,
        "model_type": None,
        "version_id": None,
        "version_name": None,
        "base_model": None,
        "file_id": None,
        "civitai_sha256": None,
        "candidates": (),
        "checked_at": None,
        "error": None,
        "error_at": None,
        "removed_at": None,
        "integrity": None,
        "integrity_expected": None,
        "integrity_actual": None,
        "verified_at": None,
    }
    return dataclasses.replace(entry, **{**cleared, **changes})  # type: ignore[arg-type]
