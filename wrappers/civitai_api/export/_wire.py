"""The httpx transport of the export's page requests: the standard library's `http.client`.

A page is a large body (about 400 KB for 200 images, megabytes for 100 models). httpx's own
transport (httpcore and h11) receives it in 64 KiB pieces, each parsed, buffered and copied
again: measured on loopback, about 1 ms of CPU per 400 KB page, some 5 µs per image, a
fifth of what writing the image's row to Parquet costs. `http.client` reads the same body in
one call for about 0.2 ms. This transport takes the place of `httpx.HTTPTransport` under the
package's retry transport and the httpx client, so everything above it stays as it was: the
headers (User-Agent, the key), retries and back-off, `Retry-After`, the status → exception
switch, redaction, cookies, decompression of a compressed body.

It sends requests straight to the host over HTTP/1.1 (HTTPS with httpx's TLS settings), one
kept-alive connection per host at a time, opened again when the server closed it. A request
goes out as httpx made it (`head_of`: its request line and headers, checked for line breaks)
in one write; `http.client.HTTPResponse` reads the answer, as `getresponse` would. The quick
lane of `_drivers` writes each page's request after the first from the first (`PageHead`). A
client with a proxy keeps httpx's transport (`page_transport`). Failures are raised as the
httpx exceptions httpx's transport raises for the same failure, so the retries and the error
mapping see no difference.

The async driver uses the same transport in a worker thread (`AsyncPageTransport`): a page
then costs one hand-off to a thread instead of some twenty turns of the event loop.
"""

from __future__ import annotations

import http.client
import re
import socket
import ssl
import threading
from collections.abc import Callable
from typing import Any

import anyio.to_thread
import httpx

__all__ = [
    "Answer",
    "AsyncPageTransport",
    "Origin",
    "PageHead",
    "PageTransport",
    "async_page_transport",
    "page_transport",
]

Origin = tuple[str, str, int]


def page_transport(proxy: httpx.Proxy | str | None) -> httpx.BaseTransport:
    """The transport for the export's page requests (httpx's own through a proxy)."""
    return PageTransport() if proxy is None else httpx.HTTPTransport(proxy=proxy)


def async_page_transport(proxy: httpx.Proxy | str | None) -> httpx.AsyncBaseTransport:
    """The async twin of `page_transport`."""
    return AsyncPageTransport() if proxy is None else httpx.AsyncHTTPTransport(proxy=proxy)


