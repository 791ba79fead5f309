"""Secrets never survive redaction: token= values, Bearer credentials, secret headers."""

from __future__ import annotations

import logging

import httpx
import pytest
from civitai_api._redact import RedactingFilter, redact_headers, redact_text, redact_url

KEY = "sk-0123456789abcdef"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            f"https://civitai.com/api/v1/models?token={KEY}",
            "https://civitai.com/api/v1/models?token=REDACTED",
        ),
        (f"/a?limit=1&token={KEY}&page=2", "/a?limit=1&token=REDACTED&page=2"),
        (f"/a?TOKEN={KEY}#frag", "/a?TOKEN=REDACTED#frag"),
        (f"next=https%3A%2F%2Fx%2F%3Ftoken%3D{KEY}", "next=https%3A%2F%2Fx%2F%3Ftoken%3DREDACTED"),
        (
            f'{{"nextPage":"https://civitai.com/api/v1/images?token={KEY}"}}',
            '{"nextPage":"https://civitai.com/api/v1/images?token=REDACTED"}',
        ),
        (f"Authorization: Bearer {KEY}", "Authorization: Bearer REDACTED"),
        (f"'authorization': 'bearer {KEY}'", "'authorization': 'bearer REDACTED'"),
        ("/a?tokens=ok&mytoken=x", "/a?tokens=ok&mytoken=x"),
        ("nothing secret", "nothing secret"),
        # A pre-signed storage URL: its signature and credential let anyone fetch the file.
        (
            "https://r2.example/f.safetensors?X-Amz-Algorithm=AWS4-HMAC-SHA256"
            "&X-Amz-Credential=AKIA123%2F20261206&X-Amz-Signature=abcdef0123&x-id=GetObject",
            "https://r2.example/f.safetensors?X-Amz-Algorithm=AWS4-HMAC-SHA256"
            "&X-Amz-Credential=REDACTED&X-Amz-Signature=REDACTED&x-id=GetObject",
        ),
        (
            "/f?Expires=1&Signature=s1g&Key-Pair-Id=K",
            "/f?Expires=1&Signature=REDACTED&Key-Pair-Id=K",
        ),
        # A percent-escape inside the value is part of it: nothing after it may survive.
        ("/a?token=ab%2Bcd%3Def&page=2", "/a?token=REDACTED&page=2"),
        ("next=%3Ftoken%3Dab%2Bcd%26page%3D2", "next=%3Ftoken%3DREDACTED%26page%3D2"),
    ],
)
def test_redact_text(text: str, expected: str) -> None:
    assert redact_text(text) == expected


def test_redact_url_accepts_httpx_urls_and_drops_user_info() -> None:
    url = httpx.URL(f"https://user:pass@civitai.com/api/v1/models?token={KEY}")
    assert redact_url(url) == "https://civitai.com/api/v1/models?token=REDACTED"


def test_redact_headers() -> None:
    headers = httpx.Headers({"Authorization": f"Bearer {KEY}", "Cookie": "s=1", "Accept": "*/*"})
    assert redact_headers(headers) == {
        "authorization": "REDACTED",
        "cookie": "REDACTED",
        "accept": "*/*",
    }
    assert redact_headers([("X-Link", f"/x?token={KEY}")]) == {"X-Link": "/x?token=REDACTED"}


def test_logging_filter_scrubs_formatted_messages(caplog: pytest.LogCaptureFixture) -> None:
    logger = logging.getLogger("civitai_api.test_redact")
    redacting = RedactingFilter()
    logger.addFilter(redacting)
    try:
        with caplog.at_level(logging.INFO, logger=logger.name):
            logger.info("HTTP Request: GET %s", f"https://civitai.com/x?token={KEY}")
            logger.info("plain %s", "message")
    finally:
        logger.removeFilter(redacting)
    assert KEY not in caplog.text
    assert "token=REDACTED" in caplog.text
    assert "plain message" in caplog.text
