"""The library catalog: one SQLite database holding what is known about every model file
(its tables are described in `_rows.py`). Several processes may read it while one scan
writes (WAL).
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from .._lookup import ModelInfo
from .._paths import default_catalog_path
from ._rows import (
    FILE_COLUMNS,
    ORDER,
    SCHEMA,
    SCHEMA_VERSION,
    ModelRecord,
    ModelState,
    entry_from_row,
    entry_values,
    model_from_row,
    path_range,
)
from ._types import FileStatus, LibraryEntry, SortKey

__all__ = ["Catalog", "CatalogLike", "ModelRecord", "ModelState", "opened"]

# How long a statement waits for another process's write lock.
_LOCK_WAIT_SECONDS = 10.0


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
        self._db.executescript(SCHEMA)
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
        return entry_from_row(row) if row is not None else None

    def put(self, entry: LibraryEntry, *, seen_at: float | None = None) -> None:
        """Insert or replace the entry for `entry.path` (uncommitted)."""
        columns = ", ".join((*FILE_COLUMNS, "seen_at"))
        marks = ", ".join("?" * (len(FILE_COLUMNS) + 1))
        updates = ", ".join(f"{column} = excluded.{column}" for column in FILE_COLUMNS[1:])
        with self._lock:
            self._db.execute(
                f"INSERT INTO files ({columns}) VALUES ({marks}) ON CONFLICT (path) DO UPDATE"
                f" SET {updates}, seen_at = coalesce(excluded.seen_at, files.seen_at)",
                (*entry_values(entry), seen_at),
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
        order = ORDER[SortKey(sort)]
        if descending:
            order = ", ".join(f"{part.strip()} DESC" for part in order.split(","))
        sql = "SELECT * FROM files"
        if where:
            sql += " WHERE " + " AND ".join(where)
        with self._lock:
            rows = self._db.execute(f"{sql} ORDER BY {order}", values).fetchall()
        for row in rows:
            yield entry_from_row(row)

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

    def move_path(self, old: Path, new: Path) -> None:
        """Record that the file at `old` now lives at `new` (uncommitted); a row `new` had
        is replaced."""
        with self._lock:
            self._db.execute("DELETE FROM files WHERE path = ?", (str(new),))
            self._db.execute("UPDATE files SET path = ? WHERE path = ?", (str(new), str(old)))

    def forget(self, path: Path) -> None:
        """Remove the row of a file the user had deleted (uncommitted)."""
        with self._lock:
            self._db.execute("DELETE FROM files WHERE path = ?", (str(path),))

    # --- models ----------------------------------------------------------------------------

    def model(self, model_id: int) -> ModelRecord | None:
        """The stored versions of a model, or None when it was never checked."""
        with self._lock:
            row = self._db.execute(
                "SELECT * FROM models WHERE model_id = ?", (model_id,)
            ).fetchone()
        return model_from_row(row) if row is not None else None

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
