"""Ready-made httpx clients for Civitai: key, timeouts, User-Agent, proxy and retries."""

from __future__ import annotations

import dataclasses
import os
import urllib.parse
import urllib.request
from typing import Any

import httpx

from ._constants import (
    CIVITAI_HOSTS,
    CONNECT_TIMEOUT,
    DEFAULT_BASE_URL,
    HOST_ENV,
    POOL_TIMEOUT,
    READ_TIMEOUT,
    USER_AGENT,
    WRITE_TIMEOUT,
)
from ._credentials import find_api_key
from ._exceptions import QueryParamsError
from ._retry import AsyncRetryTransport, RetryPolicy, RetryTransport
from ._signature import parameters_of

__all__ = [
    "DEFAULT_TIMEOUT",
    "build_async_client",
    "build_client",
    "resolve_api_key",
    "resolve_base_url",
]

DEFAULT_TIMEOUT = httpx.Timeout(
    connect=CONNECT_TIMEOUT, read=READ_TIMEOUT, write=WRITE_TIMEOUT, pool=POOL_TIMEOUT
)


def resolve_api_key(api_key: str | None = None) -> str | None:
    """The key to use: the argument, else `CIVITAI_API_KEY`, `CIVITAI_TOKEN`,
    `CIVITAI_API_TOKEN`, else the key stored by `civitai auth login`, else None (anonymous).

    Empty strings count as no key. `find_api_key` also says which source won.
    """
    return find_api_key(api_key).key


def resolve_base_url(host: str | None = None) -> str:
    """The API's base URL for a host name or URL; None reads `CIVITAI_HOST`.

    Args:
        host: `civitai.com` or `civitai.red` (HTTPS), or any base URL such as
            `http://127.0.0.1:8000`. None (or empty): `$CIVITAI_HOST`, else https://civitai.com.

    Returns:
        A base URL without a trailing slash, e.g. `https://civitai.red`.

    Raises:
        QueryParamsError: Not a host name or an http(s) URL.
    """
    text = (host if host else os.environ.get(HOST_ENV, "")).strip()
    if not text:
        return DEFAULT_BASE_URL
    if "://" not in text:
        if text.lower() not in CIVITAI_HOSTS:
            known = " or ".join(sorted(CIVITAI_HOSTS))
            raise QueryParamsError(
                f"host must be {known}, or a URL such as http://127.0.0.1:8000, got {text!r}",
                param="host",
            )
        return f"https://{text.lower()}"
    parts = urllib.parse.urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise QueryParamsError(f"host must be an http(s) URL, got {text!r}", param="host")
    return text.rstrip("/")


def _environment_proxy(base_url: str) -> str | None:
    """The proxy the environment (`HTTPS_PROXY`, `ALL_PROXY`, `NO_PROXY`) sets for base_url.

    httpx ignores these variables once a transport is given, so they are read here.
    """
    url = httpx.URL(base_url)
    if urllib.request.proxy_bypass(url.host):
        return None
    proxies = urllib.request.getproxies()
    return proxies.get(url.scheme) or proxies.get("all")


def _client_options(
    api_key: str | None,
    base_url: str | None,
    proxy: str | httpx.Proxy | None,
    timeout: float | httpx.Timeout,
    max_retries: int | None,
    retry_policy: RetryPolicy | None,
    trust_env: bool,
) -> tuple[dict[str, Any], httpx.Proxy | str | None, RetryPolicy]:
    """What `build_client` and `build_async_client` share: client options, proxy, policy."""
    headers = {"User-Agent": USER_AGENT}
    key = resolve_api_key(api_key)
    if key is not None:
        # the header, never `?token=`, so the key stays out of URLs, logs
        # and `nextPage` links; httpx drops it on redirects to another host (downloads).
        headers["Authorization"] = f"Bearer {key}"
    policy = retry_policy if retry_policy is not None else RetryPolicy()
    if max_retries is not None:
        policy = dataclasses.replace(policy, max_retries=max_retries)
    base_url = resolve_base_url(base_url)
    if proxy is None and trust_env:
        proxy = _environment_proxy(base_url)
    options: dict[str, Any] = {
        "base_url": base_url,
        "headers": headers,
        "timeout": timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout),
        "trust_env": trust_env,
    }
    return options, proxy, policy


