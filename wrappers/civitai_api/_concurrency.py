"""Run many async calls at once, but never more than a limit at a time (asyncio and trio)."""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable, Iterable, Sequence
from typing import TypeVar

import anyio

from ._constants import DEFAULT_CONCURRENCY

__all__ = ["gather_limited", "map_concurrently"]

T = TypeVar("T")
R = TypeVar("R")


async def gather_limited(
    calls: Iterable[Callable[[], Awaitable[T]]], *, limit: int = DEFAULT_CONCURRENCY
) -> list[T]:
    """Run async calls concurrently, at most `limit` at a time; results in input order.

    Pass functions that start a call, not started coroutines, so that calls beyond the limit
    do not begin before a slot frees up (`functools.partial` or a `lambda` does it).

    Example:
        >>> from functools import partial
        >>> async with civitai_api.build_async_client() as client:
        ...     found = await civitai_api.gather_limited(
        ...         [partial(async_get_model_by_id, client, i) for i in (11821, 4201)], limit=4
        ...     )

    Args:
        calls: Zero-argument async functions.
        limit: The most calls running at the same time (>= 1).

    Returns:
        Each call's result, in the order of `calls`.

    Raises:
        ValueError: `limit` is below 1.
        TypeError: `calls` holds coroutines (already started calls) instead of functions.
        Exception: The first exception a call raised, as is; the other calls are cancelled.
            A note on it says which call (index) failed.
    """
    if limit < 1:
        raise ValueError("limit must be at least 1")
    pending: Sequence[Callable[[], Awaitable[T]]] = list(calls)
    _refuse_started_calls(pending)
    results: list[T | None] = [None] * len(pending)
    failures: list[tuple[int, Exception]] = []
    limiter = anyio.CapacityLimiter(limit)

    async def run(index: int, call: Callable[[], Awaitable[T]]) -> None:
        async with limiter:
            try:
                results[index] = await call()
            except Exception as error:  # kept, then raised alone below (not as a group)
                failures.append((index, error))
                scope.cancel()

    async with anyio.create_task_group() as group:
        scope = group.cancel_scope
        for index, call in enumerate(pending):
            group.start_soon(run, index, call)
    if failures:
        index, error = failures[0]
        error.add_note(f"raised by call {index} of {len(pending)} (the others were cancelled)")
        raise error
    return results  # type: ignore[return-value]  # every slot was filled: no failure


def _refuse_started_calls(calls: Sequence[object]) -> None:
    """Fail clearly on `[async_models(client), ...]`: coroutines cannot be held back by the
    limit, and calling one fails with a puzzling "'coroutine' object is not callable"."""
    if not any(inspect.iscoroutine(call) for call in calls):
        return
    for call in calls:
        if inspect.iscoroutine(call):
            call.close()  # never awaited: close it so Python does not warn about it
    raise TypeError(
        "gather_limited takes functions that start a call, not coroutines: "
        "pass functools.partial(async_fn, client, arg) or lambda: async_fn(client, arg)"
    )


async def map_concurrently(
    func: Callable[[T], Awaitable[R]],
    items: Iterable[T],
    *,
    limit: int = DEFAULT_CONCURRENCY,
) -> list[R]:
    """Apply an async function to every item, at most `limit` at a time; results in order.

    Example:
        >>> async with civitai_api.build_async_client() as client:
        ...     found = await civitai_api.map_concurrently(
        ...         lambda model_id: async_get_model_by_id(client, model_id), [11821, 4201]
        ...     )

    Args:
        func: An async function of one argument.
        items: The arguments.
        limit: The most calls running at the same time (>= 1).

    Returns:
        `func(item)` for each item, in the order of `items`.

    Raises:
        ValueError: `limit` is below 1.
        Exception: The first exception a call raised, as in `gather_limited`.
    """

    def bind(item: T) -> Callable[[], Awaitable[R]]:
        return lambda: func(item)

    return await gather_limited([bind(item) for item in items], limit=limit)
