"""One download's fixed facts (`Job`), its changing state (`Transfer`) and its local file steps.

Both drivers share these. The file steps (`existing_result`, `open_writer`, `finish`) do
blocking file I/O; the async driver runs them in a worker thread.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import os
import socket
import threading
from collections.abc import Callable, Mapping
from pathlib import Path

import httpx

from .._adapter import absolute_url
from .._constants import (
    DEFAULT_HASH_ALGORITHMS,
    DOWNLOAD_MAX_RESUMES,
    INITIAL_RETRY_DELAY,
    MAX_RETRY_DELAY,
)
from .._error_mapping import error_from_transport
from .._exceptions import DownloadError, HashMismatchError, QueryParamsError
from .._hash_cache import get_default_cache
from .._hashing import hash_file
from .._redact import redact_url
from .naming import filename_from_content_disposition, part_name, resolve_inside, safe_filename
from .plan import FileCriteria, FileInfo, check_scans, select_file
from .writer import PartWriter

__all__ = ["DownloadResult", "Job", "ProgressCallback", "Stop", "Stopped", "Transfer"]

logger = logging.getLogger("civitai_api")

ProgressCallback = Callable[[int, int | None], object]


class Stopped(Exception):
    """Raised in a download's thread once its `Stop` is set; the `.part` keeps its bytes."""


class Stop:
    """Ends a sync download running in a worker thread for an async caller that was cancelled.

    The thread checks it between reads and before each resume; `set` also shuts down the
    socket a body is being read from, so a read blocked on a silent server ends at once.
    """

    def __init__(self) -> None:
        self._set = threading.Event()
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []

    def watch(self, sock: socket.socket) -> None:
        """Shut `sock` down when the stop is set (at once if it already is)."""
        with self._lock:
            self._sockets = [known for known in self._sockets if known.fileno() != -1]
            self._sockets.append(sock)
        if self._set.is_set():
            _shut(sock)

    def set(self) -> None:
        """Ask the download to stop (from any thread)."""
        self._set.set()
        with self._lock:
            sockets = list(self._sockets)
        for sock in sockets:
            _shut(sock)

    def is_set(self) -> bool:
        """Whether the stop was asked for."""
        return self._set.is_set()

    def check(self) -> None:
        """Raise `Stopped` once the stop was asked for."""
        if self._set.is_set():
            raise Stopped("the download was cancelled")


def _shut(sock: socket.socket) -> None:
    # The plain socket's own shutdown, also for an `SSLSocket` (whose override would drop its
    # TLS state under the thread reading it): the blocked read sees the connection end.
    with contextlib.suppress(OSError):
        socket.socket.shutdown(sock, socket.SHUT_RDWR)


@dataclasses.dataclass(frozen=True)
class DownloadResult:
    """What a download produced.

    Attributes:
        path: The file on disk.
        model_version_id: The model version it belongs to.
        file_id: Civitai's file id.
        name: The file's name on disk.
        size: Its size in bytes.
        sha256: Its SHA256 (upper-case hex), computed from the bytes on disk.
        hashes: Every hash computed (`SHA256`, `AutoV1`, `AutoV2`).
        verified: Whether the size and SHA256 were checked against Civitai's (False with
            `verify=False`, or when Civitai lists no SHA256 for the file).
        already_present: The file was already there, complete; nothing was downloaded.
        resumed: Part of the file came from an earlier, interrupted transfer.
    """

    path: Path
    model_version_id: int
    file_id: int
    name: str
    size: int
    sha256: str
    hashes: Mapping[str, str]
    verified: bool
    already_present: bool = False
    resumed: bool = False


