"""Retries against a real server on 127.0.0.1: rate limits, overloads, Cloudflare pages,
dropped connections and slow answers, through clients made by `build_client` (sync) and
`build_async_client` (asyncio and trio)."""

from __future__ import annotations

import gzip
import json
import logging
import time
from collections.abc import Iterator
from dataclasses import dataclass

import anyio
import civitai_api
import httpx
import pytest
from civitai_api import RetryPolicy
from support.fault_server import FaultServer, Reply
from support.keys import API_KEY

MODELS = "/api/v1/models"
OK = {"items": [{"id": 1}], "metadata": {}}
# Small delays keep the suite fast; Retry-After values from the server are still honoured.
FAST = RetryPolicy(max_retries=3, initial_delay=0.1, max_delay=0.4, max_wait=5.0)
QUICK = RetryPolicy(max_retries=3, initial_delay=0.01, max_delay=0.04, max_wait=5.0)
SLACK = 0.5  # scheduling and request time on top of a wait


@dataclass
class Outcome:
    status: int | None = None
    body: bytes = b""
    headers: httpx.Headers | None = None
    error: Exception | None = None
    elapsed: float = 0.0


@pytest.fixture(autouse=True)
def _no_key_in_logs(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    caplog.set_level(logging.DEBUG)
    yield
    for record in caplog.records:
        assert API_KEY not in record.getMessage()
    assert API_KEY not in caplog.text


def send(
    driver: str,
    server: FaultServer,
    path: str = MODELS,
    *,
    method: str = "GET",
    policy: RetryPolicy = FAST,
    timeout: float = 2.0,
    base_url: str | None = None,
) -> Outcome:
    """One request through a built client; the outcome with the time it took."""
    url = base_url or server.url
    outcome = Outcome()
    start = time.monotonic()
    if driver == "sync":
        with civitai_api.build_client(
            API_KEY, base_url=url, retry_policy=policy, timeout=timeout, trust_env=False
        ) as client:
            try:
                response = client.request(method, path)
                outcome.status, outcome.body = response.status_code, response.content
                outcome.headers = response.headers
            except httpx.HTTPError as error:
                outcome.error = error
    else:

        async def main() -> None:
            with anyio.fail_after(30):
                async with civitai_api.build_async_client(
                    API_KEY, base_url=url, retry_policy=policy, timeout=timeout, trust_env=False
                ) as client:
                    try:
                        response = await client.request(method, path)
                        outcome.status, outcome.body = response.status_code, response.content
                        outcome.headers = response.headers
                    except httpx.HTTPError as error:
                        outcome.error = error

        anyio.run(main, backend=driver)
    outcome.elapsed = time.monotonic() - start
    if outcome.error is not None:
        assert API_KEY not in str(outcome.error)
        assert API_KEY not in repr(outcome.error)
    return outcome


def test_retry_after_one_second_is_waited_then_succeeds(
    driver: str, fault_server: FaultServer
) -> None:
    # the 429 limiter and the 503 overload both send Retry-After (one each,
    # to keep the suite short)
    status = 503 if driver == "asyncio" else 429
    fault_server.script(fault_server.rate_limited("1", status), fault_server.json(OK))
    outcome = send(driver, fault_server)
    assert outcome.status == 200
    assert len(fault_server.requests) == 2
    (gap,) = fault_server.gaps()
    assert 1.0 <= gap < 2.0


def test_429_without_retry_after_backs_off_exponentially(
    driver: str, fault_server: FaultServer
) -> None:
    fault_server.script(*[fault_server.rate_limited() for _ in range(3)], fault_server.json(OK))
    outcome = send(driver, fault_server)
    assert outcome.status == 200
    assert len(fault_server.requests) == 4
    # backoff 0.1, 0.2, 0.4 s, each shortened by at most a quarter of itself
    for gap, delay in zip(fault_server.gaps(), [0.1, 0.2, 0.4], strict=True):
        assert 0.75 * delay <= gap < delay + SLACK


@pytest.mark.parametrize("status", [502, 520, 522, 524])
def test_cloudflare_html_pages_are_retried(
    driver: str, fault_server: FaultServer, status: int
) -> None:
    fault_server.script(fault_server.cloudflare(status), fault_server.json(OK))
    outcome = send(driver, fault_server)
    assert outcome.status == 200
    assert len(fault_server.requests) == 2


def test_gives_up_after_max_retries_with_the_last_response(
    driver: str, fault_server: FaultServer
) -> None:
    fault_server.script(*[fault_server.cloudflare(524) for _ in range(4)], fault_server.json(OK))
    outcome = send(driver, fault_server, policy=QUICK)
    assert outcome.status == 524
    assert b"cf-error-details" in outcome.body  # the last page, read in full by the client
    assert len(fault_server.requests) == 4  # first attempt + 3 retries; the 200 never asked


def test_page_depth_429_is_never_retried(driver: str, fault_server: FaultServer) -> None:
    fault_server.script(fault_server.page_limit(), fault_server.json(OK))
    outcome = send(driver, fault_server)
    assert outcome.status == 429
    assert b"too many pages" in outcome.body
    assert len(fault_server.requests) == 1


def test_gzipped_page_depth_429_is_recognised_and_still_readable(
    driver: str, fault_server: FaultServer
) -> None:
    text = json.dumps({"error": "You've requested too many pages, please use cursors instead"})
    headers = {"Content-Type": "application/json", "Content-Encoding": "gzip"}
    fault_server.script(Reply(429, gzip.compress(text.encode()), headers), fault_server.json(OK))
    outcome = send(driver, fault_server)
    assert outcome.status == 429
    assert outcome.body == text.encode()  # the replayed body is decoded once, by the client
    assert len(fault_server.requests) == 1


def test_retry_after_beyond_the_cap_returns_at_once(driver: str, fault_server: FaultServer) -> None:
    fault_server.script(fault_server.rate_limited("120"), fault_server.json(OK))
    policy = RetryPolicy(initial_delay=0.01)  # default cap: 60 s
    outcome = send(driver, fault_server, policy=policy)
    assert outcome.status == 429
    assert outcome.headers is not None
    assert outcome.headers["Retry-After"] == "120"  # left for the caller's RateLimitError
    assert len(fault_server.requests) == 1
    assert outcome.elapsed < 1.0


@pytest.mark.parametrize("status", [400, 401, 403, 404, 410, 451, 500])
def test_client_errors_are_never_retried(
    driver: str, fault_server: FaultServer, status: int
) -> None:
    fault_server.script(fault_server.json({"error": "no"}, status), fault_server.json(OK))
    outcome = send(driver, fault_server)
    assert outcome.status == status
    assert len(fault_server.requests) == 1


@pytest.mark.parametrize("reset", [True, False], ids=["reset", "closed"])
def test_connection_lost_mid_body_is_retried(
    driver: str, fault_server: FaultServer, reset: bool
) -> None:
    fault_server.script(fault_server.cut_mid_body(reset=reset), fault_server.json(OK))
    outcome = send(driver, fault_server)
    assert outcome.error is None
    assert outcome.status == 200
    assert b'"id": 1' in outcome.body
    assert len(fault_server.requests) == 2


def test_connection_lost_mid_body_every_time_raises(driver: str, fault_server: FaultServer) -> None:
    fault_server.script(*[fault_server.cut_mid_body() for _ in range(4)])
    outcome = send(driver, fault_server, policy=QUICK)
    assert isinstance(outcome.error, httpx.ReadError | httpx.RemoteProtocolError)
    assert len(fault_server.requests) == 4


def test_slow_answer_times_out_then_the_retry_succeeds(
    driver: str, fault_server: FaultServer
) -> None:
    fault_server.script(fault_server.slow(3.0), fault_server.json(OK))
    outcome = send(driver, fault_server, timeout=0.3)
    assert outcome.status == 200
    assert len(fault_server.requests) == 2
    assert outcome.elapsed < 2.0  # the slow answer was abandoned, not awaited


def test_always_slow_raises_read_timeout(driver: str, fault_server: FaultServer) -> None:
    fault_server.script(*[fault_server.slow(3.0) for _ in range(3)])
    policy = RetryPolicy(max_retries=2, initial_delay=0.05)
    outcome = send(driver, fault_server, timeout=0.15, policy=policy)
    assert isinstance(outcome.error, httpx.ReadTimeout)
    assert len(fault_server.requests) == 3
    assert outcome.elapsed < 3.0


def test_truncated_json_with_a_200_is_not_a_transport_matter(
    driver: str, fault_server: FaultServer
) -> None:
    # The body is complete per Content-Length: retrying cannot be justified by the transport;
    # the endpoint layer reports it as ResponseValidationError.
    fault_server.script(fault_server.truncated_json(), fault_server.json(OK))
    outcome = send(driver, fault_server)
    assert outcome.status == 200
    assert outcome.body.startswith(b'{"items": [{"id": 1, "name": "ha')
    assert len(fault_server.requests) == 1


def test_connection_refused_is_retried_then_raised(
    driver: str, caplog: pytest.LogCaptureFixture
) -> None:
    with socket_without_listener() as url:
        policy = RetryPolicy(max_retries=2, initial_delay=0.01)
        outcome = send(driver, FaultServerStub(), base_url=url, policy=policy)
    assert isinstance(outcome.error, httpx.ConnectError)
    retries = [r for r in caplog.records if r.getMessage().startswith("retrying in")]
    assert len(retries) == 2
    assert all(r.levelno == logging.INFO and r.name == "civitai_api" for r in retries)


@pytest.mark.parametrize(
    ("path", "requests"),
    [
        ("/api/v1/model-versions/by-hash", 2),  # read-only lookup: retried
        ("/api/v1/model-versions/by-hash/ids", 2),
        ("/api/v1/vault/toggle-version?modelVersionId=1", 1),  # changes state: never resent
    ],
)
def test_post_is_retried_only_for_read_only_lookups(
    driver: str, fault_server: FaultServer, path: str, requests: int
) -> None:
    fault_server.script(fault_server.rate_limited("0", 503), fault_server.json([]))
    outcome = send(driver, fault_server, path, method="POST")
    assert len(fault_server.requests) == requests
    assert outcome.status == (200 if requests == 2 else 503)


def test_retry_logs_name_the_wait_but_never_the_key(
    driver: str, fault_server: FaultServer, caplog: pytest.LogCaptureFixture
) -> None:
    fault_server.script(fault_server.rate_limited("0"), fault_server.json(OK))
    send(driver, fault_server)
    messages = [r.getMessage() for r in caplog.records if r.name == "civitai_api"]
    assert any(m.startswith("retrying in 0.0s") for m in messages)
    assert any("HTTP 429" in m for m in messages)  # the DEBUG decision
    assert fault_server.requests[0].headers["authorization"] == f"Bearer {API_KEY}"
    assert fault_server.requests[1].headers["authorization"] == f"Bearer {API_KEY}"


class FaultServerStub:
    """Stands in for a server that is not there (connection refused)."""

    url = "http://127.0.0.1:9"


class socket_without_listener:
    """A loopback port that was bound and released: connecting to it is refused."""

    def __enter__(self) -> str:
        import socket

        probe = socket.socket()
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
        probe.close()
        return f"http://127.0.0.1:{port}"

    def __exit__(self, *exc: object) -> None:
        return None


# Streaming: bodies the transport must not read ---------------------------------------------


def test_download_bodies_stream_through_unbuffered(fault_server: FaultServer) -> None:
    import threading

    gate = threading.Event()
    fault_server.script(
        Reply(
            200,
            headers={"Content-Type": "application/octet-stream"},
            chunks=[b"first-part|", b"second-part"],
            gate=gate,
        )
    )
    with (
        civitai_api.build_client(
            API_KEY, base_url=fault_server.url, retry_policy=FAST, timeout=2.0, trust_env=False
        ) as client,
        client.stream("GET", "/api/download/models/1") as response,
    ):
        # The second part is only sent once the first has arrived here: a transport that
        # read the whole body first would time out waiting for it.
        pieces = response.iter_raw()
        first = next(pieces)
        assert first == b"first-part|"
        gate.set()
        rest = b"".join(pieces)
    assert first + rest == b"first-part|second-part"


@pytest.mark.anyio
async def test_async_download_bodies_stream_through_unbuffered(fault_server: FaultServer) -> None:
    import threading

    gate = threading.Event()
    fault_server.script(
        Reply(
            200,
            headers={"Content-Type": "application/octet-stream"},
            chunks=[b"first-part|", b"second-part"],
            gate=gate,
        )
    )
    with anyio.fail_after(10):
        async with (
            civitai_api.build_async_client(
                API_KEY, base_url=fault_server.url, retry_policy=FAST, timeout=2.0, trust_env=False
            ) as client,
            client.stream("GET", "/api/download/models/1") as response,
        ):
            pieces = response.aiter_raw()
            first = await pieces.__anext__()
            assert first == b"first-part|"
            gate.set()
            rest = b"".join([chunk async for chunk in pieces])
    assert first + rest == b"first-part|second-part"


def test_streamed_429_is_still_classified_and_readable(fault_server: FaultServer) -> None:
    fault_server.script(fault_server.page_limit())
    with (
        civitai_api.build_client(
            API_KEY, base_url=fault_server.url, retry_policy=FAST, trust_env=False
        ) as client,
        client.stream("GET", "/api/v1/images?page=20") as response,
    ):
        assert response.status_code == 429
        assert b"too many pages" in response.read()
        assert response.elapsed.total_seconds() >= 0
    assert len(fault_server.requests) == 1


def test_own_client_gets_the_same_retries_in_one_line(fault_server: FaultServer) -> None:
    fault_server.script(fault_server.rate_limited("0"), fault_server.json(OK))
    with httpx.Client(
        base_url=fault_server.url, transport=civitai_api.RetryTransport(), timeout=2.0
    ) as client:
        assert client.get(MODELS).json() == OK
    assert len(fault_server.requests) == 2


@pytest.mark.anyio
async def test_own_async_client_gets_the_same_retries(fault_server: FaultServer) -> None:
    fault_server.script(fault_server.cloudflare(502), fault_server.json(OK))
    with anyio.fail_after(10):
        async with httpx.AsyncClient(
            base_url=fault_server.url,
            transport=civitai_api.AsyncRetryTransport(policy=FAST),
            timeout=2.0,
        ) as client:
            assert (await client.get(MODELS)).json() == OK
    assert len(fault_server.requests) == 2


def _buffered_replies(statuses: list[int], body: bytes = b'{"items": []}') -> httpx.MockTransport:
    """A transport that hands back responses whose bodies are already read."""
    replies = iter(statuses)

    def handler(request: httpx.Request) -> httpx.Response:
        headers = {"Content-Type": "application/json", "Retry-After": "0"}
        return httpx.Response(next(replies), content=body, headers=headers)

    return httpx.MockTransport(handler)


def test_wrapping_a_transport_that_buffers_bodies_still_retries() -> None:
    # httpx.MockTransport returns responses already read: their raw stream cannot be read again.
    transport = civitai_api.RetryTransport(_buffered_replies([503, 429, 200]), policy=QUICK)
    with httpx.Client(transport=transport, timeout=2.0) as client:
        response = client.get("https://civitai.com" + MODELS)
    assert response.status_code == 200
    assert response.json() == {"items": []}


def test_buffered_page_depth_429_is_still_recognised() -> None:
    body = b'{"error":"You\'ve requested too many pages, please use cursors instead"}'
    transport = civitai_api.RetryTransport(_buffered_replies([429, 200], body), policy=QUICK)
    with httpx.Client(transport=transport, timeout=2.0) as client:
        response = client.get("https://civitai.com" + MODELS)
    assert response.status_code == 429
    assert b"too many pages" in response.content


@pytest.mark.anyio
async def test_async_wrapping_a_transport_that_buffers_bodies_still_retries() -> None:
    replies = iter([503, 200])

    async def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(next(replies), json={"items": []})

    transport = civitai_api.AsyncRetryTransport(httpx.MockTransport(handler), policy=QUICK)
    with anyio.fail_after(5):
        async with httpx.AsyncClient(transport=transport) as client:
            response = await client.get("https://civitai.com" + MODELS)
    assert response.status_code == 200
    assert response.json() == {"items": []}
