"""Clients for a command, built from its `Connection` options by the library's own rules."""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, Protocol

from ._options import Connection

if TYPE_CHECKING:
    import anyio
    import httpx

__all__ = ["async_client", "fetch_json", "hold_interrupts", "stop_on_ctrl_c", "sync_client"]


def sync_client(connection: Connection) -> httpx.Client:
    """An `httpx.Client` for the host and key the options (or the environment) name."""
    from .. import build_client

    return build_client(connection.token, base_url=connection.host)


def async_client(connection: Connection) -> httpx.AsyncClient:
    """The async twin of `sync_client`."""
    from .. import build_async_client

    return build_async_client(connection.token, base_url=connection.host)


@contextlib.contextmanager
def hold_interrupts() -> Iterator[None]:
    """Let a short step (printing one page of results) finish before Ctrl-C takes effect.

    A Ctrl-C during the block is remembered and raised as `KeyboardInterrupt` as the block
    ends, so a page is never half printed. Outside the main thread this does nothing.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda number, _frame: caught.append(number))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if caught:
        raise KeyboardInterrupt


class Interruptible(Protocol):
    """A command's run that records whether Ctrl-C stopped it."""

    interrupted: bool


async def stop_on_ctrl_c(scope: anyio.CancelScope, run: Interruptible) -> None:
    """Watch for Ctrl-C in a task of the command's task group: the first one marks `run`
    interrupted and cancels `scope` (downloads keep their `.part`); cancel the scope when
    the work is done to stop watching."""
    import anyio

    try:
        receiver = anyio.open_signal_receiver(signal.SIGINT)
    except NotImplementedError:  # Windows: Ctrl-C arrives as KeyboardInterrupt instead
        return
    with receiver as signals:
        async for _ in signals:
            run.interrupted = True
            scope.cancel()
            return


def fetch_json(connection: Connection, call: Callable[[httpx.Client], Any]) -> Any:
    """Call one endpoint with a client for these options; its answer as JSON data.

    Args:
        connection: Host and key.
        call: Takes the client, returns a generated model (or a list of them).

    Returns:
        `to_dict()` of the answer (a list of them for a list).
    """
    with sync_client(connection) as client:
        answer = call(client)
    if isinstance(answer, list):
        return [item.to_dict() for item in answer]
    return answer.to_dict()
