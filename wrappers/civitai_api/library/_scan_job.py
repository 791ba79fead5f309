"""Everything a scan does except sending requests: the part the sync and async scans share.

A scan walks the given paths; for each model file it reuses the catalog entry when the size
and modification time are unchanged, else takes the SHA256 from the hash cache, a sidecar
or A1111's cache, else reads the file. Files that need identifying are handed to the
driver in batches of at most 100 distinct hashes (`next_batch`); the driver sends the
request and gives the answer back (`apply_lookup`), which updates the catalog, writes the
sidecars and names the preview images to fetch. Then the models of the files found are
handed out 100 at a time for the update check (`next_update_batch`, `apply_models`), and,
with `examples`, the identified files whose example images are incomplete
(`next_example_tasks`, `apply_examples`, `save_example`, `finish_examples`).

What was known is never lost: a failed lookup leaves a known file's status and identity as
they were and records the failure beside them; a version gone from Civitai turns its files
`removed` (identity, sidecars and stored bodies kept); a file `verify` found corrupt stays a
corrupt copy of its version. The answers that identified the files (version and model
bodies) are kept in the catalog for `show`.

Every method blocks (files, hashing, SQLite): the async driver runs them in worker threads,
one at a time, except `save_preview` and `save_example`, which may run in several at once
(a lock guards the counters). The catalog is committed after each batch and every few
hundred files, and by `close`, so an interruption keeps what was done.
"""

from __future__ import annotations

import collections
import dataclasses
import os
import threading
import time
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from .._constants import BY_HASH_BATCH_SIZE, DEFAULT_HASH_ALGORITHMS
from .._hash_cache import get_default_cache
from .._hashing import hash_file
from .._lookup import MODELS_BATCH_SIZE, Match, ModelInfo
from .._walk import Found, walk
from ..v1 import Images_API_Opts
from ._catalog import Catalog
from ._examples import (
    ExampleImage,
    ExampleTask,
    choose_examples,
    example_task,
    examples_folder,
    examples_index,
    examples_opts,
    index_data,
)
from ._known import A1111Cache, import_hash
from ._preview import PreviewTask, choose_image, has_preview, image_extension, preview_path
from ._rows import timestamp, unidentified
from ._sidecars import SidecarWriter, write_atomic
from ._types import (
    FileStatus,
    HashSource,
    LibraryEntry,
    Phase,
    Problem,
    ProblemKind,
    Progress,
    ProgressCallback,
    ScanReport,
    Sidecar,
    VerifyStatus,
)

__all__ = ["ScanJob", "ScanOptions"]

# Rows written between commits while hashing (lookups commit after every batch anyway).
_COMMIT_EVERY = 200
# Statuses whose lookup is an answer, valid until `max_age` passes (`recheck_not_found`
# for not-found); a failed lookup leaves them as they are.
_ANSWERED = frozenset(
    {
        FileStatus.IDENTIFIED,
        FileStatus.AMBIGUOUS,
        FileStatus.NOT_FOUND,
        FileStatus.REMOVED,
        FileStatus.CORRUPT,
    }
)
# Statuses of a file known as one version, which an empty answer turns `removed`.
_KNOWN_VERSION = frozenset({FileStatus.IDENTIFIED, FileStatus.REMOVED})


@dataclasses.dataclass(frozen=True)
class ScanOptions:
    """How a scan behaves (see `scan` for each option)."""

    sidecars: frozenset[Sidecar]
    max_age: float
    check_updates: bool
    offline: bool
    max_preview_nsfw: int
    a1111: A1111Cache | None = None
    recheck_not_found: float = 7 * 86400.0
    examples: int = 0


def _choose(matches: list[Match], pinned: int | None) -> Match | None:
    if len(matches) == 1:
        return matches[0]
    return next((match for match in matches if match.candidate.version_id == pinned), None)


