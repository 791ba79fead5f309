"""The request and response steps both download drivers share, with no waiting of their own.

`engine.py` (sync) and `engine_async.py` (async) call these to build each request, to judge
each answer and to read a file body quickly; they differ only in how they wait for I/O.

Reading a body fast: httpx hands a body over in pieces of at most 64 KiB (16 KiB under TLS),
each parsed by h11 and copied three times, which costs more CPU than writing the file. For a
plain HTTP/1.x file answer whose length is known (`Content-Length`, no transfer or content
encoding), `DirectBody` lets a driver take the first piece from httpx, then read the rest
straight from the connection httpcore exposes (its documented `network_stream` extension) in
reads of up to `DIRECT_READ_SIZE`, counting bytes against `Content-Length` itself. The
connection is then never reused (httpcore closes it, since its parser did not see the body
end). Any other answer (HTTP/2, chunked, compressed, a custom transport) goes through httpx.
The sync driver goes one step further: `receive.py` reads such a body with `recv_into`
straight from the socket (plain, or a native `ssl.SSLSocket` over HTTPS) into reusable
buffers; the async driver runs the sync one in a thread for that (`threaded.py`).
"""

from __future__ import annotations

import dataclasses
import mmap

import httpcore
import httpx

from .._constants import PARALLEL_MIN_BLOCK
from .._exceptions import ResumeNotSupportedError
from .._redact import redact_url
from .job import Job
from .plan import content_range, is_trusted, plan_blocks

__all__ = [
    "DIRECT_READ_SIZE",
    "BlockBuffer",
    "DirectBody",
    "SplitCheck",
    "body_length",
    "build_request",
    "check_block",
    "decoded",
    "parallel_probe",
    "request_auth",
]

# One read from the connection: big enough that per-read overhead vanishes (4 reads per MiB
# instead of httpx's 16, or 64 under TLS). Not bigger: a 1 MiB read buffer is above malloc's
# mmap threshold, so every read maps fresh pages and faults them in (measured over 1 GiB on
# loopback: 0.85 s of system time with 1 MiB reads, 0.25 s with 128-512 KiB), and parallel
# range threads each keep megabytes in malloc's per-thread arenas.
DIRECT_READ_SIZE = 256 * 1024
# Several connections pay off only where the host limits each connection's rate; on a fast
# host they cost CPU (more requests, threads and copies) and can be slower than one. A file
# larger than this is therefore first fetched on one connection, timed for `SPLIT_PROBE_SECONDS`,
# and moved to several only if that connection is slower than `SPLIT_BELOW_RATE` bytes a
# second (below that, the network, not our CPU, is the limit, so splitting costs nothing).
# A smaller file is split at once, as asked: the difference is milliseconds either way.
SPLIT_MEASURE_ABOVE = 64 * 1024 * 1024
SPLIT_PROBE_SECONDS = 0.2
SPLIT_BELOW_RATE = 100_000_000
_SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie"})
_HTTPCORE_READ_ERRORS = (httpcore.NetworkError, httpcore.TimeoutException, httpcore.ProtocolError)


def build_request(
    client: httpx.Client | httpx.AsyncClient, url: httpx.URL, job: Job, headers: dict[str, str]
) -> tuple[httpx.Request, bool]:
    """Build a GET for `url`; for any host but Civitai's, without the key or client cookies.

    Returns:
        The request, and whether `url` is trusted with the key (see `request_auth`).
    """
    if is_trusted(url, job.api_url):
        return client.build_request("GET", url, headers=headers), True
    kept = {name: value for name, value in client.headers.items() if name not in _SECRET_HEADERS}
    timeout = client.timeout.as_dict()
    request = httpx.Request("GET", url, headers=kept | headers, extensions={"timeout": timeout})
    return request, False


def request_auth(client: httpx.Client | httpx.AsyncClient, trusted: bool) -> httpx.Auth | None:
    """The `auth=` for `client.send`: the client's own only for a trusted URL."""
    # `auth=None` keeps a client-level `httpx.Auth` from adding credentials to storage requests.
    return client.auth if trusted else None


def body_length(status: int, start: int, probe_end: int | None, job: Job) -> int | None:
    """How many bytes a genuine file answer carries, by the API's listing (to tell an error
    page from the file: a server's own Content-Length says nothing about that)."""
    size = job.file.size
    if status == 206 and probe_end is not None:
        return probe_end - start + 1
    if size is None:
        return None
    return size - start if status == 206 else size


def parallel_probe(job: Job, offset: int) -> int | None:
    """The last byte of the first request's range when fetching on several connections at
    once (None: one open request, which `SplitCheck` may split later)."""
    size = job.file.size
    if job.connections < 2 or size is None or size - offset > SPLIT_MEASURE_ABOVE:
        return None
    blocks = plan_blocks(offset, size, job.connections)
    return blocks[0][1] if len(blocks) > 1 else None


