"""Table tests of the pure retry decision: what is retried, after how long, and what never is."""

from __future__ import annotations

import datetime
import json

import httpx
import pytest
from civitai_api._retry import RetryPolicy, is_page_limit_body

POLICY = RetryPolicy(max_retries=3, initial_delay=0.5, max_delay=8.0, max_wait=60.0, jitter=0.25)
MODELS = "/api/v1/models"
PAGE_LIMIT = json.dumps(
    {"error": "You've requested too many pages, please use cursors instead"}
).encode()
EDGE_429_HTML = b"<html><head><title>429 Too Many Requests</title></head></html>"
NOW = datetime.datetime(2026, 8, 8, 12, 0, 0, tzinfo=datetime.UTC)


@pytest.mark.parametrize(
    ("status", "headers", "body", "expected"),
    [
        # retried with backoff (no Retry-After): 0.5 s on the first retry, rand=0 → no jitter
        (429, {}, EDGE_429_HTML, 0.5),
        (429, {}, b"", 0.5),
        (502, {}, b"<html>bad gateway</html>", 0.5),
        (503, {}, b"", 0.5),
        (504, {}, b"", 0.5),
        (520, {}, b"", 0.5),
        (521, {}, b"", 0.5),
        (522, {}, b"", 0.5),
        (523, {}, b"", 0.5),
        (524, {}, b"<html>a timeout occurred</html>", 0.5),
        # Retry-After wins over backoff, in seconds or as an HTTP date
        (429, {"Retry-After": "7"}, b"", 7.0),
        (503, {"retry-after": "2"}, b"", 2.0),
        (503, {"Retry-After": "0"}, b"", 0.0),
        (503, {"Retry-After": "Sat, 08 Aug 2026 12:00:30 GMT"}, b"", 30.0),
        (503, {"Retry-After": "Sat, 08 Aug 2026 11:00:00 GMT"}, b"", 0.0),  # in the past
        (503, {"Retry-After": "soon"}, b"", 0.5),  # unreadable → backoff
        (429, {"Retry-After": "60"}, b"", 60.0),  # exactly the cap: still waited
        # a wait beyond the cap is not waited for
        (429, {"Retry-After": "61"}, b"", None),
        (503, {"Retry-After": "Sat, 08 Aug 2026 13:00:00 GMT"}, b"", None),
        # never retried
        (200, {}, b"{}", None),
        (400, {}, b'{"error":"bad"}', None),
        (401, {}, b'{"error":"Unauthorized"}', None),
        (403, {}, b"Forbidden", None),
        (404, {}, b'{"error":"No model with id 1"}', None),
        (410, {}, b"Model archived", None),
        (451, {}, b'{"code":"REGION_BLOCKED"}', None),
        (500, {}, b'{"message":"An unexpected error occurred"}', None),
        (429, {}, PAGE_LIMIT, None),  # the page-depth cap is no rate limit
        (429, {"Retry-After": "1"}, PAGE_LIMIT, None),
    ],
)
def test_decision_after_a_response(
    status: int, headers: dict[str, str], body: bytes, expected: float | None
) -> None:
    delay = POLICY.decide(
        0, method="GET", path=MODELS, status=status, headers=headers, body=body, now=NOW, rand=0
    )
    assert delay == expected


def test_headers_object_is_read_case_insensitively() -> None:
    headers = httpx.Headers({"RETRY-AFTER": "3"})
    assert POLICY.decide(0, method="GET", path=MODELS, status=429, headers=headers) == 3.0


@pytest.mark.parametrize(
    ("retries_done", "rand", "expected"),
    [
        (0, 0.0, 0.5),
        (1, 0.0, 1.0),
        (2, 0.0, 2.0),
        (0, 1.0, 0.375),  # jitter removes at most a quarter
        (2, 1.0, 1.5),
        (2, 0.5, 1.75),
    ],
)
def test_backoff_doubles_with_bounded_jitter(
    retries_done: int, rand: float, expected: float
) -> None:
    delay = POLICY.decide(retries_done, method="GET", path=MODELS, status=503, rand=rand)
    assert delay == pytest.approx(expected)


def test_backoff_is_capped_by_max_delay_then_max_wait() -> None:
    policy = RetryPolicy(max_retries=20, initial_delay=1.0, max_delay=8.0)
    assert policy.backoff(10, 0.0) == 8.0
    tight = RetryPolicy(max_retries=20, initial_delay=1.0, max_delay=8.0, max_wait=3.0)
    assert tight.backoff(10, 0.0) == 3.0


