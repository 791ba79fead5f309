"""Fixtures for the library tests: the fake Civitai, a catalog path, a read counter."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.library import ReadCounter


@pytest.fixture(autouse=True)
def _own_hash_cache(private_hash_cache: Path) -> Path:
    """Every test here keeps its hash cache in its own temporary folder."""
    return private_hash_cache


@pytest.fixture
def catalog_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A catalog outside the scanned folders."""
    return tmp_path_factory.mktemp("catalog") / "catalog.sqlite3"


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> ReadCounter:
    counter = ReadCounter()
    real_open = open

    def counting_open(file: object, *args: object, **kwargs: object) -> object:
        counter.opened.append(str(file))
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr("civitai_api._hashing.open", counting_open, raising=False)
    return counter
