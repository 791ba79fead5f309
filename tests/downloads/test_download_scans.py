"""The Python API refuses files Civitai's scans flagged or have not finished, unless
`allow_unscanned=True`, under sync, asyncio and trio alike."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import anyio
import civitai_api
import httpx
import pytest
from support.fake_civitai import FakeCivitai, ServedFile


def add_flagged(civitai: FakeCivitai, virus: str = "Danger") -> ServedFile:
    served = ServedFile(301, "flagged.safetensors", b"F" * 10_000, primary=True, virus_scan=virus)
    civitai.add_version(30, [served])
    return served


@pytest.mark.parametrize("virus", ["Danger", "Error", "Pending"])
def test_sync_download_refuses_before_any_byte(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path, virus: str
) -> None:
    served = add_flagged(civitai, virus)
    with pytest.raises(civitai_api.UnsafeFileError) as caught:
        civitai_api.download_model_version(client, 30, tmp_path)
    assert caught.value.name == served.name
    assert caught.value.verdict == ("pending" if virus == "Pending" else "refused")
    assert f"virus {virus}" in str(caught.value)
    assert not civitai.seen("storage")
    assert list(tmp_path.iterdir()) == []


def test_sync_download_with_allow_unscanned(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path
) -> None:
    served = add_flagged(civitai)
    result = civitai_api.download_model_version(client, 30, tmp_path, allow_unscanned=True)
    assert result.path.read_bytes() == served.data


@pytest.mark.anyio
async def test_async_download_refuses_and_allows_the_same(
    civitai: FakeCivitai, async_client_factory: Callable[[], httpx.AsyncClient], tmp_path: Path
) -> None:
    served = add_flagged(civitai, "Error")
    with anyio.fail_after(30):
        async with async_client_factory() as client:
            with pytest.raises(civitai_api.UnsafeFileError):
                await civitai_api.async_download_model_version(client, 30, tmp_path)
            assert not civitai.seen("storage")
            result = await civitai_api.async_download_model_version(
                client, 30, tmp_path, allow_unscanned=True
            )
    assert result.path.read_bytes() == served.data
