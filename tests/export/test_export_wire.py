"""The export's page transport (`_wire`) against servers on 127.0.0.1: kept-alive connections,
a connection the server dropped, failures raised as httpx's own, sync and async; and the
quick lane of the export's own clients (`_drivers`), which must behave as the client would;
pages over HTTPS, verified."""

from __future__ import annotations

import contextlib
import gzip
import http.server
import logging
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from civitai_api import ResponseValidationError
from civitai_api.export import _drivers
from civitai_api.export._run import Tally
from civitai_api.export._wire import (
    AsyncPageTransport,
    PageHead,
    PageTransport,
    async_page_transport,
    head_of,
    page_transport,
)

Handler = Callable[[http.server.BaseHTTPRequestHandler], None]


@pytest.fixture
def serve() -> Iterator[Callable[[Handler], tuple[str, list[tuple[int, dict[str, str]]]]]]:
    """Start a server whose GETs run `handle`; returns its URL and the (client port,
    headers) of every request."""
    servers: list[http.server.ThreadingHTTPServer] = []

    def start(
        handle: Handler, tls: ssl.SSLContext | None = None
    ) -> tuple[str, list[tuple[int, dict[str, str]]]]:
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
        if tls is not None:
            server.socket = tls.wrap_socket(server.socket, server_side=True)
        threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True).start()
        servers.append(server)
        scheme = "http" if tls is None else "https"
        return f"{scheme}://127.0.0.1:{server.server_address[1]}", seen

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


# ------------------------------------------------------------- the quick lane (`_drivers`)


def _in_turn(*answers: Handler) -> Handler:
    """A handler giving each answer in turn, then the last one again."""
    left = list(answers)

    def answer(handler: http.server.BaseHTTPRequestHandler) -> None:
        (left.pop(0) if len(left) > 1 else left[0])(handler)

    return answer


def _status(status: int, body: bytes, headers: dict[str, str]) -> Handler:
    def answer(handler: http.server.BaseHTTPRequestHandler) -> None:
        handler.send_response(status)
        for name, value in {**headers, "Content-Length": str(len(body))}.items():
            handler.send_header(name, value)
        handler.end_headers()
        handler.wfile.write(body)

    return answer


def _hang_up(handler: http.server.BaseHTTPRequestHandler) -> None:
    handler.close_connection = True  # no answer at all


def _page(client: httpx.Client | httpx.AsyncClient, url: str) -> Any:
    """A page through the export's driver function (awaitable for an async client)."""
    getter = _drivers._aget if isinstance(client, httpx.AsyncClient) else _drivers._get
    return getter(client, f"{url}/api/v1/images", {"limit": 2}, None)  # type: ignore[arg-type]


def test_a_plain_page_takes_the_quick_lane_with_the_clients_headers(serve) -> None:
    url, seen = serve(_json)
    tally = Tally()
    with _drivers.client_for("k3y", url, tally) as client:
        assert isinstance(client, _drivers._ExportClient)
        client.lane.page = _Spy(client.lane.page)  # type: ignore[arg-type,assignment]
        assert _page(client, url) == b'{"items":[]}'
        assert client.lane.page.handled == 0  # type: ignore[union-attr]
    assert tally.requests == 1
    headers = seen[0][1]
    assert headers["Authorization"] == "Bearer k3y"
    assert headers["User-Agent"].startswith("civitai-api/")


def _count_builds(
    client: httpx.Client,
) -> tuple[list[httpx.Request], Callable[..., httpx.Request]]:
    """The requests httpx builds for `client` from now on, and its own `build_request`."""
    build = client.build_request
    built: list[httpx.Request] = []

    def counting(*args: Any, **kwargs: Any) -> httpx.Request:
        built.append(build(*args, **kwargs))
        return built[-1]

    client.build_request = counting  # type: ignore[method-assign]
    return built, build


