"""Fixtures on the fake Civitai, shared by every test folder that talks to it.

A folder's `conftest.py` imports the ones it uses, which registers them with pytest.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from support.fake_civitai import CLIENT_TIMEOUT, FakeCivitai
from support.keys import API_KEY

__all__ = ["async_client_factory", "civitai", "client", "private_hash_cache"]


@pytest.fixture
def civitai() -> Iterator[FakeCivitai]:
    fake = FakeCivitai()
    try:
        yield fake
    finally:
        fake.close()


@pytest.fixture(autouse=True)
def private_hash_cache(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Keep every test's hash cache in its own temporary folder (outside `tmp_path`)."""
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
