"""One HTTP exchange: a call of a generated endpoint and the answer Civitai gives to it."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

import httpx

CIVITAI = "https://civitai.com"
CIVITAI_RED = "https://civitai.red"
RECORDED_AT = "Sat, 08 Aug 2026 12:00:00 GMT"

# Civitai's cache headers depend on the endpoint's kind (public, mixed or authenticated).
PUBLIC_CACHE = "public, s-maxage=300, stale-while-revalidate=150"
BY_HASH_CACHE = "public, s-maxage=3600, stale-while-revalidate=1800"  # lookups by hash
PRIVATE_CACHE = "max-age=0, private, no-cache"  # middleware default, kept by AuthedEndpoint
NO_STORE = "no-store"  # rate-limit and overload answers
DOWNLOAD_CACHE = "no-store, max-age=0"  # the download redirect

JSON_TYPE = "application/json; charset=utf-8"


def to_json(value: Any) -> str:
    """Serialize like the server's `JSON.stringify`: compact, UTF-8."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


@dataclass(frozen=True)
class Exchange:
    """A call of a generated endpoint function and the response the server sends back.

    Attributes:
        operation: The generated endpoint module (``civitai_api_generated.api.<tag>.<op>``).
        arguments: Keyword arguments of its ``sync_detailed`` besides ``client``.
        status: Response status code.
        body: JSON value of the response body; a ``str`` is sent verbatim, without a
            content type (as Next.js writes a redirect's body).
        host: Scheme and host the request goes to.
        authorized: Whether the client sends an API key (stored redacted).
        cache_control: ``Cache-Control`` response header, if any.
        headers: Further response headers.
    """

    operation: ModuleType
    arguments: dict[str, Any]
    status: int
    body: Any
    host: str = CIVITAI
    authorized: bool = False
    cache_control: str | None = PUBLIC_CACHE
    headers: dict[str, str] = field(default_factory=dict)

    def response(self) -> httpx.Response:
        """The response as httpx receives it (httpx adds ``content-length``)."""
        headers = {"date": RECORDED_AT, "server": "cloudflare"}
        if isinstance(self.body, str):
            content = self.body.encode()
        else:
            content = to_json(self.body).encode()
            headers["content-type"] = JSON_TYPE
        if self.cache_control is not None:
            headers["cache-control"] = self.cache_control
        headers.update(self.headers)
        return httpx.Response(self.status, headers=sorted(headers.items()), content=content)
