"""Every error path through a real wrapper call, on httpx.MockTransport.

Each case checks the exact exception type and fields, and that the fake key sent in the
Authorization header and in a `token=` query parameter never shows in str() or repr().
"""

from __future__ import annotations

import datetime
import email.utils
import json
from typing import Any

import anyio
import civitai_api.v1 as v1
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
    QueryParamsError,
    RateLimitError,
    ResponseValidationError,
)
from civitai_api.v1 import Models_API_Opts
from support.keys import API_KEY
from support.wrapper_calls import AUTH_HEADERS, Caller

TOKEN = {"token": API_KEY}
HTML_524 = (
    b"<!DOCTYPE html><html><head><title>civitai.com | 524: A timeout occurred</title></head>"
    b"<body>The origin web server timed out responding to this request.</body></html>"
)


def answer(status: int, body: bytes | str = b"", **headers: str) -> Any:
    content = body.encode() if isinstance(body, str) else body
    content_type = "text/html" if content.lstrip().startswith(b"<") else "application/json"

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            status, content=content, headers={"content-type": content_type, **headers}
        )

    return handler


def fail_with(exc_type: type[httpx.TransportError]) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        raise exc_type("simulated failure", request=request)

    return handler


def raised(call: Caller, name: str, *args: Any, handler: Any) -> CivitaiError:
    with pytest.raises(CivitaiError) as caught:
        call(name, *args, handler=handler, headers=AUTH_HEADERS, params=TOKEN)
    error = caught.value
    assert API_KEY not in str(error)
    assert API_KEY not in repr(error)
    assert API_KEY not in (error.url or "")
    assert API_KEY not in (error.body_excerpt or "")
    return error


def test_400_from_a_list_endpoint_is_a_query_params_error(call: Caller) -> None:
    issues = [{"code": "too_big", "path": ["limit"], "message": "Too big"}]
    body = json.dumps({"error": {"name": "ZodError", "message": json.dumps(issues)}})
    error = raised(call, "models", handler=answer(400, body))
    assert type(error) is QueryParamsError
    assert isinstance(error, ValueError)
    assert (error.status_code, error.param, error.method) == (400, "limit", "GET")
    assert error.message == "limit: Too big"
    assert error.url == "https://civitai.com/api/v1/models?token=REDACTED"


def test_400_from_a_single_endpoint_is_a_status_error(call: Caller) -> None:
    error = raised(call, "get_model_by_id", 5, handler=answer(400, '{"error":"Invalid id"}'))
    assert type(error) is APIStatusError
    assert error.message == "Invalid id"


def test_401(call: Caller) -> None:
    error = raised(call, "get_me", handler=answer(401, '{"error":"Unauthorized"}'))
    assert type(error) is AuthenticationError
    assert (error.status_code, error.message) == (401, "Unauthorized")


def test_403_early_access_carries_its_deadline(call: Caller) -> None:
    body = '{"error":"Early Access","deadline":"2026-08-14T08:15:00.000Z","message":"Buy it"}'
    error = raised(call, "get_model_by_versionId", 7, handler=answer(403, body))
    assert type(error) is EarlyAccessError
    assert error.deadline == datetime.datetime(2026, 8, 14, 8, 15, tzinfo=datetime.UTC)


def test_404_is_a_file_not_found_error(call: Caller) -> None:
    error = raised(
        call, "get_model_by_id", 5, handler=answer(404, '{"error":"No model with id 5"}')
    )
    assert type(error) is NotFoundError
    assert isinstance(error, FileNotFoundError)
    assert error.message == "No model with id 5"


def test_429_with_retry_after_seconds(call: Caller) -> None:
    handler = answer(
        429, '{"error":"Rate limit exceeded, please retry shortly."}', **{"Retry-After": "7"}
    )
    error = raised(call, "articles", handler=handler)
    assert type(error) is RateLimitError
    assert isinstance(error, ConnectionAbortedError)
    assert error.retry_after == 7.0


def test_429_with_retry_after_http_date(call: Caller) -> None:
    later = datetime.datetime.now(datetime.UTC) + datetime.timedelta(seconds=120)
    handler = answer(429, "{}", **{"Retry-After": email.utils.format_datetime(later, usegmt=True)})
    error = raised(call, "articles", handler=handler)
    assert isinstance(error, RateLimitError)
    assert error.retry_after is not None
    assert 100 < error.retry_after <= 120


def test_429_without_retry_after(call: Caller) -> None:
    error = raised(call, "collections", handler=answer(429, HTML_524.replace(b"524", b"429")))
    assert type(error) is RateLimitError
    assert error.retry_after is None
    assert error.body_excerpt is not None


def test_429_page_cap_is_a_page_limit_error(call: Caller) -> None:
    body = '{"error":"You\'ve requested too many pages, please use cursors instead"}'
    error = raised(call, "images", handler=answer(429, body))
    assert type(error) is PageLimitError


