"""The download and identification tests, on the fake Civitai of `support.fake_civitai`."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _own_hash_cache(private_hash_cache: Path) -> Path:
    """Every test here keeps its hash cache in its own temporary folder."""
    return private_hash_cache
