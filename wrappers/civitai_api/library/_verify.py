"""`verify`: re-hash files, bypassing every cache, and compare with Civitai's SHA256.

Civitai's SHA256 for a file is the one its last lookup matched (kept in the catalog), else
the one a `.civitai.info` or `.cm-info.json` next to it records. The fresh hash replaces
whatever the catalog held (an imported hint becomes `computed`), and the verdict is kept
with its time (`integrity`: ok or corrupt, with the expected and the actual SHA256). A
corrupt file keeps its identity, as status `corrupt`: what it is a copy of stays known. A
file whose bytes changed while Civitai's SHA256 for it is not known loses its identity, so
the next scan looks it up again.
"""

from __future__ import annotations

import dataclasses
import os
import time
from collections.abc import Iterable
from pathlib import Path

from .._constants import DEFAULT_HASH_ALGORITHMS
from .._hash_cache import get_default_cache
from .._hashing import hash_file
from .._walk import Found, walk
from ._catalog import Catalog, CatalogLike, opened
from ._known import civitai_claim
from ._rows import timestamp, unidentified
from ._types import (
    FileStatus,
    HashSource,
    LibraryEntry,
    Phase,
    Progress,
    ProgressCallback,
    VerifyResult,
    VerifyStatus,
)

__all__ = ["verify"]

_COMMIT_EVERY = 50


def _targets(db: Catalog, paths: list[str | os.PathLike[str]]) -> list[Path]:
    if paths:
        return [item.path for item in walk(paths) if isinstance(item, Found) and item.size]
    skip = (FileStatus.MISSING, FileStatus.EMPTY)
    return [entry.path for entry in db.entries() if entry.status not in skip]


def _rehash(path: Path) -> tuple[dict[str, str], os.stat_result]:
    """Every default hash of `path` from its bytes; kept in the hash cache when the file did
    not change while it was read."""
    before = os.stat(path)
    hashes = hash_file(path, DEFAULT_HASH_ALGORITHMS, cache=False)
    after = os.stat(path)
    cache = get_default_cache()
    if cache is not None and (before.st_size, before.st_mtime_ns) == (
        after.st_size,
        after.st_mtime_ns,
    ):
        cache.put(str(path.resolve()), after.st_size, after.st_mtime_ns, dict(hashes))
    return hashes, after


def _verify_one(db: Catalog, path: Path) -> VerifyResult:
    try:
        hashes, stat = _rehash(path)
    except OSError as exc:
        return VerifyResult(path, VerifyStatus.UNREADABLE, error=str(exc.strerror or exc))
    sha = hashes["SHA256"]
    entry = db.get(path)
    expected, source = None, None
    if entry is not None and entry.civitai_sha256:
        expected, source = entry.civitai_sha256, "catalog"
    elif (claim := civitai_claim(path, stat.st_size)) is not None:
        expected, source = claim.sha256, str(claim.source)
    if expected is None:
        status = VerifyStatus.UNKNOWN
    else:
        status = VerifyStatus.OK if expected.upper() == sha else VerifyStatus.CORRUPT
    db.put(_recorded(entry, path, stat, sha, status, expected))
    return VerifyResult(path, status, sha256=sha, expected=expected, expected_source=source)


def _recorded(
    entry: LibraryEntry | None,
    path: Path,
    stat: os.stat_result,
    sha: str,
    status: VerifyStatus,
    expected: str | None,
) -> LibraryEntry:
    """The catalog entry after a fresh hash and its verdict."""
    fresh: dict[str, object] = {
        "size": stat.st_size,
        "mtime_ns": stat.st_mtime_ns,
        "sha256": sha,
        "sha256_source": HashSource.COMPUTED,
    }
    if status in (VerifyStatus.OK, VerifyStatus.CORRUPT):
        fresh.update(
            integrity=status,
            integrity_expected=(expected or "").upper(),
            integrity_actual=sha,
            verified_at=timestamp(time.time()),
        )
    if entry is None:
        entry = LibraryEntry(path, stat.st_size, stat.st_mtime_ns, FileStatus.HASHED)
    elif entry.version_id is not None and status == VerifyStatus.CORRUPT:
        # Still a (bad) copy of its version: keep what it is a copy of; the next scan asks
        # whether these bytes are another version.
        fresh.update(status=FileStatus.CORRUPT, checked_at=None)
    elif entry.status == FileStatus.CORRUPT and status == VerifyStatus.OK:
        fresh["status"] = FileStatus.IDENTIFIED  # repaired
    if entry.sha256 in (None, sha) or "status" in fresh or status == VerifyStatus.OK:
        return dataclasses.replace(entry, **fresh)  # type: ignore[arg-type]
    return unidentified(entry, status=FileStatus.HASHED, **fresh)


def verify(
    paths: Iterable[str | os.PathLike[str]] = (),
    *,
    catalog: CatalogLike = None,
    progress: ProgressCallback | None = None,
) -> list[VerifyResult]:
    """Re-hash model files (reading every byte, no cache) and compare with Civitai's SHA256.

    Args:
        paths: The files and folders to verify (default: every file of the catalog).
        catalog: A `Catalog` or its database path (None: the default catalog).
        progress: Called with a `Progress` after each file.

    Returns:
        One `VerifyResult` per file: `ok`, `corrupt` (both hashes given), `unknown` (no
        SHA256 from Civitai known) or `unreadable`.
    """
    with opened(catalog) as db:
        targets = _targets(db, list(paths))
        results = []
        try:
            for number, path in enumerate(targets, 1):
                results.append(_verify_one(db, path))
                if number % _COMMIT_EVERY == 0:
                    db.commit()
                if progress is not None:
                    progress(Progress(Phase.VERIFY, files=number, total=len(targets), path=path))
        finally:
            db.commit()
        return results
