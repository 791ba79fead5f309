"""Retries: a pure decision (`RetryPolicy`) and two thin httpx transports that apply it.

The policy answers one question: after this answer or error, wait how long and try again, or
stop? The transports send, ask, close what they discard, sleep and send again. Tenacity runs
the loop (sync with `time.sleep`, async with `anyio.sleep`, so it works under asyncio and trio).

What is retried, and why:

* 429 (rate limit), 503 (search overload) and the Cloudflare edge pages
  502, 504 and 520-524, honouring `Retry-After` (seconds or an HTTP date);
* connection failures, timeouts and a connection dropped mid-body;
* only for requests that are safe to send twice: GET, HEAD, OPTIONS, and the two POST by-hash
  lookups, which only read. Any other POST (the vault toggle) is retried only
  where the server surely did not act: a 429, or a connection that never opened.

Never retried: every other status (400, 401, 403, 404, 410, 451, ...) and the 429 Civitai sends
for `page * limit > 1000` ("You've requested too many pages"), which no wait can fix.
A `Retry-After` longer than `RetryPolicy.max_wait` is not waited for: the 429/503 response is
returned at once, for the caller to raise `RateLimitError` with its `retry_after`.
"""

from __future__ import annotations

import dataclasses
import datetime
import logging
import random
import time
from collections.abc import Callable, Mapping
from typing import Any, Final, TypeVar

import anyio
import httpx
import tenacity

from ._constants import (
    DEFAULT_MAX_RETRIES,
    INITIAL_RETRY_DELAY,
    MAX_RETRY_AFTER,
    MAX_RETRY_DELAY,
    RETRY_BODY_PEEK_LIMIT,
    RETRY_JITTER,
    RETRYABLE_STATUS_CODES,
)
from ._error_mapping import is_page_limit_body, parse_retry_after

__all__ = [
    "AsyncRetryTransport",
    "RetryPolicy",
    "RetryTransport",
    "is_page_limit_body",
]

logger = logging.getLogger("civitai_api")

_IDEMPOTENT_METHODS: Final = frozenset({"GET", "HEAD", "OPTIONS"})
# POST lookups by hash read only, so sending them twice is harmless.
_READ_ONLY_POST_SUFFIXES: Final = ("/model-versions/by-hash", "/model-versions/by-hash/ids")
# Failures where the request never left this machine: safe to repeat for any method.
_NOT_SENT_ERRORS: Final = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Failures that may have happened after the server got the request: safe for reads only.
_TRANSIENT_ERRORS: Final = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)


@dataclasses.dataclass(frozen=True, slots=True)
class RetryPolicy:
    """When to try a request again, and after how long. Pure: no I/O, no clock but `now`.

    Attributes:
        max_retries: Retries after the first attempt (0 disables retrying).
        initial_delay: The first backoff delay in seconds; each retry doubles it.
        max_delay: The longest backoff delay, before jitter.
        max_wait: The longest single wait of any kind. A `Retry-After` beyond it is not
            waited for: the response is returned at once.
        jitter: Each backoff delay is shortened by up to this fraction, at random.
        retry_statuses: The statuses worth another try.

    Example:
        >>> policy = RetryPolicy(max_retries=2, initial_delay=0.1)
        >>> policy.decide(0, method="GET", path="/api/v1/models", status=503,
        ...               headers={"Retry-After": "1"})
        1.0
    """

    max_retries: int = DEFAULT_MAX_RETRIES
    initial_delay: float = INITIAL_RETRY_DELAY
    max_delay: float = MAX_RETRY_DELAY
    max_wait: float = MAX_RETRY_AFTER
    jitter: float = RETRY_JITTER
    retry_statuses: frozenset[int] = RETRYABLE_STATUS_CODES

    def __post_init__(self) -> None:
        if self.max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        if min(self.initial_delay, self.max_delay, self.max_wait) < 0:
            raise ValueError("delays must be >= 0")
        if not 0 <= self.jitter <= 1:
            raise ValueError("jitter must be between 0 and 1")

    def is_replayable(self, method: str, path: str) -> bool:
        """Whether a request may be sent again after an answer that might have acted on it."""
        method = method.upper()
        if method in _IDEMPOTENT_METHODS:
            return True
        return method == "POST" and path.rstrip("/").endswith(_READ_ONLY_POST_SUFFIXES)

    def needs_body(self, status: int) -> bool:
        """Whether `decide` must see the body of a response with this status (a small 429)."""
        return status == 429 and status in self.retry_statuses

    def backoff(self, retries_done: int, rand: float) -> float:
        """The exponential delay before retry number `retries_done + 1`, with jitter.

        Args:
            retries_done: Retries already made for this request.
            rand: A number in [0, 1]: 0 keeps the full delay, 1 removes `jitter` of it.
        """
        delay = min(self.initial_delay * 2.0**retries_done, self.max_delay)
        return min(delay * (1.0 - self.jitter * rand), self.max_wait)

    def decide(
        self,
        retries_done: int,
        *,
        method: str,
        path: str,
        status: int | None = None,
        headers: Mapping[str, str] | None = None,
        body: bytes | None = None,
        error: BaseException | None = None,
        now: datetime.datetime | None = None,
        rand: float | None = None,
    ) -> float | None:
        """Decide what follows one attempt: seconds to wait before retrying, or None to stop.

        Args:
            retries_done: Retries already made for this request (0 after the first attempt).
            method: The request's HTTP method.
            path: The request's URL path (it tells the read-only POST lookups apart).
            status: The response status, when a response came back.
            headers: The response headers (for `Retry-After`).
            body: The response body, needed only when `needs_body(status)`.
            error: The exception raised instead of a response.
            now: The current time, for a `Retry-After` HTTP date.
            rand: The jitter draw in [0, 1]; random when None.

        Returns:
            The delay in seconds, or None: return the response or raise the error as is.
        """
        if retries_done >= self.max_retries:
            return None
        draw = random.random() if rand is None else rand
        if error is not None:
            if isinstance(error, _NOT_SENT_ERRORS) or (
                isinstance(error, _TRANSIENT_ERRORS) and self.is_replayable(method, path)
            ):
                return self.backoff(retries_done, draw)
            return None
        if status is None or status not in self.retry_statuses:
            return None
        # A 429 means the request was refused before anything happened: safe for any method.
        if status != 429 and not self.is_replayable(method, path):
            return None
        if status == 429 and is_page_limit_body(body):
            return None
        retry_after = parse_retry_after(httpx.Headers(headers).get("Retry-After"), now=now)
        if retry_after is None:
            return self.backoff(retries_done, draw)
        return retry_after if retry_after <= self.max_wait else None


