"""Run each wrapper function three ways: sync, and its async twin under asyncio and trio.

The `call` fixture of `tests/endpoints` hands a test a `Caller` for the test's `driver`.

`call("models", opts)` calls `civitai_api.v1.models` with an `httpx.Client`, or awaits
`civitai_api.v1.async_models` with an `httpx.AsyncClient` inside `anyio.run`, so one test body
covers the three drivers against the same cassette or mock transport.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import anyio
import civitai_api.v1 as v1
import httpx

from support.keys import API_KEY

__all__ = ["AUTH_HEADERS", "TIMEOUT", "Caller", "Handler"]

# Tests assert the key never shows up in an error's str() or repr().
AUTH_HEADERS = {"Authorization": f"Bearer {API_KEY}"}
TIMEOUT = httpx.Timeout(5.0)

Handler = Callable[[httpx.Request], httpx.Response]


class Caller:
    """Calls a wrapper function in one mode, with a fresh client per call."""

    def __init__(self, mode: str) -> None:
        self.mode = mode

    def __call__(
        self,
        name: str,
        *args: Any,
        base_url: str = "",
        headers: dict[str, str] | None = None,
        params: dict[str, str] | None = None,
        handler: Handler | None = None,
        **kwargs: Any,
    ) -> Any:
        options: dict[str, Any] = {
            "base_url": base_url,
            "headers": headers,
            "params": params,
            "timeout": TIMEOUT,
        }
        if self.mode == "sync":
            if handler is not None:
                options["transport"] = httpx.MockTransport(handler)
            with httpx.Client(**options) as client:
                return getattr(v1, name)(client, *args, **kwargs)

        async def main() -> Any:
            if handler is not None:
                options["transport"] = httpx.MockTransport(handler)
            with anyio.fail_after(10):
                async with httpx.AsyncClient(**options) as client:
                    return await getattr(v1, f"async_{name}")(client, *args, **kwargs)

        return anyio.run(main, backend=self.mode)
