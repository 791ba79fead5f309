"""The vcr_config that `make record` uses keeps keys, tokens and cookies out of cassettes."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from support.keys import API_KEY
from vcr import VCR
from vcr.request import Request

from .calls import RECORDING

NEXT_PAGE = f"https://civitai.com/api/v1/models?limit=1&token={API_KEY}&cursor=385%7C2051%7C11821"


def recording_filters(config: dict[str, Any]) -> tuple[Callable[..., Any], Callable[..., Any]]:
    """vcrpy's own composition of the configured request and response filters."""
    options = {key: value for key, value in config.items() if key != "record_mode"}
    merged = VCR().get_merged_config(**options)
    return merged["before_record_request"], merged["before_record_response"]


def test_request_loses_key_token_and_cookie(vcr_config: dict[str, Any]) -> None:
    scrub_request, _ = recording_filters(vcr_config)
    request = Request(
        "GET",
        f"https://civitai.com/api/download/models/127062?token={API_KEY}",
        b"",
        {"Authorization": f"Bearer {API_KEY}", "Cookie": f"__Secure-civitai-token={API_KEY}"},
    )
    stored = scrub_request(request)
    assert API_KEY not in stored.uri
    assert stored.uri.endswith("?token=REDACTED")
    assert stored.headers["Authorization"] == "REDACTED"
    assert "Cookie" not in stored.headers


def test_response_loses_cookies_and_tokens_in_body_and_headers(
    vcr_config: dict[str, Any],
) -> None:
    _, scrub_response = recording_filters(vcr_config)
    body = json.dumps({"items": [], "metadata": {"nextPage": NEXT_PAGE}}).encode()
    response = {
        "status": {"code": 200, "message": "OK"},
        "headers": {
            "Content-Type": ["application/json; charset=utf-8"],
            "Set-Cookie": [f"session={API_KEY}; Path=/"],
            "Location": [f"https://civitai.com/next?token={API_KEY}"],
        },
        "body": {"string": body},
    }
    stored = scrub_response(response)
    assert "Set-Cookie" not in stored["headers"]
    assert stored["headers"]["Location"] == ["https://civitai.com/next?token=REDACTED"]
    assert API_KEY.encode() not in stored["body"]["string"]
    next_page = json.loads(stored["body"]["string"])["metadata"]["nextPage"]
    assert "token=REDACTED&cursor=385%7C2051%7C11821" in next_page  # the rest survives


def test_the_literal_key_is_redacted_anywhere(
    vcr_config: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CIVITAI_API_KEY", API_KEY)
    scrub_request, scrub_response = recording_filters(vcr_config)
    request = scrub_request(
        Request("POST", "https://civitai.com/api/v1/x", f'["{API_KEY}"]'.encode(), {})
    )
    assert API_KEY.encode() not in request.body
    response = scrub_response(
        {
            "status": {"code": 200, "message": "OK"},
            "headers": {"X-Echo": [API_KEY]},
            "body": {"string": f'{{"echo":"{API_KEY}"}}'.encode()},
        }
    )
    assert response["headers"]["X-Echo"] == ["REDACTED"]
    assert response["body"]["string"] == b'{"echo":"REDACTED"}'


def test_binary_bodies_are_left_alone(vcr_config: dict[str, Any]) -> None:
    _, scrub_response = recording_filters(vcr_config)
    payload = bytes(range(256))
    response = {
        "status": {"code": 200, "message": "OK"},
        "headers": {},
        "body": {"string": payload},
    }
    assert scrub_response(response)["body"]["string"] == payload


@pytest.mark.skipif(RECORDING, reason="make record rewrites on purpose")
def test_replay_only_outside_make_record(vcr_config: dict[str, Any]) -> None:
    assert vcr_config["record_mode"] == "none"
