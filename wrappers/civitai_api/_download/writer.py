"""Write a download's `.part` file and hash it at the same time, off the caller's thread.

The network side hands over batches of pieces (about 1 MiB a batch). One thread appends each
batch to the file with a single `writev`, then feeds its pieces to the hashers, taking the
batches from a short bounded queue: memory stays constant, no byte is copied or joined on the
way, the data is read from the network once and never read back, and receiving overlaps with
writing and hashing on the other core (file writes and SHA256 release the GIL). A batch fed
with a `release` callback reports when it is written and hashed, so the caller can receive
into the same buffers again.

One thread, not one for writing and another for hashing: receiving over TLS costs about what
writing and hashing together cost, so two stages keep both cores busy, and on a busy 2-core
machine every extra thread and hand-off is one more wait to be scheduled (the profile and the
figures are in docs/performance.md).
"""

from __future__ import annotations

import contextlib
import os
import queue
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from .._constants import DOWNLOAD_QUEUE_CHUNKS, HASH_READ_SIZE
from .._exceptions import DownloadError
from .._hashing import StreamHasher

__all__ = ["Batch", "PartWriter", "Release"]

# Consecutive pieces of the file, written and hashed as one hand-off.
Batch = Sequence[bytes | memoryview]
# Called once a batch is written and hashed: its memory may be reused.
Release = Callable[[], object]
# The most buffers one `writev` takes (IOV_MAX on Linux and macOS; Windows has no writev).
_WRITEV_MAX = 1024


class _Handoff:
    """A batch on its way to the writer's thread, with what to call once it is done."""

    __slots__ = ("batch", "release")

    def __init__(self, batch: Batch, release: Release | None) -> None:
        self.batch = batch
        self.release = release

    def done(self) -> None:
        if self.release is not None:
            self.release()


