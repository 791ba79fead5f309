"""The export's page transport (`_wire`) against servers on 127.0.0.1: kept-alive connections,
a connection the server dropped, failures raised as httpx's own, sync and async."""

from __future__ import annotations

import contextlib
import gzip
import http.server
import socket
import threading
import time
from collections.abc import Callable, Iterator

import httpx
import pytest
from civitai_api.export._wire import (
    AsyncPageTransport,
    PageTransport,
    async_page_transport,
    page_transport,
)

Handler = Callable[[http.server.BaseHTTPRequestHandler], None]


@pytest.fixture
def serve() -> Iterator[Callable[[Handler], tuple[str, list[tuple[int, dict[str, str]]]]]]:
    """Start a server whose GETs run `handle`; returns its URL and the (client port,
    headers) of every request."""
    servers: list[http.server.ThreadingHTTPServer] = []

    def start(handle: Handler) -> tuple[str, list[tuple[int, dict[str, str]]]]:
        seen: list[tuple[int, dict[str, str]]] = []

        class Answer(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                seen.append((self.client_address[1], dict(self.headers.items())))
                handle(self)

        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Answer)
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}", seen

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


def _json(handler: http.server.BaseHTTPRequestHandler, body: bytes = b'{"items":[]}') -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


def test_one_connection_is_kept_alive_and_headers_are_httpx_own(serve) -> None:
    url, seen = serve(_json)
    with httpx.Client(transport=PageTransport(), headers={"User-Agent": "ua/1"}) as client:
        for cursor in ("a", "b|c"):
            response = client.get(f"{url}/api/v1/images", params={"cursor": cursor})
            assert response.json() == {"items": []}
    assert len({port for port, _ in seen}) == 1
    headers = seen[1][1]
    assert headers["User-Agent"] == "ua/1"
    assert headers["Host"] == url.removeprefix("http://")
    assert headers["Accept-Encoding"] == "gzip, deflate"  # httpx's, not http.client's


def test_a_connection_the_server_dropped_is_opened_again(serve) -> None:
    def answer_then_hang_up(handler: http.server.BaseHTTPRequestHandler) -> None:
        _json(handler)
        handler.close_connection = True  # without saying so: the client still holds it

    url, seen = serve(answer_then_hang_up)
    with httpx.Client(transport=PageTransport()) as client:
        assert client.get(url).status_code == 200
        time.sleep(0.05)
        assert client.get(url).status_code == 200
    assert len({port for port, _ in seen}) == 2


def test_a_compressed_body_is_decoded_by_httpx(serve) -> None:
    def compressed(handler: http.server.BaseHTTPRequestHandler) -> None:
        body = gzip.compress(b'{"items":[1]}')
        handler.send_response(200)
        handler.send_header("Content-Encoding", "gzip")
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    url, _ = serve(compressed)
    with httpx.Client(transport=PageTransport()) as client:
        assert client.get(url).content == b'{"items":[1]}'


def test_failures_are_httpx_exceptions(serve) -> None:
    def slow(handler: http.server.BaseHTTPRequestHandler) -> None:
        time.sleep(0.5)
        with contextlib.suppress(OSError):  # the client gave up meanwhile
            _json(handler)

    def cut_short(handler: http.server.BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Length", "1000")
        handler.end_headers()
        handler.wfile.write(b'{"items":[')
        handler.close_connection = True

    slow_url, _ = serve(slow)
    short_url, _ = serve(cut_short)
    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        closed_port = unused.getsockname()[1]
    with httpx.Client(transport=PageTransport(), timeout=0.1) as client:
        with pytest.raises(httpx.ReadTimeout):
            client.get(slow_url)
        with pytest.raises(httpx.RemoteProtocolError):
            client.get(short_url)
        with pytest.raises(httpx.ConnectError):
            client.get(f"http://127.0.0.1:{closed_port}/")


def test_a_proxy_keeps_httpx_transport() -> None:
    assert isinstance(page_transport(None), PageTransport)
    assert type(page_transport("http://127.0.0.1:3128")) is httpx.HTTPTransport
    assert isinstance(async_page_transport(None), AsyncPageTransport)
    assert type(async_page_transport("http://127.0.0.1:3128")) is httpx.AsyncHTTPTransport


@pytest.mark.anyio
async def test_the_async_transport_runs_the_same_exchange(serve) -> None:
    url, seen = serve(_json)
    async with httpx.AsyncClient(transport=AsyncPageTransport()) as client:
        for _ in range(2):
            assert (await client.get(url)).json() == {"items": []}
    assert len({port for port, _ in seen}) == 1
