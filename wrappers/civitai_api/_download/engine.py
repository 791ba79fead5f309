"""Download one file of a model version: the sync and async drivers.

The drivers only move bytes. What to request, whether an answer is usable, where bytes go and
when to resume are decided in `plan.py` and `job.py`, shared by both. The shape of one
download:

1. fetch the version's metadata (`GET /api/v1/model-versions/{id}`) and choose the file;
2. stop if a complete, matching file is already there;
3. request `/api/download/models/{id}?fileId=...` and follow the 307 by hand, sending the API
   key only to Civitai's hosts (reference §3, design "secrets stay secret");
4. stream the body into `<name>.part` through a writer that hashes as it writes, resuming
   with `Range` after a dropped connection; optionally fetch ranges on several connections;
5. verify size and SHA256, then rename the `.part` into place.
"""

from __future__ import annotations

import collections
import concurrent.futures
import time
from typing import Literal

import anyio
import anyio.to_thread
import httpx

from .._constants import ERROR_PAGE_MAX_BYTES, MAX_DOWNLOAD_REDIRECTS
from .._exceptions import DownloadError, ResumeNotSupportedError
from .._redact import redact_url
from .gate import BodyGate, error_page
from .job import DownloadResult, Job, Transfer
from .plan import (
    content_range,
    is_trusted,
    plan_blocks,
    range_headers,
    redirect_target,
    resume_start,
    unsatisfiable_total,
)
from .writer import PartWriter

__all__ = ["async_run", "run"]

_SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie"})
# Whether an attempt left the file complete ("done") or must be followed by another ("again").
Outcome = Literal["done", "again"]


def _request(
    client: httpx.Client | httpx.AsyncClient, url: httpx.URL, job: Job, headers: dict[str, str]
) -> tuple[httpx.Request, bool]:
    """Build a GET for `url`; for any host but Civitai's, without the key or client cookies."""
    if is_trusted(url, job.api_url):
        return client.build_request("GET", url, headers=headers), True
    kept = {name: value for name, value in client.headers.items() if name not in _SECRET_HEADERS}
    timeout = client.timeout.as_dict()
    request = httpx.Request("GET", url, headers=kept | headers, extensions={"timeout": timeout})
    return request, False


def _auth(client: httpx.Client | httpx.AsyncClient, trusted: bool) -> httpx.Auth | None:
    # `auth=None` keeps a client-level `httpx.Auth` from adding credentials to storage requests.
    return client.auth if trusted else None


def _body_length(status: int, start: int, probe_end: int | None, job: Job) -> int | None:
    """How many bytes a genuine file answer carries, by the API's listing (to tell an error
    page from the file: a server's own Content-Length says nothing about that)."""
    size = job.file.size
    if status == 206 and probe_end is not None:
        return probe_end - start + 1
    if size is None:
        return None
    return size - start if status == 206 else size


def _parallel_probe(job: Job, transfer: Transfer, offset: int) -> int | None:
    """The last byte of the first request's range when fetching on several connections."""
    size = job.file.size
    if job.connections < 2 or size is None:
        return None
    blocks = plan_blocks(offset, size, job.connections)
    return blocks[0][1] if len(blocks) > 1 else None


def _check_block(response: httpx.Response, first: int, last: int, length: int | None) -> None:
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


class _BlockBuffer:
    """One range's bytes, received into a buffer of the exact size (no joins, no copies)."""

    def __init__(self, first: int, last: int) -> None:
        self.data = bytearray(last - first + 1)
        self._view = memoryview(self.data)
        self.filled = 0

    def add(self, piece: bytes) -> None:
        end = min(self.filled + len(piece), len(self.data))
        self._view[self.filled : end] = piece[: end - self.filled]
        self.filled += len(piece)


def _slices(block: bytearray, size: int = 1024 * 1024) -> list[memoryview]:
    view = memoryview(block)
    return [view[i : i + size] for i in range(0, len(block), size)]


# --- sync driver ---------------------------------------------------------------------------


def run(client: httpx.Client, job: Job) -> DownloadResult:
    """Download `job`'s file with a sync client; returns a `DownloadResult`."""
    existing = job.existing_result()
    if existing is not None:
        return existing
    writer: PartWriter | None = None
    try:
        writer = job.open_writer()
        transfer = Transfer.start(job, writer)
        done = transfer.total is not None
        while not done:
            failure: Exception | None = None
            try:
                done = _attempt(client, job, transfer, writer) == "done"
            except httpx.TransportError as exc:
                failure = exc
            if not done:
                writer.drain()
                delay = transfer.next_delay(writer.position, failure, job.api_url)
                time.sleep(delay)
        return job.finish(writer, transfer)
    except BaseException:
        job.cleanup(writer)
        raise


