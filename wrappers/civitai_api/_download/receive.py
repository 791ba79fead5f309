"""Receive a file body into reusable buffers, for the sync driver.

A plain-HTTP file answer that `DirectBody` may read past httpx is received with `recv_into`
straight into the caller's memory: a pool of buffers that the writer hands back once it has
written and hashed them (`BufferPool`), or a parallel range's block. Nothing is allocated or
copied per read, and one read takes whatever the socket holds. Measured over 1 GiB on
loopback with two cores: four range connections went from ~300 MB/s to ~500-750 MB/s (half
the system time: far fewer GIL hand-offs and no fresh pages per block), one connection used
a fifth less CPU.

Only a connection without TLS is read this way: the socket httpcore exposes then carries the
body itself. Under TLS (where the socket may be a proxy tunnel's) the body is read through
`DirectBody`'s stream reads, and anything else through httpx.
"""

from __future__ import annotations

import contextlib
import functools
import queue
import socket
import ssl
from collections.abc import Iterable, Iterator

import httpcore
import httpx

from .wire import DirectBody, decoded
from .writer import Release

__all__ = [
    "RECEIVE_BUFFERS",
    "BufferPool",
    "SocketBody",
    "copy_into",
    "httpx_pieces",
    "socket_body",
]

# Receive buffers (of `DOWNLOAD_CHUNK_SIZE`) per download: enough for the writer's queues to
# stay busy while the next buffers fill.
RECEIVE_BUFFERS = 8


class BufferPool:
    """Up to `count` receive buffers of `size` bytes, made when first needed and reused.

    `take` waits while all of them are with the writer: that is the back-pressure keeping
    memory constant, and a buffer is never refilled before it was written and hashed.
    """

    def __init__(self, count: int, size: int) -> None:
        self.size = size
        self._spare = count
        self._free: queue.SimpleQueue[bytearray] = queue.SimpleQueue()

    def take(self) -> bytearray:
        """A buffer no one else uses (waits for the writer to release one if need be)."""
        if self._free.empty() and self._spare > 0:
            self._spare -= 1
            return bytearray(self.size)
        return self._free.get()

    def give(self, buffers: Iterable[bytearray]) -> None:
        """Return buffers (from any thread)."""
        for buffer in buffers:
            self._free.put(buffer)

    def releaser(self, buffers: list[bytearray]) -> Release | None:
        """The writer's `release` callback returning `buffers` here (None for no buffers)."""
        return functools.partial(self.give, tuple(buffers)) if buffers else None


class SocketBody:
    """The rest of a `DirectBody`, received with `recv_into` from its plain socket.

    Args:
        direct: The body (counts the bytes still expected).
        sock: The connection's socket.
    """

    def __init__(self, direct: DirectBody, sock: socket.socket) -> None:
        self._direct = direct
        self._sock = sock
        self._failure: Exception | None = None
        sock.settimeout(direct.timeout)

    @property
    def remaining(self) -> int:
        """Body bytes not yet received."""
        return self._direct.remaining

    def fill(self, view: memoryview) -> int:
        """Receive into `view` until it is full or the body complete; return the byte count.

        A connection error after some bytes arrived is raised by the next call, so the
        caller keeps those bytes (a resume continues after them).

        Raises:
            httpx.TransportError: The connection failed or timed out, or closed early.
        """
        if self._failure is not None:
            failure, self._failure = self._failure, None
            raise failure
        filled = 0
        try:
            while filled < len(view) and self.remaining:
                filled += self._receive(view[filled:])
        except httpx.TransportError as exc:
            if not filled:
                raise
            self._failure = exc
        return filled

    def _receive(self, view: memoryview) -> int:
        request = self._direct.request
        try:
            count = self._sock.recv_into(view, min(len(view), self.remaining))
        except TimeoutError as exc:
            raise httpx.ReadTimeout(str(exc) or "timed out", request=request) from exc
        except OSError as exc:
            raise httpx.ReadError(str(exc), request=request) from exc
        self._direct.next_size(view[:count])  # raises when the connection ended early
        return count


def _plain_socket(stream: object) -> socket.socket | None:
    if not isinstance(stream, httpcore.NetworkStream):
        return None
    sock = stream.get_extra_info("socket")
    if stream.get_extra_info("ssl_object") is not None or isinstance(sock, ssl.SSLSocket):
        return None
    return sock if isinstance(sock, socket.socket) else None


@contextlib.contextmanager
def socket_body(response: httpx.Response) -> Iterator[tuple[bytes, SocketBody] | None]:
    """The body's first piece (through httpx) and a `SocketBody` for the rest, or None when
    the body must be read otherwise. httpx's iterator stays open until the context ends (it
    closes the connection then, when the body was not read to its end through it)."""
    direct = None if decoded(response) else DirectBody.of(response)
    sock = None if direct is None else _plain_socket(direct.stream)
    if direct is None or sock is None:
        yield None
        return
    raw = response.iter_raw()
    try:
        first = next(raw, b"")
        direct.next_size(first)
        yield first, SocketBody(direct, sock)
    finally:
        close = getattr(raw, "close", None)
        if close is not None:
            close()


def httpx_pieces(response: httpx.Response) -> Iterator[bytes]:
    """The body's pieces as they arrive: straight from the connection's stream when
    `DirectBody` allows, else through httpx (decoded when the server compressed it anyway)."""
    if decoded(response):
        yield from response.iter_bytes()
        return
    direct = DirectBody.of(response)
    raw = response.iter_raw()
    try:
        for first in raw:
            yield first
            if direct is not None:
                break
        else:
            return
        assert isinstance(direct.stream, httpcore.NetworkStream)
        size = direct.next_size(first)
        while size:
            try:
                piece = direct.stream.read(size, timeout=direct.timeout)
            except DirectBody.read_errors() as exc:
                raise direct.failure(exc) from exc
            size = direct.next_size(piece)
            yield piece
    finally:
        # httpx's iterator stops here; closing it closes the connection if the body is unread.
        close = getattr(raw, "close", None)
        if close is not None:
            close()


def copy_into(view: memoryview, filled: int, piece: bytes | memoryview) -> int:
    """Copy `piece` into `view` after `filled` bytes; return the new count (bytes beyond the
    view are counted, not kept, so a too-long answer is noticed)."""
    end = min(filled + len(piece), len(view))
    if end > filled:
        view[filled:end] = piece[: end - filled]
    return filled + len(piece)