@dataclasses.dataclass(frozen=True)
class Job:
    """Everything decided before the first request for the file."""

    version_id: int
    file: FileInfo
    dest_dir: Path
    api_url: httpx.URL
    default_path: Path
    part_path: Path
    verify: bool
    resume: bool
    overwrite: bool
    connections: int
    progress: ProgressCallback | None
    stop: Stop | None = None  # set when the download runs in a thread for an async caller

    @classmethod
    def prepare(
        cls,
        *,
        base_url: httpx.URL,
        version_id: int,
        files: list[FileInfo],
        criteria: FileCriteria,
        dest_dir: str | os.PathLike[str],
        verify: bool,
        resume: bool,
        overwrite: bool,
        connections: int,
        progress: ProgressCallback | None,
        allow_unscanned: bool = False,
    ) -> Job:
        """Choose the file and fix the URL and paths (pure, except for resolving paths).

        Raises:
            UnsafeFileError: Civitai's scans flagged the file or have not finished, and
                `allow_unscanned` is False (see `plan.check_scans`).
        """
        if isinstance(connections, bool) or not isinstance(connections, int) or connections < 1:
            raise QueryParamsError(
                f"connections must be an int >= 1, got {connections!r}", param="connections"
            )
        chosen = select_file(files, criteria)
        check_scans(chosen, allow_unscanned=allow_unscanned)
        # `?type=&format=` URLs have answered 404 where `?fileId=` worked.
        path = f"/api/download/models/{version_id}"
        api_url = httpx.URL(absolute_url(base_url, path), params={"fileId": str(chosen.id)})
        folder = Path(dest_dir)
        name = safe_filename(chosen.name, fallback=f"model-{version_id}-{chosen.id}")
        return cls(
            version_id=version_id,
            file=chosen,
            dest_dir=folder,
            api_url=api_url,
            default_path=resolve_inside(folder, name),
            part_path=resolve_inside(folder, part_name(name)),
            verify=verify,
            resume=resume,
            overwrite=overwrite,
            connections=connections,
            progress=progress,
        )

    def existing_result(self) -> DownloadResult | None:
        """The result for a complete, matching file already in `dest_dir`, if any.

        The file is looked for under the API's name first. Storage usually names it
        differently (`getDownloadFilename` gives `{model}_{version}.{ext}`, and
        that name comes back only with the file itself), so a file of exactly the listed size
        whose SHA256 matches also counts, under any name. Hashes come through the hash cache,
        so a file checked before is not read again.

        Raises:
            DownloadError: A different file has the API's name and `overwrite` is False.
        """
        path = self.default_path
        self.dest_dir.mkdir(parents=True, exist_ok=True)
        if self.overwrite:
            return None
        if path.is_file():
            found = self._matching(path)
            if found is None:
                raise DownloadError(
                    f"{str(path)!r} exists and is not this file; pass overwrite=True to replace it",
                    path=str(path),
                    reason="exists",
                )
            return found
        if self.file.sha256 is None or self.file.size is None:
            return None
        for candidate in sorted(self.default_path.parent.iterdir()):
            if candidate.suffix != ".part" and _is_file_of_size(candidate, self.file.size):
                found = self._matching(candidate)
                if found is not None:
                    return found
        return None

    def _matching(self, path: Path) -> DownloadResult | None:
        """The result for `path` when it is this file (size and SHA256 as listed), else None."""
        expected_sha, expected_size = self.file.sha256, self.file.size
        size = path.stat().st_size
        if expected_size is not None and size != expected_size:
            return None
        hashes = hash_file(path, DEFAULT_HASH_ALGORITHMS)
        if expected_sha is not None and hashes.get("SHA256") != expected_sha:
            return None
        logger.debug("%s is already complete", path)
        return DownloadResult(
            path=path,
            model_version_id=self.version_id,
            file_id=self.file.id,
            name=path.name,
            size=size,
            sha256=hashes["SHA256"],
            hashes=hashes,
            verified=expected_sha is not None,
            already_present=True,
        )

    def open_writer(self) -> PartWriter:
        """Open the `.part` file, continuing it when resuming (a complete but wrong one is
        discarded, so a failed verification never sticks)."""
        writer = PartWriter(self.part_path, DEFAULT_HASH_ALGORITHMS, keep_existing=self.resume)
        size = self.file.size
        if size is not None and writer.position >= size:
            sha = writer.digest_so_far().get("SHA256")
            if writer.position > size or (self.file.sha256 and sha != self.file.sha256):
                logger.debug("discarding %s: complete but not the expected file", self.part_path)
                writer.restart()
        return writer

    def is_complete(self, writer: PartWriter, total: int | None) -> bool:
        """Whether the `.part` holds the whole file (as the server or the API states it)."""
        known = total if total is not None else self.file.size
        return known is not None and writer.position >= known

    def report(self, position: int, total: int | None) -> None:
        """Tell the progress callback, if any."""
        if self.progress is not None:
            self.progress(position, total if total is not None else self.file.size)

    def finish(self, writer: PartWriter, transfer: Transfer) -> DownloadResult:
        """Close the `.part`, verify it, and move it under its final name.

        Raises:
            HashMismatchError: Size or SHA256 differ from Civitai's; the `.part` is kept (its
                path is on the error) and a later call discards it and downloads again.
            DownloadError: The final name is taken by another file and `overwrite` is False.
        """
        hashes = writer.finish_writing()
        size, sha = writer.position, hashes["SHA256"]
        part = str(self.part_path)
        expected_sha, expected_size = self.file.sha256, self.file.size
        if self.verify and expected_size is not None and size != expected_size:
            raise HashMismatchError(
                f"Downloaded {size} bytes, Civitai lists {expected_size}",
                expected=str(expected_size),
                actual=str(size),
                path=part,
            )
        if self.verify and expected_sha is not None and sha != expected_sha:
            raise HashMismatchError(
                f"SHA256 {sha} of the download differs from Civitai's {expected_sha}",
                expected=expected_sha,
                actual=sha,
                path=part,
            )
        name = safe_filename(transfer.disposition_name, fallback=self.default_path.name)
        target = resolve_inside(self.dest_dir, name)
        if (
            target != self.default_path
            and target.exists()
            and not self.overwrite
            and not _same_content(target, size, sha)
        ):
            raise DownloadError(
                f"{str(target)!r} already exists; pass overwrite=True to replace it "
                f"(the download is kept in {part!r})",
                path=str(target),
                reason="taken",
                part=part,
            )
        writer.move(target)
        stat = target.stat()
        cache = get_default_cache()
        if cache is not None:
            cache.put(str(target), stat.st_size, stat.st_mtime_ns, dict(hashes))
        return DownloadResult(
            path=target,
            model_version_id=self.version_id,
            file_id=self.file.id,
            name=target.name,
            size=size,
            sha256=sha,
            hashes=hashes,
            verified=self.verify and expected_sha is not None,
            resumed=transfer.resumed,
        )

    def cleanup(self, writer: PartWriter | None) -> None:
        """After a failure: stop the writer, which removes a `.part` that holds nothing.

        Without a writer the `.part` was never ours (for example another download holds it),
        so it is left alone.
        """
        if writer is not None:
            writer.abort()