@dataclasses.dataclass
class SplitCheck:
    """Times one connection's body and says when to fetch the rest on several instead.

    Decides once, `SPLIT_PROBE_SECONDS` after the first batch: split when the connection
    brought less than `SPLIT_BELOW_RATE` bytes a second, else keep the one connection.
    """

    total: int
    started: float | None = None
    start_position: int = 0
    decided: bool = False
    split: bool = False

    @classmethod
    def of(
        cls, job: Job, response: httpx.Response, probe_end: int | None, total: int | None
    ) -> SplitCheck | None:
        """A check for a file answer that may be split, or None (one connection asked for,
        already split at once, size unknown, or no range support)."""
        ranges = response.status_code == 206 or "bytes" in response.headers.get("accept-ranges", "")
        if job.connections < 2 or probe_end is not None or total is None or not ranges:
            return None
        return cls(total)

    def now(self, position: int, clock: float) -> bool:
        """Whether to stop this connection at `position` (bytes fed) and split the rest."""
        if self.decided:
            return False
        if self.started is None:
            self.started, self.start_position = clock, position
            return False
        elapsed = clock - self.started
        if elapsed < SPLIT_PROBE_SECONDS:
            return False
        self.decided = True
        rate = (position - self.start_position) / elapsed
        self.split = rate < SPLIT_BELOW_RATE and self.total - position >= 2 * PARALLEL_MIN_BLOCK
        return self.split


def check_block(response: httpx.Response, first: int, last: int, length: int | None) -> None:
    """Check a block answer's range before reading it (`length` None) and its size after."""
    parsed = content_range(response.headers.get("content-range"))
    if (
        response.status_code != 206
        or parsed is None
        or (parsed.first, parsed.last) != (first, last)
        or (length is not None and length != last - first + 1)
    ):
        raise ResumeNotSupportedError(
            f"Asked for bytes {first}-{last}, the server answered HTTP {response.status_code} "
            f"with Content-Range {response.headers.get('content-range')!r}",
            status_code=response.status_code,
            method="GET",
            url=redact_url(response.url),
        )


def decoded(response: httpx.Response) -> bool:
    """Whether the body must be decoded: the server set a `Content-Encoding` anyway.

    Requests ask for `identity`, so model files arrive as stored and byte offsets are the
    file's; a server that compresses regardless still gets its body decoded into the file.
    """
    encoding = response.headers.get("content-encoding", "identity").strip().lower()
    return encoding not in ("", "identity")


class BlockBuffer:
    """One range's bytes, received into a buffer of the exact size (no joins, no copies).

    The buffer is an anonymous memory map rather than a `bytearray`: it goes back to the
    system as soon as the writer is done with it. Several threads allocating and freeing
    blocks of megabytes through malloc leave its per-thread arenas holding tens of megabytes
    (measured: 110 MB peak instead of 80 MB with four connections).
    """

    def __init__(self, first: int, last: int) -> None:
        self.data = mmap.mmap(-1, last - first + 1)
        self._view = memoryview(self.data)
        self.filled = 0

    def add(self, piece: bytes) -> None:
        """Append a received piece (bytes past the block's size are counted, not kept)."""
        end = min(self.filled + len(piece), len(self.data))
        self._view[self.filled : end] = piece[: end - self.filled]
        self.filled += len(piece)


@dataclasses.dataclass
class DirectBody:
    """The rest of a file body, read straight from the connection (see the module notes).

    Attributes:
        stream: httpcore's connection stream (`NetworkStream` or `AsyncNetworkStream`).
        remaining: Body bytes not yet received.
        timeout: The request's read timeout.
        request: The request (for the errors raised).
    """

    stream: httpcore.NetworkStream | httpcore.AsyncNetworkStream
    remaining: int
    timeout: float | None
    request: httpx.Request

    @classmethod
    def of(cls, response: httpx.Response) -> DirectBody | None:
        """A direct reader for `response`'s body, or None when httpx must read it."""
        headers = response.headers
        stream = response.extensions.get("network_stream")
        declared = headers.get("content-length", "")
        if (
            response.http_version not in ("HTTP/1.1", "HTTP/1.0")
            or not isinstance(stream, httpcore.NetworkStream | httpcore.AsyncNetworkStream)
            or not declared.isdigit()
            or "transfer-encoding" in headers
            or decoded(response)
        ):
            return None
        timeout = response.request.extensions.get("timeout", {}).get("read")
        return cls(stream, int(declared), timeout, response.request)

    def next_size(self, piece: bytes | memoryview | None = None) -> int:
        """Count a received piece; return how much to read next (0: the body is complete).

        Raises:
            httpx.RemoteProtocolError: The connection ended before `Content-Length` bytes,
                like httpx itself would (the drivers resume from what arrived).
        """
        if piece is not None:
            if not piece and self.remaining:
                raise httpx.RemoteProtocolError(
                    "peer closed connection without sending complete message body",
                    request=self.request,
                )
            self.remaining -= len(piece)
        return min(self.remaining, DIRECT_READ_SIZE)

    def failure(self, error: Exception) -> Exception:
        """httpcore's read error as the httpx error the drivers handle (others unchanged)."""
        if isinstance(error, httpcore.TimeoutException):
            return httpx.ReadTimeout(str(error), request=self.request)
        if isinstance(error, httpcore.ProtocolError):
            return httpx.RemoteProtocolError(str(error), request=self.request)
        if isinstance(error, httpcore.NetworkError):
            return httpx.ReadError(str(error), request=self.request)
        return error

    @staticmethod
    def read_errors() -> tuple[type[Exception], ...]:
        """The httpcore exceptions a read can raise (translated by `failure`)."""
        return _HTTPCORE_READ_ERRORS