def _client_parameters(
    api_key: str | None = None,
    *,
    base_url: str | None = None,
    proxy: str | httpx.Proxy | None = None,
    timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
    max_retries: int | None = None,
    retry_policy: RetryPolicy | None = None,
    trust_env: bool = True,
) -> tuple[dict[str, Any], httpx.Proxy | str | None, RetryPolicy]:
    """The parameters of `build_client` and `build_async_client` (documented at
    `build_client`), written once; their client options, proxy and policy."""
    return _client_options(api_key, base_url, proxy, timeout, max_retries, retry_policy, trust_env)


@parameters_of(_client_parameters)
def build_client(*args: Any, **kwargs: Any) -> httpx.Client:
    """Build an `httpx.Client` ready for every function of civitai_api.

    Example:
        >>> import civitai_api
        >>> from civitai_api.v1 import models
        >>> with civitai_api.build_client() as client:  # key from the environment or stored
        ...     page = models(client)

    The client sends the key as `Authorization: Bearer` only, names the package in its
    `User-Agent`, uses connect/read timeouts of 10/60 s, and retries rate limits, overloads,
    Cloudflare edge errors and network failures per `RetryPolicy` (3 retries by default).
    Close it when done (`with` block), as with any httpx client.

    To give a client of your own the same retries, install the transport yourself:
    `httpx.Client(transport=civitai_api.RetryTransport())`.

    Args:
        api_key: The Civitai API key; when None, the first of the `CIVITAI_API_KEY`,
            `CIVITAI_TOKEN` and `CIVITAI_API_TOKEN` environment variables that is set, else
            the key stored by `civitai auth login`; with none of them, requests are anonymous.
        base_url: `https://civitai.com`, or `https://civitai.red` (the same API), or
            a bare host name; None reads `$CIVITAI_HOST`, else https://civitai.com.
        proxy: A proxy URL such as `http://127.0.0.1:7890`. When None and `trust_env` is
            true, the `HTTPS_PROXY`/`ALL_PROXY`/`NO_PROXY` variables decide.
        timeout: Seconds for every phase, or an `httpx.Timeout`.
        max_retries: Retries per request; overrides `retry_policy.max_retries` when given.
        retry_policy: The full retry policy (delays, the longest wait, statuses).
        trust_env: Read proxy settings and the CA bundle from the environment.

    Returns:
        A new `httpx.Client`; the caller owns and closes it.
    """
    options, proxy, policy = _client_parameters(*args, **kwargs)
    sender = httpx.HTTPTransport(proxy=proxy, trust_env=options["trust_env"])
    return httpx.Client(**options, transport=RetryTransport(sender, policy=policy))


@parameters_of(_client_parameters)
def build_async_client(*args: Any, **kwargs: Any) -> httpx.AsyncClient:
    """Build an `httpx.AsyncClient` ready for every `async_` function of civitai_api.

    The async twin of `build_client`, with the same arguments and behaviour; its retries
    sleep with `anyio.sleep`, so it works under asyncio and trio.

    Example:
        >>> async with civitai_api.build_async_client() as client:
        ...     page = await async_models(client)

    For a client of your own: `httpx.AsyncClient(transport=civitai_api.AsyncRetryTransport())`.

    Args:
        The arguments of `build_client`.

    Returns:
        A new `httpx.AsyncClient`; the caller owns and closes it.
    """
    options, proxy, policy = _client_parameters(*args, **kwargs)
    sender = httpx.AsyncHTTPTransport(proxy=proxy, trust_env=options["trust_env"])
    return httpx.AsyncClient(**options, transport=AsyncRetryTransport(sender, policy=policy))