class PartWriter:
    """Appends chunks to a `.part` file while hashing them.

    The `.part` stays locked (an exclusive, advisory lock) from opening until it is closed or
    moved into place, so two downloads of the same file into one folder, in one process or
    several, never write into the same `.part`: the second one fails at once.

    Args:
        path: The `.part` file.
        algorithms: Hash types to compute over the whole file.
        keep_existing: Continue an existing `.part` (its bytes are hashed first, the one read
            a resume needs); otherwise start an empty file.

    Raises:
        DownloadError: Another download is writing this `.part`.
    """

    def __init__(self, path: Path, algorithms: Sequence[str], *, keep_existing: bool) -> None:
        self.path = path
        self._algorithms = tuple(algorithms)
        self._hasher = StreamHasher(self._algorithms, threads=False)
        self._error: BaseException | None = None
        # Opened without truncating: the file may be another download's until it is locked.
        # Closed by close/move/abort. Unbuffered: batches go to the kernel in one call each.
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0)
        self._file = open(os.open(path, flags, 0o666), "r+b", buffering=0)  # noqa: SIM115
        try:
            _lock_exclusively(self._file.fileno(), path)
            self.position = self._hash_existing() if keep_existing else 0
        except BaseException:
            self._file.close()
            raise
        self.kept_bytes = self.position
        self._file.seek(self.position)
        _cut(self._file.fileno(), self.position)
        self._pending: queue.Queue[_Handoff | None] = queue.Queue(DOWNLOAD_QUEUE_CHUNKS)
        self._thread: threading.Thread | None = threading.Thread(
            target=self._consume, name="civitai-write", daemon=True
        )
        self._thread.start()

    def _hash_existing(self) -> int:
        buffer = bytearray(HASH_READ_SIZE)
        view = memoryview(buffer)
        total = 0
        while count := self._file.readinto(view):
            self._hasher.update(view[:count])
            total += count
        return total

    def _hash_batch(self, batch: Batch) -> None:
        for piece in batch:
            self._hasher.update(piece)

    def _write_and_hash(self, batch: Batch) -> None:
        self._write_batch(batch)
        self._hash_batch(batch)

    def _write_batch(self, batch: Batch) -> None:
        fd = self._file.fileno()
        views = [memoryview(piece) for piece in batch if len(piece)]
        while views:
            if len(views) > 1 and hasattr(os, "writev"):
                written = os.writev(fd, views[:_WRITEV_MAX])
            else:
                written = os.write(fd, views[0])
            # A short write (a signal, a full disk about to fail) continues where it stopped.
            while views and written >= len(views[0]):
                written -= len(views.pop(0))
            if written:
                views[0] = views[0][written:]

    def _consume(self) -> None:
        pending = self._pending
        while True:
            item = pending.get()
            try:
                if item is None:
                    return
                if self._error is None:
                    self._write_and_hash(item.batch)
            except BaseException as exc:  # handed to the feeding thread by _check
                self._error = exc
            finally:
                if item is not None:
                    item.done()  # also after a failure: the caller may wait for the memory
                pending.task_done()

    def _check(self) -> None:
        if self._error is not None:
            error = self._error
            if isinstance(error, OSError):
                raise DownloadError(
                    f"Cannot write {str(self.path)!r}: {_plain(error)}",
                    path=str(self.path),
                    reason="unwritable",
                    part=str(self.path),
                ) from error
            raise error

    def try_feed(self, batch: Batch, release: Release | None = None) -> bool:
        """Queue a batch if there is room right now; False when the caller must wait.

        Args:
            batch: The next pieces of the file; they must not change until released.
            release: Called (in the writer's thread) once the batch is written and hashed.
        """
        self._check()
        try:
            self._pending.put_nowait(_Handoff(batch, release))
        except queue.Full:
            return False
        self.position += sum(map(len, batch))
        return True

    def feed(self, batch: Batch, release: Release | None = None) -> None:
        """Queue the next pieces of the file, waiting while the queues are full.

        Args:
            batch: The next pieces of the file; they must not change until released.
            release: Called (in the writer's thread) once the batch is written and hashed, or
                skipped after a write error; never called for a batch refused by an error.
        """
        self._check()
        self._pending.put(_Handoff(batch, release))
        self.position += sum(map(len, batch))

    def drain(self) -> None:
        """Wait until every queued chunk is written and hashed."""
        self._pending.join()
        self._check()

    def digest_so_far(self) -> dict[str, str]:
        """The hashes of what is written so far (call only while nothing is queued)."""
        return self._hasher.hexdigests()

    def restart(self) -> None:
        """Discard everything: the server is sending the file again from its first byte."""
        self.drain()
        self._file.seek(0)
        self._file.truncate()
        self._hasher = StreamHasher(self._algorithms, threads=False)
        self.position = 0
        self.kept_bytes = 0

    def finish_writing(self) -> dict[str, str]:
        """Write out everything queued and return the hashes of the content; the file stays
        open and locked (for `move`, or `close`)."""
        try:
            self.drain()
        finally:
            self._stop_threads()
        return self._hasher.hexdigests()

    def close(self) -> dict[str, str]:
        """Finish writing, close the file and return the hashes of its content."""
        try:
            return self.finish_writing()
        finally:
            self._file.close()

    def move(self, target: Path) -> None:
        """Rename the finished `.part` to `target`, then close it.

        The lock is held across the rename (except on Windows, which cannot rename an open
        file), so no other download takes over the `.part` between the checks and the move.
        """
        self.finish_writing()
        if sys.platform == "win32":
            self._file.close()
        try:
            os.replace(self.path, target)
        finally:
            self._file.close()

    def abort(self) -> None:
        """Stop without checking anything: the `.part` keeps what was written, and one that
        holds nothing is removed (while still locked, so never another download's)."""
        self._stop_threads()
        if self._file.closed:
            return
        empty = os.fstat(self._file.fileno()).st_size == 0
        if empty and sys.platform != "win32":
            _remove(self.path)
        self._file.close()
        if empty and sys.platform == "win32":
            _remove(self.path)

    def _stop_threads(self) -> None:
        if self._thread is not None:
            self._pending.put(None)
            self._thread.join()
            self._thread = None


def _cut(fd: int, size: int) -> None:
    """Cut the file to `size` bytes, only if it holds more.

    Truncating a file to 0 bytes is not free even when it is already empty: ext4 then writes
    the whole file out when it is closed (its guard for programs that rewrite a file in
    place), and the close waits for that. Measured: the end of a 1 GiB download blocked for
    about 0.3 s, a seventh of the download, in `close`.
    """
    if os.fstat(fd).st_size > size:
        os.ftruncate(fd, size)


def _remove(path: Path) -> None:
    # Already gone, or held open elsewhere: an empty `.part` left behind is harmless.
    with contextlib.suppress(OSError):
        path.unlink()


def _lock_exclusively(fd: int, path: Path) -> None:
    """Lock an open `.part` for this download, or fail at once if another download has it.

    Raises:
        DownloadError: The file is locked by another download, or was moved away (by the
            download that just finished it) between opening and locking.
    """
    busy = DownloadError(
        f"{str(path)!r} is being written by another download of the same file; "
        "wait for it to finish",
        path=str(path),
        reason="busy",
    )
    try:
        if sys.platform == "win32":
            import msvcrt

            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        raise busy from exc
    if sys.platform != "win32":
        try:
            same = os.path.samestat(os.fstat(fd), os.stat(path))
        except FileNotFoundError:
            same = False
        if not same:
            raise busy


def _plain(error: OSError) -> str:
    """An OS error's reason without its `[Errno N]` (`No space left on device`)."""
    return error.strerror or str(error)
