"""The user's httpx client: any base URL works, and it is never closed or changed."""

from __future__ import annotations

import anyio
import civitai_api.v1 as v1
import httpx
import pytest
from civitai_api._adapter import absolute_url
from support.wrapper_calls import AUTH_HEADERS

LISTING = {"items": [], "metadata": {}}


@pytest.mark.parametrize(
    ("base_url", "expected"),
    [
        ("", "https://civitai.com/api/v1/models"),
        ("https://civitai.red", "https://civitai.red/api/v1/models"),
        ("https://civitai.red/", "https://civitai.red/api/v1/models"),
        ("https://civitai.com/api/v1", "https://civitai.com/api/v1/models"),
        ("https://civitai.com/api/v1/", "https://civitai.com/api/v1/models"),
        ("http://127.0.0.1:8080/proxy/", "http://127.0.0.1:8080/proxy/api/v1/models"),
    ],
)
def test_absolute_url(base_url: str, expected: str) -> None:
    client = httpx.Client(base_url=base_url)
    assert absolute_url(client.base_url, "/api/v1/models") == expected


def test_sync_client_is_reused_unchanged_and_left_open() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=LISTING)

    client = httpx.Client(transport=httpx.MockTransport(handler), headers=AUTH_HEADERS, timeout=5)
    before = (client.base_url, dict(client.headers), client.timeout)
    v1.models(client)
    v1.models(client)
    assert not client.is_closed
    assert (client.base_url, dict(client.headers), client.timeout) == before
    assert [r.headers["authorization"] for r in seen] == [AUTH_HEADERS["Authorization"]] * 2
    client.close()


@pytest.mark.anyio
async def test_async_client_is_reused_unchanged_and_left_open() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=LISTING)

    with anyio.fail_after(10):
        client = httpx.AsyncClient(transport=httpx.MockTransport(handler), timeout=5)
        await v1.async_models(client)
        assert not client.is_closed
        assert client.base_url == httpx.URL("")
        await client.aclose()


def test_sync_function_refuses_an_async_client() -> None:
    with pytest.raises(TypeError, match=r"httpx\.Client"):
        v1.models(httpx.AsyncClient())  # type: ignore[arg-type]