class ScanJob:
    """One scan's state and steps.

    Args:
        catalog: The open catalog.
        paths: Files and folders to scan.
        options: The scan's options.
        progress: Called with a `Progress` after each file and each request.
    """

    def __init__(
        self,
        catalog: Catalog,
        paths: Iterable[str | os.PathLike[str]],
        options: ScanOptions,
        progress: ProgressCallback | None,
    ) -> None:
        self.catalog = catalog
        self.options = options
        self.started = time.time()
        self._cutoff = self.started - options.max_age
        self._not_found_cutoff = self.started - options.recheck_not_found
        given = [os.path.abspath(os.fspath(path)) for path in paths]
        self._folders = [Path(path) for path in given if os.path.isdir(path)]
        self._walk = walk(given)
        self._walk_complete = False
        self._progress = progress
        self._lock = threading.Lock()
        self._progress_lock = threading.Lock()  # one progress call at a time, whatever thread
        self._sidecars = SidecarWriter(options.sidecars)
        self._problems: list[Problem] = []
        self._counts: collections.Counter[str] = collections.Counter()
        self._requests: collections.Counter[str] = collections.Counter()
        self._uncommitted = 0
        self._batch: dict[str, list[Path]] = {}
        self._model_cursor = 0
        self._example_cursor = ""
        self._examples_saved: dict[Path, list[dict[str, Any]]] = {}
        self._cache = get_default_cache()

    # --- walking and hashing ---------------------------------------------------------------

    def next_batch(self, max_files: int | None = None) -> dict[str, list[Path]] | None:
        """Walk on until up to 100 distinct hashes need identifying.

        Args:
            max_files: Return after this many files even when the batch is not full yet
                (an empty dict: call again), so an async caller can be cancelled between.

        Returns:
            SHA256 → the files having it; None once the walk is over and nothing is left.
        """
        visited = 0
        for item in self._walk:
            if isinstance(item, Problem):
                self._problems.append(item)
                continue
            sha = self._visit(item)
            if sha is not None:
                self._batch.setdefault(sha, []).append(item.path)
            if len(self._batch) >= BY_HASH_BATCH_SIZE:
                return self._take_batch()
            visited += 1
            if max_files is not None and visited >= max_files:
                return {}
        self._walk_complete = True
        self.catalog.commit()
        return self._take_batch() or None

    def _take_batch(self) -> dict[str, list[Path]]:
        batch, self._batch = self._batch, {}
        return batch

    def _visit(self, found: Found) -> str | None:
        """Record one file; return its SHA256 when it needs identifying."""
        self._counts["files"] += 1
        entry = self._entry_for(found)
        self._report(Phase.HASHING, found.path)
        return entry.sha256 if entry is not None and self._needs_lookup(entry) else None

    def _entry_for(self, found: Found) -> LibraryEntry | None:
        old = self.catalog.get(found.path)
        if found.size == 0:
            self._problems.append(Problem(found.path, ProblemKind.EMPTY, "0 bytes"))
            self._store(LibraryEntry(found.path, 0, found.mtime_ns, FileStatus.EMPTY))
            return None
        if (
            old is None
            or not old.sha256
            or (old.size, old.mtime_ns) != (found.size, found.mtime_ns)
        ):
            return self._hash(found, old)
        self._counts["unchanged"] += 1
        if old.status == FileStatus.MISSING:  # back again: ask about it anew
            back = FileStatus.HASHED
            if old.version_id is not None:
                corrupt = old.integrity == VerifyStatus.CORRUPT
                back = FileStatus.CORRUPT if corrupt else FileStatus.IDENTIFIED
            old = dataclasses.replace(old, status=back, checked_at=None)
            self._store(old)
        else:
            self.catalog.touch(found.path, self.started)
        return old

    def _hash(self, found: Found, old: LibraryEntry | None) -> LibraryEntry:
        """A new or changed file: its SHA256 from the hash cache, a sidecar, A1111's cache,
        or its bytes."""
        base = LibraryEntry(found.path, found.size, found.mtime_ns, FileStatus.HASHED)
        try:
            sha, source = self._known_sha(found)
        except OSError as exc:
            self._problems.append(Problem(found.path, ProblemKind.UNREADABLE, str(exc)))
            entry = unidentified(base, status=FileStatus.UNREADABLE, error=str(exc))
            self._store(entry)
            return entry
        if old is not None and old.sha256 == sha and old.status in _ANSWERED:
            # Same content, new modification time: what was known still holds.
            entry = dataclasses.replace(old, size=found.size, mtime_ns=found.mtime_ns)
        elif old is not None and old.status == FileStatus.CORRUPT:
            # Changed again: still a copy of the same version, repaired or not; ask anew.
            repaired = sha == (old.civitai_sha256 or "").upper()
            entry = dataclasses.replace(
                old,
                size=found.size,
                mtime_ns=found.mtime_ns,
                status=FileStatus.IDENTIFIED if repaired else FileStatus.CORRUPT,
                checked_at=None,
                integrity=None if repaired else old.integrity,
                integrity_actual=None if repaired else sha,
            )
        else:
            pinned = old.pinned_version_id if old is not None else None
            entry = dataclasses.replace(base, pinned_version_id=pinned)
        entry = dataclasses.replace(entry, sha256=sha, sha256_source=source)
        self._store(entry)
        return entry

    def _known_sha(self, found: Found) -> tuple[str, HashSource]:
        if self._cache is not None:
            resolved = str(found.path.resolve())
            cached = self._cache.get(resolved, found.size, found.mtime_ns).get("SHA256")
            if cached:
                self._counts["cached"] += 1
                return cached, HashSource.COMPUTED
        known = import_hash(found.path, found.size, found.mtime_ns, self.options.a1111)
        if known is not None:
            self._counts["imported"] += 1
            return known.sha256, known.source
        sha = hash_file(found.path, DEFAULT_HASH_ALGORITHMS)["SHA256"]
        self._counts["hashed"] += 1
        self._counts["bytes_hashed"] += found.size
        return sha, HashSource.COMPUTED

    def _needs_lookup(self, entry: LibraryEntry) -> bool:
        if self.options.offline or not entry.sha256:
            return False
        if entry.status in _ANSWERED:
            if entry.error_at is not None:  # the last lookup failed: try again
                return True
            checked = entry.checked_at.timestamp() if entry.checked_at else None
            cutoff = (
                self._not_found_cutoff if entry.status == FileStatus.NOT_FOUND else self._cutoff
            )
            return checked is None or checked < cutoff
        return entry.status in (FileStatus.HASHED, FileStatus.LOOKUP_FAILED)

    def _store(self, entry: LibraryEntry) -> None:
        self.catalog.put(entry, seen_at=self.started)
        self._uncommitted += 1
        if self._uncommitted >= _COMMIT_EVERY:
            self.catalog.commit()
            self._uncommitted = 0

    def _report(self, phase: Phase, path: Path | None = None) -> None:
        if self._progress is None:
            return
        with self._progress_lock:
            self._progress(
                Progress(
                    phase=phase,
                    files=self._counts["files"],
                    hashed=self._counts["hashed"],
                    bytes_hashed=self._counts["bytes_hashed"],
                    requests=sum(self._requests.values()),
                    path=path,
                )
            )

    # --- identification --------------------------------------------------------------------

    def apply_lookup(
        self,
        batch: Mapping[str, list[Path]],
        found: Mapping[str, list[Match]] | None,
        failure: Exception | None = None,
    ) -> list[PreviewTask]:
        """Record one by-hash answer (or its failure) for `batch`, write the sidecars of the
        files identified, and return the previews to fetch."""
        self._requests["by-hash"] += 1
        now = time.time()
        tasks: list[PreviewTask] = []
        for sha, paths in batch.items():
            matches = found.get(sha, []) if found is not None else []
            for path in paths:
                entry = self.catalog.get(path)
                if entry is None:
                    continue
                self._counts["looked_up"] += 1
                task = self._identify(entry, matches, failure, now)
                if task is not None:
                    tasks.append(task)
        self.catalog.commit()
        self._uncommitted = 0
        self._report(Phase.LOOKUP)
        return tasks

    def _identify(
        self, entry: LibraryEntry, matches: list[Match], failure: Exception | None, now: float
    ) -> PreviewTask | None:
        if failure is not None:
            self._problems.append(Problem(entry.path, ProblemKind.LOOKUP_FAILED, str(failure)))
            # What was known stays; the failure is noted beside it.
            status = entry.status if entry.status in _ANSWERED else FileStatus.LOOKUP_FAILED
            self._store(
                dataclasses.replace(
                    entry, status=status, error=str(failure), error_at=timestamp(now)
                )
            )
            return None
        checked = timestamp(now)
        if not matches:
            # Keep the identity last known (a deleted model), and every sidecar as it is.
            if entry.status == FileStatus.CORRUPT:
                status, removed_at = FileStatus.CORRUPT, entry.removed_at
            elif entry.status in _KNOWN_VERSION and entry.version_id is not None:
                status, removed_at = FileStatus.REMOVED, entry.removed_at or checked
            else:
                status, removed_at = FileStatus.NOT_FOUND, None
            self._store(
                dataclasses.replace(
                    entry,
                    status=status,
                    candidates=(),
                    removed_at=removed_at,
                    checked_at=checked,
                    error=None,
                    error_at=None,
                )
            )
            return None
        candidates = tuple(match.candidate for match in matches)
        chosen = _choose(matches, entry.pinned_version_id)
        if chosen is None:
            names = ", ".join(
                f"{c.model_name} / {c.version_name} ({c.version_id})" for c in candidates
            )
            self._problems.append(Problem(entry.path, ProblemKind.AMBIGUOUS, names))
            self._store(
                unidentified(
                    entry,
                    status=FileStatus.AMBIGUOUS,
                    candidates=candidates,
                    checked_at=checked,
                    pinned_version_id=entry.pinned_version_id,
                )
            )
            return None
        match = chosen.candidate
        self._store(
            dataclasses.replace(
                entry,
                **match.identity(),
                status=FileStatus.IDENTIFIED,
                civitai_sha256=match.sha256,
                candidates=candidates if len(candidates) > 1 else (),
                removed_at=None,
                integrity=_integrity_after(entry, match.sha256),
                checked_at=checked,
                error=None,
                error_at=None,
            )
        )
        self._keep_body("version", match.version_id, chosen.version.to_dict(), now)
        self._sidecars.write(entry.path, chosen.version, match)
        if Sidecar.PREVIEW not in self.options.sidecars or has_preview(entry.path):
            return None
        url = choose_image(chosen.version, self.options.max_preview_nsfw)
        return PreviewTask(entry.path, url) if url else None

    def _keep_body(
        self, kind: str, item_id: int | None, body: dict[str, object], now: float
    ) -> None:
        if item_id is not None:
            self.catalog.put_body(kind, item_id, body, now)

    def save_preview(
        self, task: PreviewTask, data: bytes | None, failure: Exception | None
    ) -> None:
        """Write a fetched preview image under the extension its bytes call for."""
        extension, why_not = self._received_image(data, failure)
        if data is None or extension is None:
            self._preview_failed(task, why_not)
            return
        try:
            written = not has_preview(task.model) and write_atomic(
                preview_path(task.model, extension), data
            )
        except OSError as exc:
            self._preview_failed(task, str(exc))
            return
        with self._lock:
            self._counts["previews"] += int(written)
        self._report(Phase.PREVIEWS, task.model)

    def _received_image(
        self, data: bytes | None, failure: Exception | None
    ) -> tuple[str | None, str]:
        """Count one image request (a preview or an example); the extension its bytes call
        for, or None and why it cannot be saved."""
        with self._lock:
            self._requests["images"] += 1
        extension = image_extension(data) if data is not None else None
        if extension is None:
            return None, str(failure) if failure else "not a PNG, JPEG or WebP"
        return extension, ""

    def _preview_failed(self, task: PreviewTask, detail: str) -> None:
        with self._lock:
            self._problems.append(Problem(task.model, ProblemKind.PREVIEW_FAILED, detail))

    # --- examples --------------------------------------------------------------------------

    def next_example_tasks(self, limit: int = 50) -> list[ExampleTask] | None:
        """The next identified files of this scan whose examples are incomplete; None when
        there are no more (or examples are not asked for, or the scan is offline)."""
        if self.options.offline or self.options.examples <= 0:
            return None
        while True:
            found = self.catalog.identified_seen_since(self.started, self._example_cursor, limit)
            if not found:
                return None
            self._example_cursor = str(found[-1][0])
            tasks = [
                task
                for path, version_id in found
                if (task := example_task(path, version_id, self.options.examples)) is not None
            ]
            if tasks:
                return tasks

    def examples_query(self, task: ExampleTask) -> Images_API_Opts:
        """The `/images` query listing a task's candidates, with their generation data."""
        return examples_opts(task, self.options.max_preview_nsfw)

    def apply_examples(
        self,
        task: ExampleTask,
        items: list[dict[str, Any]] | None,
        failure: Exception | None,
    ) -> list[ExampleImage] | None:
        """Record one `/images` answer; return the images to download, then call
        `finish_examples`. After a failure: None (the next scan asks again)."""
        with self._lock:
            self._requests["examples"] += 1
        if items is None:
            self._examples_failed(task.model, str(failure))
            return None
        self._examples_saved[task.model] = []
        return choose_examples(task, items, self.options.max_preview_nsfw)

    def save_example(
        self, image: ExampleImage, data: bytes | None, failure: Exception | None
    ) -> None:
        """Write one downloaded example as `<image id>.<ext>`."""
        extension, why_not = self._received_image(data, failure)
        if data is None or extension is None:
            self._examples_failed(image.task.model, f"image {image.image_id}: {why_not}")
            return
        name = f"{image.image_id}.{extension}"
        try:
            folder = examples_folder(image.task.model)
            folder.mkdir(exist_ok=True)
            write_atomic(folder / name, data)
        except OSError as exc:
            self._examples_failed(image.task.model, str(exc))
            return
        with self._lock:
            self._counts["examples"] += 1
            self._examples_saved.setdefault(image.task.model, []).append(
                {**image.record, "file": name}
            )
        self._report(Phase.EXAMPLES, image.task.model)

    def finish_examples(self, task: ExampleTask) -> None:
        """Write the task's `examples.json` (what was kept and what was just saved)."""
        with self._lock:
            saved = self._examples_saved.pop(task.model, [])
        try:
            examples_folder(task.model).mkdir(exist_ok=True)
            write_atomic(examples_index(task.model), index_data(task, saved))
        except OSError as exc:
            self._examples_failed(task.model, str(exc))

    def _examples_failed(self, model: Path, detail: str) -> None:
        with self._lock:
            self._problems.append(Problem(model, ProblemKind.EXAMPLES_FAILED, detail))

    # --- update check ----------------------------------------------------------------------

    def next_update_batch(self) -> list[int] | None:
        """Up to 100 models of the files found whose versions are unknown or older than
        `max_age`; None when there are no more (or the scan is offline)."""
        if self.options.offline or not self.options.check_updates:
            return None
        batch: list[int] = []
        while len(batch) < MODELS_BATCH_SIZE:
            ids = self.catalog.model_ids_seen_since(
                self.started, self._model_cursor, MODELS_BATCH_SIZE - len(batch)
            )
            if not ids:
                break
            self._model_cursor = ids[-1]
            batch.extend(self.catalog.stale_models(ids, self._cutoff))
        return batch or None

    def apply_models(
        self, ids: list[int], found: Mapping[int, ModelInfo] | None, failure: Exception | None
    ) -> None:
        """Record one models answer (or its failure) for `ids`."""
        self._requests["models"] += 1
        now = time.time()
        if failure is not None:
            detail = f"models {ids[0]}..{ids[-1]}: {failure}"
            self._problems.append(
                Problem(self.catalog.path, ProblemKind.UPDATE_CHECK_FAILED, detail)
            )
        self.catalog.record_models(ids, found, failure, now)
        for model_id, info in (found or {}).items():
            if info.body is not None:
                self._keep_body("model", model_id, kept_model_body(info.body), now)
        self.catalog.commit()
        self._report(Phase.UPDATES)

    # --- the end ---------------------------------------------------------------------------

    def close(self) -> None:
        """Commit whatever was done (also after an interruption)."""
        self.catalog.commit()

    def report(self) -> ScanReport:
        """Mark files that are gone from fully walked folders, and sum the scan up.

        A folder with a subfolder that could not be listed was not fully walked: the files
        of the catalog below it are not marked missing.
        """
        unlisted = [
            problem.path
            for problem in self._problems
            if problem.kind == ProblemKind.UNREADABLE and problem.path.is_dir()
        ]
        if self._walk_complete:
            for folder in self._folders:
                if not any(path.is_relative_to(folder) for path in unlisted):
                    self.catalog.mark_missing(folder, self.started)
        self.catalog.commit()
        statuses = self.catalog.status_counts(self.started)
        return ScanReport(
            catalog=self.catalog.path,
            files=self._counts["files"],
            hashed=self._counts["hashed"],
            cached=self._counts["cached"],
            imported=self._counts["imported"],
            unchanged=self._counts["unchanged"],
            looked_up=self._counts["looked_up"],
            statuses={FileStatus(key): value for key, value in statuses.items()},
            sidecars_written=self._sidecars.written,
            previews_written=self._counts["previews"],
            examples_written=self._counts["examples"],
            requests=dict(self._requests),
            problems=tuple(self._problems + self._sidecars.problems),
            offline=self.options.offline,
        )


