"""Fixtures for download and identification tests, on the fake Civitai of `support`."""

from __future__ import annotations

from support.fake_civitai import (
    Behaviour,
    FakeCivitai,
    Seen,
    ServedFile,
    Version,
)
from support.fixtures import async_client_factory, civitai, client, private_hash_cache
from support.keys import API_KEY

__all__ = [
    "API_KEY",
    "Behaviour",
    "FakeCivitai",
    "Seen",
    "ServedFile",
    "Version",
    "async_client_factory",
    "civitai",
    "client",
    "private_hash_cache",
]
