"""Download one file of a model version: the async driver (asyncio or trio, through anyio).

A client whose sync twin can be built (`threaded.sync_twin`: any client of
`build_async_client`, or a plain `httpx.AsyncClient`) runs the sync driver in a worker thread,
which receives a body at several times the speed (see `threaded.py`). Any other client takes
the steps below: those of the sync driver in `engine.py`, asking the same shared code
(`plan.py`, `job.py`, `wire.py`) every decision; only the waiting differs. File writes and
hashing run in the writer's thread, and blocking file steps in worker threads: the event
loop only receives data.
"""

from __future__ import annotations

import mmap
from collections.abc import AsyncIterator

import anyio
import anyio.to_thread
import httpx

from .._constants import ERROR_PAGE_MAX_BYTES, MAX_DOWNLOAD_REDIRECTS
from .._exceptions import DownloadError
from .._redact import redact_url
from .engine import Outcome
from .gate import BodyGate, error_page
from .job import DownloadResult, Job, Transfer
from .plan import (
    plan_blocks,
    range_headers,
    redirect_target,
    resume_start,
    unsatisfiable_total,
)
from .threaded import run_in_thread, sync_twin
from .wire import (
    BlockBuffer,
    SplitCheck,
    body_length,
    build_request,
    check_block,
    decoded,
    parallel_probe,
    request_auth,
)
from .writer import Batch, PartWriter

__all__ = ["async_run"]


def block_slices(block: mmap.mmap, size: int = 1024 * 1024) -> list[memoryview]:
    """A received block as views of `size` bytes, handed to the writer one at a time."""
    view = memoryview(block)
    return [view[i : i + size] for i in range(0, len(block), size)]


async def async_run(client: httpx.AsyncClient, job: Job) -> DownloadResult:
    """Download `job`'s file with an async client (asyncio or trio); returns a result."""
    twin = sync_twin(client)
    if twin is not None:
        return await run_in_thread(twin, job)
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
                done = await _attempt(client, job, transfer, writer) == "done"
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


async def _feed(writer: PartWriter, batch: Batch) -> None:
    if batch and not writer.try_feed(batch):
        await anyio.to_thread.run_sync(writer.feed, batch)


def _pieces(response: httpx.Response) -> AsyncIterator[bytes]:
    """The body's pieces as httpx delivers them (decoded when the server compressed it).

    Unlike the sync driver, this one never reads past httpx (`wire.DirectBody`): that needs
    httpx's body iterator left unfinished, and trio reports every async generator dropped
    unfinished. The writer still takes whole batches, so the event loop only parses.
    """
    return response.aiter_bytes() if decoded(response) else response.aiter_raw()


async def _open(client: httpx.AsyncClient, job: Job, headers: dict[str, str]) -> httpx.Response:
    url = job.api_url
    for _ in range(MAX_DOWNLOAD_REDIRECTS + 1):
        request, trusted = build_request(client, url, job, headers)
        response = await client.send(
            request, stream=True, follow_redirects=False, auth=request_auth(client, trusted)
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


async def _attempt(
    client: httpx.AsyncClient, job: Job, transfer: Transfer, writer: PartWriter
) -> Outcome:
    offset = writer.position
    probe_end = parallel_probe(job, offset)
    response = await _open(client, job, range_headers(offset, transfer.etag, probe_end))
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
            expected_length=body_length(response.status_code, start, probe_end, job),
        )
        split = SplitCheck.of(job, response, probe_end, transfer.total)
        try:
            async for piece in _pieces(response):
                if batch := gate.push(piece):
                    await _feed(writer, batch)
                    job.report(writer.position, transfer.total)
                    if split is not None and split.now(writer.position, anyio.current_time()):
                        break  # a slow connection: the rest goes on several
        except httpx.TransportError:
            await _feed(writer, gate.salvage())  # keep every byte that arrived, for the resume
            raise
        except anyio.get_cancelled_exc_class():
            with anyio.CancelScope(shield=True):  # cancelled (Ctrl-C): keep those bytes too
                await _feed(writer, gate.salvage())
            raise
        await _feed(writer, gate.finish())
        if split is None or not split.split:
            transfer.note_body_end(job, writer.position)
        job.report(writer.position, transfer.total)
    finally:
        await response.aclose()
    probed = response.status_code == 206 and probe_end is not None
    if transfer.total is not None and (probed or (split is not None and split.split)):
        await _fetch_rest(client, job, transfer, writer, response.url)
    return "done" if job.is_complete(writer, transfer.total) else "again"


async def _fetch_block(
    client: httpx.AsyncClient, job: Job, url: httpx.URL, first: int, last: int, etag: str | None
) -> mmap.mmap:
    request, trusted = build_request(client, url, job, range_headers(first, etag, last))
    response = await client.send(
        request, stream=True, follow_redirects=False, auth=request_auth(client, trusted)
    )
    try:
        check_block(response, first, last, None)
        block = BlockBuffer(first, last)
        async for piece in _pieces(response):
            block.add(piece)
    finally:
        await response.aclose()
    check_block(response, first, last, block.filled)
    return block.data


async def _fetch_rest(
    client: httpx.AsyncClient, job: Job, transfer: Transfer, writer: PartWriter, url: httpx.URL
) -> None:
    """Fetch the remaining ranges on `job.connections` tasks, writing them in file order."""
    assert transfer.total is not None
    blocks = plan_blocks(writer.position, transfer.total, job.connections)
    results: dict[int, mmap.mmap | BaseException] = {}
    ready = [anyio.Event() for _ in blocks]
    window = anyio.Semaphore(job.connections + 2)
    failure: BaseException | None = None

    async def fetch(index: int) -> None:
        first, last = blocks[index]
        try:
            results[index] = await _fetch_block(client, job, url, first, last, transfer.etag)
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
            for piece in block_slices(data):
                await _feed(writer, (piece,))
            job.report(writer.position, transfer.total)
    if failure is not None:
        raise failure
