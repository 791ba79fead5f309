"""The library catalog: one SQLite database holding what is known about every model file
(its tables are described in `_rows.py`). Several processes may read it while one scan
writes (WAL).

Commands that only read open it read-only (`read_only=True`: SQLite's `mode=ro`), which
writes nothing, so a catalog the user may read but not write still answers. A catalog of an
older schema is migrated in place on its first writable open, after a copy of it is saved
beside it (`<name>.v<old version>.bak`); a read-only open reads it through a copy migrated
in memory. One written by a newer release is refused.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import sqlite3
import stat
import threading
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from .._exceptions import CivitaiError
from .._lookup import ModelInfo
from .._paths import default_catalog_path
from ._rows import (
    ENTRY_JSON,
    FILE_COLUMNS,
    MIGRATIONS,
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

__all__ = [
    "Catalog",
    "CatalogError",
    "CatalogLike",
    "ModelRecord",
    "ModelState",
    "missing_files",
    "opened",
]

# How long a statement waits for another process's write lock.
_LOCK_WAIT_SECONDS = 10.0
# Stored bodies are JSON compressed at this zlib level (6: most of 9's gain, much faster).
_ZLIB_LEVEL = 6


class CatalogError(CivitaiError):
    """The catalog cannot be used as asked: not writable, or from a newer release (the
    message names the file)."""


def _migration(version: int) -> str:
    """The script bringing a catalog of `version` to `SCHEMA_VERSION`, in one transaction."""
    script = "".join(MIGRATIONS[step] for step in range(version, SCHEMA_VERSION))
    return f"BEGIN;\n{script}\nPRAGMA user_version = {SCHEMA_VERSION};\nCOMMIT;"


def _read_only_uri(path: Path) -> str:
    return f"{path.resolve().as_uri()}?mode=ro"


def _writable(path: Path) -> bool:
    """Whether the file, or the first folder that exists above it, may be written."""
    target = path
    while not target.exists() and target != target.parent:
        target = target.parent
    return os.access(target, os.W_OK)


class Catalog:
    """The catalog database, opened (and created when missing).

    One instance may be used from several threads, one call at a time (the async functions
    run its calls in worker threads). Use it as a context manager, or call `close`.

    Args:
        path: The database file. Default: `$CIVITAI_CATALOG`, else `catalog.sqlite3` in the
            package's data folder.
    """

    def __init__(
        self, path: str | os.PathLike[str] | None = None, *, read_only: bool = False
    ) -> None:
        self.path = Path(path) if path is not None else default_catalog_path()
        self.read_only = read_only
        self._lock = threading.RLock()
        if read_only:
            self._db = self._open_read_only()
            return
        if not _writable(self.path):
            raise self._cannot_write("permission denied")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(self.path, timeout=_LOCK_WAIT_SECONDS, check_same_thread=False)
        self._db.row_factory = sqlite3.Row
        try:
            self._set_up()
        except sqlite3.OperationalError as exc:
            self._db.close()
            if "readonly" in str(exc) or "read-only" in str(exc):
                raise self._cannot_write(str(exc)) from None
            raise
        except BaseException:
            self._db.close()
            raise

    def _cannot_write(self, reason: str) -> CatalogError:
        return CatalogError(
            f"cannot write the catalog {self.path} ({reason}): make it writable, or give"
            " another --catalog (ls and show only read it)"
        )

    def _set_up(self) -> None:
        """Create the tables, or migrate an older catalog (refusing a newer one)."""
        version = self._version()
        exists = self._db.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'files'"
        ).fetchone()
        # Some file systems refuse WAL. With it, synchronous=NORMAL syncs at checkpoints only:
        # a power cut can lose the last batches, which the next scan redoes, never corrupt.
        with contextlib.suppress(sqlite3.Error):
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
        if exists and version < SCHEMA_VERSION:
            self._migrate(max(version, 1))
        self._db.executescript(SCHEMA)
        # Also the proof that the file can be written, before a command changes anything.
        self._db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        self._db.commit()

    def _version(self) -> int:
        version = int(self._db.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            self._db.close()
            raise CatalogError(
                f"the catalog {self.path} was written by a newer release of civitai-api"
                f" (catalog version {version}; this release reads up to {SCHEMA_VERSION}):"
                " upgrade civitai-api, or give another --catalog"
            )
        return version

    def backup_path(self, version: int) -> Path:
        """Where the copy of a catalog of schema `version` is kept before its migration."""
        return self.path.with_name(f"{self.path.name}.v{version}.bak")

    def _migrate(self, version: int) -> None:
        """Copy the catalog beside it, then bring it to `SCHEMA_VERSION` in one transaction."""
        backup = self.backup_path(version)
        if not backup.exists():
            with contextlib.closing(sqlite3.connect(backup)) as copy:
                self._db.backup(copy)
                copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        self._db.executescript(_migration(version))

    def _open_read_only(self) -> sqlite3.Connection:
        """A connection that cannot write: `mode=ro`; when even that needs a write (a WAL
        catalog in a folder the user cannot write), `immutable=1` as well."""
        uri = _read_only_uri(self.path)
        for extra in ("", "&immutable=1"):
            db = sqlite3.connect(
                uri + extra, uri=True, timeout=_LOCK_WAIT_SECONDS, check_same_thread=False
            )
            try:
                db.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlite3.OperationalError:
                db.close()
                if extra:
                    raise
                continue
            db.row_factory = sqlite3.Row
            self._db = db
            break
        version = self._version()
        if version < SCHEMA_VERSION:
            # An older (or empty) catalog, read through a copy migrated in memory: a command
            # that only reads writes nothing (the next one that writes migrates the file).
            exists = self._db.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'files'"
            ).fetchone()
            memory = sqlite3.connect(":memory:", check_same_thread=False)
            self._db.backup(memory)
            self._db.close()
            memory.row_factory = sqlite3.Row
            memory.executescript(_migration(max(version, 1)) if exists else SCHEMA)
            self._db = memory
        return self._db

    def close(self) -> None:
        """Commit and close the database."""
        with self._lock:
            if not self.read_only:
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
        corrupt: bool = False,
    ) -> Iterator[LibraryEntry]:
        """Entries matching every filter given (each filter: any of its values; `corrupt`:
        only files `verify` found corrupt)."""
        tail, values = _filtered(
            paths, types, base_models, statuses, version_ids, sort, descending, corrupt
        )
        with self._lock:
            rows = self._db.execute(f"SELECT * FROM files {tail}", values).fetchall()
        for row in rows:
            yield entry_from_row(row)

    def entries_json(
        self,
        *,
        paths: Iterable[str | os.PathLike[str]] = (),
        types: Iterable[str] = (),
        base_models: Iterable[str] = (),
        statuses: Iterable[str] = (),
        sort: SortKey = SortKey.PATH,
        descending: bool = False,
        corrupt: bool = False,
        chunk: int = 2000,
    ) -> Iterator[list[str]]:
        """The entries `entries` gives, each as the JSON text of its `to_dict()`, made by
        SQLite itself, `chunk` rows at a time (a library of 100,000 files lists in a fraction
        of a second, in little memory)."""
        tail, values = _filtered(paths, types, base_models, statuses, (), sort, descending, corrupt)
        with self._lock:
            cursor = self._db.execute(f"SELECT {ENTRY_JSON} FROM files {tail}", values)
        while True:
            with self._lock:  # not held while the caller handles a chunk
                rows = cursor.fetchmany(chunk)
            if not rows:
                return
            yield [row[0] for row in rows]

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

    def forget(
        self, paths: Iterable[str | os.PathLike[str]], *, dry_run: bool = False
    ) -> list[Path]:
        """Drop the rows of the files at or below `paths` (committed); returns their paths,
        which with `dry_run` are only listed."""
        roots = [os.path.abspath(os.fspath(path)) for path in paths]
        if not roots:
            return []
        where = " OR ".join(["path = ? OR (path >= ? AND path < ?)"] * len(roots))
        values = [value for root in roots for value in path_range(root)]
        with self._lock:
            rows = self._db.execute(
                f"SELECT path FROM files WHERE {where} ORDER BY path", values
            ).fetchall()
            dropped = [Path(row[0]) for row in rows]
            if not dry_run:
                self._drop(dropped)
        return dropped

    def prune(
        self, *, dry_run: bool = False, unreachable: bool = False
    ) -> tuple[list[Path], list[Path]]:
        """Drop the rows of files no longer on disk (committed). Without `unreachable`, the
        rows of a file whose folder is gone with nothing the catalog knows left around it
        are kept (see `missing_files`).

        Returns:
            The paths dropped (with `dry_run`, only listed) and the paths kept, in order.
        """
        with self._lock:
            rows = self._db.execute("SELECT path FROM files ORDER BY path").fetchall()
        deleted, out_of_reach = missing_files([row[0] for row in rows])
        gone, kept = (
            (sorted(deleted + out_of_reach), []) if unreachable else (deleted, out_of_reach)
        )
        if not dry_run:
            with self._lock:
                self._drop(gone)
        return gone, kept

    def _drop(self, paths: list[Path]) -> None:
        """Delete rows, then the stored bodies no row refers to any more."""
        self._db.executemany("DELETE FROM files WHERE path = ?", [(str(p),) for p in paths])
        self._db.execute(
            "DELETE FROM bodies WHERE kind = 'version' AND id NOT IN"
            " (SELECT version_id FROM files WHERE version_id IS NOT NULL)"
        )
        self._db.execute(
            "DELETE FROM bodies WHERE kind = 'model' AND id NOT IN"
            " (SELECT model_id FROM files WHERE model_id IS NOT NULL)"
        )
        self._db.commit()

    # --- stored bodies -----------------------------------------------------------------------

    def put_body(self, kind: str, item_id: int, body: Mapping[str, Any], fetched_at: float) -> None:
        """Keep an answer of Civitai's (`kind`: `version` or `model`), compressed
        (uncommitted)."""
        data = zlib.compress(json.dumps(body, separators=(",", ":")).encode(), _ZLIB_LEVEL)
        with self._lock:
            self._db.execute(
                "INSERT OR REPLACE INTO bodies (kind, id, body, fetched_at) VALUES (?, ?, ?, ?)",
                (kind, item_id, data, fetched_at),
            )

    def body(self, kind: str, item_id: int | None) -> dict[str, Any] | None:
        """A stored answer, or None."""
        if item_id is None:
            return None
        with self._lock:
            row = self._db.execute(
                "SELECT body FROM bodies WHERE kind = ? AND id = ?", (kind, item_id)
            ).fetchone()
        if row is None:
            return None
        value = json.loads(zlib.decompress(row[0]))
        return value if isinstance(value, dict) else None

    def move_path(self, old: Path, new: Path) -> None:
        """Record that the file at `old` now lives at `new` (uncommitted); a row `new` had
        is replaced."""
        with self._lock:
            self._db.execute("DELETE FROM files WHERE path = ?", (str(new),))
            self._db.execute("UPDATE files SET path = ? WHERE path = ?", (str(new), str(old)))

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

    def identified_seen_since(self, since: float, after: str, limit: int) -> list[tuple[Path, int]]:
        """(path, version id) of identified files a scan found since `since`, paths above
        `after`, in order (pages of `limit`)."""
        with self._lock:
            rows = self._db.execute(
                "SELECT path, version_id FROM files WHERE seen_at >= ? AND path > ?"
                " AND status = ? AND version_id IS NOT NULL ORDER BY path LIMIT ?",
                (since, after, str(FileStatus.IDENTIFIED), limit),
            ).fetchall()
        return [(Path(row[0]), int(row[1])) for row in rows]

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


def _filtered(
    paths: Iterable[str | os.PathLike[str]],
    types: Iterable[str],
    base_models: Iterable[str],
    statuses: Iterable[str],
    version_ids: Iterable[int],
    sort: SortKey,
    descending: bool,
    corrupt: bool,
) -> tuple[str, list[object]]:
    """The `WHERE ... ORDER BY ...` of a listing, and its values."""
    where: list[str] = []
    values: list[object] = []
    roots = [os.path.abspath(os.fspath(path)) for path in paths]
    if roots:
        where.append("(" + " OR ".join(["path = ? OR (path >= ? AND path < ?)"] * len(roots)) + ")")
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
    if corrupt:
        where.append("integrity = 'corrupt'")
    order = ORDER[SortKey(sort)]
    if descending:
        order = ", ".join(f"{part.strip()} DESC" for part in order.split(","))
    return ("WHERE " + " AND ".join(where) if where else "") + f" ORDER BY {order}", values


@contextlib.contextmanager
def opened(catalog: CatalogLike, *, read_only: bool = False) -> Iterator[Catalog]:
    """The catalog given, or one opened at the path given (or the default) and closed after
    (`read_only`: opened so that nothing can be written)."""
    if isinstance(catalog, Catalog):
        yield catalog
        return
    opened_here = Catalog(catalog, read_only=read_only)
    try:
        yield opened_here
    finally:
        opened_here.close()


def missing_files(
    paths: list[str], device: Callable[[str], int | None] | None = None
) -> tuple[list[Path], list[Path]]:
    """The catalog's files no longer on disk, in order, split in two: those deleted, and
    those out of reach.

    A missing file counts as deleted when its folder is still there and not empty, or when
    the nearest folder above it that still exists holds, on its own filesystem, a file of
    the catalog that is still there (a folder deleted inside a library). Otherwise nothing
    of the library is left around it, which is how a drive that is not mounted (or a share
    that is offline) looks: its folder is gone, or an empty mount point, and a prune must
    not forget all it knew of the files. Files still there on other drives mounted beside
    it (`/media/me/B` when `/media/me/A` is unplugged) say nothing of it: they live on
    another filesystem than the folder above both.

    `device` gives the filesystem (`st_dev`) of a path's entry, or None when there is none
    to read; the default asks the system (`_device`).
    """
    device_of = device or _device
    # the filesystems of the catalog's files still there, for every folder above them
    below: dict[str, set[int]] = {}
    missing: list[str] = []
    for path in paths:
        found = device_of(path)
        if found is None:
            missing.append(path)
            continue
        folder = os.path.dirname(path)
        while found not in (devices := below.setdefault(folder, set())):
            devices.add(found)
            parent = os.path.dirname(folder)
            if parent == folder:
                break
            folder = parent
    deleted: list[Path] = []
    out_of_reach: list[Path] = []
    verdicts: dict[str, bool] = {}  # by folder: the files of a deleted folder share one
    for path in missing:
        folder = os.path.dirname(path)
        if (was_deleted := verdicts.get(folder)) is None:
            was_deleted = verdicts[folder] = _deleted_from(folder, below, device_of)
        (deleted if was_deleted else out_of_reach).append(Path(path))
    return deleted, out_of_reach


def _deleted_from(
    folder: str, below: dict[str, set[int]], device_of: Callable[[str], int | None]
) -> bool:
    """Whether the files missing from `folder` were deleted (see `missing_files`), given
    the filesystems of the catalog's files still there `below` each folder."""
    if _holds_anything(folder):
        return True
    while not os.path.isdir(folder):
        parent = os.path.dirname(folder)
        if parent == folder:
            break
        folder = parent
    own = device_of(folder)
    return own is not None and own in below.get(folder, ())


def _device(path: str) -> int | None:
    """The filesystem of the entry at `path` (of the folder a link to a folder leads to)."""
    try:
        status = os.lstat(path)
        if stat.S_ISLNK(status.st_mode) and os.path.isdir(path):
            status = os.stat(path)
    except OSError:
        return None
    return status.st_dev


def _holds_anything(folder: str) -> bool:
    """Whether `folder` exists and is not empty."""
    try:
        with os.scandir(folder) as entries:
            return next(entries, None) is not None
    except OSError:
        return False
