"""Everything `updates` does but the requests and downloads: each file's status from the
catalog, the downloads it needs, their outcomes, and retiring the old files (blocking file and
catalog steps; the sync and async drivers in `_updates.py` share them).
"""

from __future__ import annotations

import dataclasses
import datetime
import os
import threading
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TypedDict

from civitai_api_generated.models.model_version_detail import ModelVersionDetail

from .._download import DownloadResult, file_info
from .._download import ProgressCallback as DownloadProgressCallback
from .._download.naming import safe_filename
from .._download.plan import FileInfo
from .._error_mapping import plain_error
from .._exceptions import EarlyAccessError
from .._fields import listed
from .._lookup import MODELS_BATCH_SIZE, ModelInfo, VersionSummary, chunks
from .._walk import Found, walk
from ._catalog import Catalog
from ._retire import STAGING, library_root, moved_to, put_in_place, retire_file
from ._rows import ModelState, timestamp
from ._types import (
    FileStatus,
    LibraryEntry,
    Phase,
    Progress,
    ProgressCallback,
    Retire,
    UpdateResult,
    UpdateStatus,
)
from ._update_choice import (
    FileChoice,
    choose_file,
    early_access_until,
    installed_file,
    same_base_model,
    update_target,
)

__all__ = ["DownloadArgs", "Fetch", "Options", "UpdatesJob"]

_BY_FILE_STATUS = {
    FileStatus.HASHED: UpdateStatus.NOT_CHECKED,
    FileStatus.LOOKUP_FAILED: UpdateStatus.LOOKUP_FAILED,
    FileStatus.AMBIGUOUS: UpdateStatus.AMBIGUOUS,
    FileStatus.NOT_FOUND: UpdateStatus.NOT_FOUND,
    FileStatus.REMOVED: UpdateStatus.NOT_FOUND,  # its version is gone from Civitai
}
_BY_MODEL_STATE = {
    ModelState.FAILED: UpdateStatus.LOOKUP_FAILED,
    ModelState.NOT_FOUND: UpdateStatus.NOT_FOUND,
}
# A corrupt copy keeps the identity it is a copy of: its newer version is offered as for a
# good copy (and retiring it, once the update is verified, loses nothing).
_CHECKED_FOR_UPDATES = (FileStatus.IDENTIFIED, FileStatus.CORRUPT)
# Outcomes whose new file is verified on disk: the old file may be retired.
_UPDATED = (UpdateStatus.DOWNLOADED, UpdateStatus.UPDATE_DOWNLOADED)


@dataclasses.dataclass(frozen=True)
class Options:
    """What the caller asked for, checked."""

    any_base_model: bool
    include_early_access: bool
    retire: Retire
    retire_folder: Path | None
    dry_run: bool


def _with_file(result: UpdateResult, choice: FileChoice | None) -> UpdateResult:
    if choice is None:
        return result
    return dataclasses.replace(
        result,
        latest_file_id=choice.file.id,
        latest_file_name=choice.file.name,
        latest_file_size=choice.file.size,
        file_choice=choice.describe(),
    )


@dataclasses.dataclass(frozen=True)
class _Status:
    """A file's update status; with `installed` and `newer` when the update is to be
    downloaded (what is known of the installed file, and the newer version)."""

    result: UpdateResult
    installed: FileInfo | None = None
    newer: VersionSummary | None = None


