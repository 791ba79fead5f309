"""Calling generated endpoints as the cassettes were recorded: sync and async twins."""

from __future__ import annotations

import os
from types import ModuleType
from typing import Any

import httpx
import pytest
from support.keys import API_KEY

from civitai_api_generated.client import AuthenticatedClient, Client
from civitai_api_generated.types import Response

CIVITAI = "https://civitai.com"
CIVITAI_RED = "https://civitai.red"
RECORDING = os.environ.get("CIVITAI_RECORD") == "1"
TIMEOUT = httpx.Timeout(10.0)


def api_key() -> str:
    """The real key while re-recording (vcr_config redacts it), the test key on replay."""
    if not RECORDING:
        return API_KEY
    key = os.environ.get("CIVITAI_API_KEY")
    if not key:
        pytest.fail("make record needs CIVITAI_API_KEY for /me, the vault and downloads")
    return key


def make_client(*, authed: bool, base_url: str) -> Client | AuthenticatedClient:
    """A generated client; ``authed`` sends ``Authorization: Bearer <key>``."""
    if authed:
        return AuthenticatedClient(base_url=base_url, token=api_key(), timeout=TIMEOUT)
    return Client(base_url=base_url, timeout=TIMEOUT)


def call(
    operation: ModuleType, *, authed: bool = False, base_url: str = CIVITAI, **arguments: Any
) -> Response[Any]:
    """Run ``operation.sync_detailed`` with a fresh client."""
    with make_client(authed=authed, base_url=base_url) as client:
        return operation.sync_detailed(client=client, **arguments)  # type: ignore[no-any-return]


async def acall(
    operation: ModuleType, *, authed: bool = False, base_url: str = CIVITAI, **arguments: Any
) -> Response[Any]:
    """Run ``operation.asyncio_detailed`` with a fresh client."""
    async with make_client(authed=authed, base_url=base_url) as client:
        return await operation.asyncio_detailed(client=client, **arguments)  # type: ignore[no-any-return]
