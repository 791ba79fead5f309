"""The library catalog: one SQLite database holding what is known about every model file.

`files` has a row per model file (keyed by absolute path): the size and modification time
the row describes, the SHA256 and where it came from, the identified model/version/file,
the candidates when several versions share the hash, the pinned version, the status and
when Civitai was last asked. `models` has a row per model met: its published versions
(newest first), so update checks can be answered offline, and when they were fetched.

Times are stored as Unix seconds. Several processes may read while one scan writes (WAL).
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime
import json
import os
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from enum import StrEnum
from pathlib import Path

from .._lookup import Candidate, ModelInfo, VersionSummary
from .._paths import default_catalog_path
from ._types import FileStatus, HashSource, LibraryEntry, SortKey

__all__ = ["Catalog", "CatalogLike", "ModelRecord", "ModelState", "opened"]

SCHEMA_VERSION = 1
_SCHEMA = """
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
    error TEXT
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
"""
_FILE_COLUMNS = (
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
)
_ORDER = {
    SortKey.PATH: "path",
    SortKey.NAME: "model_name IS NULL, lower(model_name), lower(version_name), path",
    SortKey.SIZE: "size, path",
    SortKey.TYPE: "model_type IS NULL, lower(model_type), path",
    SortKey.BASE_MODEL: "base_model IS NULL, lower(base_model), path",
    SortKey.STATUS: "status, path",
    SortKey.CHECKED: "checked_at IS NULL, checked_at, path",
}
# How long a statement waits for another process's write lock.
_LOCK_WAIT_SECONDS = 10.0


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


def _timestamp(value: float | None) -> datetime.datetime | None:
    if value is None:
        return None
    return datetime.datetime.fromtimestamp(value, datetime.UTC)


def _candidates_json(candidates: Sequence[Candidate]) -> str | None:
    return json.dumps([c.to_json() for c in candidates]) if candidates else None


def _entry(row: sqlite3.Row) -> LibraryEntry:
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
        checked_at=_timestamp(row["checked_at"]),
        error=row["error"],
    )


def _file_values(entry: LibraryEntry) -> tuple[object, ...]:
    checked = entry.checked_at.timestamp() if entry.checked_at is not None else None
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
        checked,
        entry.error,
    )


def path_range(root: str) -> tuple[str, str, str]:
    """`root` itself and the bounds of every path below it, for `path = ? OR path >= ? AND
    path < ?` (the separator's successor bounds the folder's subtree)."""
    root = root.rstrip(os.sep) or os.sep
    below = root if root.endswith(os.sep) else root + os.sep
    return root, below, below[:-1] + chr(ord(os.sep) + 1)


class Catalog:
    """The catalog database, opened (and created when missing).

    One instance may be used from several threads, one call at a time (the async functions
    run its calls in worker threads). Use it as a context manager, or call `close`.

    Args:
        path: The database file. Default: `$CIVITAI_CATALOG`, else `catalog.sqlite3` in the
            package's data folder.
    """

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        self.path = Path(path) if path is not None else default_catalog_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        self._db = sqlite3.connect(self.path, timeout=_LOCK_WAIT_SECONDS, check_same_thread=False)
        self._db.row_factory = sqlite3.Row
        # Some file systems refuse WAL. With it, synchronous=NORMAL syncs at checkpoints only:
        # a power cut can lose the last batches, which the next scan redoes, never corrupt.
        with contextlib.suppress(sqlite3.Error):
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(_SCHEMA)
        self._db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        self._db.commit()

    def close(self) -> None:
        """Commit and close the database."""
        with self._lock:
            self._db.commit()
            self._db.close()

    def __enter__(self) -> Catalog:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Catalog({str(self.path)!r})"

    def commit(self) -> None:
        """Make every change so far durable (scans commit after each batch)."""
        with self._lock:
            self._db.commit()

    # --- files -----------------------------------------------------------------------------

    def get(self, path: Path) -> LibraryEntry | None:
        """The entry for `path` (absolute), or None."""
        with self._lock:
            row = self._db.execute("SELECT * FROM files WHERE path = ?", (str(path),)).fetchone()
        return _entry(row) if row is not None else None

    def put(self, entry: LibraryEntry, *, seen_at: float | None = None) -> None:
        """Insert or replace the entry for `entry.path` (uncommitted)."""
        columns = ", ".join((*_FILE_COLUMNS, "seen_at"))
        marks = ", ".join("?" * (len(_FILE_COLUMNS) + 1))
        updates = ", ".join(f"{column} = excluded.{column}" for column in _FILE_COLUMNS[1:])
        with self._lock:
            self._db.execute(
                f"INSERT INTO files ({columns}) VALUES ({marks}) ON CONFLICT (path) DO UPDATE"
                f" SET {updates}, seen_at = coalesce(excluded.seen_at, files.seen_at)",
                (*_file_values(entry), seen_at),
            )

    def touch(self, path: Path, seen_at: float) -> None:
        """Record that a scan found `path` unchanged."""
        with self._lock:
            self._db.execute("UPDATE files SET seen_at = ? WHERE path = ?", (seen_at, str(path)))

    def entries(
        self,
        *,
        paths: Iterable[str | os.PathLike[str]] = (),
        types: Iterable[str] = (),
        base_models: Iterable[str] = (),
        statuses: Iterable[str] = (),
        version_ids: Iterable[int] = (),
        sort: SortKey = SortKey.PATH,
        descending: bool = False,
    ) -> Iterator[LibraryEntry]:
        """Entries matching every filter given (each filter: any of its values)."""
        where: list[str] = []
        values: list[object] = []
        roots = [os.path.abspath(os.fspath(path)) for path in paths]
        if roots:
            where.append("(" + " OR ".join(["path = ? OR (path >= ? AND path < ?)"] * len(roots)))
            where[-1] += ")"
            for root in roots:
                values.extend(path_range(root))
        for column, wanted in (
            ("lower(model_type)", [value.lower() for value in types]),
            ("lower(base_model)", [value.lower() for value in base_models]),
            ("status", [str(value) for value in statuses]),
            ("version_id", list(version_ids)),
        ):
            if wanted:
                where.append(f"{column} IN ({', '.join('?' * len(wanted))})")
                values.extend(wanted)
        order = _ORDER[SortKey(sort)]
        if descending:
            order = ", ".join(f"{part.strip()} DESC" for part in order.split(","))
        sql = "SELECT * FROM files"
        if where:
            sql += " WHERE " + " AND ".join(where)
        with self._lock:
            rows = self._db.execute(f"{sql} ORDER BY {order}", values).fetchall()
        for row in rows:
            yield _entry(row)

    def mark_missing(self, root: Path, seen_before: float) -> int:
        """Mark the entries below `root` that a complete scan started at `seen_before` did not
        find as missing; returns how many."""
        with self._lock:
            cursor = self._db.execute(
                "UPDATE files SET status = ? WHERE (path = ? OR (path >= ? AND path < ?))"
                " AND (seen_at IS NULL OR seen_at < ?) AND status != ?",
                (
                    str(FileStatus.MISSING),
                    *path_range(str(root)),
                    seen_before,
                    str(FileStatus.MISSING),
                ),
            )
        return cursor.rowcount

    def status_counts(self, seen_since: float) -> dict[str, int]:
        """How many files a scan found since `seen_since` have each status."""
        with self._lock:
            rows = self._db.execute(
                "SELECT status, count(*) FROM files WHERE seen_at >= ? GROUP BY status",
                (seen_since,),
            ).fetchall()
        return {row[0]: row[1] for row in rows}

    def path_of_version(self, version_id: int) -> Path | None:
        """A file of the library that is this version, if any (not counting missing ones)."""
        with self._lock:
            row = self._db.execute(
                "SELECT path FROM files WHERE version_id = ? AND status = ? ORDER BY path LIMIT 1",
                (version_id, str(FileStatus.IDENTIFIED)),
            ).fetchone()
        return Path(row[0]) if row is not None else None

    # --- models ----------------------------------------------------------------------------

    def model(self, model_id: int) -> ModelRecord | None:
        """The stored versions of a model, or None when it was never checked."""
        with self._lock:
            row = self._db.execute(
                "SELECT * FROM models WHERE model_id = ?", (model_id,)
            ).fetchone()
        if row is None:
            return None
        return ModelRecord(
            model_id=row["model_id"],
            state=ModelState(row["state"]),
            name=row["name"],
            type=row["type"],
            versions=tuple(VersionSummary(**item) for item in json.loads(row["versions"])),
            checked_at=row["checked_at"],
            error=row["error"],
        )

    def put_model(self, record: ModelRecord) -> None:
        """Insert or replace a model's row (uncommitted)."""
        versions = json.dumps([dataclasses.asdict(version) for version in record.versions])
        with self._lock:
            self._db.execute(
                "INSERT OR REPLACE INTO models"
                " (model_id, name, type, state, versions, checked_at, error)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    record.model_id,
                    record.name,
                    record.type,
                    str(record.state),
                    versions,
                    record.checked_at,
                    record.error,
                ),
            )

    def record_models(
        self,
        ids: Iterable[int],
        found: Mapping[int, ModelInfo] | None,
        failure: Exception | None,
        now: float,
    ) -> None:
        """Store one update-check answer for `ids` (uncommitted): the models listed; the
        others as not found (versions known before are kept); after a failure, every model
        as failed, keeping what was known and when."""
        for model_id in ids:
            old = self.model(model_id) or ModelRecord(model_id, ModelState.FAILED)
            info = found.get(model_id) if found is not None else None
            if info is not None:
                record = ModelRecord(
                    model_id, ModelState.LISTED, info.name, info.type, info.versions, now
                )
            elif failure is not None:
                record = dataclasses.replace(old, state=ModelState.FAILED, error=str(failure))
            else:
                record = dataclasses.replace(
                    old, state=ModelState.NOT_FOUND, checked_at=now, error=None
                )
            self.put_model(record)

    def stale_models(self, model_ids: Iterable[int], cutoff: float) -> list[int]:
        """Those of `model_ids` never checked, failed last time, or checked before `cutoff`."""
        stale = []
        with self._lock:
            for model_id in model_ids:
                row = self._db.execute(
                    "SELECT state, checked_at FROM models WHERE model_id = ?", (model_id,)
                ).fetchone()
                if (
                    row is None
                    or row["state"] == ModelState.FAILED
                    or row["checked_at"] is None
                    or row["checked_at"] < cutoff
                ):
                    stale.append(model_id)
        return stale

    def model_ids_seen_since(self, since: float, after: int, limit: int) -> list[int]:
        """Distinct model ids of files a scan found since `since`, above `after`, ascending
        (pages of `limit`, so a library of any size is walked in constant memory)."""
        with self._lock:
            rows = self._db.execute(
                "SELECT DISTINCT model_id FROM files WHERE seen_at >= ? AND model_id > ?"
                " ORDER BY model_id LIMIT ?",
                (since, after, limit),
            ).fetchall()
        return [row[0] for row in rows]


CatalogLike = Catalog | str | os.PathLike[str] | None


@contextlib.contextmanager
def opened(catalog: CatalogLike) -> Iterator[Catalog]:
    """The catalog given, or one opened at the path given (or the default) and closed after."""
    if isinstance(catalog, Catalog):
        yield catalog
        return
    opened_here = Catalog(catalog)
    try:
        yield opened_here
    finally:
        opened_here.close()
