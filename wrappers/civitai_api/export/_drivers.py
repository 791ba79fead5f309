"""The two thin drivers of an `ExportRun`: fetch each page it asks for, sync or async.

They differ only in `await` and in how they sleep; every decision (what to ask, what a page
means, whether to try a failed page again, how long to wait) is the run's, taken in one
place, `_steps`, which paces and retries the pages and leaves the I/O to the driver. A page
is fetched with the package's retrying client (over `_wire`'s transport); the body is
checked by the package's one status → exception switch, then handed over as bytes (decoded
once, by the run).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Generator
from typing import Any

import anyio
import httpx

from .._adapter import absolute_url
from .._client import DEFAULT_TIMEOUT, _client_options
from .._error_mapping import error_from_response, error_from_transport
from .._exceptions import CivitaiError as _CivitaiError
from .._exceptions import ResponseValidationError
from .._retry import AsyncRetryTransport, RetryTransport
from ._run import ExportReport, ExportRun, Tally
from ._wire import (
    AsyncPageTransport,
    PageHead,
    PageTransport,
    async_page_transport,
    page_transport,
)

__all__ = ["async_client_for", "client_for", "run_async", "run_sync"]

_HTTPX_LOG = logging.getLogger("httpx")


class _Lane:
    """The quick lane of the export's own clients for a page's request.

    Through httpx's client, a page costs about 0.6 ms of CPU besides the exchange itself:
    building the request (its URL is parsed twice), the client's request and response
    machinery and the retry transport's set-up. The lane writes each page's request from
    the walk's first one (`PageHead`: only the query differs) and takes an answer that needs
    nothing more, a 2xx that is not an HTML page, straight from the exchange, its body
    decoded and its cookies kept as the client would (measured: 2-3 µs less CPU per image).
    Any other answer, or a failed exchange, then goes through the client as the first
    attempt of the usual path: the counting transport under the retry transport hands it
    over (`take`) instead of sending again, so the retries, `Retry-After`, the error mapping
    and the status checks see exactly what they would have seen.

    While the client holds cookies, each request is built by httpx (which adds them).
    Behind a proxy (httpx's own transport, no `page`) there is no quick lane.
    """

    def __init__(self, tally: Tally) -> None:
        self.tally = tally
        self.page: PageTransport | None = None
        self.cookies = httpx.Cookies()
        self.head: PageHead | None = None
        self.head_url = ""  # the URL (without query) `head` writes requests for
        self._first: tuple[httpx.Request, httpx.Response | httpx.TransportError] | None = None

    def quick(self, page: _PageRequest) -> bytes | None:
        """The body of a 2xx answer that is not an HTML page, else None (the answer, or the
        exchange's failure, then waits for `take`)."""
        if self.page is None:
            return None
        try:
            if self.head is not None and page.url == self.head_url and not self.cookies:
                head = self.head
                answer = self.page.exchange_head(
                    head.origin, head.head(page.params), head.timeouts, page.request
                )
            else:
                request = page.request()
                answer = self.page.exchange(request)
                if not self.cookies:
                    self.head, self.head_url = PageHead.of(request, page.params), page.url
        except httpx.TransportError as error:
            self._first = (page.request(), error)
            return None
        if not 200 <= answer.status < 300 or "html" in answer.header("content-type").lower():
            self._first = (page.request(), answer.response(page.request()))
            return None
        self.tally.record(answer.status)
        if _HTTPX_LOG.isEnabledFor(logging.INFO):  # the line httpx's client logs for a request
            request = page.request()
            version = "HTTP/1.1" if answer.version == 11 else "HTTP/1.0"
            _HTTPX_LOG.info(
                'HTTP Request: %s %s "%s %d %s"',
                request.method,
                request.url,
                version,
                answer.status,
                answer.reason,
            )
        if answer.header("set-cookie"):
            response = answer.response(page.request())
            self.cookies.extract_cookies(response)
            return response.read()
        if answer.header("content-encoding"):
            return answer.response(None).read()  # decoded as the client would
        return answer.body

    def take(self, request: httpx.Request) -> httpx.Response | None:
        """The answer `quick` declined for this very request (raised if the exchange failed),
        or None: the request is to be sent."""
        first, self._first = self._first, None
        if first is None or first[0] is not request:
            return None
        if isinstance(first[1], httpx.TransportError):
            raise first[1]
        return first[1]


class _PageRequest:
    """A page's request, built by httpx only when needed (`request`)."""

    __slots__ = ("_built", "client", "params", "url")

    def __init__(
        self, client: httpx.Client | httpx.AsyncClient, url: str, params: dict[str, Any]
    ) -> None:
        self.client = client
        self.url = url
        self.params = params
        self._built: httpx.Request | None = None

    def request(self) -> httpx.Request:
        if self._built is None:
            self._built = self.client.build_request("GET", self.url, params=self.params)
        return self._built


class _Counting(httpx.BaseTransport):
    """Counts every attempt under the retry transport (so retries and 429s are seen); the
    first attempt may be one the lane already made."""

    def __init__(self, inner: httpx.BaseTransport, lane: _Lane) -> None:
        self.inner = inner
        self.lane = lane

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.lane.take(request)
        if response is None:
            response = self.inner.handle_request(request)
        self.lane.tally.record(response.status_code)
        return response

    def close(self) -> None:
        self.inner.close()


class _AsyncCounting(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport, lane: _Lane) -> None:
        self.inner = inner
        self.lane = lane

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = self.lane.take(request)
        if response is None:
            response = await self.inner.handle_async_request(request)
        self.lane.tally.record(response.status_code)
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()


class _ExportClient(httpx.Client):
    """The export's own client, with the quick lane of its page requests."""

    lane: _Lane


class _AsyncExportClient(httpx.AsyncClient):
    """The async twin of `_ExportClient`."""

    lane: _Lane


def client_for(api_key: str | None, base_url: str | None, tally: Tally) -> httpx.Client:
    """A client like `build_client`'s whose every attempt is counted in `tally`."""
    options, proxy, policy = _client_options(
        api_key, base_url, None, DEFAULT_TIMEOUT, None, None, True
    )
    lane = _Lane(tally)
    inner = page_transport(proxy)
    if isinstance(inner, PageTransport):
        lane.page = inner
    client = _ExportClient(
        **options, transport=RetryTransport(_Counting(inner, lane), policy=policy)
    )
    client.lane, lane.cookies = lane, client.cookies
    return client


def async_client_for(api_key: str | None, base_url: str | None, tally: Tally) -> httpx.AsyncClient:
    """The async twin of `client_for`."""
    options, proxy, policy = _client_options(
        api_key, base_url, None, DEFAULT_TIMEOUT, None, None, True
    )
    lane = _Lane(tally)
    inner = async_page_transport(proxy)
    if isinstance(inner, AsyncPageTransport):
        lane.page = inner.sync
    transport = AsyncRetryTransport(_AsyncCounting(inner, lane), policy=policy)
    client = _AsyncExportClient(**options, transport=transport)
    client.lane, lane.cookies = lane, client.cookies
    return client


def _checked(response: httpx.Response) -> bytes:
    """The body of a 2xx answer that is not an HTML page (the run decodes it, once), else the
    package's exception for the answer."""
    body = response.content
    content_type = response.headers.get("content-type", "").lower()
    if 200 <= response.status_code < 300 and "html" not in content_type:
        return body
    error = error_from_response(
        method="GET",
        url=response.request.url,
        status=response.status_code,
        headers=response.headers,
        body=body,
        list_endpoint=True,
    )
    raise (
        error
        if error is not None
        else ResponseValidationError("Civitai answered with an HTML page where JSON was expected")
    )


def _message(error: BaseException) -> str:
    text = " ".join(str(error).split()) or type(error).__name__
    return f"a page failed: {text}"


# What the walk asks of a driver: a pause (seconds to sleep) or a page (its query to fetch).
_Step = float | dict[str, Any]


def _steps(run: ExportRun) -> Generator[_Step, bytes, ExportReport]:
    """The walk's pacing and retries, with no I/O of its own, for both drivers.

    Yields a pause to sleep or a page's query to fetch; a fetch is answered with the page's
    body (`send`) or its failure (`throw`). Returns the report at the end.
    """
    run.open()
    last_start: float | None = None
    while (params := run.next_params()) is not None:
        attempt = 0
        while True:
            wait = run.pace.delay(None if last_start is None else time.monotonic() - last_start)
            if wait:
                yield wait
            last_start = time.monotonic()
            limited = run.tally.rate_limited
            try:
                run.take((yield params))
            except _PAGE_ERRORS as error:
                run.pace.after_page(run.tally.rate_limited - limited, time.monotonic() - last_start)
                delay = run.retry_delay(_mapped(error), attempt)
                if delay is None:
                    raise run.stopped(_message(_mapped(error)), _mapped(error)) from error
                attempt += 1
                yield delay
                continue
            run.pace.after_page(run.tally.rate_limited - limited, time.monotonic() - last_start)
            break
    return run.report()


# A page's failures the walk handles (the fetch's, and the run's decoding of the body).
_PAGE_ERRORS = (ValueError, httpx.HTTPError, _CivitaiError)


def run_sync(run: ExportRun, client: httpx.Client, *, counted: bool) -> ExportReport:
    """Drive `run` to its end with a sync client (`counted`: the client counts attempts)."""
    url = absolute_url(client.base_url, run.path)
    steps = _steps(run)
    try:
        step = next(steps)
        while True:
            if not isinstance(step, dict):
                time.sleep(step)
                step = next(steps)
                continue
            try:
                body = _get(client, url, step, run if not counted else None)
            except _PAGE_ERRORS as error:
                step = steps.throw(error)
            else:
                step = steps.send(body)
    except StopIteration as end:
        report: ExportReport = end.value
        return report


async def run_async(run: ExportRun, client: httpx.AsyncClient, *, counted: bool) -> ExportReport:
    """The async twin of `run_sync` (asyncio or trio)."""
    url = absolute_url(client.base_url, run.path)
    steps = _steps(run)
    try:
        step = next(steps)
        while True:
            if not isinstance(step, dict):
                await anyio.sleep(step)
                step = next(steps)
                continue
            try:
                body = await _aget(client, url, step, run if not counted else None)
            except _PAGE_ERRORS as error:
                step = steps.throw(error)
            else:
                step = steps.send(body)
    except StopIteration as end:
        report: ExportReport = end.value
        return report


def _mapped(error: BaseException) -> BaseException:
    if isinstance(error, httpx.HTTPError):
        return error_from_transport(error)
    if isinstance(error, ValueError):  # raised by the run's decoding of the body
        return ResponseValidationError(
            f"Civitai answered with a body that is not a list page: {error}"
        )
    return error


def _get(client: httpx.Client, url: str, params: dict[str, Any], run: ExportRun | None) -> bytes:
    page = _PageRequest(client, url, params)
    if isinstance(client, _ExportClient):
        body = client.lane.quick(page)
        if body is not None:
            return body
    response = client.send(page.request())
    if run is not None:
        run.tally.record(response.status_code)
    return _checked(response)


async def _aget(
    client: httpx.AsyncClient, url: str, params: dict[str, Any], run: ExportRun | None
) -> bytes:
    page = _PageRequest(client, url, params)
    if isinstance(client, _AsyncExportClient) and client.lane.page is not None:
        # the exchange in a worker thread, as `AsyncPageTransport` does it
        quick = client.lane.quick
        body = await anyio.to_thread.run_sync(quick, page, abandon_on_cancel=True)
        if body is not None:
            return body
    response = await client.send(page.request())
    if run is not None:
        run.tally.record(response.status_code)
    return _checked(response)
