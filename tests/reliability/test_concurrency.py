"""Bounded async fan-out under asyncio and trio: order, the limit, and errors."""

from __future__ import annotations

import threading
import time
from collections.abc import Awaitable, Callable
from functools import partial

import anyio
import civitai_api
import pytest
from civitai_api import gather_limited, map_concurrently
from civitai_api import v1 as api
from civitai_api._exceptions import NotFoundError
from support.fault_server import FaultServer, Recorded, Reply
from support.keys import API_KEY

pytestmark = pytest.mark.anyio


class Gauge:
    """Counts calls running at the same time."""

    def __init__(self) -> None:
        self.running = 0
        self.peak = 0

    async def call(self, value: int, delay: float = 0.01) -> int:
        self.running += 1
        self.peak = max(self.peak, self.running)
        try:
            await anyio.sleep(delay)
        finally:
            self.running -= 1
        return value * 10


async def test_results_come_back_in_input_order() -> None:
    gauge = Gauge()
    # later calls finish first: order must follow the input, not completion
    calls = [partial(gauge.call, i, 0.05 - i * 0.004) for i in range(10)]
    with anyio.fail_after(5):
        results = await gather_limited(calls, limit=10)
    assert results == [i * 10 for i in range(10)]


@pytest.mark.parametrize("limit", [1, 3, 8])
async def test_never_more_than_limit_at_once(limit: int) -> None:
    gauge = Gauge()
    with anyio.fail_after(5):
        results = await map_concurrently(gauge.call, range(20), limit=limit)
    assert results == [i * 10 for i in range(20)]
    assert gauge.peak == limit


async def test_first_error_is_raised_as_is_and_the_rest_cancelled() -> None:
    finished: list[int] = []

    async def work(i: int) -> int:
        await anyio.sleep(0.01 if i == 2 else 2)
        if i == 2:
            raise KeyError("boom")
        finished.append(i)
        return i

    start = time.monotonic()
    with anyio.fail_after(5), pytest.raises(KeyError) as caught:
        await map_concurrently(work, range(6), limit=6)
    assert "raised by call 2 of 6" in caught.value.__notes__[0]
    assert finished == []  # cancelled, not awaited to the end
    assert time.monotonic() - start < 1.5


async def test_empty_input_gives_empty_results() -> None:
    assert await gather_limited([], limit=2) == []


@pytest.mark.parametrize("limit", [0, -1])
async def test_limit_below_one_is_refused(limit: int) -> None:
    with pytest.raises(ValueError, match="at least 1"):
        await gather_limited([], limit=limit)


async def test_fan_out_of_real_requests_is_bounded(fault_server: FaultServer) -> None:
    lock = threading.Lock()
    state = {"running": 0, "peak": 0}

    def answer(request: Recorded) -> Reply:
        with lock:
            state["running"] += 1
            state["peak"] = max(state["peak"], state["running"])
        time.sleep(0.05)  # hold the slot so overlapping requests are visible
        with lock:
            state["running"] -= 1
        model_id = int(request.path.rsplit("/", 1)[1])
        if model_id == 13:
            return FaultServer.json({"error": f"No model with id {model_id}"}, 404)
        body = {
            "id": model_id,
            "name": f"model {model_id}",
            "description": None,
            "type": "LORA",
            "allowNoCredit": True,
            "allowCommercialUse": [],
            "allowDerivatives": True,
            "allowDifferentLicense": True,
            "poi": False,
            "nsfw": False,
            "stats": {"downloadCount": 0},
            "tags": [],
            "modelVersions": [],
        }
        return FaultServer.json(body)

    fault_server.responder = answer
    with anyio.fail_after(15):
        async with civitai_api.build_async_client(
            API_KEY, base_url=fault_server.url, timeout=5.0, trust_env=False
        ) as client:

            def fetch(model_id: int) -> Callable[[], Awaitable[object]]:
                return partial(api.async_get_model_by_id, client, model_id)

            found = await gather_limited([fetch(i) for i in range(1, 13)], limit=4)
            assert [model.id for model in found] == list(range(1, 13))  # type: ignore[attr-defined]
            assert state["peak"] == 4
            with pytest.raises(NotFoundError):
                await gather_limited([fetch(i) for i in (11, 12, 13)], limit=3)
    assert len(fault_server.requests) == 15


async def test_started_coroutines_are_refused_with_a_clear_message() -> None:
    gauge = Gauge()
    started = [gauge.call(i, 0) for i in range(3)]  # coroutines, not functions
    with pytest.raises(TypeError, match="not coroutines"):
        await gather_limited(started, limit=2)  # type: ignore[arg-type]
    assert gauge.peak == 0  # none of them ran
