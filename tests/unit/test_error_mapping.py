"""error_from_response: the status table, Civitai's body shapes, Retry-After, redaction."""

from __future__ import annotations

import datetime
import json

import httpx
import pytest
from civitai_api import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    CivitaiError,
    EarlyAccessError,
    NotFoundError,
    PageLimitError,
    PermissionDeniedError,
    QueryParamsError,
    RateLimitError,
    ResponseValidationError,
)
from civitai_api._error_mapping import (
    error_from_response,
    error_from_transport,
    extract_message,
    parse_retry_after,
    plain_error,
)

URL = "https://civitai.com/api/v1/models?limit=5&token=sk-secret"
NOW = datetime.datetime(2026, 8, 8, 12, 0, tzinfo=datetime.UTC)
JSON = {"content-type": "application/json"}


def mapped(
    status: int, body: object = b"", *, list_endpoint: bool = False, **headers: str
) -> CivitaiError | None:
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    return error_from_response(
        method="get",
        url=URL,
        status=status,
        headers=httpx.Headers({**JSON, **headers}),
        body=raw,
        list_endpoint=list_endpoint,
        now=NOW,
    )


@pytest.mark.parametrize(
    ("status", "body", "list_endpoint", "expected"),
    [
        (400, {"error": "bad"}, True, QueryParamsError),
        (400, {"error": "bad"}, False, APIStatusError),
        (401, {"error": "Unauthorized"}, False, AuthenticationError),
        (403, {"error": "Forbidden"}, False, PermissionDeniedError),
        (
            403,
            {"error": "Early Access", "deadline": "2026-08-14T08:15:00.000Z"},
            False,
            EarlyAccessError,
        ),
        (404, {"error": "File not found"}, False, NotFoundError),
        (405, {"error": "Method not allowed"}, False, APIStatusError),
        (410, b"Model archived, not available for download", False, NotFoundError),
        (429, {"error": "Rate limit exceeded, please retry shortly."}, True, RateLimitError),
        (
            429,
            {"error": "You've requested too many pages, please use cursors instead"},
            True,
            PageLimitError,
        ),
        (451, {"error": "blocked", "code": "REGION_BLOCKED"}, False, APIStatusError),
        (500, {"message": "An unexpected error occurred"}, False, APIStatusError),
        (502, b"<html><title>502 Bad Gateway</title></html>", False, APIStatusError),
        (503, {"error": "Server busy, please retry shortly."}, True, RateLimitError),
        (524, b"<html>timeout</html>", False, APIStatusError),
        (307, b"", False, APIStatusError),
        (200, b"<html>maintenance</html>", False, ResponseValidationError),
        (200, b'{"items": [', False, ResponseValidationError),
        (200, b"", False, ResponseValidationError),
    ],
)
def test_status_table(status: int, body: object, list_endpoint: bool, expected: type) -> None:
    error = mapped(status, body, list_endpoint=list_endpoint)
    assert type(error) is expected
    assert error is not None
    assert error.status_code == status
    assert error.method == "GET"
    assert error.url == "https://civitai.com/api/v1/models?limit=5&token=REDACTED"
    assert "sk-secret" not in str(error) + repr(error)


@pytest.mark.parametrize("status", [200, 201, 299])
def test_json_success_is_no_error(status: int) -> None:
    assert mapped(status, {"items": []}) is None


def test_early_access_deadline() -> None:
    error = mapped(403, {"error": "Early Access", "deadline": "2026-08-14T08:15:00.000Z"})
    assert isinstance(error, EarlyAccessError)
    assert error.deadline == datetime.datetime(2026, 8, 14, 8, 15, tzinfo=datetime.UTC)


def test_early_access_without_deadline() -> None:
    error = mapped(403, {"error": "Early Access"})
    assert isinstance(error, EarlyAccessError)
    assert error.deadline is None


def test_non_json_body_keeps_an_excerpt_and_the_page_title() -> None:
    page = b"<html><head><title>Maintenance</title></head><body>" + b"x" * 2000 + b"</body></html>"
    error = mapped(503, page)
    assert isinstance(error, RateLimitError)
    assert "Maintenance" in error.message
    assert error.body_excerpt is not None
    assert error.body_excerpt.startswith("<html>")
    assert len(error.body_excerpt) == 500


