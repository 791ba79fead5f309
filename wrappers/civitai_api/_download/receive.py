"""Receive a file body into reusable buffers, for the sync driver.

A file answer that `DirectBody` may read past httpx is received with `recv_into` straight
into the caller's memory: a pool of buffers that the writer hands back once it has
written and hashed them (`BufferPool`), or a parallel range's block. Nothing is allocated or
copied per read, and one read takes whatever the socket holds. Measured over 1 GiB on
loopback with two cores: four range connections went from ~300 MB/s to ~500-750 MB/s (half
the system time: far fewer GIL hand-offs and no fresh pages per block), one connection used
a fifth less CPU.

Over TLS the socket httpcore exposes is a native `ssl.SSLSocket`, which decrypts in C into
the same buffers: each call takes one TLS record (16 KiB) with no Python layer in between.
(Measured over 256 MiB on loopback: httpx's stream reads cost 3.3 s of CPU per GiB and
reached 0.98x curl; docs/performance.md has the figures after.) Only a socket
that carries the body itself is read this way: plain, or TLS of its own, never a tunnel's TLS
inside a proxy's (there the socket holds the proxy's encryption). Anything else goes through
`DirectBody`'s stream reads, or httpx.

A `stop` (see `job.Stop`) shuts the socket down to end a blocking read at once.
"""

from __future__ import annotations

import contextlib
import functools
import queue
import socket
import ssl
from collections.abc import Callable, Iterable, Iterator

import httpcore
import httpx

from .job import Stop
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

# `socket.recv_into`, bound to its socket.
_RecvInto = Callable[[memoryview, int], int]
# Receive buffers (of `DOWNLOAD_CHUNK_SIZE`) per download: one being filled, one with the
# writer, and one spare for when the writer's thread waits to be scheduled. More bought
# nothing (measured, 512 MiB over HTTP and HTTPS at load 6-7: 8 buffers were as fast within
# the noise and took 5 MiB more memory and a little more CPU: the few reused buffers stay
# in the CPU's cache).
RECEIVE_BUFFERS = 3


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

    def __init__(self, direct: DirectBody, sock: socket.socket, stop: Stop | None) -> None:
        self._direct = direct
        self._sock = sock
        self._failure: Exception | None = None
        self._stop = stop
        sock.settimeout(direct.timeout)
        if stop is not None:
            stop.watch(sock)

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
        if self._stop is not None:
            self._stop.check()
        # Over TLS each call takes one TLS record (16 KiB): 65,536 turns per GiB, so a turn
        # keeps to local names and one slice (measured on this loop alone: 0.18 s of CPU per
        # GiB with two method calls, a property and two slices a turn; 0.06 s now).
        direct, receive = self._direct, self._sock.recv_into
        filled, size = 0, len(view)
        try:
            while filled < size and direct.remaining:
                count = _receive(receive, view[filled:], direct)
                direct.remaining -= count
                filled += count
        except httpx.TransportError as exc:
            if not filled:
                raise
            self._failure = exc
        return filled


def _receive(receive: _RecvInto, view: memoryview, direct: DirectBody) -> int:
    """One `recv_into` of at most the body's remaining bytes, as httpx's errors; a
    connection that ended before the body's end raises (`DirectBody.next_size`)."""
    try:
        count = receive(view, min(len(view), direct.remaining))
    except TimeoutError as exc:
        raise httpx.ReadTimeout(str(exc) or "timed out", request=direct.request) from exc
    except OSError as exc:
        raise httpx.ReadError(str(exc), request=direct.request) from exc
    if not count:
        direct.next_size(b"")  # raises: the body is not complete
    return count


def _body_socket(stream: object) -> socket.socket | None:
    """The socket that carries the body itself (plain, or its own TLS), else None."""
    if not isinstance(stream, httpcore.NetworkStream):
        return None
    sock = stream.get_extra_info("socket")
    if not isinstance(sock, socket.socket):
        return None
    tls = stream.get_extra_info("ssl_object")
    if isinstance(sock, ssl.SSLSocket):
        # httpcore names the socket's own TLS object; a tunnel's TLS object is another one
        own = tls is not None and tls is getattr(sock, "_sslobj", None)
        return sock if own else None
    return sock if tls is None else None


@contextlib.contextmanager
def socket_body(
    response: httpx.Response, stop: Stop | None = None
) -> Iterator[tuple[bytes, SocketBody] | None]:
    """The body's first piece (through httpx) and a `SocketBody` for the rest, or None when
    the body must be read otherwise. httpx's iterator stays open until the context ends (it
    closes the connection then, when the body was not read to its end through it)."""
    direct = None if decoded(response) else DirectBody.of(response)
    sock = None if direct is None else _body_socket(direct.stream)
    if direct is None or sock is None:
        yield None
        return
    raw = response.iter_raw()
    try:
        first = next(raw, b"")
        direct.next_size(first)
        yield first, SocketBody(direct, sock, stop)
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
