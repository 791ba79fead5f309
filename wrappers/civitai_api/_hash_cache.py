"""A small SQLite cache of file hashes, so a library is read once, not at every scan.

Rows are keyed by the file's absolute path and remember the size and `st_mtime_ns` they were
computed for: a file that changed (new size or modification time) simply misses. A hash that
does not apply to a file (AutoV1 of a small file, AutoV3 of a non-safetensors file) is stored
as NULL, so it is not recomputed either.

The cache is a convenience: when its database cannot be opened, read or written (read-only
home, a corrupt or locked file), hashing carries on without it. After the first failure the
cache stops trying, so a database another program keeps locked costs one wait
(`_LOCK_WAIT_SECONDS`), not one per file of a library.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import threading
from collections.abc import Mapping
from pathlib import Path

from ._constants import HASH_CACHE_ENV, HASH_CACHE_FILENAME
from ._paths import user_cache_dir

__all__ = ["HashCache", "default_cache_path", "get_default_cache"]

logger = logging.getLogger("civitai_api")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS file_hashes (
    path TEXT NOT NULL,
    algorithm TEXT NOT NULL,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    value TEXT,
    PRIMARY KEY (path, algorithm)
)
"""
_DISABLED_VALUES = frozenset({"", "0", "off", "none", "false", "no"})
# How long one statement waits for another process's write lock: writes take milliseconds.
_LOCK_WAIT_SECONDS = 2.0


class HashCache:
    """Hashes of files, keyed by absolute path, size and modification time.

    One instance may be shared by threads; each operation takes a lock. Several processes may
    share one database file (SQLite locks it).

    Args:
        path: The database file. Defaults to `default_cache_path()`.
    """

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        self.path = Path(path) if path is not None else default_cache_path()
        self._lock = threading.Lock()
        self._connection: sqlite3.Connection | None = None
        self._broken = False

    def get(self, file_path: str, size: int, mtime_ns: int) -> dict[str, str | None]:
        """Return the hashes stored for this exact version of a file.

        Args:
            file_path: The file's absolute path.
            size: Its size in bytes now.
            mtime_ns: Its `st_mtime_ns` now.

        Returns:
            Hash type → hex, or None for a hash that does not apply; empty on a miss.
        """
        with self._lock:
            connection = self._connect()
            if connection is None:
                return {}
            try:
                rows = connection.execute(
                    "SELECT algorithm, value FROM file_hashes"
                    " WHERE path = ? AND size = ? AND mtime_ns = ?",
                    (file_path, size, mtime_ns),
                ).fetchall()
            except sqlite3.Error as exc:
                self._give_up("read", exc)
                return {}
        return {str(algorithm): value for algorithm, value in rows}

    def put(
        self, file_path: str, size: int, mtime_ns: int, hashes: Mapping[str, str | None]
    ) -> None:
        """Store hashes computed for this version of a file, dropping any older version's.

        Args:
            file_path: The file's absolute path.
            size: Its size in bytes when hashed.
            mtime_ns: Its `st_mtime_ns` when hashed.
            hashes: Hash type → hex, or None for a hash that does not apply.
        """
        with self._lock:
            connection = self._connect()
            if connection is None:
                return
            try:
                with connection:
                    connection.execute(
                        "DELETE FROM file_hashes WHERE path = ? AND (size != ? OR mtime_ns != ?)",
                        (file_path, size, mtime_ns),
                    )
                    connection.executemany(
                        "INSERT OR REPLACE INTO file_hashes"
                        " (path, algorithm, size, mtime_ns, value) VALUES (?, ?, ?, ?, ?)",
                        [
                            (file_path, algorithm, size, mtime_ns, value)
                            for algorithm, value in hashes.items()
                        ],
                    )
            except sqlite3.Error as exc:
                self._give_up("write", exc)

    def close(self) -> None:
        """Close the database connection (a later call reopens it)."""
        with self._lock:
            if self._connection is not None:
                self._connection.close()
                self._connection = None

    def _give_up(self, action: str, error: sqlite3.Error) -> None:
        """Stop using the database after a failure (called with the lock held)."""
        logger.debug("hash cache %s failed at %s, not used any more: %s", action, self.path, error)
        self._broken = True
        if self._connection is not None:
            with contextlib.suppress(sqlite3.Error):
                self._connection.close()
            self._connection = None

    def _connect(self) -> sqlite3.Connection | None:
        if self._connection is not None or self._broken:
            return self._connection
        connection: sqlite3.Connection | None = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            connection = sqlite3.connect(
                self.path, timeout=_LOCK_WAIT_SECONDS, check_same_thread=False
            )
            # Some file systems refuse WAL; the default journal works there too. In WAL mode,
            # synchronous=NORMAL skips the sync at each commit (one a hashed file): a crash
            # can lose the last few entries, never corrupt the cache.
            with contextlib.suppress(sqlite3.Error):
                connection.execute("PRAGMA journal_mode=WAL")
                connection.execute("PRAGMA synchronous=NORMAL")
            connection.execute(_SCHEMA)
            connection.commit()
        except (OSError, sqlite3.Error) as exc:
            logger.debug("hash cache unavailable at %s: %s", self.path, exc)
            self._broken = True
            if connection is not None:
                with contextlib.suppress(sqlite3.Error):
                    connection.close()
            return None
        self._connection = connection
        return connection

    def __repr__(self) -> str:
        return f"HashCache({str(self.path)!r})"


def default_cache_path() -> Path:
    """Where the hash cache lives unless told otherwise.

    `$CIVITAI_HASH_CACHE` when set to a path, else `hashes.sqlite3` in the package's cache
    folder: `$XDG_CACHE_HOME/civitai-api` (default `~/.cache/civitai-api`) on Linux,
    `~/Library/Caches/civitai-api` on macOS, `%LOCALAPPDATA%\\civitai-api` on Windows.

    Returns:
        The database file path.
    """
    configured = os.environ.get(HASH_CACHE_ENV, "").strip()
    if configured and configured.lower() not in _DISABLED_VALUES:
        return Path(configured).expanduser()
    return user_cache_dir() / HASH_CACHE_FILENAME


_default_caches: dict[Path, HashCache] = {}
_default_lock = threading.Lock()


def get_default_cache() -> HashCache | None:
    """The shared cache at `default_cache_path()`, or None when `$CIVITAI_HASH_CACHE` is `off`.

    Returns:
        One `HashCache` per database path, reused across calls.
    """
    configured = os.environ.get(HASH_CACHE_ENV)
    if configured is not None and configured.strip().lower() in _DISABLED_VALUES:
        return None
    path = default_cache_path()
    with _default_lock:
        cache = _default_caches.get(path)
        if cache is None:
            cache = _default_caches[path] = HashCache(path)
        return cache
