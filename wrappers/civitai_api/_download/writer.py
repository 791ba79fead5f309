"""Write a download's `.part` file and hash it at the same time, off the caller's thread.

The network side hands over chunks of about 1 MiB. One thread appends them to the file and
another feeds them to the hashers, each through a short bounded queue: memory stays constant,
the data is read from the network once and never read back, and writing to disk, hashing and
receiving overlap (curl-like throughput on a fast link).
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from .._constants import DOWNLOAD_QUEUE_CHUNKS, HASH_READ_SIZE
from .._exceptions import DownloadError
from .._hashing import StreamHasher

__all__ = ["PartWriter"]


class PartWriter:
    """Appends chunks to a `.part` file while hashing them.

    Args:
        path: The `.part` file.
        algorithms: Hash types to compute over the whole file.
        keep_existing: Continue an existing `.part` (its bytes are hashed first, the one read
            a resume needs); otherwise start an empty file.
    """

    def __init__(self, path: Path, algorithms: Sequence[str], *, keep_existing: bool) -> None:
        self.path = path
        self._algorithms = tuple(algorithms)
        self._hasher = StreamHasher(self._algorithms, threads=False)
        self._error: BaseException | None = None
        continuing = keep_existing and path.exists()
        # Closed in _stop.
        self._file = open(path, "r+b") if continuing else open(path, "w+b")  # noqa: SIM115
        try:
            self.position = self._hash_existing() if continuing else 0
        except BaseException:
            self._file.close()
            raise
        self.kept_bytes = self.position
        self._file.seek(self.position)
        self._file.truncate()
        self._queues: list[queue.Queue[bytes | memoryview | None]] = []
        self._threads: list[threading.Thread] = []
        for name, work in (("write", self._file.write), ("hash", self._hash_chunk)):
            pending: queue.Queue[bytes | memoryview | None] = queue.Queue(DOWNLOAD_QUEUE_CHUNKS)
            thread = threading.Thread(
                target=self._consume, args=(pending, work), name=f"civitai-{name}", daemon=True
            )
            self._queues.append(pending)
            self._threads.append(thread)
            thread.start()

    def _hash_existing(self) -> int:
        buffer = bytearray(HASH_READ_SIZE)
        view = memoryview(buffer)
        total = 0
        while count := self._file.readinto(view):
            self._hasher.update(view[:count])
            total += count
        return total

    def _hash_chunk(self, chunk: bytes | memoryview) -> None:
        self._hasher.update(chunk)

    def _consume(
        self,
        pending: queue.Queue[bytes | memoryview | None],
        work: Callable[[bytes | memoryview], object],
    ) -> None:
        while True:
            chunk = pending.get()
            try:
                if chunk is None:
                    return
                if self._error is None:
                    work(chunk)
            except BaseException as exc:  # handed to the feeding thread by _check
                self._error = exc
            finally:
                pending.task_done()

    def _check(self) -> None:
        if self._error is not None:
            error = self._error
            if isinstance(error, OSError):
                raise DownloadError(f"Cannot write {str(self.path)!r}: {error}") from error
            raise error

    def try_feed(self, chunk: bytes | memoryview) -> bool:
        """Queue a chunk if there is room right now; False when the caller must wait."""
        self._check()
        if any(pending.full() for pending in self._queues):
            return False
        for pending in self._queues:
            pending.put_nowait(chunk)
        self.position += len(chunk)
        return True

    def feed(self, chunk: bytes | memoryview) -> None:
        """Queue the next chunk of the file, waiting while the queues are full."""
        self._check()
        for pending in self._queues:
            pending.put(chunk)
        self.position += len(chunk)

    def drain(self) -> None:
        """Wait until every queued chunk is written and hashed."""
        for pending in self._queues:
            pending.join()
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

    def close(self) -> dict[str, str]:
        """Finish writing, close the file and return the hashes of its content."""
        try:
            self.drain()
        finally:
            self._stop()
        return self._hasher.hexdigests()

    def abort(self) -> None:
        """Stop without checking anything (the `.part` keeps what was written)."""
        self._stop()

    def _stop(self) -> None:
        for pending in self._queues:
            pending.put(None)
        for thread in self._threads:
            thread.join()
        self._queues, self._threads = [], []
        if not self._file.closed:
            self._file.flush()
            self._file.close()
