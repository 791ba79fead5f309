"""Turn an HTTP answer (or a transport failure) into the package's exception.

`error_from_response` is the only status → exception switch of the package. It is pure: give it
what was sent and what came back, and it returns the exception to raise, or `None` when the
answer is a success the caller can parse.
"""

from __future__ import annotations

import datetime
import email.utils
import http
import json
import math
import re
from collections.abc import Mapping

import httpx

from civitai_api_generated.types import decode_json

from ._constants import BODY_EXCERPT_CHARS, MESSAGE_MAX_CHARS
from ._exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    CivitaiError,
    EarlyAccessError,
    ErrorContext,
    NotFoundError,
    PageLimitError,
    PermissionDeniedError,
    QueryParamsError,
    RateLimitError,
    ResponseValidationError,
)
from ._redact import redact_text, redact_url

__all__ = [
    "error_from_response",
    "error_from_transport",
    "extract_message",
    "is_page_limit_body",
    "parse_retry_after",
    "plain_error",
]

_HTML_TITLE = re.compile(rb"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
# Storage hosts (S3, R2, B2) answer errors as XML: <Error><Code>NoSuchKey</Code>...
_XML_FIELD = re.compile(rb"<(Code|Message)>(.*?)</\1>", re.IGNORECASE | re.DOTALL)
# "[Errno 111] Connection refused": the number means nothing to a reader.
_ERRNO = re.compile(r"\[Errno -?\d+\]\s*")
# /models and /images answer 429 "You've requested too many pages, please use cursors instead"
# when page * limit > 1000: a paging cap, not a rate limit; waiting does not help.
_PAGE_LIMIT_TEXT = "too many pages"
# A version in early access answers the download with 403 {"error": "Early Access",
# "deadline": <ISO date-time>}.
_EARLY_ACCESS_TEXT = "early access"

_NO_BODY = object()
# Failures while an answer is being read (after it had begun), as opposed to connecting.
_CUT_OFF = (httpx.ReadError, httpx.ReadTimeout, httpx.RemoteProtocolError)


def error_from_response(
    *,
    method: str,
    url: str | httpx.URL,
    status: int,
    headers: Mapping[str, str],
    body: bytes,
    list_endpoint: bool = False,
    now: datetime.datetime | None = None,
    host: str | None = None,
) -> CivitaiError | None:
    """Map one HTTP answer to the exception it means, or `None` for a usable success.

    Args:
        method: The request method (`GET`, `POST`).
        url: The request URL; any `token=` value is redacted in the exception.
        status: The HTTP status code.
        headers: The response headers (case-insensitive mapping, e.g. `httpx.Headers`).
        body: The raw response body.
        list_endpoint: Whether the request went to a list endpoint, where a 400 means the
            query was rejected (`QueryParamsError`).
        now: The current time, to turn an HTTP-date `Retry-After` into seconds
            (defaults to the clock).
        host: Who answered, when it is not Civitai's API: the file host a download is
            redirected to ("The file host (storage)"). Its error pages are not JSON, and the
            message says that host failed rather than that Civitai sent no JSON.

    Returns:
        The exception to raise, or `None` when `status` is 2xx and the body is JSON.
    """
    data = _json_or_marker(body, headers)
    context: ErrorContext = {
        "status_code": status,
        "method": method.upper(),
        "url": redact_url(url),
        "body_excerpt": None if data is not _NO_BODY else _excerpt(body),
    }

    if 200 <= status < 300:
        if data is not _NO_BODY:
            return None
        what = "an empty body" if not body.strip() else _describe_non_json(body)
        return ResponseValidationError(
            f"Civitai answered with {what} where JSON was expected", **context
        )

    if host is not None:
        detail = _host_detail(body) if data is _NO_BODY else extract_message(data)[0]
        message = f"{host} failed: {detail}" if detail else f"{host} failed"
        param = None
    elif data is _NO_BODY:
        described = _describe_non_json(body) if body.strip() else ""
        message = f"Civitai answered with {described} instead of JSON" if described else ""
        param = None
    else:
        found, param = extract_message(data)
        message = found or ""
    message = redact_text(message)[:MESSAGE_MAX_CHARS] or _status_text(status)

    if status == 400 and list_endpoint:
        return QueryParamsError(message, param=param, **context)
    if status == 401:
        return AuthenticationError(message, **context)
    if status == 403:
        if _EARLY_ACCESS_TEXT in message.lower():
            deadline = _deadline(data)
            return EarlyAccessError(message, deadline=deadline, **context)
        return PermissionDeniedError(message, **context)
    if status in (404, 410):
        return NotFoundError(message, **context)
    if status in (429, 503):
        retry_after = parse_retry_after(headers.get("retry-after"), now=now)
        if status == 429 and _PAGE_LIMIT_TEXT in message.lower():
            return PageLimitError(message, retry_after=retry_after, **context)
        return RateLimitError(message, retry_after=retry_after, **context)
    return APIStatusError(message, **context)


def error_from_transport(
    exc: httpx.HTTPError, *, method: str | None = None, url: str | httpx.URL | None = None
) -> CivitaiError:
    """Map an httpx failure that produced no usable answer to the package's exception.

    Args:
        exc: The httpx exception (a timeout, a refused or reset connection, a protocol error).
        method: The request method, when `exc` does not carry its request.
        url: The request URL, when `exc` does not carry its request.

    Returns:
        `APITimeoutError` for timeouts, `ResponseValidationError` for a body that arrived but
        cannot be decoded (corrupt gzip, say), `APIConnectionError` for any other failure.
    """
    try:
        request: httpx.Request | None = exc.request
    except RuntimeError:  # httpx raises this when the exception was built without a request
        request = None
    if request is not None:
        method, url = request.method, request.url
    kind = type(exc).__name__
    detail = redact_text(_ERRNO.sub("", str(exc))) or kind
    if isinstance(exc, httpx.DecodingError):  # Civitai did answer; its body is unreadable
        return ResponseValidationError(
            f"Civitai's answer could not be decoded ({kind}: {detail})",
            method=method.upper() if method else None,
            url=redact_url(url) if url is not None else None,
        )
    cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    verb = "timed out" if cls is APITimeoutError else "failed"
    # Civitai's own paths start with /api/; a download's file comes from its storage host.
    path = httpx.URL(url).path if url is not None else "/api/"
    who = "Civitai" if path.startswith("/api/") else "the file host (storage)"
    if isinstance(exc, _CUT_OFF):  # an answer had begun: its connection broke
        what = f"The connection to {who} {'timed out' if verb == 'timed out' else 'broke'}"
    else:
        what = f"The request {verb} before {who} answered"
    return cls(
        f"{what} ({kind}: {detail})",
        method=method.upper() if method else None,
        url=redact_url(url) if url is not None else None,
    )


def plain_error(exc: Exception) -> str:
    """An error as one line for a result's `error` field: the package's errors as they are,
    an operating-system error as `/x/y.part: Permission denied` (its path and reason, no
    `[Errno N]`)."""
    if isinstance(exc, OSError) and not isinstance(exc, CivitaiError) and exc.strerror:
        return f"{exc.filename}: {exc.strerror}" if exc.filename else exc.strerror
    return _ERRNO.sub("", str(exc))


def is_page_limit_body(body: bytes | None) -> bool:
    """Tell whether a 429 body is Civitai's page-depth cap rather than a rate limit.

    `page * limit > 1000` on /models and /images answers
    429 `{"error":"You've requested too many pages, please use cursors instead"}`.
    """
    if not body:
        return False
    try:
        data = decode_json(body)
    except (ValueError, RecursionError):  # also UnicodeDecodeError; HTML is an edge rate limit
        return False
    message = data.get("error") if isinstance(data, dict) else None
    return isinstance(message, str) and _PAGE_LIMIT_TEXT in message.lower()


def extract_message(data: object) -> tuple[str | None, str | None]:
    """Find Civitai's human message in any of its error body shapes.

    Civitai's error bodies come as: a plain string; a list of zod issues; `{"issues": [...],
    "name": "ZodError"}` (zod 3); `{"name": "ZodError", "message": "<the issues as JSON>"}`
    (zod 4); `{"error": ..., "message": ...}` with either a string or nested issues, and
    sometimes a `code`.

    Args:
        data: The decoded JSON body.

    Returns:
        (message, param): the message, or None when the body has none; and the first query
        parameter a validation error names, when it names one.
    """
    if isinstance(data, str):
        return data or None, None
    if isinstance(data, list):
        return _format_issues(data)
    if not isinstance(data, dict):
        return None, None
    # zod 3: {"issues": [...], "name": "ZodError"}
    issues = data.get("issues")
    if isinstance(issues, list):
        return _format_issues(issues)
    error, message = data.get("error"), data.get("message")
    # zod 4: {"name": "ZodError", "message": "<issues as a JSON string>"}
    if data.get("name") == "ZodError" and isinstance(message, str):
        return _from_zod_message(message)
    if isinstance(error, dict | list):
        inner, param = extract_message(error)
        if isinstance(message, str) and message:
            return (f"{message}: {inner}" if inner else message), param
        return inner, param
    # Server errors put a generic "An unexpected error..." in "message" and the detail in
    # "error"; elsewhere "error" is the headline and "message" the detail (as in the 401 of
    # a download that needs a key).
    generic = isinstance(message, str) and message.startswith("An unexpected error")
    parts: list[str] = []
    for part in (message, error) if generic else (error, message):
        if isinstance(part, str) and part and part not in parts:
            parts.append(part)
    text = ": ".join(parts) or None
    code = data.get("code")
    if text and isinstance(code, str) and code:
        text = f"{text} ({code})"
    return text, None


def parse_retry_after(value: str | None, *, now: datetime.datetime | None = None) -> float | None:
    """Read a `Retry-After` header: delay seconds or an HTTP date.

    Args:
        value: The header value, or None when absent.
        now: The current time (aware), for the HTTP-date form; defaults to the clock.

    Returns:
        Seconds to wait (never negative), or None when absent or unreadable.
    """
    if value is None or not value.strip():
        return None
    text = value.strip()
    try:
        seconds = float(text)
    except ValueError:
        pass
    else:
        return max(0.0, seconds) if math.isfinite(seconds) else None
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=datetime.UTC)
    current = now if now is not None else datetime.datetime.now(datetime.UTC)
    return max(0.0, (when - current).total_seconds())


