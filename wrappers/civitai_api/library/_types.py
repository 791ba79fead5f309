"""What the library's functions return: statuses as StrEnums, results as frozen dataclasses.

Every value is plain data (paths, ints, strings, datetimes), so a command line can print
it as a table or turn it into JSON with `to_dict()`.
"""

from __future__ import annotations

import dataclasses
import datetime
from collections.abc import Callable, Mapping
from enum import StrEnum
from pathlib import Path

from .._lookup import Candidate
from .._problems import Problem, ProblemKind

__all__ = [
    "Candidate",
    "FileStatus",
    "HashSource",
    "LibraryEntry",
    "Phase",
    "Problem",
    "ProblemKind",
    "Progress",
    "ProgressCallback",
    "Retire",
    "ScanReport",
    "Sidecar",
    "SortKey",
    "UpdateResult",
    "UpdateStatus",
    "VerifyResult",
    "VerifyStatus",
]


class FileStatus(StrEnum):
    """What the catalog knows about a file."""

    IDENTIFIED = "identified"  # one model version (or the version pinned among several)
    AMBIGUOUS = "ambiguous"  # several versions share the file's SHA256; pin one
    NOT_FOUND = "not-found"  # checked: Civitai does not know this SHA256 (any more)
    HASHED = "hashed"  # SHA256 known, not looked up yet
    LOOKUP_FAILED = "lookup-failed"  # never identified, and the lookup request failed
    REMOVED = "removed"  # identified before; its version is gone from Civitai now (kept)
    CORRUPT = "corrupt"  # `verify` found other bytes than the version's (identity kept)
    EMPTY = "empty"  # a file of 0 bytes: never hashed or looked up
    UNREADABLE = "unreadable"  # the file could not be read
    MISSING = "missing"  # in the catalog, but no longer on disk


class HashSource(StrEnum):
    """Where a file's SHA256 came from. Anything but `computed` is a hint, tied to the size
    and modification time the file had when it was imported; `verify` re-hashes to confirm."""

    COMPUTED = "computed"  # read from the file by this package (now or in its hash cache)
    CIVITAI_INFO = "civitai-info"  # `<base>.civitai.info` (`files[].hashes`)
    CM_INFO = "cm-info"  # Stability Matrix `<base>.cm-info.json` (`Hashes`)
    LORA_MANAGER = "lora-manager"  # ComfyUI-Lora-Manager `<base>.metadata.json` (`sha256`)
    A1111_CACHE = "a1111-cache"  # A1111's `cache.json` (`hashes` section)


class Sidecar(StrEnum):
    """Files written next to a model file for the UIs that read them."""

    CIVITAI_INFO = "civitai-info"  # `<base>.civitai.info`: the version body (Civitai Helper)
    PREVIEW = "preview"  # `<base>.preview.<png|jpg|webp>`: the version's first image
    A1111 = "a1111"  # `<base>.json`: A1111/Forge user metadata, merged
    CM_INFO = "cm-info"  # `<base>.cm-info.json`: Stability Matrix


class UpdateStatus(StrEnum):
    """Whether a file has a newer version on Civitai."""

    LATEST = "latest"
    UPDATE_AVAILABLE = "update-available"
    UPDATE_DOWNLOADED = "update-downloaded"  # the newer version's file is in the library
    NOT_FOUND = "not-found"  # the file, or its model, is not on Civitai (any more)
    NOT_HASHED = "not-hashed"  # no SHA256 yet (not scanned, empty or unreadable)
    LOOKUP_FAILED = "lookup-failed"  # the last lookup or update check failed
    AMBIGUOUS = "ambiguous"  # several versions share the SHA256: pin one first
    NOT_CHECKED = "not-checked"  # hashed but never looked up (offline so far)
    EARLY_ACCESS = "early-access"  # the newer version is still behind early or paid access
    OTHER_BASE_MODEL = "other-base-model"  # newer versions exist, on other base models only
    DOWNLOADED = "downloaded"  # the newer version's file was downloaded by this call
    FAILED = "failed"  # its download failed (`error` says why); the old file is untouched


class Retire(StrEnum):
    """What `updates` does with an old file once its update is downloaded and verified."""

    KEEP = "keep"
    MOVE = "move"  # into another folder, keeping its place below the library's root
    DELETE = "delete"


class VerifyStatus(StrEnum):
    """The outcome of re-hashing a file."""

    OK = "ok"  # the SHA256 equals Civitai's
    CORRUPT = "corrupt"  # the SHA256 differs from Civitai's
    UNKNOWN = "unknown"  # Civitai's SHA256 for this file is not known
    UNREADABLE = "unreadable"  # the file could not be read