def test_json_error_bodies_carry_no_excerpt() -> None:
    error = mapped(404, {"error": "No model with id 1"})
    assert error is not None
    assert error.body_excerpt is None


def test_empty_error_body_falls_back_to_the_status() -> None:
    error = mapped(500, b"")
    assert error is not None
    assert error.message == "HTTP 500 Internal Server Error"


ISSUES = [
    {"code": "too_big", "path": ["limit"], "message": "Too big: expected number to be <=100"},
    {"code": "invalid_value", "path": ["sort"], "message": "Invalid option"},
]
EXPECTED_ISSUES = "limit: Too big: expected number to be <=100; sort: Invalid option"


@pytest.mark.parametrize(
    ("body", "message", "param"),
    [
        ({"error": "No model with id 1"}, "No model with id 1", None),
        (
            {"error": {"name": "ZodError", "message": json.dumps(ISSUES, indent=2)}},
            EXPECTED_ISSUES,
            "limit",
        ),
        ({"error": {"issues": ISSUES, "name": "ZodError"}}, EXPECTED_ISSUES, "limit"),
        (ISSUES, EXPECTED_ISSUES, "limit"),
        ({"name": "ZodError", "message": json.dumps(ISSUES)}, EXPECTED_ISSUES, "limit"),
        ({"message": "Invalid cursor"}, "Invalid cursor", None),
        (
            {"message": "An unexpected error occurred", "error": "boom"},
            "An unexpected error occurred: boom",
            None,
        ),
        (
            {"message": "An unexpected error occurred", "error": {"message": "deep"}},
            "An unexpected error occurred: deep",
            None,
        ),
        ({"error": "Not found", "code": "NOT_FOUND"}, "Not found (NOT_FOUND)", None),
        (
            {"error": "Unauthorized", "message": "The creator requires you to be logged in"},
            "Unauthorized: The creator requires you to be logged in",
            None,
        ),
        ({"name": "ZodError", "message": "not json"}, "not json", None),
        ("plain", "plain", None),
        ({"unexpected": 1}, None, None),
        (42, None, None),
    ],
)
def test_extract_message(body: object, message: str | None, param: str | None) -> None:
    assert extract_message(body) == (message, param)


def test_list_endpoint_400_names_the_parameter() -> None:
    error = mapped(
        400, {"error": {"name": "ZodError", "message": json.dumps(ISSUES)}}, list_endpoint=True
    )
    assert isinstance(error, QueryParamsError)
    assert error.param == "limit"
    assert error.message == EXPECTED_ISSUES


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        ("", None),
        ("2", 2.0),
        ("1.5", 1.5),
        ("-3", 0.0),
        ("nan", None),
        ("Sat, 08 Aug 2026 12:00:30 GMT", 30.0),
        ("Sat, 08 Aug 2026 11:59:00 GMT", 0.0),
        ("soon", None),
    ],
)
def test_parse_retry_after(value: str | None, expected: float | None) -> None:
    assert parse_retry_after(value, now=NOW) == expected


def test_rate_limit_reads_retry_after() -> None:
    error = mapped(429, {"error": "slow down"}, **{"Retry-After": "Sat, 08 Aug 2026 12:01:00 GMT"})
    assert isinstance(error, RateLimitError)
    assert error.retry_after == 60.0


def test_transport_errors() -> None:
    request = httpx.Request("GET", URL)
    timeout = error_from_transport(httpx.ReadTimeout("read timed out", request=request))
    assert type(timeout) is APITimeoutError
    assert timeout.url == "https://civitai.com/api/v1/models?limit=5&token=REDACTED"
    refused = error_from_transport(httpx.ConnectError("refused"), method="get", url=URL)
    assert type(refused) is APIConnectionError
    assert (refused.method, refused.status_code) == ("GET", None)
    assert "sk-secret" not in str(refused) + repr(refused)


def test_plain_error_says_an_os_error_without_its_number() -> None:
    assert plain_error(PermissionError(13, "Permission denied", "/x/y.part")) == (
        "/x/y.part: Permission denied"
    )
    assert plain_error(OSError(28, "No space left on device")) == "No space left on device"
    assert plain_error(OSError("[Errno 5] odd")) == "odd"
    refused = error_from_transport(httpx.ConnectError("[Errno 111] Connection refused"), url=URL)
    assert plain_error(refused) == str(refused)
    assert "[Errno" not in str(refused)
