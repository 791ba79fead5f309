"""Tell a file body from an error page before a byte of it is written, and map error answers
to the package's exceptions. (Downloaders have saved Civitai's error pages as `.safetensors`.)
"""

from __future__ import annotations

import json
from collections.abc import Mapping

import httpx

from .._constants import DOWNLOAD_CHUNK_SIZE, ERROR_PAGE_MAX_BYTES, SNIFF_BYTES
from .._error_mapping import error_from_response, extract_message
from .._exceptions import (
    AuthenticationError,
    CivitaiError,
    DownloadError,
    EarlyAccessError,
    ErrorContext,
    NotFoundError,
    PermissionDeniedError,
)
from .._redact import redact_text, redact_url

__all__ = ["BodyGate", "error_page"]

_ERROR_CONTENT_TYPES = ("text/html", "application/json", "text/plain", "application/xml")
# Who answers a download after Civitai's redirect, as error messages name it.
STORAGE_HOST = "The file host (storage)"


def error_page(
    *, url: httpx.URL, status: int, headers: Mapping[str, str], body: bytes
) -> CivitaiError:
    """The exception for an answer that is not the file (see docs/civitai-api-behaviour.md).

    Non-2xx statuses go through the package's status mapping (401 → `AuthenticationError`,
    403 → `PermissionDeniedError` or `EarlyAccessError` with its deadline, 404/410 →
    `NotFoundError`, 429 → `RateLimitError`). A 2xx body that is an error page (JSON or HTML
    where a file was expected) is mapped by the message it carries.

    Args:
        url: The URL that answered.
        status: Its status.
        headers: Its headers.
        body: The body (or its first bytes).

    Returns:
        The exception to raise.
    """
    if not 200 <= status < 300:
        # Civitai's own paths all start with /api/; the pre-signed file URLs it redirects to
        # (on its storage hosts) never do.
        host = None if url.path.startswith("/api/") else STORAGE_HOST
        error = error_from_response(
            method="GET", url=url, status=status, headers=headers, body=body, host=host
        )
        return error or DownloadError(f"Unexpected HTTP {status}", status_code=status)
    context: ErrorContext = {
        "status_code": status,
        "method": "GET",
        "url": redact_url(url),
        "body_excerpt": redact_text(body[:500].decode("utf-8", "replace")),
    }
    try:
        data: object = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        data = None
    message, _ = extract_message(data) if data is not None else (None, None)
    if message is None:
        kind = "an HTML page" if body.lstrip()[:1] == b"<" else "an error page"
        return DownloadError(f"The server sent {kind} instead of the file", **context)
    lowered = message.lower()
    text = f"The server sent an error instead of the file: {message}"
    if "early access" in lowered:
        return EarlyAccessError(text, **context)
    if "unauthorized" in lowered or "logged in" in lowered:
        return AuthenticationError(text, **context)
    if "forbidden" in lowered or "access" in lowered:
        return PermissionDeniedError(text, **context)
    if "not found" in lowered or "archived" in lowered:
        return NotFoundError(text, **context)
    return DownloadError(text, **context)


class BodyGate:
    """Holds back the first bytes of a file body until they are known not to be an error page.

    Feed network pieces to `push`; it returns them in batches of about `DOWNLOAD_CHUNK_SIZE`
    bytes, ready to be written. `finish` returns the rest at the end of the body. Until
    `SNIFF_BYTES` have arrived (or the body ended), nothing is released: a small JSON or HTML
    body that is not the size of the expected file raises the matching exception instead, so
    an error page is never saved as `.safetensors`.

    Args:
        url: The URL the body comes from (for errors).
        status: The answer's status.
        headers: The answer's headers.
        expected_length: The number of body bytes a real file answer has, when known.
    """

    def __init__(
        self,
        *,
        url: httpx.URL,
        status: int,
        headers: Mapping[str, str],
        expected_length: int | None,
    ) -> None:
        self._url, self._status, self._headers = url, status, headers
        self._expected = expected_length
        self._pieces: list[bytes | memoryview] = []
        self._held = 0
        self.received = 0
        declared = headers.get("content-length")
        length = int(declared) if declared and declared.isdigit() else None
        # A body declared larger than any error page, or exactly the file's size, is the file.
        self._checked = length is not None and (
            length > ERROR_PAGE_MAX_BYTES or length == expected_length
        )

    def push(self, piece: bytes | memoryview) -> list[bytes | memoryview]:
        """Take the next network piece; return the pieces ready to write, in order."""
        self.received += len(piece)
        self._pieces.append(piece)
        self._held += len(piece)
        if not self._checked:
            if self._held < SNIFF_BYTES:
                return []
            self._check(complete=False)
        if self._held < DOWNLOAD_CHUNK_SIZE:
            return []
        return self._release()

    def finish(self) -> list[bytes | memoryview]:
        """The end of the body: check it if still unchecked, return what is left to write."""
        if not self._checked:
            self._check(complete=True)
        return self._release()

    def salvage(self) -> list[bytes | memoryview]:
        """After the connection dropped: the bytes held back, if they passed the check."""
        return self._release() if self._checked else []

    def _release(self) -> list[bytes | memoryview]:
        # The pieces go out as received, never joined: the writer writes them with one
        # `writev` and hashes them one by one, so no byte is copied on the way.
        pieces, self._pieces, self._held = self._pieces, [], 0
        return pieces

    def _check(self, *, complete: bool) -> None:
        self._checked = True
        head = b"".join(self._pieces)[:SNIFF_BYTES]
        if self._is_error_page(head, complete):
            body = b"".join(self._pieces)[:ERROR_PAGE_MAX_BYTES]
            raise error_page(url=self._url, status=self._status, headers=self._headers, body=body)

    def _is_error_page(self, head: bytes, complete: bool) -> bool:
        declared = self._headers.get("content-length")
        length = int(declared) if declared and declared.isdigit() else None
        if complete:
            length = self.received
        if length is not None and self._expected is not None and length == self._expected:
            return False  # exactly the file's size: a real .json or .html file, not an error
        if length is not None and length > ERROR_PAGE_MAX_BYTES:
            return False
        if length is None and not complete:
            return False  # a long streamed body: not a small error page
        content_type = self._headers.get("content-type", "").split(";")[0].strip().lower()
        if content_type in _ERROR_CONTENT_TYPES:
            return True
        return head.lstrip()[:1] in (b"{", b"<")
