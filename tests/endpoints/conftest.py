"""The `call` fixture: each wrapper function run sync, and under asyncio and trio.

`call("models", opts)` calls `civitai_api.v1.models` with an `httpx.Client`, or awaits
`civitai_api.v1.async_models` inside `anyio.run` (see `support.wrapper_calls`).
"""

from __future__ import annotations

import pytest
from support.wrapper_calls import Caller


@pytest.fixture
def call(driver: str) -> Caller:
    """Call a wrapper function sync, or its async twin under asyncio or trio."""
    return Caller(driver)
