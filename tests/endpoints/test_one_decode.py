"""Each response body is decoded once, with orjson or with the standard library alike.

The decoder is counted where it runs: orjson through `civitai_api_generated.types._FAST_LOADS`,
the standard library through `json.loads`. A success is decoded by the generated parser only;
an error answer by the error mapping only, never by the generated parser first.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from civitai_api import NotFoundError, QueryParamsError, RateLimitError
from support.bodies import model_body
from support.wrapper_calls import Caller

import civitai_api_generated.types as generated_types

orjson = pytest.importorskip("orjson", reason="the fast path needs orjson (civitai-api[fast])")

MODEL = model_body(7, "m")


def serving(status: int, body: object) -> Callable[[httpx.Request], httpx.Response]:
    content = json.dumps(body).encode()

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=content, headers={"content-type": "application/json"})

    return handler


@pytest.fixture(params=["orjson", "json"])
def decodes(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    """The bodies decoded during the test, by either decoder; the parameter picks the first."""
    seen: list[bytes] = []
    slow = json.loads

    def counted_json(content: str | bytes, **kwargs: Any) -> Any:
        if isinstance(content, bytes):  # a zod message inside a body is decoded as str
            seen.append(content)
        return slow(content, **kwargs)

    def counted_orjson(content: bytes) -> Any:
        seen.append(content)
        return orjson.loads(content)

    monkeypatch.setattr(json, "loads", counted_json)
    fast = counted_orjson if request.param == "orjson" else None
    monkeypatch.setattr(generated_types, "_FAST_LOADS", fast)
    return seen


def test_a_success_body_is_decoded_once(call: Caller, decodes: list[bytes]) -> None:
    model = call("get_model_by_id", 7, handler=serving(200, MODEL))
    assert model.to_dict() == MODEL
    assert decodes == [json.dumps(MODEL).encode()]


def test_a_list_page_is_decoded_once(call: Caller, decodes: list[bytes]) -> None:
    page = {"items": [MODEL, MODEL], "metadata": {"nextCursor": "2|1"}}
    result = call("models", handler=serving(200, page))
    assert [item.id for item in result.items] == [7, 7]
    assert len(decodes) == 1


@pytest.mark.parametrize(
    ("status", "body", "error"),
    [
        (404, {"error": "No model with id 7"}, NotFoundError),
        (429, {"error": "Rate limited"}, RateLimitError),
        (400, [{"path": ["limit"], "message": "too big", "code": "too_big"}], QueryParamsError),
    ],
)
def test_an_error_body_is_decoded_once(
    call: Caller, decodes: list[bytes], status: int, body: object, error: type[Exception]
) -> None:
    name, args = ("models", ()) if status == 400 else ("get_model_by_id", (7,))
    with pytest.raises(error) as caught:
        call(name, *args, handler=serving(status, body))
    assert caught.value.__cause__ is None
    assert decodes == [json.dumps(body).encode()]