def _status(db: Catalog, entry: LibraryEntry, options: Options, now: datetime.datetime) -> _Status:
    """The update status of one catalog entry, from the catalog alone."""
    result = UpdateResult(
        path=entry.path,
        status=UpdateStatus.NOT_HASHED,
        model_id=entry.model_id,
        model_name=entry.model_name,
        version_id=entry.version_id,
        version_name=entry.version_name,
        base_model=entry.base_model,
        size=entry.size,
        error=entry.error,
    )
    if not entry.sha256 or entry.status in (FileStatus.EMPTY, FileStatus.UNREADABLE):
        return _Status(result)
    if entry.status not in _CHECKED_FOR_UPDATES:
        return _Status(
            dataclasses.replace(result, status=_BY_FILE_STATUS.get(entry.status, result.status))
        )
    record = db.model(entry.model_id) if entry.model_id is not None else None
    if record is None:
        return _Status(dataclasses.replace(result, status=UpdateStatus.NOT_CHECKED))
    result = dataclasses.replace(
        result, checked_at=timestamp(record.checked_at), error=record.error
    )
    if record.state in _BY_MODEL_STATE:
        return _Status(dataclasses.replace(result, status=_BY_MODEL_STATE[record.state]))
    target = update_target(
        record.versions, entry.version_id, entry.base_model, options.any_base_model
    )
    shown = target.latest if target.newer or target.other_line is None else target.other_line
    result = dataclasses.replace(
        result,
        status=UpdateStatus.LATEST,
        latest_version_id=shown.id if shown else None,
        latest_version_name=shown.name if shown else None,
        latest_base_model=shown.base_model if shown else None,
    )
    if not target.newer or target.latest is None:
        if target.other_line is not None:
            result = dataclasses.replace(result, status=UpdateStatus.OTHER_BASE_MODEL)
        return _Status(result)
    newer = target.latest
    installed = installed_file(
        record.versions, entry.version_id, entry.file_id, entry.path, entry.size
    )
    choice = choose_file(installed, newer.files) if newer.files else None
    result = _with_file(result, choice)
    there = _in_library(db, newer.id, choice)
    if there is not None:
        status = UpdateStatus.UPDATE_DOWNLOADED
        return _Status(dataclasses.replace(result, status=status, downloaded_path=there))
    early = early_access_until(newer, now)
    if early is not None and not options.include_early_access:
        status = UpdateStatus.EARLY_ACCESS
        return _Status(dataclasses.replace(result, status=status, early_access_until=early.until))
    return _Status(
        dataclasses.replace(result, status=UpdateStatus.UPDATE_AVAILABLE), installed, newer
    )


def _in_library(db: Catalog, version_id: int, choice: FileChoice | None) -> Path | None:
    """The file of the library that is the chosen file (any file of the version, when the
    choice is not known yet)."""
    for entry in db.entries(version_ids=[version_id], statuses=[FileStatus.IDENTIFIED]):
        if choice is None or entry.file_id in (None, choice.file.id):
            return entry.path
    return None


def _entries(db: Catalog, paths: Sequence[str | os.PathLike[str]]) -> list[LibraryEntry | Found]:
    """The files to report: those under `paths` now, else every file of the catalog. A
    file not in the catalog, or changed since it was scanned, is left as `Found`: its
    SHA256 is not known."""
    if not paths:
        return [e for e in db.entries() if e.status != FileStatus.MISSING]
    files: list[LibraryEntry | Found] = []
    for item in walk(paths):
        if isinstance(item, Found):
            entry = db.get(item.path)
            unchanged = entry is not None and (entry.size, entry.mtime_ns) == (
                item.size,
                item.mtime_ns,
            )
            files.append(entry if entry is not None and unchanged else item)
    return files


def _wanted(
    item: LibraryEntry | Found, types: set[str], base_models: set[str], only: set[int]
) -> bool:
    """Whether a file passes the `types`, `base_models` and `only` filters (a file whose
    identity is not known passes none that is given)."""
    if not (types or base_models or only):
        return True
    if not isinstance(item, LibraryEntry):
        return False
    return (
        (not types or (item.model_type or "").casefold() in types)
        and (not base_models or any(same_base_model(item.base_model, b) for b in base_models))
        and (not only or item.model_id in only)
    )


@dataclasses.dataclass
class Fetch:
    """One file to download (for one or more installed files)."""

    version_id: int
    folder: Path
    installed: FileInfo
    size: int | None
    paths: list[Path]
    choice: FileChoice | None = None
    destination: Path = Path()
    result: DownloadResult | None = None
    error: str | None = None


def _reason(error: Exception) -> str:
    """Why a download failed, in one line."""
    if isinstance(error, EarlyAccessError):
        until = f" until {error.deadline:%Y-%m-%d %H:%M} UTC" if error.deadline else ""
        return (
            f"early access{until}: Civitai refused the download (HTTP 403); "
            "buy early access on Civitai or wait"
        )
    text = plain_error(error)  # an OSError as `path: reason`, no `[Errno N]`
    return text.splitlines()[0] if text else type(error).__name__


class DownloadArgs(TypedDict):
    """The keyword arguments of `download_model_version` (and its async twin) for one fetch."""

    dest_dir: Path
    file_id: int
    version: ModelVersionDetail
    progress: DownloadProgressCallback


