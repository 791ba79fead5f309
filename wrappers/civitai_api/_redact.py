"""Keep API keys (and pre-signed URLs' signatures) out of URLs, headers, error messages and
log records.

A key travels in the `Authorization` header or, for some users, in a `token=` query
parameter; Civitai even copies `token=` into the `nextPage` URLs it returns, so any text
that came from a request or a response may hold one.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping

import httpx

__all__ = ["REDACTED", "RedactingFilter", "redact_headers", "redact_text", "redact_url"]

REDACTED = "REDACTED"

# Header names whose values are secrets.
_SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})
# `token=<value>` in a query string, raw or percent-encoded inside another URL, and the
# credentials of a pre-signed storage URL (the 307 of a download points at one: anyone
# holding it may fetch the file until it expires). The value runs to the next separator, raw
# or encoded (`%26`, `%23`); other escapes (`%2B`) are part of it.
_TOKEN_PARAM = re.compile(
    r"(?i)((?:^|[?&;,\s\"'(]|%3F|%26)"
    r"(?:token|x-amz-signature|x-amz-credential|x-amz-security-token|x-goog-signature|signature)"
    r"(?:=|%3D))(?:(?!%26|%23)[^&#\s\"'<>])+"
)
# `Bearer <value>` in free text (a repr of headers, an echoed request).
_BEARER = re.compile(r"(?i)(\bbearer\s+)[^\s\"',;]+")


def redact_text(text: str) -> str:
    """Replace every `token=` value and `Bearer` credential found in `text`.

    Args:
        text: Any text: a URL, a response body excerpt, a log message.

    Returns:
        The text with secrets replaced by `REDACTED`.
    """
    text = _TOKEN_PARAM.sub(rf"\g<1>{REDACTED}", text)
    return _BEARER.sub(rf"\g<1>{REDACTED}", text)


def redact_url(url: str | httpx.URL) -> str:
    """Return `url` as text with the value of any `token=` parameter redacted.

    Args:
        url: The URL, as text or as an `httpx.URL`.

    Returns:
        The redacted URL text; user info (`user:password@`) is dropped too.
    """
    if isinstance(url, httpx.URL) and url.userinfo:
        url = url.copy_with(username=None, password=None)
    return redact_text(str(url))


def redact_headers(headers: Mapping[str, str] | Iterable[tuple[str, str]]) -> dict[str, str]:
    """Copy `headers` with the values of secret headers (`Authorization`, cookies) redacted.

    Args:
        headers: A mapping or a sequence of (name, value) pairs, e.g. `httpx.Headers`.

    Returns:
        A new dict of the same names, secrets replaced by `REDACTED`.
    """
    pairs = headers.items() if isinstance(headers, Mapping) else headers
    return {
        name: REDACTED if name.lower() in _SECRET_HEADERS else redact_text(value)
        for name, value in pairs
    }


class RedactingFilter(logging.Filter):
    """A logging filter that scrubs `token=` values and `Bearer` credentials from records.

    Attach it to a handler (`handler.addFilter(RedactingFilter())`) so that messages of any
    logger, including httpx's request lines, never print a key.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = redact_text(message)
        if redacted != message:
            record.msg = redacted
            record.args = None
        return True