def _open(client: httpx.Client, job: Job, headers: dict[str, str]) -> httpx.Response:
    url = job.api_url
    for _ in range(MAX_DOWNLOAD_REDIRECTS + 1):
        request, trusted = _request(client, url, job, headers)
        response = client.send(
            request, stream=True, follow_redirects=False, auth=_auth(client, trusted)
        )
        if response.is_redirect:
            response.close()
            url = redirect_target(url, response.status_code, response.headers, job.api_url)
            continue
        if response.status_code in (200, 206, 416):
            return response
        try:
            body = b""
            for piece in response.iter_raw():
                body += piece
                if len(body) >= ERROR_PAGE_MAX_BYTES:
                    break
        finally:
            response.close()
        raise error_page(url=url, status=response.status_code, headers=response.headers, body=body)
    raise DownloadError("Too many redirects", url=redact_url(job.api_url))


def _attempt(client: httpx.Client, job: Job, transfer: Transfer, writer: PartWriter) -> Outcome:
    offset = writer.position
    probe_end = _parallel_probe(job, transfer, offset)
    response = _open(client, job, range_headers(offset, transfer.etag, probe_end))
    try:
        if response.status_code == 416:
            if unsatisfiable_total(response.headers) == offset:
                transfer.total = offset
                return "done"
            writer.restart()
            return "again"
        start, total = resume_start(
            response.status_code, response.headers, offset, job.file.size, response.url
        )
        if start == 0 and offset:
            writer.restart()
        transfer.note_answer(response, start, total)
        gate = BodyGate(
            url=response.url,
            status=response.status_code,
            headers=response.headers,
            expected_length=_body_length(response.status_code, start, probe_end, job),
        )
        try:
            for piece in response.iter_raw():
                for chunk in gate.push(piece):
                    writer.feed(chunk)
                    job.report(writer.position, transfer.total)
        except httpx.TransportError:
            for chunk in gate.salvage():  # keep every byte that arrived, for the resume
                writer.feed(chunk)
            raise
        for chunk in gate.finish():
            writer.feed(chunk)
            job.report(writer.position, transfer.total)
    finally:
        response.close()
    if response.status_code == 206 and probe_end is not None and transfer.total is not None:
        _fetch_rest(client, job, transfer, writer, response.url)
    return "done" if job.is_complete(writer, transfer.total) else "again"


def _fetch_block(
    client: httpx.Client, job: Job, url: httpx.URL, first: int, last: int, etag: str | None
) -> bytearray:
    request, trusted = _request(client, url, job, range_headers(first, etag, last))
    response = client.send(
        request, stream=True, follow_redirects=False, auth=_auth(client, trusted)
    )
    try:
        _check_block(response, first, last, None)
        block = _BlockBuffer(first, last)
        for piece in response.iter_raw():
            block.add(piece)
    finally:
        response.close()
    _check_block(response, first, last, block.filled)
    return block.data


def _fetch_rest(
    client: httpx.Client, job: Job, transfer: Transfer, writer: PartWriter, url: httpx.URL
) -> None:
    """Fetch the remaining ranges on `job.connections` threads, writing them in file order."""
    assert transfer.total is not None
    blocks = iter(plan_blocks(writer.position, transfer.total, job.connections))
    pool = concurrent.futures.ThreadPoolExecutor(job.connections, "civitai-range")
    pending: collections.deque[concurrent.futures.Future[bytearray]] = collections.deque()
    try:
        for _ in range(job.connections + 2):
            if (block := next(blocks, None)) is not None:
                pending.append(pool.submit(_fetch_block, client, job, url, *block, transfer.etag))
        while pending:
            data = pending.popleft().result()
            if (block := next(blocks, None)) is not None:
                pending.append(pool.submit(_fetch_block, client, job, url, *block, transfer.etag))
            for piece in _slices(data):
                writer.feed(piece)
            job.report(writer.position, transfer.total)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


# --- async driver --------------------------------------------------------------------------


async def async_run(client: httpx.AsyncClient, job: Job) -> DownloadResult:
    """Download `job`'s file with an async client (asyncio or trio); returns a result."""
    existing = await anyio.to_thread.run_sync(job.existing_result)
    if existing is not None:
        return existing
    writer: PartWriter | None = None
    try:
        writer = await anyio.to_thread.run_sync(job.open_writer)
        transfer = Transfer.start(job, writer)
        done = transfer.total is not None
        while not done:
            failure: Exception | None = None
            try:
                done = await _async_attempt(client, job, transfer, writer) == "done"
            except httpx.TransportError as exc:
                failure = exc
            if not done:
                await anyio.to_thread.run_sync(writer.drain)
                delay = transfer.next_delay(writer.position, failure, job.api_url)
                await anyio.sleep(delay)
        return await anyio.to_thread.run_sync(job.finish, writer, transfer)
    except BaseException:
        with anyio.CancelScope(shield=True):
            await anyio.to_thread.run_sync(job.cleanup, writer)
        raise