class Phase(StrEnum):
    """What a long operation is doing, for progress reports."""

    HASHING = "hashing"  # walking the folders, importing or computing hashes
    LOOKUP = "lookup"  # identifying hashes on Civitai
    PREVIEWS = "previews"  # fetching preview images
    EXAMPLES = "examples"  # fetching example images and their generation data
    UPDATES = "updates"  # checking models for newer versions
    DOWNLOAD = "download"  # downloading updates
    VERIFY = "verify"  # re-hashing files


class SortKey(StrEnum):
    """Orders for `ls`."""

    PATH = "path"
    NAME = "name"  # model name, then version name
    SIZE = "size"
    TYPE = "type"
    BASE_MODEL = "base-model"
    STATUS = "status"
    CHECKED = "checked"  # time of the last lookup


@dataclasses.dataclass(frozen=True)
class Progress:
    """One progress report.

    Attributes:
        phase: What is being done.
        files: Model files handled so far in this phase (downloads: those finished).
        total: How many there are, when known (a scan streams its folders: None).
        hashed: Files whose bytes were read so far.
        bytes_hashed: Bytes read so far.
        requests: API requests sent so far.
        path: The file being handled, if any.
        bytes_done, bytes_total: Progress of the current download.
    """

    phase: Phase
    files: int = 0
    total: int | None = None
    hashed: int = 0
    bytes_hashed: int = 0
    requests: int = 0
    path: Path | None = None
    bytes_done: int = 0
    bytes_total: int | None = None


ProgressCallback = Callable[[Progress], object]


@dataclasses.dataclass(frozen=True)
class ScanReport:
    """What a scan did.

    Attributes:
        catalog: The catalog database the scan wrote to.
        files: Model files found.
        hashed: Files whose bytes were read to compute their SHA256.
        cached: Files whose SHA256 was in the hash cache (read by an earlier `hash_file`,
            `identify_files` or scan; not read now).
        imported: Files whose SHA256 was taken from a sidecar or A1111's cache instead.
        unchanged: Files whose size and modification time matched the catalog (not read).
        looked_up: Files whose identity was asked of Civitai.
        statuses: How many of the files found have each status now.
        sidecars_written: Sidecar files written (created or changed).
        previews_written: Preview images written.
        examples_written: Example images written (`examples`).
        requests: API and image requests sent, by kind (`by-hash`, `models`, `images`).
        problems: Everything skipped or left alone.
        offline: Whether the scan sent no request by choice.
    """

    catalog: Path
    files: int = 0
    hashed: int = 0
    cached: int = 0
    imported: int = 0
    unchanged: int = 0
    looked_up: int = 0
    statuses: Mapping[FileStatus, int] = dataclasses.field(default_factory=dict)
    sidecars_written: int = 0
    previews_written: int = 0
    examples_written: int = 0
    requests: Mapping[str, int] = dataclasses.field(default_factory=dict)
    problems: tuple[Problem, ...] = ()
    offline: bool = False

    @property
    def api_requests(self) -> int:
        """Requests to the API (identity and update checks, example listings; image
        downloads not counted)."""
        return sum(count for kind, count in self.requests.items() if kind != "images")

    def to_dict(self) -> dict[str, object]:
        """The report as JSON-ready data."""
        return {
            "catalog": str(self.catalog),
            "files": self.files,
            "hashed": self.hashed,
            "cached": self.cached,
            "imported": self.imported,
            "unchanged": self.unchanged,
            "looked_up": self.looked_up,
            "statuses": {str(key): value for key, value in self.statuses.items()},
            "sidecars_written": self.sidecars_written,
            "previews_written": self.previews_written,
            "examples_written": self.examples_written,
            "requests": dict(self.requests),
            "problems": [problem.to_dict() for problem in self.problems],
            "offline": self.offline,
        }


def _json_value(value: object) -> object:
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    if isinstance(value, StrEnum):
        return str(value)
    if isinstance(value, Candidate):
        return value.to_json()
    if isinstance(value, tuple):
        return [_json_value(item) for item in value]
    return value


def _as_dict(record: object) -> dict[str, object]:
    return {
        item.name: _json_value(getattr(record, item.name))
        for item in dataclasses.fields(record)  # type: ignore[arg-type]
    }


