"""`ls`, `pin`, `forget` and `prune`: answers and choices from the catalog alone, with no
request. `ls` only reads the catalog (opened read-only)."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import attrs

from .._exceptions import CivitaiError
from .._signature import parameters_of
from ._catalog import CatalogLike, opened
from ._options import parse_sort_key, parse_status
from ._types import FileStatus, LibraryEntry, SortKey

__all__ = ["LibraryError", "Pruned", "forget", "ls", "ls_json", "pin", "prune", "prune_report"]


class LibraryError(CivitaiError, ValueError):
    """A library request that cannot be done as asked (a file not in the catalog, a version
    that is not one of the file's candidates)."""


def _values(value: str | Iterable[str] | None) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    return [str(item) for item in value]


@attrs.frozen(kw_only=True)
class _Selection:
    """What `ls` and `ls_json` take: the catalog and the filters (documented at `ls`)."""

    catalog: CatalogLike = attrs.field(default=None, kw_only=False)
    paths: Iterable[str | os.PathLike[str]] = ()
    types: str | Iterable[str] | None = None
    base_models: str | Iterable[str] | None = None
    statuses: str | Iterable[FileStatus | str] | None = None
    sort: SortKey | str = SortKey.PATH
    descending: bool = False
    corrupt: bool = False

    def filters(self) -> dict[str, Any]:
        """The filters, checked, as `Catalog.entries` and `Catalog.entries_json` take them."""
        statuses = [str(parse_status(value)) for value in _values(self.statuses)]
        return {
            "paths": self.paths,
            "types": _values(self.types),
            "base_models": _values(self.base_models),
            "statuses": statuses,
            "sort": parse_sort_key(self.sort),
            "descending": self.descending,
            "corrupt": self.corrupt,
        }


@parameters_of(_Selection)
def ls(*args: Any, **kwargs: Any) -> list[LibraryEntry]:
    """The catalog's entries, filtered and sorted; never sends a request.

    Each filter keeps entries matching any of its values (a string may list several,
    comma-separated); type and base model compare without regard to case.

    Args:
        catalog: A `Catalog` or its database path (default: `$CIVITAI_CATALOG`, else the
            data folder's `catalog.sqlite3`).
        paths: Only files at or below these paths.
        types: Model types (`LORA`, `Checkpoint`, ...).
        base_models: Base models (`SDXL 1.0`, `Flux.1 D`, ...).
        statuses: `FileStatus` values (`identified`, `removed`, `not-found`, ...).
        sort: A `SortKey` (`path`, `name`, `size`, `type`, `base-model`, `status`, `checked`).
        descending: Reverse the order.
        corrupt: Only the files `verify` found corrupt.

    Returns:
        One `LibraryEntry` per file.

    Raises:
        ValueError: An unknown sort key or status.
    """
    selection = _Selection(*args, **kwargs)
    filters = selection.filters()
    with opened(selection.catalog, read_only=True) as db:
        return list(db.entries(**filters))


@parameters_of(_Selection)
def ls_json(*args: Any, **kwargs: Any) -> Iterator[str]:
    """What `ls` returns, as the pieces of one JSON array of the entries' `to_dict()`
    (`"".join(...)` is the whole array), made by SQLite: fast, and in little memory, for
    libraries of 100,000 files. Same arguments as `ls`."""
    selection = _Selection(*args, **kwargs)
    filters = selection.filters()
    with opened(selection.catalog, read_only=True) as db:
        yield "["
        separator = ""
        for texts in db.entries_json(**filters):
            yield separator + ",".join(texts)
            separator = ","
        yield "]"


def pin(catalog: CatalogLike, path: str | os.PathLike[str], version_id: int | None) -> LibraryEntry:
    """Choose which of the versions sharing a file's SHA256 the file is (None: unpin).

    The entry becomes `identified` as that version at once; the next scan fetches the
    version again (so its sidecars are written) and keeps the choice for as long as the
    file's content is the same.

    Args:
        catalog: A `Catalog` or its database path (None: the default catalog).
        path: The model file, as scanned.
        version_id: One of the entry's candidates (see `LibraryEntry.candidates`), or None
            to remove the pin.

    Returns:
        The updated entry.

    Raises:
        LibraryError: The file is not in the catalog, or the version is not a candidate
            (the message lists them).
    """
    file_path = Path(os.path.abspath(os.fspath(path)))
    with opened(catalog) as db:
        entry = db.get(file_path)
        if entry is None:
            raise LibraryError(f"{file_path} is not in the catalog: scan it first")
        if version_id is None:
            entry = dataclasses.replace(entry, pinned_version_id=None, checked_at=None)
        else:
            entry = _pinned(entry, version_id)
        db.put(entry)
        db.commit()
        return entry


def _pinned(entry: LibraryEntry, version_id: int) -> LibraryEntry:
    for candidate in entry.candidates:
        if candidate.version_id == version_id:
            return dataclasses.replace(
                entry,
                **candidate.identity(),
                status=FileStatus.IDENTIFIED,
                civitai_sha256=candidate.sha256,
                pinned_version_id=version_id,
                checked_at=None,
            )
    if entry.version_id == version_id and entry.status == FileStatus.IDENTIFIED:
        return dataclasses.replace(entry, pinned_version_id=version_id)
    choices = ", ".join(
        f"{c.version_id} ({c.model_name} / {c.version_name})" for c in entry.candidates
    )
    raise LibraryError(
        f"Version {version_id} is not a candidate for {entry.path}; "
        + (f"candidates: {choices}" if choices else "it has no other candidate")
    )


def forget(
    paths: Iterable[str | os.PathLike[str]], *, catalog: CatalogLike = None, dry_run: bool = False
) -> list[Path]:
    """Drop the catalog's rows of files, or of every file below folders; the files and
    their sidecars are left as they are.

    Args:
        paths: Files and folders, as scanned (they need not exist any more).
        catalog: A `Catalog` or its database path (None: the default catalog).
        dry_run: Only say which rows would go.

    Returns:
        The paths whose rows were dropped (or would be), in order.
    """
    with opened(catalog) as db:
        return db.forget(paths, dry_run=dry_run)


@attrs.frozen
class Pruned:
    """What a prune did: the paths whose rows were dropped (or would be, with `dry_run`),
    and the paths of missing files whose rows were kept, each in order."""

    dropped: list[Path]
    kept: list[Path]


def prune_report(
    *, catalog: CatalogLike = None, dry_run: bool = False, unreachable: bool = False
) -> Pruned:
    """`prune`, also saying which rows of missing files it kept (see `prune`)."""
    with opened(catalog) as db:
        return Pruned(*db.prune(dry_run=dry_run, unreachable=unreachable))


def prune(
    *, catalog: CatalogLike = None, dry_run: bool = False, unreachable: bool = False
) -> list[Path]:
    """Drop the catalog's rows of files no longer on disk (a deleted folder, say).

    A file counts as gone when its folder is still there and not empty, or when the nearest
    folder above it that still exists holds, on its own filesystem, a file of the catalog
    that is still there. The rows of files with nothing left around them are kept: that is
    how a drive that is not mounted looks (files on other drives mounted beside it do not
    count), and forgetting it would lose every fact the catalog had of its files.
    `unreachable=True` drops those too (`forget` drops the rows of a folder by name;
    `prune_report` also says which rows were kept).

    Args:
        catalog: A `Catalog` or its database path (None: the default catalog).
        dry_run: Only say which rows would go.
        unreachable: Also drop the rows of files whose whole folder is out of reach.

    Returns:
        The paths whose rows were dropped (or would be), in order.
    """
    return prune_report(catalog=catalog, dry_run=dry_run, unreachable=unreachable).dropped
