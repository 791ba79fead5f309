"""Which async clients get the sync driver in a worker thread (a sync twin of the client),
and that the others still download on the event loop."""

from __future__ import annotations

import random
import ssl
from pathlib import Path

import anyio
import civitai_api
import httpx
import pytest
from civitai_api._download.threaded import sync_twin
from support.fake_civitai import CLIENT_TIMEOUT, FakeCivitai, ServedFile
from support.keys import API_KEY

MiB = 1024 * 1024


def test_a_built_client_gets_a_twin_with_the_same_settings() -> None:
    client = civitai_api.build_async_client("k3y", base_url="http://127.0.0.1:9", timeout=7)
    twin = sync_twin(client)
    assert twin is not None
    with twin:
        assert twin.base_url == client.base_url
        assert twin.headers["authorization"] == "Bearer k3y"
        assert twin.timeout == client.timeout
        transport = twin._transport
        assert isinstance(transport, civitai_api.RetryTransport)
        assert transport.policy == client._transport.policy  # type: ignore[attr-defined]


def test_the_twin_keeps_the_clients_tls_context() -> None:
    context = ssl.create_default_context()
    twin = sync_twin(httpx.AsyncClient(verify=context))
    assert twin is not None
    with twin:
        assert twin._transport._pool._ssl_context is context  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "client",
    [
        lambda: httpx.AsyncClient(proxy="http://127.0.0.1:9"),
        lambda: httpx.AsyncClient(transport=httpx.MockTransport(lambda r: httpx.Response(200))),
        lambda: httpx.AsyncClient(event_hooks={"request": [lambda request: None]}),
        lambda: httpx.AsyncClient(auth=httpx.DigestAuth("user", "secret")),
    ],
    ids=["proxy", "custom transport", "event hooks", "other auth"],
)
def test_clients_it_cannot_mirror_get_no_twin(client) -> None:  # type: ignore[no-untyped-def]
    assert sync_twin(client()) is None


@pytest.mark.anyio
async def test_a_client_with_event_hooks_downloads_on_the_event_loop(
    civitai: FakeCivitai, tmp_path: Path
) -> None:
    served = ServedFile(101, "model.safetensors", random.Random(9).randbytes(3 * MiB), primary=True)
    civitai.add_version(1, [served])
    civitai.behaviour.drop_after = MiB + 1
    hooked: list[str] = []

    async def hook(request: httpx.Request) -> None:
        hooked.append(request.url.path)

    headers = {"Authorization": f"Bearer {API_KEY}"}
    with anyio.fail_after(30):
        async with httpx.AsyncClient(
            base_url=civitai.api_url,
            headers=headers,
            timeout=CLIENT_TIMEOUT,
            event_hooks={"request": [hook]},
        ) as client:
            result = await civitai_api.async_download_model_version(client, 1, tmp_path)
    assert result.path.read_bytes() == served.data
    assert result.resumed
    assert hooked.count("/files/101") == 2  # the hooks saw every request