# What the catalog keeps of each version listed in a model's body (each identified file's
# own version body is kept whole).
_VERSION_SUMMARY_KEYS = frozenset(
    {
        "id",
        "index",
        "name",
        "baseModel",
        "baseModelType",
        "status",
        "createdAt",
        "updatedAt",
        "publishedAt",
        "availability",
        "nsfwLevel",
        "trainedWords",
        "air",
    }
)


def kept_model_body(body: Mapping[str, object]) -> dict[str, object]:
    """A model's body as the catalog keeps it: whole, but each of its versions reduced to a
    summary (ids, names, base model, dates, trigger words: not their files and images),
    which keeps 100,000 files well under 1 GiB."""
    kept = dict(body)
    versions = kept.get("modelVersions")
    if isinstance(versions, list):
        kept["modelVersions"] = [
            {key: value for key, value in version.items() if key in _VERSION_SUMMARY_KEYS}
            if isinstance(version, dict)
            else version
            for version in versions
        ]
    return kept


def _integrity_after(entry: LibraryEntry, listed_sha256: str | None) -> VerifyStatus | None:
    """The `verify` verdict still valid once the file is identified: kept while the file
    is still the one verified against the same SHA256, else cleared."""
    if entry.integrity is None or entry.integrity_expected != listed_sha256:
        return None
    return entry.integrity if entry.integrity_actual == entry.sha256 else None
