"""Download one file of a model version: the sync driver (the async one is `engine_async.py`).

The drivers only move bytes. What to request, whether an answer is usable, where bytes go and
when to resume are decided in `plan.py`, `job.py` and `wire.py`, shared by both. The shape of
one download:

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
import mmap
import time
from collections.abc import Iterator
from typing import Literal

import httpcore
import httpx

from .._constants import ERROR_PAGE_MAX_BYTES, MAX_DOWNLOAD_REDIRECTS
from .._exceptions import DownloadError
from .._redact import redact_url
from .gate import BodyGate, error_page
from .job import DownloadResult, Job, Transfer
from .plan import (
    plan_blocks,
    range_headers,
    redirect_target,
    resume_start,
    unsatisfiable_total,
)
from .wire import (
    BlockBuffer,
    DirectBody,
    body_length,
    build_request,
    check_block,
    decoded,
    parallel_probe,
    request_auth,
)
from .writer import PartWriter

__all__ = ["Outcome", "block_slices", "run"]

# Whether an attempt left the file complete ("done") or must be followed by another ("again").
Outcome = Literal["done", "again"]


def block_slices(block: mmap.mmap, size: int = 1024 * 1024) -> list[memoryview]:
    """A received block as views of `size` bytes, handed to the writer one at a time."""
    view = memoryview(block)
    return [view[i : i + size] for i in range(0, len(block), size)]


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


def _pieces(response: httpx.Response) -> Iterator[bytes]:
    """The body's pieces as they arrive: straight from the connection when `DirectBody`
    allows, else through httpx (decoded when the server compressed it anyway)."""
    if decoded(response):
        yield from response.iter_bytes()
        return
    direct = DirectBody.of(response)
    raw = response.iter_raw()
    try:
        for first in raw:
            yield first
            if direct is not None:
                break
        else:
            return
        assert isinstance(direct.stream, httpcore.NetworkStream)
        size = direct.next_size(first)
        while size:
            try:
                piece = direct.stream.read(size, timeout=direct.timeout)
            except DirectBody.read_errors() as exc:
                raise direct.failure(exc) from exc
            size = direct.next_size(piece)
            yield piece
    finally:
        # httpx's iterator stops here; closing it closes the connection if the body is unread.
        close = getattr(raw, "close", None)
        if close is not None:
            close()


def _open(client: httpx.Client, job: Job, headers: dict[str, str]) -> httpx.Response:
    url = job.api_url
    for _ in range(MAX_DOWNLOAD_REDIRECTS + 1):
        request, trusted = build_request(client, url, job, headers)
        response = client.send(
            request, stream=True, follow_redirects=False, auth=request_auth(client, trusted)
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
    probe_end = parallel_probe(job, offset)
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
            expected_length=body_length(response.status_code, start, probe_end, job),
        )
        try:
            for piece in _pieces(response):
                if batch := gate.push(piece):
                    writer.feed(batch)
                    job.report(writer.position, transfer.total)
        except httpx.TransportError:
            writer.feed(gate.salvage())  # keep every byte that arrived, for the resume
            raise
        writer.feed(gate.finish())
        job.report(writer.position, transfer.total)
    finally:
        response.close()
    if response.status_code == 206 and probe_end is not None and transfer.total is not None:
        _fetch_rest(client, job, transfer, writer, response.url)
    return "done" if job.is_complete(writer, transfer.total) else "again"


def _fetch_block(
    client: httpx.Client, job: Job, url: httpx.URL, first: int, last: int, etag: str | None
) -> mmap.mmap:
    request, trusted = build_request(client, url, job, range_headers(first, etag, last))
    response = client.send(
        request, stream=True, follow_redirects=False, auth=request_auth(client, trusted)
    )
    try:
        check_block(response, first, last, None)
        block = BlockBuffer(first, last)
        for piece in _pieces(response):
            block.add(piece)
    finally:
        response.close()
    check_block(response, first, last, block.filled)
    return block.data


def _fetch_rest(
    client: httpx.Client, job: Job, transfer: Transfer, writer: PartWriter, url: httpx.URL
) -> None:
    """Fetch the remaining ranges on `job.connections` threads, writing them in file order."""
    assert transfer.total is not None
    blocks = iter(plan_blocks(writer.position, transfer.total, job.connections))
    pool = concurrent.futures.ThreadPoolExecutor(job.connections, "civitai-range")
    pending: collections.deque[concurrent.futures.Future[mmap.mmap]] = collections.deque()
    try:
        for _ in range(job.connections + 2):
            if (block := next(blocks, None)) is not None:
                pending.append(pool.submit(_fetch_block, client, job, url, *block, transfer.etag))
        while pending:
            data = pending.popleft().result()
            if (block := next(blocks, None)) is not None:
                pending.append(pool.submit(_fetch_block, client, job, url, *block, transfer.etag))
            for piece in block_slices(data):
                writer.feed((piece,))
            job.report(writer.position, transfer.total)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
