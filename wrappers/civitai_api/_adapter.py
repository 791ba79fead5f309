"""Let the generated endpoint functions send through the user's own httpx client.

The generated functions call `client.get_httpx_client().request(method=..., url=<path>, ...)`
with a path relative to the API host. Users hand us any `httpx.Client`: usually one without a
`base_url` (as the seed's README shows), sometimes one aimed at `https://civitai.red`
(reference §1.1). An adapter stands in for the httpx client: it makes the path absolute,
sends it through the user's client unchanged (headers, proxy, timeouts, transport, retries)
and remembers the response, so that an error body the generated parser cannot read can still
be mapped to an exception. The user's client is never closed, mutated or replaced.
"""

from __future__ import annotations

from typing import Any, cast

import httpx

from civitai_api_generated.client import Client

from ._constants import DEFAULT_BASE_URL

__all__ = ["AsyncAdapter", "SyncAdapter", "absolute_url"]

# Path suffixes users sometimes put in base_url; the generated paths already start with them.
_API_PREFIXES = ("/api/v1", "/api")


def absolute_url(base_url: httpx.URL, path: str) -> str:
    """Join a generated path (`/api/v1/models`) onto the user's base URL.

    Args:
        base_url: The user's client `base_url` (empty when it has none).
        path: The generated request path, starting with `/`.

    Returns:
        `https://civitai.com<path>` when the client has no base URL; otherwise the base URL's
        origin plus any path prefix it has (minus a trailing `/api` or `/api/v1`) plus `path`.
    """
    if not base_url.host:
        return DEFAULT_BASE_URL + path
    prefix = base_url.path.rstrip("/")
    for api_prefix in _API_PREFIXES:
        if prefix.endswith(api_prefix):
            prefix = prefix[: -len(api_prefix)]
            break
    origin = base_url.copy_with(path="/", query=None, fragment=None)
    return str(origin).rstrip("/") + prefix + path


class SyncAdapter:
    """Stands in for `httpx.Client` inside the generated client for one call."""

    def __init__(self, client: httpx.Client) -> None:
        if not isinstance(client, httpx.Client):
            raise TypeError(
                f"expected an httpx.Client, got {type(client).__name__} "
                "(async functions take an httpx.AsyncClient)"
            )
        self._client = client
        self.response: httpx.Response | None = None

    def request(self, *, method: str, url: str, **kwargs: Any) -> httpx.Response:
        """Send through the user's client and remember the response."""
        response = self._client.request(method, absolute_url(self._client.base_url, url), **kwargs)
        self.response = response
        return response

    def generated_client(self) -> Client:
        """A generated `Client` whose requests go through this adapter."""
        return Client(base_url=DEFAULT_BASE_URL).set_httpx_client(cast(httpx.Client, self))


class AsyncAdapter:
    """Stands in for `httpx.AsyncClient` inside the generated client for one call."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        if not isinstance(client, httpx.AsyncClient):
            raise TypeError(
                f"expected an httpx.AsyncClient, got {type(client).__name__} "
                "(sync functions take an httpx.Client)"
            )
        self._client = client
        self.response: httpx.Response | None = None

    async def request(self, *, method: str, url: str, **kwargs: Any) -> httpx.Response:
        """Send through the user's client and remember the response."""
        target = absolute_url(self._client.base_url, url)
        response = await self._client.request(method, target, **kwargs)
        self.response = response
        return response

    def generated_client(self) -> Client:
        """A generated `Client` whose async requests go through this adapter."""
        generated = Client(base_url=DEFAULT_BASE_URL)
        return generated.set_async_httpx_client(cast(httpx.AsyncClient, self))