def test_451_region_block(call: Caller) -> None:
    body = json.dumps(
        {
            "error": "Access to this service is not available in your region.",
            "code": "REGION_BLOCKED",
        }
    )
    error = raised(call, "get_enums", handler=answer(451, body))
    assert type(error) is APIStatusError
    assert error.status_code == 451
    assert error.message.endswith("(REGION_BLOCKED)")


def test_500(call: Caller) -> None:
    body = '{"message":"An unexpected error occurred","error":"db down"}'
    error = raised(call, "tags", handler=answer(500, body))
    assert type(error) is APIStatusError
    assert error.message == "An unexpected error occurred: db down"


def test_503_is_a_rate_limit_error(call: Caller) -> None:
    handler = answer(503, '{"error":"Server busy, please retry shortly."}', **{"Retry-After": "2"})
    error = raised(call, "images", handler=handler)
    assert type(error) is RateLimitError
    assert (error.status_code, error.retry_after) == (503, 2.0)


def test_html_524_page(call: Caller) -> None:
    error = raised(call, "get_model_by_id", 5, handler=answer(524, HTML_524))
    assert type(error) is APIStatusError
    assert error.status_code == 524
    assert "524: A timeout occurred" in error.message
    assert error.body_excerpt is not None
    assert error.body_excerpt.startswith("<!DOCTYPE html>")


def test_invalid_json_on_200_is_a_validation_error(call: Caller) -> None:
    error = raised(call, "get_model_by_id", 5, handler=answer(200, '{"id": 5, "name": "trunc'))
    assert type(error) is ResponseValidationError
    assert error.status_code == 200


def test_json_of_the_wrong_shape_on_200_is_a_validation_error(call: Caller) -> None:
    error = raised(call, "get_model_by_id", 5, handler=answer(200, '{"id": "five"}'))
    assert type(error) is ResponseValidationError


def test_html_on_200_is_a_validation_error(call: Caller) -> None:
    error = raised(call, "models", handler=answer(200, HTML_524))
    assert type(error) is ResponseValidationError
    assert error.body_excerpt is not None


def test_body_echoing_the_token_is_redacted(call: Caller) -> None:
    body = f"<html>see https://civitai.com/api/v1/models?token={API_KEY}</html>".encode()
    error = raised(call, "models", handler=answer(502, body))
    assert "token=REDACTED" in (error.body_excerpt or "")


def test_timeout_is_an_api_timeout_error(call: Caller) -> None:
    error = raised(call, "models", handler=fail_with(httpx.ReadTimeout))
    assert type(error) is APITimeoutError
    assert error.status_code is None
    assert error.url == "https://civitai.com/api/v1/models?token=REDACTED"


def test_connection_failure_is_an_api_connection_error(call: Caller) -> None:
    error = raised(call, "get_enums", handler=fail_with(httpx.ConnectError))
    assert type(error) is APIConnectionError


def test_invalid_options_fail_before_any_request(call: Caller) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise AssertionError("no request may be sent")

    opts = Models_API_Opts()
    opts.limit = [500]  # mutated after construction: checked again on the call
    with pytest.raises(QueryParamsError) as caught:
        call("models", opts, handler=handler)
    assert caught.value.param == "limit"


def test_corrupt_gzip_on_200_is_a_validation_error(call: Caller) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        headers = {"content-type": "application/json", "content-encoding": "gzip"}
        return httpx.Response(200, content=b"not gzip at all", headers=headers)

    error = raised(call, "models", handler=handler)
    assert type(error) is ResponseValidationError
    assert "could not be decoded" in error.message
    assert error.url == "https://civitai.com/api/v1/models?token=REDACTED"


def test_empty_body_on_200_is_a_validation_error(call: Caller) -> None:
    error = raised(call, "get_model_by_id", 5, handler=answer(200, b""))
    assert type(error) is ResponseValidationError
    assert "empty body" in error.message


def test_html_429_from_the_edge_is_a_rate_limit_error(call: Caller) -> None:
    page = b"<html><head><title>Too Many Requests</title></head></html>"
    error = raised(call, "models", handler=answer(429, page, **{"retry-after": "soon"}))
    assert type(error) is RateLimitError
    assert isinstance(error, ConnectionAbortedError)
    assert error.retry_after is None
    assert "Too Many Requests" in error.message


@pytest.mark.parametrize("value", ["0", "-3"])
def test_retry_after_of_zero_or_less_reads_as_zero(call: Caller, value: str) -> None:
    error = raised(call, "images", handler=answer(503, "{}", **{"retry-after": value}))
    assert isinstance(error, RateLimitError)
    assert error.retry_after == 0.0


def test_a_client_of_the_wrong_kind_is_refused_before_sending() -> None:
    with pytest.raises(TypeError, match=r"expected an httpx\.Client"):
        v1.models(httpx.AsyncClient())  # type: ignore[arg-type]

    async def main() -> None:
        with httpx.Client() as client:
            await v1.async_models(client)  # type: ignore[arg-type]

    with pytest.raises(TypeError, match=r"expected an httpx\.AsyncClient"):
        anyio.run(main)