def _json_or_marker(body: bytes, headers: Mapping[str, str]) -> object:
    """The decoded JSON body, or `_NO_BODY` when the body is empty, HTML or not JSON."""
    if not body.strip():
        return _NO_BODY
    if "html" in headers.get("content-type", "").lower():
        return _NO_BODY
    try:
        return decode_json(body)
    except (ValueError, RecursionError):  # UnicodeDecodeError is a ValueError
        return _NO_BODY


def _excerpt(body: bytes) -> str | None:
    if not body:
        return None
    return redact_text(body[: BODY_EXCERPT_CHARS * 4].decode("utf-8", "replace"))[
        :BODY_EXCERPT_CHARS
    ]


def _describe_non_json(body: bytes) -> str:
    title = _HTML_TITLE.search(body[:65536])
    if title:
        text = " ".join(title.group(1).decode("utf-8", "replace").split())
        return f"an HTML page ({text})" if text else "an HTML page"
    if body.lstrip()[:1] == b"<":
        return "an HTML page"
    first_line = body.strip().splitlines()[0].decode("utf-8", "replace")
    return f"a non-JSON body ({first_line[:200]})"


def _host_detail(body: bytes) -> str:
    """What a storage host's error body says: its XML `Code: Message`, an HTML title, or
    its first line."""
    fields = {
        name.decode().lower(): " ".join(value.decode("utf-8", "replace").split())
        for name, value in _XML_FIELD.findall(body[:65536])
    }
    if fields:
        return ": ".join(part for part in (fields.get("code"), fields.get("message")) if part)
    if not body.strip():
        return ""
    title = _HTML_TITLE.search(body[:65536])
    if title:
        return " ".join(title.group(1).decode("utf-8", "replace").split())
    if body.lstrip()[:1] == b"<":
        return ""
    return body.strip().splitlines()[0].decode("utf-8", "replace")[:200]


def _status_text(status: int) -> str:
    try:
        phrase = http.HTTPStatus(status).phrase
    except ValueError:
        phrase = ""
    return f"HTTP {status} {phrase}".strip()


def _format_issues(issues: list[object]) -> tuple[str | None, str | None]:
    parts: list[str] = []
    param: str | None = None
    for issue in issues:
        if not isinstance(issue, dict):
            continue
        path = issue.get("path")
        where = ".".join(str(p) for p in path) if isinstance(path, list) else ""
        if param is None and isinstance(path, list) and path:
            param = str(path[0])
        text = issue.get("message")
        text = text if isinstance(text, str) else str(issue.get("code", "invalid"))
        parts.append(f"{where}: {text}" if where else text)
    return ("; ".join(parts) or None), param


def _from_zod_message(message: str) -> tuple[str | None, str | None]:
    try:
        issues = json.loads(message)
    except ValueError:
        return message or None, None
    if isinstance(issues, list):
        return _format_issues(issues)
    return message or None, None


def _deadline(data: object) -> datetime.datetime | None:
    if not isinstance(data, dict):
        return None
    value = data.get("deadline")
    if not isinstance(value, str):
        return None
    try:
        return datetime.datetime.fromisoformat(value)
    except ValueError:
        return None
