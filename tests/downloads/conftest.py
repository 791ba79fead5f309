"""Fixtures for download and identification tests, on the fake Civitai of `support`."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from support.fake_civitai import (
    API_KEY,
    CLIENT_TIMEOUT,
    Behaviour,
    FakeCivitai,
    Seen,
    ServedFile,
    Version,
)

__all__ = ["API_KEY", "Behaviour", "FakeCivitai", "Seen", "ServedFile", "Version"]


@pytest.fixture
def civitai() -> Iterator[FakeCivitai]:
    fake = FakeCivitai()
    try:
        yield fake
    finally:
        fake.close()


@pytest.fixture(autouse=True)
def _private_hash_cache(
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
def async_client_factory(civitai: FakeCivitai) -> Any:
    def make() -> httpx.AsyncClient:
        headers = {"Authorization": f"Bearer {API_KEY}"}
        return httpx.AsyncClient(base_url=civitai.api_url, headers=headers, timeout=CLIENT_TIMEOUT)

    return make