def test_pages_after_the_first_are_written_as_httpx_writes_them_without_building_them(
    serve,
) -> None:
    lines: list[tuple[str, list[tuple[str, str]]]] = []

    def record(handler: http.server.BaseHTTPRequestHandler) -> None:
        lines.append((handler.requestline, list(handler.headers.items())))
        _json(handler)

    url, _ = serve(record)
    pages = [{"limit": 200, "nsfw": "X"}] + [
        {"limit": 200, "nsfw": "X", "cursor": cursor} for cursor in ("200|200", "a b&c=d/é+%", "42")
    ]
    with _drivers.client_for("k3y", url, Tally()) as client:
        built, build = _count_builds(client)
        for params in pages:
            assert _drivers._get(client, f"{url}/api/v1/images", params, None) == b'{"items":[]}'
        expected = [build("GET", f"{url}/api/v1/images", params=params) for params in pages]
        # another path is built by httpx (and then written from, as the walk's new first)
        assert _drivers._get(client, f"{url}/api/v1/models", {"limit": 1}, None)
        assert built[-1].url.path == "/api/v1/models"
        expected.append(built[-1])
    assert len(built) == 2  # httpx built the first request of each path only
    assert [line for line, _ in lines] == [
        f"GET {request.url.raw_path.decode()} HTTP/1.1" for request in expected
    ]
    assert all(headers == lines[0][1] for _, headers in lines)
    assert dict(lines[0][1])["Authorization"] == "Bearer k3y"


def test_the_lane_logs_each_page_as_httpx_does(serve, caplog: pytest.LogCaptureFixture) -> None:
    url, _ = serve(_json)
    with (
        caplog.at_level(logging.INFO, logger="httpx"),
        _drivers.client_for(None, url, Tally()) as client,
    ):
        for cursor in ("1|2", "3|4"):
            _drivers._get(client, f"{url}/api/v1/images", {"limit": 2, "cursor": cursor}, None)
    lines = [record.getMessage() for record in caplog.records if record.name == "httpx"]
    assert lines == [
        f'HTTP Request: GET {url}/api/v1/images?limit=2&cursor={cursor} "HTTP/1.1 200 OK"'
        for cursor in ("1%7C2", "3%7C4")
    ]


@pytest.mark.parametrize(
    "params",
    [
        {"limit": 200},
        {"limit": 200, "cursor": "1|2"},
        {"limit": 100, "types": ["LORA", "Checkpoint"], "nsfw": True, "query": "ä ö/&=?#"},
        {"limit": 200, "cursor": None, "sort": "Newest"},
    ],
)
def test_a_page_head_is_the_request_httpx_would_send(params: dict[str, Any]) -> None:
    headers = {"User-Agent": "ua/1", "Authorization": "Bearer k"}
    with httpx.Client(base_url="https://civitai.com", headers=headers) as client:
        first = client.build_request("GET", "/api/v1/images", params={"limit": 200})
        head = PageHead.of(first, {"limit": 200})
        assert head is not None
        assert head.origin == ("https", "civitai.com", 443)
        built = client.build_request("GET", "/api/v1/images", params=params)
        assert head.head(params) == head_of(built)


def test_no_page_head_where_a_request_holds_more_than_its_query() -> None:
    with httpx.Client(base_url="http://127.0.0.1:9", params={"token": "t"}) as client:
        # the client's own query parameters (or anything else httpx adds) keep httpx building
        assert PageHead.of(client.build_request("GET", "/a", params={"x": 1}), {"x": 1}) is None
    with httpx.Client(base_url="http://127.0.0.1:9", cookies={"seen": "1"}) as client:
        assert PageHead.of(client.build_request("GET", "/a", params={"x": 1}), {"x": 1}) is None
        request = client.build_request("POST", "/a", params={"x": 1}, content=b"{}")
        assert PageHead.of(request, {"x": 1}) is None


def test_a_header_that_would_break_the_request_is_refused_before_sending(serve) -> None:
    url, seen = serve(_json)
    request = httpx.Request("GET", url, headers={"X-Key": "a\r\nInjected: 1"})
    with pytest.raises(httpx.LocalProtocolError, match="X-Key"):
        PageTransport().exchange(request)
    with pytest.raises(httpx.LocalProtocolError):
        PageTransport().exchange(httpx.Request("GET", url, headers={"Bad Name": "v"}))
    assert seen == []


