"""`build_client` / `build_async_client`: key, headers, timeouts, proxy and retries."""

from __future__ import annotations

import logging

import anyio
import civitai_api
import httpx
import pytest
from civitai_api import AsyncRetryTransport, RetryPolicy, RetryTransport
from civitai_api import v1 as api
from civitai_api._constants import API_KEY_ENV, USER_AGENT
from support.fault_server import FaultServer
from support.keys import API_KEY

OK = {"items": [], "metadata": {}}


@pytest.fixture(autouse=True)
def _no_ambient_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(API_KEY_ENV, raising=False)
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.delenv(name, raising=False)


def test_key_goes_in_the_bearer_header_only(fault_server: FaultServer) -> None:
    fault_server.script(fault_server.json(OK))
    with civitai_api.build_client(API_KEY, base_url=fault_server.url) as client:
        api.models(client)
    (sent,) = fault_server.requests
    assert sent.headers["authorization"] == f"Bearer {API_KEY}"
    assert API_KEY not in sent.raw_target  # never as ?token=
    assert sent.headers["user-agent"] == USER_AGENT
    assert f"civitai-api/{civitai_api.__version__}" in sent.headers["user-agent"]


def test_key_from_the_environment(
    fault_server: FaultServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(API_KEY_ENV, "env-key-123")
    fault_server.script(fault_server.json(OK))
    with civitai_api.build_client(base_url=fault_server.url) as client:
        client.get("/api/v1/models")
    assert fault_server.requests[0].headers["authorization"] == "Bearer env-key-123"


@pytest.mark.parametrize("key", [None, "", "   "])
def test_anonymous_without_a_key(fault_server: FaultServer, key: str | None) -> None:
    fault_server.script(fault_server.json(OK))
    with civitai_api.build_client(key, base_url=fault_server.url) as client:
        client.get("/api/v1/models")
    assert "authorization" not in fault_server.requests[0].headers


def test_an_explicit_key_wins_over_the_environment(
    fault_server: FaultServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(API_KEY_ENV, "env-key-123")
    fault_server.script(fault_server.json(OK))
    with civitai_api.build_client("arg-key", base_url=fault_server.url) as client:
        client.get("/api/v1/models")
    assert fault_server.requests[0].headers["authorization"] == "Bearer arg-key"


def test_defaults() -> None:
    with civitai_api.build_client(API_KEY) as client:
        assert client.base_url == httpx.URL("https://civitai.com")
        assert client.timeout.connect == 10.0
        assert client.timeout.read == 60.0
        transport = client._transport
        assert isinstance(transport, RetryTransport)
        assert transport.policy == RetryPolicy()
        assert API_KEY not in repr(client.headers)  # httpx masks Authorization
        assert API_KEY not in repr(transport.policy)


def test_timeout_and_retries_are_configurable() -> None:
    with civitai_api.build_client(
        base_url="https://civitai.red", timeout=5.0, max_retries=7
    ) as client:
        assert client.base_url == httpx.URL("https://civitai.red")
        assert client.timeout == httpx.Timeout(5.0)
        assert isinstance(client._transport, RetryTransport)
        assert client._transport.policy.max_retries == 7
    policy = RetryPolicy(initial_delay=0.01, max_wait=3.0)
    with civitai_api.build_client(retry_policy=policy, max_retries=1) as client:
        assert isinstance(client._transport, RetryTransport)
        assert client._transport.policy == RetryPolicy(
            max_retries=1, initial_delay=0.01, max_wait=3.0
        )


def test_requests_go_through_the_proxy(fault_server: FaultServer) -> None:
    # The fault server plays an HTTP proxy: it receives the absolute URL as request target.
    fault_server.script(fault_server.json(OK))
    with civitai_api.build_client(
        API_KEY, base_url="http://civitai.invalid", proxy=fault_server.url, trust_env=False
    ) as client:
        assert client.get("/api/v1/models").json() == OK
    (sent,) = fault_server.requests
    assert sent.raw_target == "http://civitai.invalid/api/v1/models"


def test_proxy_from_the_environment(
    fault_server: FaultServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", fault_server.url)
    monkeypatch.setenv("NO_PROXY", "")
    fault_server.script(fault_server.json(OK))
    with civitai_api.build_client(base_url="http://civitai.invalid") as client:
        client.get("/api/v1/tags")
    assert fault_server.requests[0].raw_target == "http://civitai.invalid/api/v1/tags"


@pytest.mark.anyio
async def test_async_client_is_configured_the_same(fault_server: FaultServer) -> None:
    fault_server.script(fault_server.rate_limited("0"), fault_server.json(OK))
    with anyio.fail_after(10):
        async with civitai_api.build_async_client(
            API_KEY, base_url=fault_server.url, trust_env=False
        ) as client:
            assert isinstance(client._transport, AsyncRetryTransport)
            assert client.timeout.read == 60.0
            page = await api.async_models(client)
    assert page.items == []
    assert [r.headers["authorization"] for r in fault_server.requests] == [f"Bearer {API_KEY}"] * 2
    assert fault_server.requests[0].headers["user-agent"] == USER_AGENT


@pytest.mark.anyio
async def test_async_proxy(fault_server: FaultServer) -> None:
    fault_server.script(fault_server.json(OK))
    with anyio.fail_after(10):
        async with civitai_api.build_async_client(
            base_url="http://civitai.invalid", proxy=fault_server.url, trust_env=False
        ) as client:
            await client.get("/api/v1/images")
    assert fault_server.requests[0].raw_target == "http://civitai.invalid/api/v1/images"


def test_no_key_in_any_log_record(
    fault_server: FaultServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    fault_server.script(
        fault_server.rate_limited("0"), fault_server.cloudflare(502), fault_server.json(OK)
    )
    with civitai_api.build_client(API_KEY, base_url=fault_server.url) as client:
        api.models(client)
    assert len(fault_server.requests) == 3
    assert caplog.records  # something was logged (httpx request lines, retry decisions)
    assert API_KEY not in caplog.text
