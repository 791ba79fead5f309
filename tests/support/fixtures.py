"""Fixtures shared by every test folder: the drivers, the fake Civitai, the fault server.

`tests/conftest.py` loads this module through `pytest_plugins`, so every test can ask for
these by name; no test or `conftest.py` imports them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from support.fake_civitai import CLIENT_TIMEOUT, FakeCivitai
from support.fault_server import FaultServer
from support.keys import API_KEY

__all__ = [
    "ASYNC_BACKENDS",
    "DRIVERS",
    "anyio_backend",
    "async_client_factory",
    "civitai",
    "client",
    "driver",
    "fault_server",
    "private_hash_cache",
]

# Async code runs under both of anyio's backends; `driver` adds the sync twin in front.
ASYNC_BACKENDS = ("asyncio", "trio")
DRIVERS = ("sync", *ASYNC_BACKENDS)


@pytest.fixture(params=ASYNC_BACKENDS)
def anyio_backend(request: pytest.FixtureRequest) -> str:
    """The backend of every `@pytest.mark.anyio` test: each runs under asyncio and trio."""
    return str(request.param)


@pytest.fixture(params=DRIVERS)
def driver(request: pytest.FixtureRequest) -> str:
    """How a test drives the code: sync, or its async twin under asyncio or under trio.

    Async twins are run with `anyio.run(main, backend=driver)`.
    """
    return str(request.param)


@pytest.fixture
def civitai() -> Iterator[FakeCivitai]:
    fake = FakeCivitai()
    try:
        yield fake
    finally:
        fake.close()


@pytest.fixture
def private_hash_cache(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Keep the test's hash cache in its own temporary folder (outside `tmp_path`).

    The download and library folders use it for every test (an autouse fixture there).
    """
    path = tmp_path_factory.mktemp("hash-cache") / "hashes.sqlite3"
    monkeypatch.setenv("CIVITAI_HASH_CACHE", str(path))
    return path


@pytest.fixture
def client(civitai: FakeCivitai) -> Iterator[httpx.Client]:
    headers = {"Authorization": f"Bearer {API_KEY}"}
    with httpx.Client(base_url=civitai.api_url, headers=headers, timeout=CLIENT_TIMEOUT) as c:
        yield c


@pytest.fixture
def async_client_factory(civitai: FakeCivitai) -> Callable[[], httpx.AsyncClient]:
    def make() -> httpx.AsyncClient:
        headers = {"Authorization": f"Bearer {API_KEY}"}
        return httpx.AsyncClient(base_url=civitai.api_url, headers=headers, timeout=CLIENT_TIMEOUT)

    return make


@pytest.fixture
def fault_server() -> Iterator[FaultServer]:
    """A scripted server for faults (see `support.fault_server`), started for the test."""
    server = FaultServer()
    # a client that gave up leaves the handler writing to a closed socket: not a test failure
    server._httpd.handle_error = lambda request, client_address: None  # type: ignore[method-assign]
    server.start()
    try:
        yield server
    finally:
        server.stop()
