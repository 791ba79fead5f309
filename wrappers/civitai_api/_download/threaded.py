"""Run the sync driver in a worker thread for an async caller: the async engine's fast path.

Received through the event loop, a file body costs far more CPU than the bytes are worth:
httpcore reads one TLS record (about 13-16 KiB) at a time through anyio's TLS stream (an
`ssl.SSLObject` with memory buffers), and every read pays for the event loop, anyio's cancel
scopes and h11. A profile of 256 MiB over HTTPS showed about 80,000 such reads per GiB, and
9 s of CPU per GiB where curl needs about 2. The sync driver reads a native socket with
`recv_into` into reusable buffers instead (`receive.py`), so an async download runs that
driver in a worker thread, on a sync client that is the async client's twin: the same base
URL, headers, cookies, timeouts, TLS settings and retry policy. asyncio and trio then get the
sync driver's speed, and every decision stays the one shared code path.

What the caller sees does not change: progress callbacks run in the event loop's thread (the
worker hands each one over), and cancelling the call (Ctrl-C in the command) stops the
worker between reads, or at once when blocked on a read (`Stop` shuts the socket down); the
`.part` keeps every byte that arrived, and a later call resumes it with `Range`.

A client this module cannot mirror exactly (a proxy, mounts, event hooks, a custom transport,
network backend or auth) is left to the async driver (`engine_async.py`).
"""

from __future__ import annotations

import dataclasses
import threading

import anyio
import anyio.from_thread
import anyio.to_thread
import httpcore
import httpx

from .._retry import AsyncRetryTransport, RetryTransport
from . import engine
from .job import DownloadResult, Job, ProgressCallback, Stop

__all__ = ["STOP_WAIT", "run_in_thread", "sync_twin"]

# How long a cancelled call waits for its worker to leave the `.part` complete and closed.
# Reads end at once; a request waiting for its answer ends only at its timeout, and is then
# left to finish alone (it closes the `.part` when it does).
STOP_WAIT = 5.0
_SAFE_AUTH = (httpx.BasicAuth,)


def _sync_transport(transport: httpx.AsyncBaseTransport) -> httpx.BaseTransport | None:
    """A sync transport that connects as `transport` does, or None when unsure."""
    if type(transport) is AsyncRetryTransport:
        inner = _sync_transport(transport.transport)
        return None if inner is None else RetryTransport(inner, policy=transport.policy)
    if type(transport) is not httpx.AsyncHTTPTransport:
        return None
    # httpx keeps its settings on the httpcore pool it made; a proxy makes another pool type
    pool = getattr(transport, "_pool", None)
    if type(pool) is not httpcore.AsyncConnectionPool:
        return None
    settings = vars(pool)
    backend = settings.get("_network_backend")
    if settings.get("_proxy") is not None or type(backend).__name__ != "AutoBackend":
        return None
    context = settings.get("_ssl_context")
    return httpx.HTTPTransport(
        verify=context if context is not None else True,
        http1=settings.get("_http1", True),
        http2=settings.get("_http2", False),
        retries=settings.get("_retries", 0),
        local_address=settings.get("_local_address"),
        uds=settings.get("_uds"),
        socket_options=settings.get("_socket_options"),
        trust_env=False,
    )


def sync_twin(client: httpx.AsyncClient) -> httpx.Client | None:
    """A sync client that sends exactly what `client` would, or None when it cannot."""
    mounts = getattr(client, "_mounts", None)
    if mounts or any(client.event_hooks.values()):
        return None
    if client.auth is not None and type(client.auth) not in _SAFE_AUTH:
        return None
    transport = _sync_transport(getattr(client, "_transport", None))  # type: ignore[arg-type]
    if transport is None:
        return None
    return httpx.Client(
        base_url=client.base_url,
        headers=client.headers,
        cookies=client.cookies,
        timeout=client.timeout,
        auth=client.auth,
        transport=transport,
        trust_env=False,
    )


def _progress_in_loop(progress: ProgressCallback | None, stop: Stop) -> ProgressCallback | None:
    """The caller's progress callback, called in the event loop's thread from the worker."""
    if progress is None:
        return None

    def report(done: int, total: int | None) -> None:
        if not stop.is_set():  # once cancelled, the event loop is not waiting for reports
            anyio.from_thread.run_sync(progress, done, total)

    return report


async def run_in_thread(twin: httpx.Client, job: Job) -> DownloadResult:
    """Download `job`'s file with the sync driver on `twin`, in a worker thread."""
    stop = Stop()
    threaded = dataclasses.replace(job, progress=_progress_in_loop(job.progress, stop), stop=stop)
    finished = threading.Event()

    def work() -> DownloadResult:
        try:
            with twin:
                return engine.run(twin, threaded)
        finally:
            finished.set()

    try:
        return await anyio.to_thread.run_sync(work, abandon_on_cancel=True)
    except anyio.get_cancelled_exc_class():
        stop.set()
        with anyio.CancelScope(shield=True), anyio.move_on_after(STOP_WAIT):
            await anyio.to_thread.run_sync(finished.wait, abandon_on_cancel=True)
        raise