def test_random_jitter_stays_within_bounds() -> None:
    for _ in range(200):
        delay = POLICY.decide(1, method="GET", path=MODELS, status=502)
        assert delay is not None
        assert 0.75 <= delay <= 1.0


@pytest.mark.parametrize("retries_done", [3, 4, 10])
def test_gives_up_after_max_retries(retries_done: int) -> None:
    assert POLICY.decide(retries_done, method="GET", path=MODELS, status=503) is None
    assert (
        POLICY.decide(retries_done, method="GET", path=MODELS, error=httpx.ConnectError("x"))
        is None
    )


def test_max_retries_zero_never_retries() -> None:
    policy = RetryPolicy(max_retries=0)
    assert policy.decide(0, method="GET", path=MODELS, status=429) is None


@pytest.mark.parametrize(
    ("error", "method", "path", "retried"),
    [
        (httpx.ConnectError("refused"), "GET", MODELS, True),
        (httpx.ConnectTimeout("slow connect"), "GET", MODELS, True),
        (httpx.ReadTimeout("slow answer"), "GET", MODELS, True),
        (httpx.ReadError("reset"), "GET", MODELS, True),
        (httpx.RemoteProtocolError("peer closed"), "HEAD", MODELS, True),
        (httpx.WriteTimeout("slow upload"), "GET", MODELS, True),
        (httpx.PoolTimeout("no connection free"), "GET", MODELS, True),
        # read-only POST lookups by hash are retried like GETs
        (httpx.ReadTimeout("slow"), "POST", "/api/v1/model-versions/by-hash", True),
        (httpx.ReadError("reset"), "POST", "/api/v1/model-versions/by-hash/ids", True),
        # other POSTs only when the request surely never left
        (httpx.ReadTimeout("slow"), "POST", "/api/v1/vault/toggle-version", False),
        (httpx.RemoteProtocolError("x"), "POST", "/api/v1/vault/toggle-version", False),
        (httpx.ConnectError("refused"), "POST", "/api/v1/vault/toggle-version", True),
        # not transient: never retried
        (httpx.UnsupportedProtocol("ftp"), "GET", MODELS, False),
        (httpx.LocalProtocolError("bad header"), "GET", MODELS, False),
        (ValueError("a bug"), "GET", MODELS, False),
    ],
)
def test_decision_after_an_error(
    error: BaseException, method: str, path: str, retried: bool
) -> None:
    delay = POLICY.decide(0, method=method, path=path, error=error, rand=0)
    assert (delay == 0.5) if retried else (delay is None)


@pytest.mark.parametrize(
    ("method", "path", "status", "retried"),
    [
        ("POST", "/api/v1/model-versions/by-hash", 503, True),
        ("POST", "/api/v1/model-versions/by-hash/", 524, True),
        ("POST", "/api/v1/vault/toggle-version", 503, False),
        ("POST", "/api/v1/vault/toggle-version", 524, False),
        ("POST", "/api/v1/vault/toggle-version", 429, True),  # refused: nothing happened
        ("PUT", MODELS, 502, False),
        ("DELETE", MODELS, 429, True),
        ("OPTIONS", MODELS, 503, True),
        ("get", MODELS, 503, True),
    ],
)
def test_methods_safe_to_repeat(method: str, path: str, status: int, retried: bool) -> None:
    delay = POLICY.decide(0, method=method, path=path, status=status, rand=0)
    assert (delay is not None) is retried


def test_needs_body_only_for_429() -> None:
    assert POLICY.needs_body(429)
    assert not POLICY.needs_body(503)
    assert not RetryPolicy(retry_statuses=frozenset({503})).needs_body(429)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (PAGE_LIMIT, True),
        (b'{"error":"Rate limit exceeded, please retry shortly."}', False),
        (EDGE_429_HTML, False),
        (b"", False),
        (None, False),
        (b"\xff\xfe", False),
        (b'["too many pages"]', False),
        (b'{"error": {"message": "too many pages"}}', False),
    ],
)
def test_page_limit_body(body: bytes | None, expected: bool) -> None:
    assert is_page_limit_body(body) is expected


@pytest.mark.parametrize(
    "kwargs",
    [{"max_retries": -1}, {"initial_delay": -0.1}, {"max_wait": -1.0}, {"jitter": 1.5}],
)
def test_invalid_policies_are_refused(kwargs: dict[str, float]) -> None:
    with pytest.raises(ValueError, match=r">= 0|between"):
        RetryPolicy(**kwargs)  # type: ignore[arg-type]


def test_policy_is_frozen() -> None:
    with pytest.raises(AttributeError):
        POLICY.max_retries = 5  # type: ignore[misc]
