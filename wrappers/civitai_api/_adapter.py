"""Let the generated endpoint functions send through the user's own httpx client.

The generated functions call `client.get_httpx_client().request(method=..., url=<path>, ...)`
with a path relative to the API host. Users hand us any `httpx.Client`: usually one without a
`base_url`, sometimes one aimed at `https://civitai.red` (the same API under another domain).
An adapter stands in for the httpx client: it makes the path absolute, sends it through the
user's client unchanged (headers, proxy, timeouts, transport, retries) and remembers the
response. The user's client is never closed, mutated or replaced.

A non-2xx answer stops the generated function there (`ErrorStatus`): the package maps it to
its exception from the raw body, so the generated parser never decodes an error body only for
it to be decoded again.
"""

from __future__ import annotations

import functools
from typing import Any, TypeVar, cast

import httpx

from civitai_api_generated.client import Client

from ._constants import DEFAULT_BASE_URL

__all__ = ["AsyncAdapter", "ErrorStatus", "SyncAdapter", "absolute_url"]

# Path suffixes users sometimes put in base_url; the generated paths already start with them.
_API_PREFIXES = ("/api/v1", "/api")

_Client = TypeVar("_Client", httpx.Client, httpx.AsyncClient)


class ErrorStatus(Exception):
    """Raised by an adapter for a non-2xx answer, which `finish` maps from `response`."""

    def __init__(self, response: httpx.Response) -> None:
        super().__init__(response.status_code)
        self.response = response


@functools.lru_cache(maxsize=64)
def _api_root(base_url: httpx.URL) -> str:
    """What the generated paths are appended to, for one client base URL."""
    if not base_url.host:
        return DEFAULT_BASE_URL
    prefix = base_url.path.rstrip("/")
    for api_prefix in _API_PREFIXES:
        if prefix.endswith(api_prefix):
            prefix = prefix[: -len(api_prefix)]
            break
    origin = base_url.copy_with(path="/", query=None, fragment=None)
    return str(origin).rstrip("/") + prefix


def absolute_url(base_url: httpx.URL, path: str) -> str:
    """Join a generated path (`/api/v1/models`) onto the user's base URL.

    Args:
        base_url: The user's client `base_url` (empty when it has none).
        path: The generated request path, starting with `/`.

    Returns:
        `https://civitai.com<path>` when the client has no base URL; otherwise the base URL's
        origin plus any path prefix it has (minus a trailing `/api` or `/api/v1`) plus `path`.
    """
    return _api_root(base_url) + path


def _checked(response: httpx.Response) -> httpx.Response:
    if not 200 <= response.status_code < 300:
        raise ErrorStatus(response)
    return response


def _of_kind(client: object, kind: type[_Client], hint: str) -> _Client:
    """The user's client, when it is the `kind` this call sends through (a sync function was
    handed an `httpx.AsyncClient`, or the reverse: a TypeError with the `hint`)."""
    if not isinstance(client, kind):
        raise TypeError(f"expected an httpx.{kind.__name__}, got {type(client).__name__} ({hint})")
    return client


class SyncAdapter:
    """Stands in for `httpx.Client` inside the generated client for one call."""

    def __init__(self, client: httpx.Client) -> None:
        self._client = _of_kind(client, httpx.Client, "async functions take an httpx.AsyncClient")
        self.response: httpx.Response | None = None

    def request(self, *, method: str, url: str, **kwargs: Any) -> httpx.Response:
        """Send through the user's client, remember the response, stop on a non-2xx one."""
        response = self._client.request(method, absolute_url(self._client.base_url, url), **kwargs)
        self.response = response
        return _checked(response)

    def generated_client(self) -> Client:
        """A generated `Client` whose requests go through this adapter."""
        return Client(base_url=DEFAULT_BASE_URL).set_httpx_client(cast(httpx.Client, self))


class AsyncAdapter:
    """Stands in for `httpx.AsyncClient` inside the generated client for one call."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self._client = _of_kind(client, httpx.AsyncClient, "sync functions take an httpx.Client")
        self.response: httpx.Response | None = None

    async def request(self, *, method: str, url: str, **kwargs: Any) -> httpx.Response:
        """Send through the user's client, remember the response, stop on a non-2xx one."""
        target = absolute_url(self._client.base_url, url)
        response = await self._client.request(method, target, **kwargs)
        self.response = response
        return _checked(response)

    def generated_client(self) -> Client:
        """A generated `Client` whose async requests go through this adapter."""
        generated = Client(base_url=DEFAULT_BASE_URL)
        return generated.set_async_httpx_client(cast(httpx.AsyncClient, self))