_Loop = TypeVar("_Loop", bound=tenacity.BaseRetrying)


class _Attempts:
    """The decision loop's state for one request, shared by the sync and async transports."""

    def __init__(self, policy: RetryPolicy, request: httpx.Request) -> None:
        self.policy = policy
        self.request = request
        self.peeked_body: bytes | None = None
        self.delay = 0.0

    def should_buffer(self, response: httpx.Response) -> bool:
        """Read this body inside the retry loop? Small 429s (to classify) and JSON answers."""
        if self.policy.needs_body(response.status_code):
            length = response.headers.get("Content-Length", "")
            return not (length.isdigit() and int(length) > RETRY_BODY_PEEK_LIMIT)
        # A connection dropped in the middle of a JSON answer (a list page can weigh
        # megabytes) is retried like any network failure; binary bodies (downloads) stream
        # through untouched.
        content_type = response.headers.get("Content-Type", "").lower()
        return (
            self.request.method != "HEAD"
            and self.policy.is_replayable(self.request.method, self.request.url.path)
            and ("application/json" in content_type or "+json" in content_type)
        )

    def already_read(self, response: httpx.Response) -> bool:
        """Whether a transport handed back a body it had read already (as `MockTransport`
        does); reading its raw stream again would fail, and it needs no buffering."""
        try:
            body = response.content
        except httpx.ResponseNotRead:
            return False
        if self.policy.needs_body(response.status_code):
            self.peeked_body = body
        return True

    def replay(self, response: httpx.Response, raw: bytes) -> httpx.Response:
        """A fresh response over the already-read raw bytes; keeps the body for `retry`."""
        replayed = httpx.Response(
            response.status_code,
            headers=response.headers,
            stream=httpx.ByteStream(raw),
            extensions=response.extensions,
        )
        if self.policy.needs_body(response.status_code):
            self.peeked_body = _decoded(response.headers, raw)
        return replayed

    def retry(self, state: tenacity.RetryCallState) -> bool:
        """Tenacity's `retry` hook: ask the policy and remember its delay for `wait`."""
        outcome = state.outcome
        if outcome is None:  # pragma: no cover - tenacity always sets it before asking
            return False
        error = outcome.exception()
        response: httpx.Response | None = None if error is not None else outcome.result()
        method, path = self.request.method, self.request.url.path
        delay = self.policy.decide(
            state.attempt_number - 1,
            method=method,
            path=path,
            status=None if response is None else response.status_code,
            headers=None if response is None else response.headers,
            body=self.peeked_body,
            error=error,
        )
        what = type(error).__name__ if response is None else f"HTTP {response.status_code}"
        if delay is None:
            if response is None or response.status_code >= 400:  # successes go unremarked
                logger.debug("%s %s: %s, not retrying", method, path, what)
            return False
        self.delay = delay
        logger.debug(
            "%s %s: %s, retry %d in %.2fs", method, path, what, state.attempt_number, delay
        )
        return True

    def wait(self, state: tenacity.RetryCallState) -> float:
        """Tenacity's `wait` hook: the delay `retry` just chose."""
        return self.delay

    def loop(
        self,
        kind: type[_Loop],
        sleep: Callable[[float], Any],
        before_sleep: Callable[[tenacity.RetryCallState], Any],
    ) -> _Loop:
        """A tenacity loop (`Retrying`, or `AsyncRetrying` with its sleep) whose retry and
        wait decisions are this object's; the error of the last attempt goes on up."""
        return kind(
            sleep=sleep, retry=self.retry, wait=self.wait, before_sleep=before_sleep, reraise=True
        )

    def announce(self, state: tenacity.RetryCallState) -> None:
        logger.info(
            "retrying in %.1fs (%s %s, retry %d of %d)",
            self.delay,
            self.request.method,
            self.request.url.path,
            state.attempt_number,
            self.policy.max_retries,
        )

    @staticmethod
    def discarded(state: tenacity.RetryCallState) -> httpx.Response | None:
        """The response about to be thrown away before a retry, if the attempt had one."""
        outcome = state.outcome
        if outcome is None or outcome.failed:
            return None
        response: httpx.Response = outcome.result()
        return response