class _Spy:
    """A `PageTransport` counting the requests that went the usual way (not the lane's)."""

    def __init__(self, page: PageTransport) -> None:
        self.page = page
        self.handled = 0

    def exchange(self, request: httpx.Request) -> Any:
        return self.page.exchange(request)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.handled += 1
        return self.page.handle_request(request)

    def close(self) -> None:
        self.page.close()


def test_an_answer_the_lane_declines_is_the_first_attempt_not_sent_again(serve) -> None:
    limited = _status(429, b'{"error":"slow down"}', {"Retry-After": "0"})
    url, seen = serve(_in_turn(limited, _json))
    tally = Tally()
    with _drivers.client_for(None, url, tally) as client:
        assert _page(client, url) == b'{"items":[]}'
    assert len(seen) == 2  # the 429, then the page: the 429 was not asked for twice
    assert (tally.requests, tally.rate_limited) == (2, 1)


def test_a_failed_exchange_goes_to_the_retries_and_an_html_page_is_refused(serve) -> None:
    url, seen = serve(_in_turn(_hang_up, _json))
    with _drivers.client_for(None, url, Tally()) as client:
        assert _page(client, url) == b'{"items":[]}'
    assert len(seen) == 2
    html = _status(200, b"<html>maintenance</html>", {"Content-Type": "text/html"})
    html_url, html_seen = serve(html)
    with (
        _drivers.client_for(None, html_url, Tally()) as client,
        pytest.raises(ResponseValidationError, match="HTML"),
    ):
        _page(client, html_url)
    assert len(html_seen) == 1


def test_a_compressed_page_without_cookies_keeps_the_lane_quick(serve) -> None:
    body = gzip.compress(b'{"items":[7]}')
    url, seen = serve(_status(200, body, {"Content-Encoding": "gzip"}))
    with _drivers.client_for(None, url, Tally()) as client:
        built, _ = _count_builds(client)
        for _ in range(3):
            assert _page(client, url) == b'{"items":[7]}'
    assert len(seen) == 3
    assert len(built) == 1  # decoding a page needs no request of httpx's


def test_the_lane_decodes_a_compressed_page_and_keeps_its_cookies(serve) -> None:
    body = gzip.compress(b'{"items":[7]}')
    compressed = _status(200, body, {"Content-Encoding": "gzip", "Set-Cookie": "seen=1; Path=/"})
    url, seen = serve(compressed)
    with _drivers.client_for(None, url, Tally()) as client:
        assert _page(client, url) == b'{"items":[7]}'
        assert _page(client, url) == b'{"items":[7]}'
    assert "Cookie" not in seen[0][1]
    assert seen[1][1]["Cookie"] == "seen=1"


@pytest.mark.anyio
async def test_the_async_lane_declines_and_retries_the_same_way(serve) -> None:
    limited = _status(429, b'{"error":"slow down"}', {"Retry-After": "0"})
    url, seen = serve(_in_turn(limited, _json, limited, _json))
    tally = Tally()
    async with _drivers.async_client_for(None, url, tally) as client:
        assert isinstance(client, _drivers._AsyncExportClient)
        for _ in range(2):
            assert await _page(client, url) == b'{"items":[]}'
    assert len(seen) == 4
    assert (tally.requests, tally.rate_limited) == (4, 2)


def test_pages_over_https_are_verified_against_the_trusted_authorities(
    serve, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    trustme = pytest.importorskip("trustme")
    authority = trustme.CA()
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("127.0.0.1").configure_cert(server_context)
    url, seen = serve(_json, tls=server_context)
    assert url.startswith("https://")
    with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
        PageTransport().exchange(httpx.Request("GET", url))  # the CA is not trusted yet
    ca = tmp_path / "ca.pem"
    authority.cert_pem.write_to_path(str(ca))
    monkeypatch.setenv("SSL_CERT_FILE", str(ca))
    with _drivers.client_for(None, url, Tally()) as client:
        assert _page(client, url) == b'{"items":[]}'
        assert _page(client, url) == b'{"items":[]}'
    assert len({port for port, _ in seen}) == 1  # one kept-alive TLS connection
