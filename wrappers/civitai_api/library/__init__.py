"""The local model library: identify, annotate and update a whole folder of model files.

- `scan(paths)` finds the model files, hashes each once (or imports the SHA256 a sidecar or
  A1111's cache already holds), identifies them on Civitai 100 a request, checks their
  models for newer versions 100 a request, writes the sidecars UIs read
  (`<base>.civitai.info`, `<base>.preview.<ext>`, optionally A1111's `<base>.json` and
  Stability Matrix's `<base>.cm-info.json`), and records everything in a catalog. A second
  scan of an unchanged library reads no file and sends no request until `max_age` passes.
- `ls()` lists the catalog, filtered and sorted, with no request.
- `updates()` tells, per file, whether a newer version exists on its base model, chooses the
  newer version's file matching it, and can download them `jobs` at a time and retire the
  old files once the new ones are verified.
- `verify()` re-hashes files and compares with Civitai's SHA256.
- `pin(catalog, path, version_id)` chooses among versions that share a file's SHA256.
- `show(path)` tells everything known about one file from the answers the catalog kept.
- `forget(paths)` and `prune()` drop catalog rows (of given files, of files gone from disk);
  `prune_report()` also says which rows of missing files it kept.
- `parse_status`, `parse_sort_key`, `sidecar_kinds`, `parse_retire` and `is_offline` read
  arguments as these functions do, for a program that checks its input before calling them.

Nothing here prints: results are dataclasses with `to_dict()`, statuses are StrEnums, and
long operations report through a `progress` callback. `scan` and `updates` have async twins
(`async_scan`, `async_updates`) for asyncio and trio.

Example:
    >>> from civitai_api import library
    >>> with civitai_api.build_client() as client:  # doctest: +SKIP
    ...     report = library.scan(["models/Lora"], client=client)
    ...     for entry in library.ls(statuses="identified", sort="name"):
    ...         print(entry.model_name, entry.version_name, entry.path.name)
"""

from ._catalog import Catalog, CatalogError, ModelRecord, ModelState
from ._known import A1111Cache
from ._listing import LibraryError, Pruned, forget, ls, ls_json, pin, prune, prune_report
from ._options import (
    DEFAULT_MAX_AGE,
    DEFAULT_MAX_PREVIEW_NSFW,
    DEFAULT_RECHECK_NOT_FOUND,
    DEFAULT_SIDECARS,
    OFFLINE_ENV,
    is_offline,
    parse_sort_key,
    parse_status,
    sidecar_kinds,
)
from ._retire import parse_retire
from ._scan import async_scan, scan
from ._show import FileDetails, show
from ._types import (
    Candidate,
    FileStatus,
    HashSource,
    LibraryEntry,
    Phase,
    Problem,
    ProblemKind,
    Progress,
    ProgressCallback,
    Retire,
    ScanReport,
    Sidecar,
    SortKey,
    UpdateResult,
    UpdateStatus,
    VerifyResult,
    VerifyStatus,
)
from ._updates import async_updates, updates
from ._verify import verify

__all__ = [
    "DEFAULT_MAX_AGE",
    "DEFAULT_MAX_PREVIEW_NSFW",
    "DEFAULT_RECHECK_NOT_FOUND",
    "DEFAULT_SIDECARS",
    "OFFLINE_ENV",
    "A1111Cache",
    "Candidate",
    "Catalog",
    "CatalogError",
    "FileDetails",
    "FileStatus",
    "HashSource",
    "LibraryEntry",
    "LibraryError",
    "ModelRecord",
    "ModelState",
    "Phase",
    "Problem",
    "ProblemKind",
    "Progress",
    "ProgressCallback",
    "Pruned",
    "Retire",
    "ScanReport",
    "Sidecar",
    "SortKey",
    "UpdateResult",
    "UpdateStatus",
    "VerifyResult",
    "VerifyStatus",
    "async_scan",
    "async_updates",
    "forget",
    "is_offline",
    "ls",
    "ls_json",
    "parse_retire",
    "parse_sort_key",
    "parse_status",
    "pin",
    "prune",
    "prune_report",
    "scan",
    "show",
    "sidecar_kinds",
    "updates",
    "verify",
]