class PageTransport(httpx.BaseTransport):
    """Requests over `http.client`, a kept-alive connection per origin (see the module)."""

    def __init__(self) -> None:
        self._idle: dict[Origin, list[http.client.HTTPConnection]] = {}
        self._lock = threading.Lock()
        self._tls: ssl.SSLContext | None = None
        self._closed = False

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self.exchange(request).response(request)

    def exchange(self, request: httpx.Request) -> Answer:
        """Send `request`; its answer, body read (the quick lane's call, see `_drivers`)."""
        return self.exchange_head(
            origin_of(request),
            head_of(request),
            request.extensions.get("timeout", {}),
            lambda: request,
        )

    def exchange_head(
        self,
        origin: Origin,
        head: bytes,
        timeouts: dict[str, Any],
        request_of: Callable[[], httpx.Request],
    ) -> Answer:
        """Send a request already written out (`head`, see `PageHead`); its answer, body
        read. `request_of` gives the httpx request a failure names."""
        connection, reused = self._connection(origin, timeouts.get("connect"))
        try:
            return self._exchange(connection, head, timeouts, origin, request_of)
        except (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError):
            if not reused:
                raise
        # A kept-alive connection the server had closed meanwhile: once more on a new one.
        connection, _ = self._connection(origin, timeouts.get("connect"), fresh=True)
        return self._exchange(connection, head, timeouts, origin, request_of)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            idle = [c for connections in self._idle.values() for c in connections]
            self._idle.clear()
        for connection in idle:
            connection.close()

    # ----------------------------------------------------------------- connections

    def _connection(
        self, origin: Origin, timeout: float | None, *, fresh: bool = False
    ) -> tuple[http.client.HTTPConnection, bool]:
        """An idle connection to `origin` (reused: True), else a new one."""
        if not fresh:
            with self._lock:
                idle = self._idle.get(origin)
                if idle:
                    return idle.pop(), True
        scheme, host, port = origin
        connection: http.client.HTTPConnection
        if scheme == "https":
            connection = http.client.HTTPSConnection(
                host, port, timeout=timeout, context=self._tls_context()
            )
        else:
            connection = http.client.HTTPConnection(host, port, timeout=timeout)
        return connection, False

    def _tls_context(self) -> ssl.SSLContext:
        if self._tls is None:
            self._tls = httpx.create_ssl_context()  # httpx's defaults (certifi, SSL_CERT_FILE)
        return self._tls

    def _keep(self, origin: Origin, connection: http.client.HTTPConnection) -> None:
        with self._lock:
            if not self._closed:
                self._idle.setdefault(origin, []).append(connection)
                return
        connection.close()

    # ----------------------------------------------------------------- one exchange

    def _exchange(
        self,
        connection: http.client.HTTPConnection,
        head: bytes,
        timeouts: dict[str, Any],
        origin: Origin,
        request_of: Callable[[], httpx.Request],
    ) -> Answer:
        try:
            if connection.sock is None:
                _connect(connection, request_of)
            sock = connection.sock
            assert sock is not None
            _send(sock, head, timeouts.get("write"), request_of)
            sock.settimeout(timeouts.get("read"))
            response, body = _receive(sock, head, request_of)
        except BaseException:
            connection.close()
            raise
        if response.will_close:
            connection.close()
        else:
            self._keep(origin, connection)
        return Answer(response, body)


class Answer:
    """One answer, its body read whole: what `PageTransport.exchange` returns."""

    __slots__ = ("body", "headers", "reason", "status", "version")

    def __init__(self, response: http.client.HTTPResponse, body: bytes) -> None:
        self.status = response.status
        self.headers = response.getheaders()
        self.body = body
        self.version = response.version
        self.reason = response.reason

    def header(self, name: str) -> str:
        """A header's value ("" when absent); `name` in lower case."""
        for key, value in self.headers:
            if key.lower() == name:
                return value
        return ""

    def response(self, request: httpx.Request | None) -> httpx.Response:
        """The answer as the httpx response httpx's own transport would return (without a
        request, enough to read its body, decoded)."""
        return httpx.Response(
            self.status,
            headers=self.headers,
            stream=httpx.ByteStream(self.body),
            request=request,
            extensions={
                "http_version": b"HTTP/1.1" if self.version == 11 else b"HTTP/1.0",
                "reason_phrase": self.reason.encode("ascii", "replace"),
            },
        )


def origin_of(request: httpx.Request) -> Origin:
    """Where `request` goes: scheme, host and port."""
    url = request.url
    if url.scheme not in ("http", "https"):
        raise httpx.UnsupportedProtocol(f"unsupported URL scheme {url.scheme!r}", request=request)
    return (url.scheme, url.host, url.port or (443 if url.scheme == "https" else 80))


def head_of(request: httpx.Request) -> bytes:
    """`request` written out for HTTP/1.1: its request line, httpx's headers (Host
    included) and its body."""
    lines = [b"%s %s HTTP/1.1" % (request.method.encode("ascii"), request.url.raw_path)]
    lines += [_header_line(name, value, request) for name, value in request.headers.raw]
    head = b"\r\n".join(lines) + b"\r\n\r\n"
    return head + request.content if request.content else head