async def _feed(writer: PartWriter, chunk: bytes | memoryview) -> None:
    if not writer.try_feed(chunk):
        await anyio.to_thread.run_sync(writer.feed, chunk)


async def _async_open(
    client: httpx.AsyncClient, job: Job, headers: dict[str, str]
) -> httpx.Response:
    url = job.api_url
    for _ in range(MAX_DOWNLOAD_REDIRECTS + 1):
        request, trusted = _request(client, url, job, headers)
        response = await client.send(
            request, stream=True, follow_redirects=False, auth=_auth(client, trusted)
        )
        if response.is_redirect:
            await response.aclose()
            url = redirect_target(url, response.status_code, response.headers, job.api_url)
            continue
        if response.status_code in (200, 206, 416):
            return response
        try:
            body = b""
            async for piece in response.aiter_raw():
                body += piece
                if len(body) >= ERROR_PAGE_MAX_BYTES:
                    break
        finally:
            await response.aclose()
        raise error_page(url=url, status=response.status_code, headers=response.headers, body=body)
    raise DownloadError("Too many redirects", url=redact_url(job.api_url))


async def _async_attempt(
    client: httpx.AsyncClient, job: Job, transfer: Transfer, writer: PartWriter
) -> Outcome:
    offset = writer.position
    probe_end = _parallel_probe(job, transfer, offset)
    response = await _async_open(client, job, range_headers(offset, transfer.etag, probe_end))
    try:
        if response.status_code == 416:
            if unsatisfiable_total(response.headers) == offset:
                transfer.total = offset
                return "done"
            await anyio.to_thread.run_sync(writer.restart)
            return "again"
        start, total = resume_start(
            response.status_code, response.headers, offset, job.file.size, response.url
        )
        if start == 0 and offset:
            await anyio.to_thread.run_sync(writer.restart)
        transfer.note_answer(response, start, total)
        gate = BodyGate(
            url=response.url,
            status=response.status_code,
            headers=response.headers,
            expected_length=_body_length(response.status_code, start, probe_end, job),
        )
        try:
            async for piece in response.aiter_raw():
                for chunk in gate.push(piece):
                    await _feed(writer, chunk)
                    job.report(writer.position, transfer.total)
        except httpx.TransportError:
            for chunk in gate.salvage():  # keep every byte that arrived, for the resume
                await _feed(writer, chunk)
            raise
        for chunk in gate.finish():
            await _feed(writer, chunk)
            job.report(writer.position, transfer.total)
    finally:
        await response.aclose()
    if response.status_code == 206 and probe_end is not None and transfer.total is not None:
        await _async_fetch_rest(client, job, transfer, writer, response.url)
    return "done" if job.is_complete(writer, transfer.total) else "again"


async def _async_fetch_block(
    client: httpx.AsyncClient, job: Job, url: httpx.URL, first: int, last: int, etag: str | None
) -> bytearray:
    request, trusted = _request(client, url, job, range_headers(first, etag, last))
    response = await client.send(
        request, stream=True, follow_redirects=False, auth=_auth(client, trusted)
    )
    try:
        _check_block(response, first, last, None)
        block = _BlockBuffer(first, last)
        async for piece in response.aiter_raw():
            block.add(piece)
    finally:
        await response.aclose()
    _check_block(response, first, last, block.filled)
    return block.data


async def _async_fetch_rest(
    client: httpx.AsyncClient, job: Job, transfer: Transfer, writer: PartWriter, url: httpx.URL
) -> None:
    """Fetch the remaining ranges on `job.connections` tasks, writing them in file order."""
    assert transfer.total is not None
    blocks = plan_blocks(writer.position, transfer.total, job.connections)
    results: dict[int, bytearray | BaseException] = {}
    ready = [anyio.Event() for _ in blocks]
    window = anyio.Semaphore(job.connections + 2)
    failure: BaseException | None = None

    async def fetch(index: int) -> None:
        first, last = blocks[index]
        try:
            results[index] = await _async_fetch_block(client, job, url, first, last, transfer.etag)
        except Exception as exc:  # handed to the consumer, which raises it in order
            results[index] = exc
        ready[index].set()

    async def schedule() -> None:
        for index in range(len(blocks)):
            await window.acquire()
            group.start_soon(fetch, index)

    async with anyio.create_task_group() as group:
        group.start_soon(schedule)
        for index in range(len(blocks)):
            await ready[index].wait()
            data = results.pop(index)
            window.release()
            if isinstance(data, BaseException):
                failure = data
                group.cancel_scope.cancel()
                break
            for piece in _slices(data):
                await _feed(writer, piece)
            job.report(writer.position, transfer.total)
    if failure is not None:
        raise failure
