"""The decisions of a download, with no I/O: which file, which URL, what an answer means.

The sync and async drivers in `engine.py` only move bytes; everything they decide is asked
of the functions here, so both behave the same and the rules are tested as plain tables.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Mapping, Sequence

import httpx

from .._constants import (
    CIVITAI_HOSTS,
    PARALLEL_BLOCKS_PER_CONNECTION,
    PARALLEL_MAX_BLOCK,
    PARALLEL_MIN_BLOCK,
)
from .._exceptions import (
    AuthenticationError,
    DownloadError,
    ErrorContext,
    NotFoundError,
    ResumeNotSupportedError,
)
from .._redact import redact_url

__all__ = [
    "FileCriteria",
    "FileInfo",
    "FileSelectionError",
    "UnsafeFileError",
    "content_range",
    "find_file",
    "is_trusted",
    "plan_blocks",
    "redirect_target",
    "resume_start",
    "scan_summary",
    "scan_verdict",
    "select_file",
]

_CONTENT_RANGE = re.compile(r"^\s*bytes\s+(\d+)-(\d+)/(\d+|\*)\s*$", re.IGNORECASE)
_UNSATISFIED_RANGE = re.compile(r"^\s*bytes\s+\*/(\d+)\s*$", re.IGNORECASE)
_ERROR_CONTENT_TYPES = ("text/html", "application/json", "text/plain", "application/xml")
# a 307 to the login page means "log in to download".
_LOGIN_HINTS = ("reason=download-auth", "/login")


class FileSelectionError(NotFoundError):
    """The model version has no file matching the request; `available` lists its files.

    Attributes:
        available: Each file of the version, described in one line.
        files: The version's files.
        wanted: The metadata filters that matched nothing, by `FileInfo` attribute name.
        file_id: The file id asked for, when one was.
        named: The name (or id) given to `find_file`, when it matched no file or several.
        several: Whether `named` matched several files (rather than none).
    """

    def __init__(
        self,
        message: str,
        *,
        available: Sequence[str] = (),
        files: Sequence[FileInfo] = (),
        wanted: Mapping[str, str] | None = None,
        file_id: int | None = None,
        named: str | None = None,
        several: bool = False,
    ) -> None:
        super().__init__(message)
        self.available = tuple(available)
        self.files = tuple(files)
        self.wanted = dict(wanted or {})
        self.file_id = file_id
        self.named = named
        self.several = several


class UnsafeFileError(DownloadError):
    """Civitai's scans flagged the file (`Danger`, `Error`) or have not finished (`Pending`).

    Nothing was downloaded; `allow_unscanned=True` downloads it anyway.

    Attributes:
        name: The file's name.
        verdict: `refused` (Danger or Error) or `pending`.
        scans: The scan results, as `scan_summary` words them.
    """

    def __init__(self, message: str, *, name: str, verdict: str, scans: str) -> None:
        super().__init__(message)
        self.name, self.verdict, self.scans = name, verdict, scans


@dataclasses.dataclass(frozen=True)
class FileInfo:
    """What the download needs to know about one file of a model version.

    Attributes:
        id: The file id (`?fileId=`).
        name: The file name the API lists.
        size: The size in bytes (from `sizeKB`), when listed.
        type: The file type (`Model`, `Pruned Model`, `VAE`, ...).
        format: `SafeTensor`, `PickleTensor`, `GGUF`, ...
        precision_size: `full` or `pruned` (the API's `metadata.size`).
        fp: `fp16`, `bf16`, ...
        quant_type: `Q4_K_M`, ...
        primary: Whether it is the version's primary file.
        hashes: Hash type → hex, as the API lists them.
        virus_scan: Civitai's virus scan result (`Pending`, `Success`, `Danger`, `Error`).
        pickle_scan: Civitai's pickle scan result (the same values).
    """

    id: int
    name: str
    size: int | None = None
    type: str | None = None
    format: str | None = None
    precision_size: str | None = None
    fp: str | None = None
    quant_type: str | None = None
    primary: bool = False
    hashes: Mapping[str, str] = dataclasses.field(default_factory=dict)
    virus_scan: str | None = None
    pickle_scan: str | None = None

    @property
    def sha256(self) -> str | None:
        """Civitai's SHA256 of the file, upper-case, when listed."""
        value = self.hashes.get("SHA256")
        return value.upper() if value else None

    def describe(self) -> str:
        """One line naming the file and how to select it."""
        facts = [
            f"{label}={value}"
            for label, value in (
                ("type", self.type),
                ("format", self.format),
                ("size", self.precision_size),
                ("fp", self.fp),
                ("quant_type", self.quant_type),
            )
            if value
        ]
        primary = ", primary" if self.primary else ""
        return f"file_id={self.id} {self.name!r} ({', '.join(facts)}{primary})"


@dataclasses.dataclass(frozen=True)
class FileCriteria:
    """How the caller asked for a file; all None means "the primary file"."""

    file_id: int | None = None
    type: str | None = None
    format: str | None = None
    size: str | None = None
    fp: str | None = None
    quant_type: str | None = None

    def wanted(self) -> dict[str, str]:
        """The metadata filters given, by `FileInfo` attribute name."""
        pairs = {
            "type": self.type,
            "format": self.format,
            "precision_size": self.size,
            "fp": self.fp,
            "quant_type": self.quant_type,
        }
        return {key: value for key, value in pairs.items() if value is not None}


def size_from_kb(size_kb: float | None) -> int | None:
    """The byte size the API means by `sizeKB` (bytes / 1024, as a float)."""
    if size_kb is None or not math.isfinite(size_kb) or size_kb < 0:
        return None
    return round(size_kb * 1024)


def select_file(files: Sequence[FileInfo], criteria: FileCriteria) -> FileInfo:
    """Choose the file to download: by id, else by metadata filters, else the primary file.

    Among several files matching the filters the primary one wins, then a SafeTensor over
    other formats (pickles were picked by mistake), then the API's order. A PickleTensor is
    never chosen over a SafeTensor of the same kind (type, size and precision), even when it
    is the primary file: a pickle can run code when it is loaded.

    Args:
        files: The version's files.
        criteria: What the caller asked for.

    Returns:
        The chosen file.

    Raises:
        FileSelectionError: No file matches; the message lists the files there are.
    """
    if not files:
        raise FileSelectionError(
            "Civitai lists no files for this model version (an archived model has none)"
        )
    available = [info.describe() for info in files]
    listing = "; ".join(available)
    if criteria.file_id is not None:
        for info in files:
            if info.id == criteria.file_id:
                return info
        raise FileSelectionError(
            f"This model version has no file with id {criteria.file_id}. Files: {listing}",
            available=available,
            files=files,
            file_id=criteria.file_id,
        )
    wanted = criteria.wanted()
    candidates = [
        info
        for info in files
        if all(_same(getattr(info, key), value) for key, value in wanted.items())
    ]
    if not candidates:
        asked = ", ".join(f"{key}={value}" for key, value in wanted.items()) or "any file"
        raise FileSelectionError(
            f"This model version has no file matching {asked}. Files: {listing}",
            available=available,
            files=files,
            wanted=wanted,
        )
    ranked = sorted(
        enumerate(candidates),
        key=lambda pair: (
            not pair[1].primary,
            not _same(pair[1].format, "SafeTensor"),
            not wanted and not _same(pair[1].type, "Model"),
            pair[0],
        ),
    )
    chosen = ranked[0][1]
    if _same(chosen.format, "PickleTensor"):
        # a pickle can run code when loaded: the SafeTensor of the same kind wins, even over
        # the primary file (naming the pickle, by id or `format=PickleTensor`, still gets it)
        safer = [info for _, info in ranked if _safetensor_twin(info, chosen)]
        if safer:
            return safer[0]
    return chosen


def _safetensor_twin(info: FileInfo, pickle: FileInfo) -> bool:
    """Whether `info` is a SafeTensor of the same kind as `pickle` (type, size, precision)."""
    if not _same(info.format, "SafeTensor"):
        return False
    return all(
        theirs is None or ours is None or _same(ours, theirs)
        for ours, theirs in (
            (info.type, pickle.type),
            (info.precision_size, pickle.precision_size),
            (info.fp, pickle.fp),
        )
    )


def find_file(files: Sequence[FileInfo], wanted: str) -> FileInfo:
    """The file a user names by id, exact name, or a unique case-insensitive part of its name.

    Args:
        files: The version's files.
        wanted: A file id (digits) or a name.

    Returns:
        The file.

    Raises:
        FileSelectionError: No file, or several files, match; the message lists the files.
    """
    available = [info.describe() for info in files]
    listing = "; ".join(available) or "none"
    text = wanted.strip()
    if text.isdigit():
        for info in files:
            if info.id == int(text):
                return info
    exact = [info for info in files if info.name == text]
    partial = [info for info in files if text.casefold() in info.name.casefold()]
    found = exact or partial
    if len(found) == 1:
        return found[0]
    problem = "matches several files" if found else "matches no file"
    raise FileSelectionError(
        f"{text!r} {problem} of this model version. Files: {listing}",
        available=available,
        files=files,
        named=text,
        several=bool(found),
    )


# Scan results that refuse a download, and the one that means "not scanned yet".
_REFUSED_SCANS = ("danger", "error")
_PENDING_SCAN = "pending"


def scan_summary(virus_scan: str | None, pickle_scan: str | None) -> str:
    """The two scan results in a few words: `Success`, or each one when they differ from it
    (`virus Danger, pickle Success`); `unknown` when Civitai lists neither."""
    if virus_scan is None and pickle_scan is None:
        return "unknown"
    if _same(virus_scan, "Success") and _same(pickle_scan, "Success"):
        return "Success"
    pairs = (("virus", virus_scan), ("pickle", pickle_scan))
    return ", ".join(f"{label} {value or 'unknown'}" for label, value in pairs)


def scan_verdict(info: FileInfo) -> str:
    """What Civitai's scans say of a file: `refused` (either is Danger or Error), `pending`
    (either is Pending), else `ok` (Success, or not listed, as in older answers)."""
    found = [scan.strip().casefold() for scan in (info.virus_scan, info.pickle_scan) if scan]
    if any(scan in _REFUSED_SCANS for scan in found):
        return "refused"
    if _PENDING_SCAN in found:
        return "pending"
    return "ok"


def check_scans(info: FileInfo, *, allow_unscanned: bool) -> None:
    """Refuse a file Civitai's scans flagged or have not finished, unless allowed.

    Raises:
        UnsafeFileError: The verdict is `refused` or `pending` and `allow_unscanned` is False.
    """
    verdict = scan_verdict(info)
    if verdict == "ok" or allow_unscanned:
        return
    scans = scan_summary(info.virus_scan, info.pickle_scan)
    what = "flagged it" if verdict == "refused" else "have not finished"
    raise UnsafeFileError(
        f"{info.name}: not downloaded, Civitai's scans {what} ({scans})",
        name=info.name,
        verdict=verdict,
        scans=scans,
    )


def _same(have: str | None, want: str) -> bool:
    return have is not None and have.strip().casefold() == want.strip().casefold()


def is_trusted(url: httpx.URL, api_url: httpx.URL) -> bool:
    """Whether the API key may be sent to `url`.

    Only Civitai's own hosts over HTTPS (civitai.com and civitai.red) and the
    exact origin (scheme, host, port) the client's API calls go to. Never storage hosts.

    Args:
        url: Where the next request goes.
        api_url: The download endpoint URL built from the client's base URL.

    Returns:
        True when the `Authorization` header may go along.
    """
    if url.scheme == "https" and url.host in CIVITAI_HOSTS:
        return True
    return (url.scheme, url.host, url.port) == (api_url.scheme, api_url.host, api_url.port)


def redirect_target(
    current: httpx.URL, status: int, headers: Mapping[str, str], api_url: httpx.URL
) -> httpx.URL:
    """Where a redirect answer points, checked.

    Args:
        current: The URL that answered.
        status: Its status (301, 302, 303, 307 or 308).
        headers: Its headers.
        api_url: The download endpoint URL (its origin is Civitai's, see `is_trusted`).

    Returns:
        The absolute URL to request next.

    Raises:
        AuthenticationError: The redirect goes to Civitai's login page.
        DownloadError: The redirect has no usable `Location`.
    """
    location = headers.get("location")
    context: ErrorContext = {"status_code": status, "method": "GET", "url": redact_url(current)}
    if not location:
        raise DownloadError("The download redirect has no Location header", **context)
    target = current.join(location)
    if target.scheme not in ("http", "https"):
        raise DownloadError("The download redirects to a non-HTTP URL", **context)
    login_page = any(hint in f"{target.path}?{target.query.decode()}" for hint in _LOGIN_HINTS)
    if login_page and is_trusted(target, api_url):
        raise AuthenticationError(
            "Civitai redirected the download to its login page: this file needs an API key",
            **context,
        )
    return target


@dataclasses.dataclass(frozen=True)
class ContentRange:
    """A parsed `Content-Range: bytes first-last/total` (total None for `*`)."""

    first: int
    last: int
    total: int | None


def content_range(value: str | None) -> ContentRange | None:
    """Parse a `Content-Range` header of a 206 answer, or None when missing or malformed."""
    match = _CONTENT_RANGE.match(value or "")
    if not match:
        return None
    first, last, total = match.groups()
    return ContentRange(int(first), int(last), None if total == "*" else int(total))


def resume_start(
    status: int,
    headers: Mapping[str, str],
    offset: int,
    expected_size: int | None,
    url: httpx.URL,
) -> tuple[int, int | None]:
    """Check a file answer against the bytes already on disk.

    Args:
        status: 200 or 206 (other statuses are errors, handled before).
        headers: The answer's headers.
        offset: Bytes already in the `.part` file (the `Range` start asked for).
        expected_size: The size the API lists, when known.
        url: The URL that answered (for error messages).

    Returns:
        (start, total): where the body's first byte goes in the file (0 means start over,
        discarding the `.part`), and the file's full size when the answer says it.

    Raises:
        ResumeNotSupportedError: A 206 whose range does not start at `offset`, or whose
            total contradicts the listed size.
    """
    context: ErrorContext = {"status_code": status, "method": "GET", "url": redact_url(url)}
    if status == 200:
        length = headers.get("content-length")
        total = int(length) if length and length.isdigit() else None
        return 0, total
    parsed = content_range(headers.get("content-range"))
    if parsed is None or parsed.first != offset:
        raise ResumeNotSupportedError(
            f"Asked for bytes from {offset} but the server sent "
            f"Content-Range {headers.get('content-range')!r}",
            **context,
        )
    if parsed.total is not None and expected_size is not None and parsed.total != expected_size:
        raise ResumeNotSupportedError(
            f"The server's file is {parsed.total} bytes, the API lists {expected_size}",
            **context,
        )
    return offset, parsed.total if parsed.total is not None else expected_size


def unsatisfiable_total(headers: Mapping[str, str]) -> int | None:
    """The file size a 416 answer states (`Content-Range: bytes */total`), if any."""
    match = _UNSATISFIED_RANGE.match(headers.get("content-range", ""))
    return int(match.group(1)) if match else None


def plan_blocks(start: int, total: int, connections: int) -> list[tuple[int, int]]:
    """Split bytes `start`..`total-1` into ranges for parallel requests.

    Each connection gets several blocks so a slow one does not hold the rest back; blocks are
    between `PARALLEL_MIN_BLOCK` and `PARALLEL_MAX_BLOCK` bytes.

    Args:
        start: The first byte to fetch.
        total: The file size.
        connections: The number of parallel connections.

    Returns:
        Inclusive (first, last) byte ranges, in file order.
    """
    remaining = total - start
    if remaining <= 0:
        return []
    per_block = math.ceil(remaining / (max(1, connections) * PARALLEL_BLOCKS_PER_CONNECTION))
    block = min(PARALLEL_MAX_BLOCK, max(PARALLEL_MIN_BLOCK, per_block))
    return [(first, min(first + block, total) - 1) for first in range(start, total, block)]


def range_headers(offset: int, etag: str | None, end: int | None = None) -> dict[str, str]:
    """Request headers for a file request starting at `offset` (and ending at `end`).

    `Accept-Encoding: identity` keeps byte offsets those of the file. `If-Range` is sent only
    with a strong ETag (RFC 9110 §13.1.5), so a changed file is sent whole (200), not spliced.
    """
    headers = {"Accept-Encoding": "identity"}
    if offset > 0 or end is not None:
        headers["Range"] = f"bytes={offset}-{'' if end is None else end}"
        if etag and not etag.startswith("W/"):
            headers["If-Range"] = etag
    return headers
