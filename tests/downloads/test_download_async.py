"""async_download_model_version under asyncio and trio: the same behaviour as the sync twin."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from pathlib import Path

import anyio
import civitai_api
import httpx
import pytest
from civitai_api._exceptions import EarlyAccessError, HashMismatchError
from support.downloads import MiB, add_default, assert_key_only_on_api
from support.fake_civitai import FakeCivitai

pytestmark = pytest.mark.anyio

TIME_LIMIT = 30


def test_async_twin_has_the_same_parameters() -> None:
    sync = inspect.signature(civitai_api.download_model_version).parameters
    async_ = inspect.signature(civitai_api.async_download_model_version).parameters
    assert list(sync) == list(async_)
    assert all(sync[name].default == async_[name].default for name in sync)


async def test_async_download_verifies_and_keeps_the_key_home(
    civitai: FakeCivitai, async_client_factory: Callable[[], httpx.AsyncClient], tmp_path: Path
) -> None:
    served = add_default(civitai)
    with anyio.fail_after(TIME_LIMIT):
        async with async_client_factory() as client:
            result = await civitai_api.async_download_model_version(client, 1, tmp_path)
    assert result.path.read_bytes() == served.data
    assert result.sha256 == served.sha256
    assert result.verified
    assert not result.resumed
    assert [p.name async for p in anyio.Path(tmp_path).iterdir()] == ["model.safetensors"]
    assert_key_only_on_api(civitai)


async def test_async_download_resumes_after_a_drop(
    civitai: FakeCivitai, async_client_factory: Callable[[], httpx.AsyncClient], tmp_path: Path
) -> None:
    served = add_default(civitai)
    civitai.behaviour.drop_after = 2 * MiB + 5
    with anyio.fail_after(TIME_LIMIT):
        async with async_client_factory() as client:
            result = await civitai_api.async_download_model_version(client, 1, tmp_path)
    assert result.path.read_bytes() == served.data
    assert result.resumed
    assert civitai.seen("storage")[1].headers["range"] == f"bytes={2 * MiB + 5}-"


async def test_async_parallel_download_joins_correctly(
    civitai: FakeCivitai, async_client_factory: Callable[[], httpx.AsyncClient], tmp_path: Path
) -> None:
    served = add_default(civitai, size=7 * MiB + 11)
    civitai.behaviour.drop_after = 4000
    civitai.behaviour.drops = 2
    progress: list[int] = []
    with anyio.fail_after(TIME_LIMIT):
        async with async_client_factory() as client:
            result = await civitai_api.async_download_model_version(
                client, 1, tmp_path, connections=4, progress=lambda done, _: progress.append(done)
            )
    assert result.path.read_bytes() == served.data
    assert progress[-1] == len(served.data)
    assert progress == sorted(progress)
    assert len(civitai.seen("storage")) >= 5
    assert_key_only_on_api(civitai)


async def test_async_errors_match_the_sync_ones(
    civitai: FakeCivitai, async_client_factory: Callable[[], httpx.AsyncClient], tmp_path: Path
) -> None:
    add_default(civitai)
    body = b'{"error":"Early Access","deadline":"2031-05-06T00:00:00Z","message":"Wait"}'
    civitai.behaviour.api_error = (403, body, "application/json")
    with anyio.fail_after(TIME_LIMIT):
        async with async_client_factory() as client:
            with pytest.raises(EarlyAccessError) as caught:
                await civitai_api.async_download_model_version(client, 1, tmp_path)
    assert caught.value.deadline is not None
    assert caught.value.deadline.year == 2031
    assert [p async for p in anyio.Path(tmp_path).iterdir()] == []


async def test_async_corruption_raises_hash_mismatch(
    civitai: FakeCivitai, async_client_factory: Callable[[], httpx.AsyncClient], tmp_path: Path
) -> None:
    served = add_default(civitai)
    civitai.behaviour.corrupt = True
    with anyio.fail_after(TIME_LIMIT):
        async with async_client_factory() as client:
            with pytest.raises(HashMismatchError) as caught:
                await civitai_api.async_download_model_version(client, 1, tmp_path)
    assert caught.value.expected == served.sha256
    assert not (tmp_path / "model.safetensors").exists()


@pytest.mark.parametrize(("gzip", "chunked"), [(True, False), (False, True)])
async def test_async_compressed_or_chunked_bodies_are_saved_as_the_file(
    civitai: FakeCivitai,
    async_client_factory: Callable[[], httpx.AsyncClient],
    tmp_path: Path,
    gzip: bool,
    chunked: bool,
) -> None:
    served = add_default(civitai)
    civitai.behaviour.gzip, civitai.behaviour.chunked = gzip, chunked
    with anyio.fail_after(TIME_LIMIT):
        async with async_client_factory() as client:
            result = await civitai_api.async_download_model_version(client, 1, tmp_path)
    assert result.verified
    assert (tmp_path / "model.safetensors").read_bytes() == served.data
