"""A real HTTP server on 127.0.0.1 that answers from a script, to test behaviour under faults.

The `fault_server` fixture (in `support.fixtures`) starts one per test.

Each test queues the replies it wants (`server.script(...)`) or installs a `responder` that
builds a reply from the request (pages with cursors). The server records every request: path,
query and headers, so tests can assert what was sent.
"""

from __future__ import annotations

import collections
import itertools
import json
import socket
import struct
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

__all__ = ["CLOUDFLARE_HTML", "FaultServer", "Recorded", "Reply"]


CLOUDFLARE_HTML = (
    "<!DOCTYPE html><html><head><title>{host} | {status}: {reason}</title></head>"
    '<body><div id="cf-error-details"><h1>Error {status}</h1><p>{reason}</p>'
    "<p>Cloudflare Ray ID: 8f0c0ffee0000000</p></div></body></html>"
)


@dataclass
class Reply:
    """One scripted answer.

    Attributes:
        status: The HTTP status.
        body: The full body the headers announce.
        headers: Extra headers.
        delay: Seconds to wait before answering (to exceed a client's read timeout).
        send_only: Send only this many body bytes, then close (a body cut short).
        reset: Close with a TCP reset instead of a clean close after `send_only` bytes.
        chunks: Send the body in these pieces, waiting on `gate` before each later piece.
    """

    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    send_only: int | None = None
    reset: bool = False
    chunks: list[bytes] | None = None
    gate: threading.Event | None = None


@dataclass
class Recorded:
    method: str
    at: float
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    raw_target: str


class FaultServer:
    """The server, its script and its record of requests."""

    def __init__(self) -> None:
        self.requests: list[Recorded] = []
        self.replies: collections.deque[Reply] = collections.deque()
        self.responder: Callable[[Recorded], Reply] | None = None
        self.stopping = threading.Event()
        self._lock = threading.Lock()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True
        )

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self.stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def script(self, *replies: Reply) -> None:
        with self._lock:
            self.replies.extend(replies)

    def gaps(self) -> list[float]:
        """Seconds between consecutive requests: each retry's wait, plus a little."""
        times = [request.at for request in self.requests]
        return [later - earlier for earlier, later in itertools.pairwise(times)]

    def next_reply(self, request: Recorded) -> Reply:
        with self._lock:
            self.requests.append(request)
            if self.replies:
                return self.replies.popleft()
        if self.responder is not None:
            return self.responder(request)
        return Reply(599, b"no scripted reply left")

    # Reply builders -----------------------------------------------------------------------

    @staticmethod
    def json(data: Any, status: int = 200, **headers: str) -> Reply:
        body = json.dumps(data).encode()
        return Reply(status, body, {"Content-Type": "application/json; charset=utf-8", **headers})

    @staticmethod
    def cloudflare(status: int, reason: str = "A timeout occurred") -> Reply:
        html = CLOUDFLARE_HTML.format(host="civitai.com", status=status, reason=reason)
        return Reply(status, html.encode(), {"Content-Type": "text/html; charset=UTF-8"})

    @staticmethod
    def rate_limited(retry_after: str | None = None, status: int = 429) -> Reply:
        headers = {} if retry_after is None else {"Retry-After": retry_after}
        # The /articles limiter's body (429); the search overload (503) sends the same shape.
        return FaultServer.json(
            {"error": "Rate limit exceeded, please retry shortly."}, status, **headers
        )

    @staticmethod
    def page_limit() -> Reply:
        # page * limit > 1000 on /models and /images: a cap, so no Retry-After.
        return FaultServer.json(
            {"error": "You've requested too many pages, please use cursors instead"}, 429
        )

    @staticmethod
    def truncated_json() -> Reply:
        """A 200 whose (complete, per Content-Length) body is JSON cut in the middle."""
        return Reply(200, b'{"items": [{"id": 1, "name": "ha', {"Content-Type": "application/json"})

    @staticmethod
    def cut_mid_body(reset: bool = True) -> Reply:
        """Headers announce ~300 kB of JSON (a big list page); 100 bytes arrive, then the
        connection drops."""
        body = json.dumps({"items": [{"id": i} for i in range(30_000)], "metadata": {}}).encode()
        return Reply(200, body, {"Content-Type": "application/json"}, send_only=100, reset=reset)

    @staticmethod
    def slow(delay: float, data: Any = None) -> Reply:
        reply = FaultServer.json(data if data is not None else {"items": [], "metadata": {}})
        reply.delay = delay
        return reply


def _handler_for(server: FaultServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _serve(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            if length:
                self.rfile.read(length)
            target = urlsplit(self.path)
            recorded = Recorded(
                method=self.command,
                at=time.monotonic(),
                path=target.path,
                query=parse_qs(target.query, keep_blank_values=True),
                headers={k.lower(): v for k, v in self.headers.items()},
                raw_target=self.path,
            )
            reply = server.next_reply(recorded)
            if reply.delay and server.stopping.wait(reply.delay):
                return
            self.send_response(reply.status)
            for name, value in reply.headers.items():
                self.send_header(name, value)
            body = b"".join(reply.chunks) if reply.chunks is not None else reply.body
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if reply.chunks is not None:
                for index, chunk in enumerate(reply.chunks):
                    if index and reply.gate is not None and not reply.gate.wait(5):
                        return
                    self.wfile.write(chunk)
                    self.wfile.flush()
                return
            if reply.send_only is None:
                self.wfile.write(body)
                return
            self.wfile.write(body[: reply.send_only])
            self.wfile.flush()
            if reply.reset:  # SO_LINGER 0: close() sends RST instead of FIN
                self.connection.setsockopt(
                    socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0)
                )
            self.close_connection = True
            self.connection.close()

        do_GET = do_POST = _serve

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Handler
