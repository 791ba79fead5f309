"""Download one file of a model version: the sync driver (the async one is `engine_async.py`).

The drivers only move bytes. What to request, whether an answer is usable, where bytes go and
when to resume are decided in `plan.py`, `job.py` and `wire.py`, shared by both. The shape of
one download:

1. fetch the version's metadata (`GET /api/v1/model-versions/{id}`) and choose the file;
2. stop if a complete, matching file is already there;
3. request `/api/download/models/{id}?fileId=...` and follow the 307 by hand, sending the API
   key only to Civitai's hosts, never to the storage host it redirects to;
4. stream the body into `<name>.part` through a writer that hashes as it writes, resuming
   with `Range` after a dropped connection; optionally fetch ranges on several connections;
5. verify size and SHA256, then rename the `.part` into place.
"""

from __future__ import annotations

import collections
import concurrent.futures
import contextlib
import time
from collections.abc import Generator
from typing import Literal

import httpx

from .._constants import DOWNLOAD_CHUNK_SIZE, ERROR_PAGE_MAX_BYTES, MAX_DOWNLOAD_REDIRECTS
from .._exceptions import DownloadError
from .._redact import redact_url
from .gate import BodyGate, error_page
from .job import DownloadResult, Job, Stop, Stopped, Transfer
from .plan import (
    plan_blocks,
    range_headers,
    redirect_target,
    resume_start,
    unsatisfiable_total,
)
from .receive import RECEIVE_BUFFERS, BufferPool, copy_into, httpx_pieces, socket_body
from .wire import (
    SplitCheck,
    body_length,
    build_request,
    check_block,
    parallel_probe,
    request_auth,
)
from .writer import PartWriter

__all__ = ["Outcome", "run"]

# Whether an attempt left the file complete ("done") or must be followed by another ("again").
Outcome = Literal["done", "again"]


def run(client: httpx.Client, job: Job) -> DownloadResult:
    """Download `job`'s file with a sync client; returns a `DownloadResult`."""
    existing = job.existing_result()
    if existing is not None:
        return existing
    writer: PartWriter | None = None
    try:
        writer = job.open_writer()
        transfer = Transfer.start(job, writer)
        pool = BufferPool(RECEIVE_BUFFERS, DOWNLOAD_CHUNK_SIZE)
        done = transfer.total is not None
        while not done:
            failure: Exception | None = None
            try:
                done = _attempt(client, job, transfer, writer, pool) == "done"
            except httpx.TransportError as exc:
                failure = exc
            if not done:
                writer.drain()
                if job.stop is not None:
                    job.stop.check()  # a read ended by the stop is not a drop to resume
                delay = transfer.next_delay(writer.position, failure, job.api_url)
                time.sleep(delay)
        return job.finish(writer, transfer)
    except BaseException:
        job.cleanup(writer)
        raise


def _chunks(
    response: httpx.Response, pool: BufferPool, stop: Stop | None
) -> Generator[tuple[bytes | memoryview, bytearray | None]]:
    """The body in pieces, each with the pool buffer it lives in (None: not the pool's).

    A body the socket carries itself (plain or TLS) is received into the pool's buffers,
    each filled whole; any other comes as httpx or the connection's stream hands it over.
    """
    with socket_body(response, stop) as body:
        if body is None:
            for piece in httpx_pieces(response):
                yield piece, None
            return
        first, rest = body
        yield first, None
        while rest.remaining:
            buffer = pool.take()
            try:
                count = rest.fill(memoryview(buffer))
            except BaseException:
                pool.give((buffer,))
                raise
            yield memoryview(buffer)[:count], buffer


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