@dataclasses.dataclass(frozen=True)
class LibraryEntry:
    """One file in the catalog.

    Attributes:
        path: The file (absolute).
        size, mtime_ns: The size and modification time the rest of the entry describes.
        sha256: Its SHA256 (upper-case), when known.
        sha256_source: Where the SHA256 came from (`computed`, or a sidecar it was imported
            from).
        status: What is known about the file.
        model_id, model_name, model_type: The model (for `not-found`, the last one known).
        version_id, version_name, base_model: The version.
        file_id: Civitai's id of the matching file of the version.
        civitai_sha256: The SHA256 Civitai lists for that file (what `verify` compares with).
        candidates: Every version sharing the SHA256, when there are several.
        pinned_version_id: The version chosen with `pin`, if any.
        checked_at: When Civitai last answered about the file.
        error: Why the last hashing or lookup failed, if it did (a failed lookup of a file
            already known leaves its status and identity as they were).
        error_at: When that lookup failed.
        removed_at: When its version was first seen gone from Civitai (status `removed`).
        integrity: The last `verify` verdict: `ok` or `corrupt` (None: never verified).
        integrity_expected, integrity_actual: The SHA256 Civitai lists and the one read.
        verified_at: When `verify` read the file.
    """

    path: Path
    size: int
    mtime_ns: int
    status: FileStatus
    sha256: str | None = None
    sha256_source: HashSource | None = None
    model_id: int | None = None
    model_name: str | None = None
    model_type: str | None = None
    version_id: int | None = None
    version_name: str | None = None
    base_model: str | None = None
    file_id: int | None = None
    civitai_sha256: str | None = None
    candidates: tuple[Candidate, ...] = ()
    pinned_version_id: int | None = None
    checked_at: datetime.datetime | None = None
    error: str | None = None
    error_at: datetime.datetime | None = None
    removed_at: datetime.datetime | None = None
    integrity: VerifyStatus | None = None
    integrity_expected: str | None = None
    integrity_actual: str | None = None
    verified_at: datetime.datetime | None = None

    def to_dict(self) -> dict[str, object]:
        """The entry as JSON-ready data (paths and times as strings)."""
        return _as_dict(self)


@dataclasses.dataclass(frozen=True)
class UpdateResult:
    """Whether one file has a newer version.

    Attributes:
        path: The file.
        status: The answer.
        model_id, model_name, version_id, version_name, base_model: What the file is.
        size: The file's size in bytes.
        latest_version_id, latest_version_name, latest_base_model: The newest version on the
            file's base model (on any with `any_base_model`; with `other-base-model`, the
            newest version of the other base models).
        latest_file_id, latest_file_name, latest_file_size: The newer version's file chosen
            to update this one (the one matching it, else the primary file).
        file_choice: Why that file: the facts it shares with this one (`type, format, fp`),
            or `primary` when no file matched.
        early_access_until: With `early-access`: when the early or paid access ends (None
            when Civitai gives no end).
        downloaded_path: Where the newer version's file is in the library, when it is.
        retired: What was done with this (old) file: `moved` or `deleted` (`would-move`,
            `would-delete` in a dry run); None when it was kept.
        retired_path: Where `moved` put it.
        checked_at: When the model's versions were last fetched.
        error: Why the check, download or retirement failed, if it did.
    """

    path: Path
    status: UpdateStatus
    model_id: int | None = None
    model_name: str | None = None
    version_id: int | None = None
    version_name: str | None = None
    base_model: str | None = None
    latest_version_id: int | None = None
    latest_version_name: str | None = None
    latest_base_model: str | None = None
    size: int | None = None
    latest_file_id: int | None = None
    latest_file_name: str | None = None
    latest_file_size: int | None = None
    file_choice: str | None = None
    early_access_until: datetime.datetime | None = None
    downloaded_path: Path | None = None
    retired: str | None = None
    retired_path: Path | None = None
    checked_at: datetime.datetime | None = None
    error: str | None = None

    def to_dict(self) -> dict[str, object]:
        """The result as JSON-ready data."""
        return _as_dict(self)


@dataclasses.dataclass(frozen=True)
class VerifyResult:
    """The outcome of re-hashing one file.

    Attributes:
        path: The file.
        status: ok, corrupt, unknown or unreadable.
        sha256: The SHA256 just computed (None when unreadable).
        expected: Civitai's SHA256 for the file, when known.
        expected_source: Where `expected` came from: `catalog` (the last lookup) or the
            sidecar it was read from (`civitai-info`, `cm-info`).
        error: Why the file could not be read.
    """

    path: Path
    status: VerifyStatus
    sha256: str | None = None
    expected: str | None = None
    expected_source: str | None = None
    error: str | None = None

    def to_dict(self) -> dict[str, object]:
        """The result as JSON-ready data."""
        return _as_dict(self)