def _is_file_of_size(path: Path, size: int) -> bool:
    try:
        stat = path.stat()
    except OSError:
        return False
    return stat.st_size == size and path.is_file()


def _same_content(path: Path, size: int, sha256: str) -> bool:
    """Whether `path` already holds exactly these bytes (so replacing it changes nothing)."""
    if not _is_file_of_size(path, size):
        return False
    try:
        return hash_file(path, ("SHA256",)).get("SHA256") == sha256
    except OSError:
        return False


@dataclasses.dataclass
class Transfer:
    """What the server told us so far, and how many attempts failed in a row."""

    etag: str | None = None
    disposition_name: str | None = None
    total: int | None = None
    resumed: bool = False
    failures: int = 0
    position_at_failure: int = -1

    @classmethod
    def start(cls, job: Job, writer: PartWriter) -> Transfer:
        """The state before the first request: what the `.part` already holds."""
        transfer = cls(position_at_failure=writer.position, resumed=writer.kept_bytes > 0)
        if job.file.size is not None and writer.position == job.file.size:
            transfer.total = job.file.size  # a complete, checked `.part` from an earlier call
        job.report(writer.position, transfer.total)
        return transfer

    def note_answer(self, response: httpx.Response, start: int, total: int | None) -> None:
        """Remember the file answer's ETag, file name and size."""
        headers = response.headers
        raw = next(
            (value for name, value in headers.raw if name.lower() == b"content-disposition"),
            None,
        )
        self.disposition_name = filename_from_content_disposition(raw) or self.disposition_name
        self.etag = headers.get("etag") or self.etag
        self.total = total if total is not None else self.total
        # A body from byte 0 replaces whatever an earlier attempt or call had written.
        self.resumed = start > 0

    def note_body_end(self, job: Job, position: int) -> None:
        """A body ended cleanly: with no size stated anywhere, its end is the file's end (else
        a chunked answer for a file the API lists no size for would be fetched again and
        again)."""
        if self.total is None and job.file.size is None:
            self.total = position

    def next_delay(self, position: int, failure: Exception | None, url: httpx.URL) -> float:
        """How long to wait before resuming, after an attempt that ended early.

        An attempt that moved the download forward resets the count, and is resumed at once.

        Raises:
            APIConnectionError: `DOWNLOAD_MAX_RESUMES` attempts in a row made no progress.
        """
        progressed = position > self.position_at_failure
        self.position_at_failure = position
        self.failures = 0 if progressed else self.failures + 1
        if self.failures >= DOWNLOAD_MAX_RESUMES:
            if isinstance(failure, httpx.HTTPError):
                raise error_from_transport(failure, method="GET", url=url) from failure
            raise DownloadError(
                f"The download stopped early {self.failures} times in a row",
                url=redact_url(url),
            )
        logger.info("download interrupted at byte %d; resuming", position)
        return 0.0 if progressed else min(MAX_RETRY_DELAY, INITIAL_RETRY_DELAY * 2**self.failures)
