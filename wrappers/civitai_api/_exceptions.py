"""The package's exceptions: one root, and built-in bases where the original `civitai_api`
promised them in its README.

    CivitaiError                                  every error the package raises
    ├── QueryParamsError (+ ValueError)           invalid options, or a 400 from a list endpoint
    ├── APIStatusError                            any other non-2xx answer
    │   ├── AuthenticationError                   401: a key is missing, invalid, or required
    │   ├── PermissionDeniedError                 403
    │   │   └── EarlyAccessError                  403 early access, with its deadline
    │   ├── NotFoundError (+ FileNotFoundError)   404 and 410
    │   └── RateLimitError (+ ConnectionAbortedError)   429 and 503, with retry_after
    │       └── PageLimitError                    the 429 for page × limit > 1000 (never retried)
    ├── APIConnectionError                        the request never got an answer (after retries)
    │   └── APITimeoutError
    ├── ResponseValidationError                   a 2xx body that is not the JSON the spec promises
    └── DownloadError                             a download that cannot complete safely
        ├── HashMismatchError                     the bytes do not match Civitai's SHA256 or size
        └── ResumeNotSupportedError               a resume whose range answer cannot be trusted

`NotFoundError` subclasses the built-in `FileNotFoundError` and `RateLimitError` the built-in
`ConnectionAbortedError`, so code written for the original library's README
(`except FileNotFoundError:`) keeps working; neither is ever exported under a built-in's name.
"""

from __future__ import annotations

import datetime
from typing import TypedDict, Unpack

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "CivitaiError",
    "DownloadError",
    "EarlyAccessError",
    "HashMismatchError",
    "NotFoundError",
    "PageLimitError",
    "PermissionDeniedError",
    "QueryParamsError",
    "RateLimitError",
    "ResponseValidationError",
    "ResumeNotSupportedError",
]


class ErrorContext(TypedDict, total=False):
    """Where an error happened: the keyword arguments every exception accepts."""

    status_code: int | None
    method: str | None
    url: str | None
    body_excerpt: str | None


class CivitaiError(Exception):
    """Root of every error raised by civitai_api.

    Attributes:
        message: Civitai's own message where it gave one, else ours.
        status_code: The HTTP status, or None when no response was received.
        method: The HTTP method of the request, when there was one.
        url: The request URL with any `token=` value redacted.
        body_excerpt: The first bytes of an unexpected body (HTML page, truncated JSON).
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        method: str | None = None,
        url: str | None = None,
        body_excerpt: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status_code = status_code
        self.method = method
        self.url = url
        self.body_excerpt = body_excerpt

    def __str__(self) -> str:
        where = " ".join(part for part in (self.method, self.url) if part)
        status = f"HTTP {self.status_code}" if self.status_code is not None else ""
        context = ", ".join(part for part in (status, where) if part)
        return f"{self.message} ({context})" if context else self.message

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r}, status_code={self.status_code!r})"


class QueryParamsError(CivitaiError, ValueError):
    """Options rejected before sending (`param` names the culprit), or a list endpoint 400."""

    def __init__(
        self, message: str, *, param: str | None = None, **context: Unpack[ErrorContext]
    ) -> None:
        super().__init__(message, **context)
        self.param = param


class APIStatusError(CivitaiError):
    """Civitai answered with a status the call cannot turn into a result."""


class AuthenticationError(APIStatusError):
    """401: the endpoint or file needs a (valid) API key."""


class PermissionDeniedError(APIStatusError):
    """403: the key is valid but not allowed (blocked, no access)."""


class EarlyAccessError(PermissionDeniedError):
    """403 for a file in early access; `deadline` says when it becomes free, when known."""

    def __init__(
        self,
        message: str,
        *,
        deadline: datetime.datetime | None = None,
        **context: Unpack[ErrorContext],
    ) -> None:
        super().__init__(message, **context)
        self.deadline = deadline


class NotFoundError(APIStatusError, FileNotFoundError):
    """404 (nothing matches) or 410 (archived); also a built-in `FileNotFoundError`."""


class RateLimitError(APIStatusError, ConnectionAbortedError):
    """429 or 503; `retry_after` is the server's wait in seconds, when it gave one."""

    def __init__(
        self, message: str, *, retry_after: float | None = None, **context: Unpack[ErrorContext]
    ) -> None:
        super().__init__(message, **context)
        self.retry_after = retry_after


class PageLimitError(RateLimitError):
    """The 429 Civitai sends for page × limit > 1000: use cursors. Retrying cannot help."""


class APIConnectionError(CivitaiError):
    """The request got no answer: connection refused or reset, TLS failure, protocol error."""


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or pool)."""


class ResponseValidationError(CivitaiError):
    """A success status whose body is not the JSON the spec promises."""


class DownloadError(CivitaiError):
    """A download that cannot complete safely.

    Attributes:
        path: The file concerned (the destination, or the `.part` being written), if any.
        reason: What went wrong, for programs that say it in their own words: `exists` (a
            different file has the name; `overwrite=True` replaces it), `taken` (the same,
            found after the download, which is kept in `part`), `busy` (another download
            writes the `.part`), `unwritable` (the `.part` cannot be written: the `OSError`
            is the cause), or None.
        part: The `.part` file that keeps what was downloaded, when it is kept.
    """

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        reason: str | None = None,
        part: str | None = None,
        **context: Unpack[ErrorContext],
    ) -> None:
        super().__init__(message, **context)
        self.path = path
        self.reason = reason
        self.part = part


class HashMismatchError(DownloadError):
    """The downloaded bytes do not match what Civitai lists for the file."""

    def __init__(
        self,
        message: str,
        *,
        expected: str,
        actual: str,
        path: str | None = None,
        **context: Unpack[ErrorContext],
    ) -> None:
        super().__init__(message, path=path, part=path, **context)
        self.expected = expected
        self.actual = actual


class ResumeNotSupportedError(DownloadError):
    """A range request was answered in a way that cannot be appended safely."""