# A header name is a token; a value holds no line break or NUL (either would end the header
# early and let the rest pass for another header or request).
_TOKEN = re.compile(rb"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_BREAK = re.compile(rb"[\r\n\0]")


def _header_line(name: bytes, value: bytes, request: httpx.Request) -> bytes:
    if not _TOKEN.fullmatch(name) or _BREAK.search(value):
        raise httpx.LocalProtocolError(f"illegal header {name!r}", request=request)
    return name + b": " + value


class PageHead:
    """The request of each page of a walk, written out without httpx's request machinery.

    Made from the walk's first request, built by httpx: the pages that follow differ from it
    only by their query, which is encoded as httpx encodes it (`httpx.QueryParams`). httpx
    builds a request in some 150 µs (its URL is parsed twice); this in some 25. `of` gives
    None when the first request holds anything else that could change (a body, cookies).
    """

    __slots__ = ("end", "origin", "start", "timeouts")

    def __init__(self, origin: Origin, start: bytes, end: bytes, timeouts: dict[str, Any]) -> None:
        self.origin = origin
        self.start = start
        self.end = end
        self.timeouts = timeouts

    @classmethod
    def of(cls, request: httpx.Request, params: dict[str, Any]) -> PageHead | None:
        """The head of the walk `request` (made with `params`) begins, or None."""
        path, _, query = request.url.raw_path.partition(b"?")
        if (
            request.method != "GET"
            or request.content
            or "cookie" in request.headers
            or query != _query(params)
        ):
            return None
        line = head_of(request).partition(b"\r\n")
        return cls(
            origin_of(request),
            b"GET " + path + b"?",
            b" HTTP/1.1\r\n" + line[2],
            request.extensions.get("timeout", {}),
        )

    def head(self, params: dict[str, Any]) -> bytes:
        """The request of the page asked for with `params`."""
        return self.start + _query(params) + self.end


def _query(params: dict[str, Any]) -> bytes:
    return str(httpx.QueryParams(params)).encode("ascii")


def _connect(
    connection: http.client.HTTPConnection, request_of: Callable[[], httpx.Request]
) -> None:
    try:
        connection.connect()
    except TimeoutError as error:
        raise httpx.ConnectTimeout(str(error) or "timed out", request=request_of()) from error
    except OSError as error:
        raise httpx.ConnectError(str(error), request=request_of()) from error


def _send(
    sock: socket.socket,
    head: bytes,
    timeout: float | None,
    request_of: Callable[[], httpx.Request],
) -> None:
    sock.settimeout(timeout)
    try:
        sock.sendall(head)
    except TimeoutError as error:
        raise httpx.WriteTimeout(str(error) or "timed out", request=request_of()) from error
    except OSError as error:
        raise httpx.WriteError(str(error), request=request_of()) from error


def _receive(
    sock: socket.socket, head: bytes, request_of: Callable[[], httpx.Request]
) -> tuple[http.client.HTTPResponse, bytes]:
    """The response and its whole body, read by `http.client` (as `getresponse` does)."""
    method = head[: head.index(b" ")].decode("ascii")
    response = http.client.HTTPResponse(sock, method=method)
    try:
        response.begin()
        body = response.read()
    except TimeoutError as error:
        raise httpx.ReadTimeout(str(error) or "timed out", request=request_of()) from error
    except (http.client.HTTPException, ConnectionResetError) as error:
        # a connection closed before or within the answer, a malformed status or header line
        text = str(error) or type(error).__name__
        raise httpx.RemoteProtocolError(text, request=request_of()) from error
    except OSError as error:
        raise httpx.ReadError(str(error), request=request_of()) from error
    finally:
        response.close()  # its file over the socket; the socket stays open for the next
    return response, body


class AsyncPageTransport(httpx.AsyncBaseTransport):
    """`PageTransport` for an async client: each exchange runs in a worker thread (asyncio
    or trio, through anyio). A cancelled request is left to end in its thread (at the
    latest at its timeout); its connection is then closed, never reused."""

    def __init__(self) -> None:
        self.sync = PageTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await anyio.to_thread.run_sync(
            self.sync.handle_request, request, abandon_on_cancel=True
        )

    async def aclose(self) -> None:
        self.sync.close()
