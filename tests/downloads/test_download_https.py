"""Downloads over HTTPS (a test CA made by trustme): verified, resumed after a dropped
connection, and after a cancelled call, under sync, asyncio and trio, and by the command."""

from __future__ import annotations

import os
import ssl
import sys
from collections.abc import Iterator
from pathlib import Path

import anyio
import civitai_api
import httpx
import pytest
import trustme
from civitai_api._download.receive import SocketBody
from support.cli_runs import run_command
from support.downloads import MiB, add_default, assert_key_only_on_api
from support.fake_civitai import CLIENT_TIMEOUT, FakeCivitai
from support.keys import API_KEY

TIME_LIMIT = 30


@pytest.fixture(scope="module")
def authority() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def civitai(authority: trustme.CA) -> Iterator[FakeCivitai]:
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("127.0.0.1").configure_cert(server_context)
    fake = FakeCivitai(tls=server_context)
    try:
        yield fake
    finally:
        fake.close()


@pytest.fixture
def trusting(authority: trustme.CA) -> ssl.SSLContext:
    context = ssl.create_default_context()
    authority.configure_trust(context)
    return context


@pytest.fixture
def tls_fills(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The byte counts of every fill from a TLS socket with `recv_into` (the fast path)."""
    counts: list[int] = []
    real_fill = SocketBody.fill

    def fill(self: SocketBody, view: memoryview) -> int:
        count = real_fill(self, view)
        if isinstance(self._sock, ssl.SSLSocket):
            counts.append(count)
        return count

    monkeypatch.setattr(SocketBody, "fill", fill)
    return counts


def test_https_serves_https_only(civitai: FakeCivitai) -> None:
    assert civitai.api_url.startswith("https://")
    assert civitai.storage_url.startswith("https://")
    add_default(civitai, size=1000)
    with pytest.raises(httpx.ConnectError), httpx.Client() as untrusting:
        untrusting.get(f"{civitai.api_url}/api/v1/model-versions/1")


def test_sync_download_over_https_resumes_after_a_drop(
    civitai: FakeCivitai, trusting: ssl.SSLContext, tmp_path: Path, tls_fills: list[int]
) -> None:
    served = add_default(civitai)
    civitai.behaviour.drop_after = 2 * MiB + 5
    headers = {"Authorization": f"Bearer {API_KEY}"}
    with httpx.Client(
        base_url=civitai.api_url, headers=headers, timeout=CLIENT_TIMEOUT, verify=trusting
    ) as client:
        result = civitai_api.download_model_version(client, 1, tmp_path)
    assert result.path.read_bytes() == served.data
    assert result.verified
    assert result.resumed
    assert civitai.seen("storage")[1].headers["range"] == f"bytes={2 * MiB + 5}-"
    assert_key_only_on_api(civitai)
    # all but httpx's first pieces were decrypted straight into the pool's buffers
    assert len(served.data) - sum(tls_fills) < 2 * 64 * 1024


@pytest.mark.anyio
async def test_async_download_over_https_resumes_after_a_drop_and_a_cancel(
    civitai: FakeCivitai, trusting: ssl.SSLContext, tmp_path: Path, tls_fills: list[int]
) -> None:
    served = add_default(civitai)
    civitai.behaviour.drop_after = MiB + 3
    # then, on the resumed request, 2.5 MB in all and a long wait: the call is cancelled there
    civitai.behaviour.stall_after = 2_500_000 - (MiB + 3)
    civitai.behaviour.stall_seconds = 20
    part = tmp_path / f"{served.name}.part"
    progress: list[int] = []
    headers = {"Authorization": f"Bearer {API_KEY}"}

    def client() -> httpx.AsyncClient:
        return httpx.AsyncClient(
            base_url=civitai.api_url, headers=headers, timeout=CLIENT_TIMEOUT, verify=trusting
        )

    def report(done: int, _total: int | None) -> None:
        progress.append(done)
        if done >= 2 * MiB:
            stalled.set()  # the server holds the rest back now

    with anyio.fail_after(TIME_LIMIT):
        stalled = anyio.Event()
        async with client() as first, anyio.create_task_group() as group:

            async def cancel_once_stalled() -> None:
                await stalled.wait()
                group.cancel_scope.cancel()

            group.start_soon(cancel_once_stalled)
            await civitai_api.async_download_model_version(first, 1, tmp_path, progress=report)
            raise AssertionError("the download should have been cancelled")
        kept = part.stat().st_size
        assert 2 * MiB <= kept <= 2_500_000
        assert progress == sorted(progress)
        assert progress[-1] >= MiB
        async with client() as second:
            result = await civitai_api.async_download_model_version(second, 1, tmp_path)
    assert result.path.read_bytes() == served.data
    assert result.resumed
    ranges = [seen.headers.get("range") for seen in civitai.seen("storage")]
    assert ranges == [None, f"bytes={MiB + 3}-", f"bytes={kept}-"]
    assert not part.exists()
    assert_key_only_on_api(civitai)
    assert sum(tls_fills) > 2 * MiB  # received by the sync driver's TLS reads, in a thread


@pytest.mark.slow
def test_the_command_downloads_over_https(
    civitai: FakeCivitai, authority: trustme.CA, tmp_path: Path
) -> None:
    served = add_default(civitai, size=MiB + 17)
    ca = tmp_path / "ca.pem"
    authority.cert_pem.write_to_path(str(ca))
    env = {**os.environ, "CIVITAI_HOST": civitai.api_url, "SSL_CERT_FILE": str(ca)}
    command = [sys.executable, "-m", "civitai_api", "download", "1", "--out-dir", "out", "-q"]
    ran = run_command(command, cwd=tmp_path, env=env, timeout=TIME_LIMIT)
    assert ran.code == 0, ran.err
    assert (tmp_path / "out" / served.name).read_bytes() == served.data
    assert ran.out.strip().endswith(served.name)