def _decoded(headers: httpx.Headers, raw: bytes) -> bytes:
    """The body as the server meant it (gzip and friends undone); empty if undecodable."""
    try:
        return httpx.Response(200, headers=headers, content=raw).content
    except httpx.DecodingError:
        return b""


class RetryTransport(httpx.BaseTransport):
    """An httpx transport that retries per a `RetryPolicy`, wrapping another transport.

    `civitai_api.build_client` installs it. To give your own client the same retries:

        client = httpx.Client(transport=civitai_api.RetryTransport())
        client = httpx.Client(
            transport=civitai_api.RetryTransport(httpx.HTTPTransport(proxy="http://127.0.0.1:7890"))
        )

    Download bodies stream through untouched; the transport only reads small 429 bodies
    and JSON answers to requests safe to repeat, so a connection lost mid-body is retried.

    Args:
        transport: The transport that sends; a plain `httpx.HTTPTransport()` when None.
        policy: When and how long to wait; `RetryPolicy()` (3 retries) when None.
    """

    def __init__(
        self, transport: httpx.BaseTransport | None = None, *, policy: RetryPolicy | None = None
    ) -> None:
        self.transport = transport if transport is not None else httpx.HTTPTransport()
        self.policy = policy if policy is not None else RetryPolicy()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        attempts = _Attempts(self.policy, request)

        def send_once() -> httpx.Response:
            attempts.peeked_body = None
            response = self.transport.handle_request(request)
            if not attempts.should_buffer(response) or attempts.already_read(response):
                return response
            try:
                raw = b"".join(response.iter_raw())
            finally:
                response.close()
            return attempts.replay(response, raw)

        def before_sleep(state: tenacity.RetryCallState) -> None:
            attempts.announce(state)
            discarded = attempts.discarded(state)
            if discarded is not None:
                discarded.close()

        return attempts.loop(tenacity.Retrying, time.sleep, before_sleep)(send_once)

    def close(self) -> None:
        self.transport.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """The async twin of `RetryTransport`; it sleeps with `anyio.sleep` (asyncio and trio).

        client = httpx.AsyncClient(transport=civitai_api.AsyncRetryTransport())

    Args:
        transport: The transport that sends; a plain `httpx.AsyncHTTPTransport()` when None.
        policy: When and how long to wait; `RetryPolicy()` (3 retries) when None.
    """

    def __init__(
        self,
        transport: httpx.AsyncBaseTransport | None = None,
        *,
        policy: RetryPolicy | None = None,
    ) -> None:
        self.transport = transport if transport is not None else httpx.AsyncHTTPTransport()
        self.policy = policy if policy is not None else RetryPolicy()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        attempts = _Attempts(self.policy, request)

        async def send_once() -> httpx.Response:
            attempts.peeked_body = None
            response = await self.transport.handle_async_request(request)
            if not attempts.should_buffer(response) or attempts.already_read(response):
                return response
            try:
                raw = b"".join([chunk async for chunk in response.aiter_raw()])
            finally:
                await response.aclose()
            return attempts.replay(response, raw)

        async def before_sleep(state: tenacity.RetryCallState) -> None:
            attempts.announce(state)
            discarded = attempts.discarded(state)
            if discarded is not None:
                await discarded.aclose()

        return await attempts.loop(tenacity.AsyncRetrying, anyio.sleep, before_sleep)(send_once)

    async def aclose(self) -> None:
        await self.transport.aclose()