def _attempt(
    client: httpx.Client, job: Job, transfer: Transfer, writer: PartWriter, pool: BufferPool
) -> Outcome:
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
        split = SplitCheck.of(job, response, probe_end, transfer.total)
        owned: list[bytearray] = []  # pool buffers held by the gate, not yet with the writer
        try:
            with contextlib.closing(_chunks(response, pool, job.stop)) as chunks:
                try:
                    for piece, buffer in chunks:
                        if buffer is not None:
                            owned.append(buffer)
                        if batch := gate.push(piece):
                            writer.feed(batch, pool.releaser(owned))
                            owned = []
                            job.report(writer.position, transfer.total)
                            if split is not None and split.now(writer.position, time.monotonic()):
                                break  # a slow connection: the rest goes on several
                except (httpx.TransportError, KeyboardInterrupt, Stopped):
                    # keep every byte that arrived (also on Ctrl-C or a stop), for the resume
                    writer.feed(gate.salvage(), pool.releaser(owned))
                    owned = []
                    raise
            writer.feed(gate.finish(), pool.releaser(owned))
            owned = []
            if split is None or not split.split:
                transfer.note_body_end(job, writer.position)
        finally:
            pool.give(owned)
        job.report(writer.position, transfer.total)
    finally:
        response.close()
    probed = response.status_code == 206 and probe_end is not None
    if transfer.total is not None and (probed or (split is not None and split.split)):
        _fetch_rest(client, job, transfer, writer, response.url)
    return "done" if job.is_complete(writer, transfer.total) else "again"


def _receive_block(response: httpx.Response, view: memoryview, stop: Stop | None) -> int:
    """Receive a range answer into `view`; return the body's length (counting bytes that
    did not fit, so a wrong length is noticed)."""
    with socket_body(response, stop) as body:
        if body is None:
            filled = 0
            for piece in httpx_pieces(response):
                filled = copy_into(view, filled, piece)
            return filled
        first, rest = body
        filled = copy_into(view, 0, first)
        while rest.remaining and filled < len(view):
            filled += rest.fill(view[filled:])
        return filled + rest.remaining


def _fetch_block(
    client: httpx.Client,
    job: Job,
    url: httpx.URL,
    block: tuple[int, int],
    etag: str | None,
    buffer: bytearray,
) -> memoryview:
    first, last = block
    request, trusted = build_request(client, url, job, range_headers(first, etag, last))
    response = client.send(
        request, stream=True, follow_redirects=False, auth=request_auth(client, trusted)
    )
    view = memoryview(buffer)[: last - first + 1]
    try:
        check_block(response, first, last, None)
        length = _receive_block(response, view, job.stop)
    finally:
        response.close()
    check_block(response, first, last, length)
    return view


def _slices(data: memoryview, size: int) -> list[memoryview]:
    return [data[start : start + size] for start in range(0, len(data), size)] or [data]


def _fetch_rest(
    client: httpx.Client, job: Job, transfer: Transfer, writer: PartWriter, url: httpx.URL
) -> None:
    """Fetch the remaining ranges on `job.connections` threads, writing them in file order.

    Each range is received into a pool buffer the writer releases once it is written and
    hashed; a buffer is taken before its range is requested, so the ranges in flight and
    those with the writer stay within the pool.
    """
    assert transfer.total is not None
    blocks = iter(plan_blocks(writer.position, transfer.total, job.connections))
    first = next(blocks, None)
    if first is None:
        return
    window = job.connections + 2  # ranges requested ahead of the one being written
    # A buffer is taken before its range is requested, so the pool must hold the whole
    # window (or the next request would wait for a buffer only a later write can free);
    # two more let the writer work on blocks while the window stays full.
    pool = BufferPool(window + 2, first[1] - first[0] + 1)
    threads = concurrent.futures.ThreadPoolExecutor(job.connections, "civitai-range")
    pending: collections.deque[tuple[concurrent.futures.Future[memoryview], bytearray]]
    pending = collections.deque()

    def submit(block: tuple[int, int]) -> None:
        buffer = pool.take()
        fetch = threads.submit(_fetch_block, client, job, url, block, transfer.etag, buffer)
        pending.append((fetch, buffer))

    try:
        submit(first)
        for _ in range(window - 1):
            if (block := next(blocks, None)) is not None:
                submit(block)
        while pending:
            if job.stop is not None:
                job.stop.check()
            fetch, buffer = pending.popleft()
            data = fetch.result()
            # In pieces of DOWNLOAD_CHUNK_SIZE, each written then hashed while still in the
            # CPU's cache (measured: whole 4 MiB blocks doubled the system time). The writer's
            # thread takes batches in order, so the last piece done means the whole block is.
            *head, last = _slices(data, DOWNLOAD_CHUNK_SIZE)
            for piece in head:
                writer.feed((piece,))
            writer.feed((last,), pool.releaser([buffer]))
            job.report(writer.position, transfer.total)
            if (block := next(blocks, None)) is not None:
                submit(block)
    finally:
        threads.shutdown(wait=True, cancel_futures=True)