class UpdatesJob:
    """Everything `updates` does but the requests and downloads (blocking: files, catalog)."""

    def __init__(
        self,
        db: Catalog,
        paths: Sequence[str | os.PathLike[str]],
        max_age: float,
        options: Options,
        filters: tuple[set[str], set[str], set[int]],
        progress: ProgressCallback | None,
    ) -> None:
        self.db = db
        self.files = [item for item in _entries(db, paths) if _wanted(item, *filters)]
        self.roots = self._roots(paths)
        self.max_age = max_age
        self.options = options
        self.progress = progress
        self.fetches: list[Fetch] = []
        self.finished = 0
        self.stop = threading.Event()  # set on Ctrl-C: the sync driver's threads stop
        self._lock = threading.Lock()
        self._results: list[UpdateResult] = []

    def _roots(self, paths: Sequence[str | os.PathLike[str]]) -> list[Path]:
        """The library's roots, below which `move:DIR` keeps each file's place: the folders
        given, else the folder holding every file of the catalog."""
        if paths:
            given = [Path(os.path.abspath(os.fspath(path))) for path in paths]
            return [path.parent if path.is_file() else path for path in given]
        folders = {str(e.path.parent) for e in self.db.entries() if e.status != FileStatus.MISSING}
        return [Path(os.path.commonpath(sorted(folders)))] if folders else []

    def stale_batches(self) -> list[list[int]]:
        """The models of identified files never checked or checked before `max_age`."""
        ids = dict.fromkeys(
            e.model_id
            for e in self.files
            if isinstance(e, LibraryEntry)
            and e.status in _CHECKED_FOR_UPDATES
            and e.model_id is not None
        )
        stale = self.db.stale_models(ids, time.time() - self.max_age)
        return list(chunks(stale, MODELS_BATCH_SIZE))

    def record(
        self, ids: list[int], found: Mapping[int, ModelInfo] | None, failure: Exception | None
    ) -> None:
        """Store one models answer (or its failure)."""
        self.db.record_models(ids, found, failure, time.time())
        self.db.commit()
        if self.progress is not None:
            self.progress(Progress(Phase.UPDATES, files=len(self.files)))

    def plan(self) -> list[Fetch]:
        """Each file's status; the downloads they need, each once (into the folder of the
        first file it updates)."""
        now = datetime.datetime.now(datetime.UTC)
        by_key: dict[tuple[object, ...], Fetch] = {}
        self._results = []
        for item in self.files:
            entry = self.db.get(item.path) if isinstance(item, LibraryEntry) else None
            if entry is None:
                self._results.append(UpdateResult(item.path, UpdateStatus.NOT_HASHED))
                continue
            status = _status(self.db, entry, self.options, now)
            result, installed, newer = status.result, status.installed, status.newer
            self._results.append(result)
            if installed is None or newer is None:
                continue
            facts = (installed.type, installed.format, installed.precision_size, installed.fp)
            key = (newer.id, result.latest_file_id) if result.latest_file_id else (newer.id, facts)
            fetch = by_key.get(key)
            if fetch is None:
                fetch = by_key[key] = Fetch(
                    newer.id, entry.path.parent, installed, result.latest_file_size, []
                )
            fetch.paths.append(entry.path)
        self.fetches = list(by_key.values())
        return [] if self.options.dry_run else self.fetches

    def announce(self) -> None:
        """Tell `progress` the downloads are starting: how many, and their total size when
        every size is known (`path` None)."""
        sizes = [fetch.size for fetch in self.fetches]
        total = None if None in sizes else sum(size or 0 for size in sizes)
        if self.progress is not None and self.fetches:
            self.progress(Progress(Phase.DOWNLOAD, total=len(self.fetches), bytes_total=total))

    def prepare(self, fetch: Fetch, version: ModelVersionDetail) -> tuple[FileChoice, Path]:
        """The file to download, from the version's current metadata, and the folder it
        goes to: next to the first old file, or `STAGING` there when it has the name of an
        old file it updates (it takes that file's place once that one is retired).

        Raises:
            FileExistsError: It has the name of an old file that is to be kept.
        """
        choice = choose_file(fetch.installed, [file_info(f) for f in listed(version.files)])
        fetch.choice = choice
        name = safe_filename(choice.file.name, fallback=f"model-{version.id}-{choice.file.id}")
        if fetch.folder / name not in fetch.paths:
            fetch.destination = fetch.folder
        elif self.options.retire == Retire.KEEP:
            raise FileExistsError(
                f"the newer file has this file's name ({name}): retire this one "
                "(move:DIR or delete) to replace it"
            )
        else:
            fetch.destination = fetch.folder / STAGING
        return choice, fetch.destination

    def download_args(self, fetch: Fetch, version: ModelVersionDetail) -> DownloadArgs:
        """What the download engine takes for `fetch` after the client and the version id:
        the chosen file and its folder (`prepare`), the version, and `download_progress`."""
        choice, folder = self.prepare(fetch, version)
        return {
            "dest_dir": folder,
            "file_id": choice.file.id,
            "version": version,
            "progress": self.download_progress(fetch),
        }

    def download_progress(self, fetch: Fetch) -> DownloadProgressCallback:
        """The download engine's callback for `fetch`: reports to `progress`, and stops the
        download (keeping its `.part`) once `stop` is set."""
        progress, stop = self.progress, self.stop
        name = fetch.choice.file.name if fetch.choice else ""
        path = fetch.destination / name

        def report(done: int, total: int | None) -> None:
            if stop.is_set():
                raise KeyboardInterrupt
            if progress is not None:
                progress(
                    Progress(
                        Phase.DOWNLOAD,
                        files=self.finished,
                        total=len(self.fetches),
                        path=path,
                        bytes_done=done,
                        bytes_total=total,
                    )
                )

        return report

    def done(self, fetch: Fetch, result: DownloadResult | None, error: Exception | None) -> None:
        """Note one download's outcome."""
        with self._lock:
            fetch.result = result
            fetch.error = _reason(error) if error is not None else None
            self.finished += 1

    def fetched_paths(self) -> list[Path]:
        return [f.result.path for f in self.fetches if f.result is not None]

    def results(self) -> list[UpdateResult]:
        """One result per file: the status, the download's outcome, then the retirement."""
        outcome = {path: fetch for fetch in self.fetches for path in fetch.paths}
        results = []
        for result in self._results:
            fetch = outcome.get(result.path)
            if fetch is not None and (fetch.result is not None or fetch.error is not None):
                result = _with_file(result, fetch.choice)
                if fetch.result is not None:
                    present = fetch.result.already_present
                    status = UpdateStatus.UPDATE_DOWNLOADED if present else UpdateStatus.DOWNLOADED
                    result = dataclasses.replace(
                        result, status=status, downloaded_path=fetch.result.path, error=None
                    )
                else:
                    result = dataclasses.replace(
                        result, status=UpdateStatus.FAILED, error=fetch.error
                    )
            results.append(result)
        self._results = results
        return results

    def retire(self) -> list[UpdateResult]:
        """Retire the old files whose update is verified on disk (`would-` in a dry run)."""
        action, folder = self.options.retire, self.options.retire_folder
        if action == Retire.KEEP:
            return self._results
        done = []
        for result in self._results:
            if result.status in _UPDATED or (
                self.options.dry_run and result.status == UpdateStatus.UPDATE_AVAILABLE
            ):
                result = self._retire_one(result, action, folder)
            done.append(result)
        self._results = done
        return done

    def _verified(self, result: UpdateResult, new: Path) -> bool:
        """Whether the update `new` is verified on disk: downloaded (and checked) by this
        call, or identified by a scan and unchanged since."""
        if result.status == UpdateStatus.DOWNLOADED:
            return new.is_file()
        known = self.db.get(new)
        if known is None or known.status != FileStatus.IDENTIFIED:
            return False
        try:
            stat = new.stat()
        except OSError:
            return False
        return (stat.st_size, stat.st_mtime_ns) == (known.size, known.mtime_ns)

    def _retire_one(
        self, result: UpdateResult, action: Retire, folder: Path | None
    ) -> UpdateResult:
        path = result.path
        root = library_root(path, self.roots)
        if self.options.dry_run:
            target = moved_to(path, root, folder) if folder is not None else None
            return dataclasses.replace(result, retired=f"would-{action}", retired_path=target)
        new = result.downloaded_path
        entry = self.db.get(path)
        if new is None or entry is None or not self._verified(result, new) or _same_file(path, new):
            return result  # nothing safe to retire it for
        try:
            stat = path.stat()
        except OSError:
            return result
        if (stat.st_size, stat.st_mtime_ns) != (entry.size, entry.mtime_ns):
            error = "changed since the last scan: kept (scan it, then run again)"
            return dataclasses.replace(result, error=error)
        try:
            moved = retire_file(self.db, path, action, folder, root)
        except OSError as error:
            return dataclasses.replace(result, error=f"not retired: {error}")
        result = dataclasses.replace(
            result, retired="moved" if moved is not None else "deleted", retired_path=moved
        )
        if new.parent == path.parent / STAGING and new.name == path.name:
            try:
                put_in_place(self.db, new, path)
            except OSError as error:
                return dataclasses.replace(result, error=str(error))
            result = dataclasses.replace(result, downloaded_path=path)
        return result


def _same_file(one: Path, other: Path) -> bool:
    try:
        return one.samefile(other)
    except OSError:
        return False
