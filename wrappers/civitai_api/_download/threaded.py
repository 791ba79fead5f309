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

What the caller sees does not change: progress callbacks run in the event loop's thread (it
passes the worker's latest report on every `PROGRESS_INTERVAL`), and cancelling the call
(Ctrl-C in the command) stops the worker between reads, or at once when blocked on a read
(`Stop` shuts the socket down); the `.part` keeps every byte that arrived, and a later call
resumes it with `Range`.

A client this module cannot mirror exactly (a proxy, mounts, event hooks, a custom transport,
network backend or auth) is left to the async driver (`engine_async.py`).
"""

from __future__ import annotations

import dataclasses
import threading

import anyio
import anyio.to_thread
import httpcore
import httpx

from .._retry import AsyncRetryTransport, RetryTransport
from . import engine
from .job import DownloadResult, Job, ProgressCallback, Stop

__all__ = ["PROGRESS_INTERVAL", "STOP_WAIT", "run_in_thread", "sync_twin"]

# How long a cancelled call waits for its worker to leave the `.part` complete and closed.
# Reads end at once; a request waiting for its answer ends only at its timeout, and is then
# left to finish alone (it closes the `.part` when it does).
STOP_WAIT = 5.0
# How often the event loop passes the worker's latest progress report on.
PROGRESS_INTERVAL = 0.05
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


class _Latest:
    """The worker's latest progress report, for the event loop to pass on.

    The worker only stores it (a tuple assignment: no lock, no wake-up of the event loop per
    batch); the event loop hands it to the caller's callback every `PROGRESS_INTERVAL`, and
    once more at the end, never the same report twice.
    """

    def __init__(self) -> None:
        self.report: tuple[int, int | None] | None = None
        self._passed: tuple[int, int | None] | None = None

    def __call__(self, done: int, total: int | None) -> None:
        self.report = (done, total)

    def pass_on(self, progress: ProgressCallback | None) -> None:
        report = self.report
        if progress is not None and report is not None and report != self._passed:
            self._passed = report
            progress(*report)


class _Outcome:
    """What the worker thread ended with: a result, or the exception to raise."""

    def __init__(self) -> None:
        self.finished = threading.Event()
        self.result: DownloadResult | None = None
        self.error: BaseException | None = None

    def get(self) -> DownloadResult:
        if self.error is not None:
            raise self.error
        assert self.result is not None
        return self.result


async def run_in_thread(twin: httpx.Client, job: Job) -> DownloadResult:
    """Download `job`'s file with the sync driver on `twin`, in a thread of its own."""
    stop, latest, outcome = Stop(), _Latest(), _Outcome()
    threaded = dataclasses.replace(
        job, progress=None if job.progress is None else latest, stop=stop
    )

    def work() -> None:
        try:
            with twin:
                outcome.result = engine.run(twin, threaded)
        except BaseException as exc:  # raised in the caller's task by `outcome.get`
            outcome.error = exc
        finally:
            outcome.finished.set()

    threading.Thread(target=work, name="civitai-download", daemon=True).start()
    try:
        # wakes the event loop every PROGRESS_INTERVAL at most, and at once when done
        while not await anyio.to_thread.run_sync(
            outcome.finished.wait, PROGRESS_INTERVAL, abandon_on_cancel=True
        ):
            latest.pass_on(job.progress)
    except anyio.get_cancelled_exc_class():
        stop.set()
        with anyio.CancelScope(shield=True), anyio.move_on_after(STOP_WAIT):
            await anyio.to_thread.run_sync(outcome.finished.wait, abandon_on_cancel=True)
        raise
    latest.pass_on(job.progress)
    return outcome.get()
