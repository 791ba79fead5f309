"""The page iterators against a real server on 127.0.0.1 that pages like Civitai: cursors,
page numbers, /tags' missing `nextPage`, loops and empty pages; sync, asyncio and trio."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import anyio
import civitai_api
import pytest
from civitai_api import PaginationError, RetryPolicy
from civitai_api import v1 as api
from civitai_api._exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    PageLimitError,
    QueryParamsError,
    RateLimitError,
    ResponseValidationError,
)
from support.bodies import model_body
from support.fault_server import FaultServer, Recorded, Reply
from support.keys import API_KEY

FAST = RetryPolicy(max_retries=2, initial_delay=0.01, max_delay=0.05, max_wait=5.0)


# Items that parse through the generated models --------------------------------------------


def model_item(i: int) -> dict[str, Any]:
    return model_body(i, f"model {i}", downloadCount=1, thumbsUpCount=0)


def image_item(i: int) -> dict[str, Any]:
    stats = dict.fromkeys(
        ("cryCount", "laughCount", "likeCount", "dislikeCount", "heartCount", "commentCount"), 0
    )
    return {
        "id": i,
        "url": f"https://image.civitai.com/x/{i}.jpeg",
        "hash": "U00000fQfQfQ",
        "width": 512,
        "height": 512,
        "nsfwLevel": "None",
        "nsfw": False,
        "browsingLevel": 1,
        "createdAt": "2026-01-01T00:00:00.000Z",
        "postId": 1,
        "stats": stats,
        "meta": None,
        "username": None,
        "baseModel": None,
        "modelVersionIds": [],
    }


def creator_item(i: int) -> dict[str, Any]:
    return {"username": f"user{i}", "link": f"https://civitai.com/api/v1/models?username=user{i}"}


def tag_item(i: int) -> dict[str, Any]:
    return {"name": f"tag{i}", "link": f"https://civitai.com/api/v1/models?tag=tag{i}"}


def article_item(i: int) -> dict[str, Any]:
    return {"id": i, "title": f"article {i}"}


def collection_item(i: int) -> dict[str, Any]:
    return {
        "id": i,
        "name": f"collection {i}",
        "description": None,
        "type": None,
        "nsfwLevel": None,
        "read": "Public",
        "isPublic": True,
        "itemCount": 0,
        "coverImageUrl": None,
        "user": {"id": 1, "username": "someone"},
    }


def item_id(item: Any) -> int:
    """Models, images, articles, collections have ids; creators and tags end in a number."""
    for name in ("id", "username", "name"):
        value = getattr(item, name, None)
        if isinstance(value, int):
            return value
        if isinstance(value, str):
            return int(value.removeprefix("user").removeprefix("tag"))
    raise AssertionError(item)


# A server that pages like Civitai ----------------------------------------------------------


@dataclass
class Endpoint:
    name: str
    path: str
    style: str  # "cursor", "page" or "short"
    make: Callable[[int], dict[str, Any]]
    default_limit: int
    int_cursor: bool = False


ENDPOINTS = {
    "models": Endpoint("models", "/api/v1/models", "cursor", model_item, 100),
    "images": Endpoint("images", "/api/v1/images", "cursor", image_item, 100),
    "creators": Endpoint("creators", "/api/v1/creators", "page", creator_item, 20),
    "tags": Endpoint("tags", "/api/v1/tags", "short", tag_item, 20),
    "articles": Endpoint("articles", "/api/v1/articles", "cursor", article_item, 100),
    "collections": Endpoint(
        "collections", "/api/v1/collections", "cursor", collection_item, 100, int_cursor=True
    ),
}


class FakeCivitai:
    """Serves `total` items (ids 1..total) of one endpoint, paged the way Civitai pages it.

    Cursors are offsets (as for a search) prefixed for string endpoints.
    """

    def __init__(self, endpoint: Endpoint, total: int) -> None:
        self.endpoint = endpoint
        self.total = total

    def cursor_for(self, offset: int) -> str | int:
        return offset + 1000 if self.endpoint.int_cursor else f"{offset}|x"

    def offset_of(self, cursor: str) -> int:
        return int(cursor) - 1000 if self.endpoint.int_cursor else int(cursor.split("|")[0])

    def __call__(self, request: Recorded) -> Reply:
        q = request.query
        limit = int(q["limit"][0]) if "limit" in q else self.endpoint.default_limit
        page = int(q["page"][0]) if "page" in q else None
        offset = self.offset_of(q["cursor"][0]) if "cursor" in q else ((page or 1) - 1) * limit
        ids = range(offset + 1, min(offset + limit, self.total) + 1)
        items = [self.endpoint.make(i) for i in ids]
        more = offset + limit < self.total
        base = f"https://civitai.com{self.endpoint.path}?limit={limit}"
        metadata: dict[str, Any] = {}
        if self.endpoint.style == "cursor":
            if more:
                metadata["nextCursor"] = self.cursor_for(offset + limit)
                metadata["nextPage"] = f"{base}&cursor={metadata['nextCursor']}"
            if page is not None:
                metadata |= {"currentPage": page, "pageSize": limit}
        else:
            current = page or 1
            metadata = {
                "totalItems": self.total if self.endpoint.style == "page" else 0,
                "currentPage": current,
                "pageSize": limit,
                "totalPages": 1,
            }
            if more and self.endpoint.style == "page":
                metadata["nextPage"] = f"{base}&page={current + 1}"
        return FaultServer.json({"items": items, "metadata": metadata})


# Running the iterators sync, under asyncio and under trio ---------------------------------


@pytest.fixture(autouse=True)
def _no_key_in_logs(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    caplog.set_level(logging.DEBUG)
    yield
    assert API_KEY not in caplog.text


@dataclass
class Run:
    ids: list[int]
    error: Exception | None
    next_cursor: object
    cursor: object
    page: int | None


def run(
    driver: str,
    server: FaultServer,
    name: str,
    opts: object = None,
    *,
    max_items: int | None = None,
    stop_after: int | None = None,
) -> Run:
    """Iterate `iter_<name>` (or its async twin) and collect ids, the error and where it was."""
    ids: list[int] = []
    error: Exception | None = None
    if driver == "sync":
        with civitai_api.build_client(
            API_KEY, base_url=server.url, retry_policy=FAST, timeout=2.0, trust_env=False
        ) as client:
            iterator = getattr(api, f"iter_{name}")(client, opts, max_items=max_items)
            try:
                for item in iterator:
                    ids.append(item_id(item))
                    if stop_after is not None and len(ids) == stop_after:
                        break
            except Exception as caught:
                error = caught
    else:

        async def main() -> Any:
            nonlocal error
            with anyio.fail_after(20):
                async with civitai_api.build_async_client(
                    API_KEY, base_url=server.url, retry_policy=FAST, timeout=2.0, trust_env=False
                ) as client:
                    iterator = getattr(api, f"async_iter_{name}")(client, opts, max_items=max_items)
                    try:
                        async for item in iterator:
                            ids.append(item_id(item))
                            if stop_after is not None and len(ids) == stop_after:
                                break
                    except Exception as caught:
                        error = caught
                    return iterator

        iterator = anyio.run(main, backend=driver)
    if error is not None:
        assert API_KEY not in str(error)
        assert API_KEY not in repr(error)
    return Run(ids, error, iterator.next_cursor, iterator.cursor, iterator.page)


def opts_for(name: str, **values: Any) -> Any:
    cls = {
        "models": api.Models_API_Opts,
        "images": api.Images_API_Opts,
        "creators": api.Creators_API_Opts,
        "tags": api.Tags_API_Opts,
        "articles": api.Articles_API_Opts,
        "collections": api.Collections_API_Opts,
    }[name]
    return cls(**values)


# Each endpoint's paging style --------------------------------------------------------------


@pytest.mark.parametrize("name", list(ENDPOINTS))
def test_every_item_once_in_order(driver: str, fault_server: FaultServer, name: str) -> None:
    endpoint = ENDPOINTS[name]
    fault_server.responder = FakeCivitai(endpoint, total=25)
    result = run(driver, fault_server, name, opts_for(name, limit=[10]))
    assert result.error is None
    assert result.ids == list(range(1, 26))
    sent = fault_server.requests
    assert len(sent) == 3
    assert all(r.path == endpoint.path for r in sent)
    assert all(r.query["limit"] == ["10"] for r in sent)
    assert all(r.headers["authorization"] == f"Bearer {API_KEY}" for r in sent)
    if endpoint.style == "cursor":
        fake = FakeCivitai(endpoint, 25)
        assert [r.query.get("cursor") for r in sent] == [
            None,
            [str(fake.cursor_for(10))],
            [str(fake.cursor_for(20))],
        ]
        assert all("page" not in r.query for r in sent)
        assert result.next_cursor is None
    else:
        assert [r.query.get("page") for r in sent] == [None, ["2"], ["3"]]
        assert all("cursor" not in r.query for r in sent)
        assert result.page == 3


def test_tags_full_last_page_needs_one_more_request(driver: str, fault_server: FaultServer) -> None:
    # no nextPage ever; a full page may have successors, an empty one ends it
    fault_server.responder = FakeCivitai(ENDPOINTS["tags"], total=20)
    result = run(driver, fault_server, "tags", opts_for("tags", limit=[10]))
    assert result.ids == list(range(1, 21))
    assert [r.query.get("page") for r in fault_server.requests] == [None, ["2"], ["3"]]


def test_creators_stop_when_next_page_is_absent(driver: str, fault_server: FaultServer) -> None:
    fault_server.responder = FakeCivitai(ENDPOINTS["creators"], total=20)
    result = run(driver, fault_server, "creators", opts_for("creators", limit=[10]))
    assert result.ids == list(range(1, 21))
    assert len(fault_server.requests) == 2  # page 2 was full, but nextPage said "no more"


@pytest.mark.parametrize("name", ["models", "creators", "tags", "collections"])
def test_max_items_stops_without_fetching_more(
    driver: str, fault_server: FaultServer, name: str
) -> None:
    fault_server.responder = FakeCivitai(ENDPOINTS[name], total=100)
    result = run(driver, fault_server, name, opts_for(name, limit=[10]), max_items=25)
    assert result.ids == list(range(1, 26))
    assert len(fault_server.requests) == 3


@pytest.mark.parametrize("name", ["models", "images", "articles", "collections"])
def test_resume_from_a_saved_cursor(driver: str, fault_server: FaultServer, name: str) -> None:
    fault_server.responder = FakeCivitai(ENDPOINTS[name], total=35)
    first = run(driver, fault_server, name, opts_for(name, limit=[10]), stop_after=10)
    assert first.ids == list(range(1, 11))
    assert first.next_cursor is not None  # known once the first page arrived
    saved = first.next_cursor
    resumed = run(driver, fault_server, name, opts_for(name, limit=[10], cursor=[saved]))
    assert resumed.error is None
    assert resumed.ids == list(range(11, 36))
    assert fault_server.requests[1].query["cursor"] == [str(saved)]


def test_resume_creators_from_a_page(driver: str, fault_server: FaultServer) -> None:
    fault_server.responder = FakeCivitai(ENDPOINTS["creators"], total=30)
    first = run(driver, fault_server, "creators", opts_for("creators", limit=[10]), stop_after=15)
    assert first.page == 2
    resumed = run(driver, fault_server, "creators", opts_for("creators", limit=[10], page=[3]))
    assert resumed.ids == list(range(21, 31))


# Traps --------------------------------------------------------------------------------------


def page(ids: range, **metadata: Any) -> Reply:
    return FaultServer.json({"items": [model_item(i) for i in ids], "metadata": metadata})


def test_cursor_loop_raises_pagination_error(driver: str, fault_server: FaultServer) -> None:
    fault_server.script(
        page(range(1, 3), nextCursor="A"),
        page(range(3, 5), nextCursor="B"),
        page(range(5, 7), nextCursor="A"),  # back to A: a loop
        page(range(7, 9)),
    )
    result = run(driver, fault_server, "models")
    assert isinstance(result.error, PaginationError)
    assert isinstance(result.error, civitai_api._exceptions.CivitaiError)
    assert "'A'" in str(result.error)
    assert result.ids == list(range(1, 7))  # everything served before the loop was detected
    assert len(fault_server.requests) == 3


def test_empty_page_that_still_carries_a_cursor_continues(
    driver: str, fault_server: FaultServer
) -> None:
    fault_server.script(
        page(range(1, 3), nextCursor="A"),
        page(range(0), nextCursor="B"),  # empty, but not the end
        page(range(3, 5)),
    )
    result = run(driver, fault_server, "models")
    assert result.error is None
    assert result.ids == [1, 2, 3, 4]
    assert [r.query.get("cursor") for r in fault_server.requests] == [None, ["A"], ["B"]]


def test_endless_empty_pages_end_the_iteration(driver: str, fault_server: FaultServer) -> None:
    fault_server.script(*[page(range(0), nextCursor=f"c{i}") for i in range(30)])
    result = run(driver, fault_server, "images")
    assert result.error is None
    assert result.ids == []
    assert len(fault_server.requests) == 10


def test_query_never_sends_page(driver: str, fault_server: FaultServer) -> None:
    fault_server.responder = FakeCivitai(ENDPOINTS["models"], total=30)
    result = run(driver, fault_server, "models", opts_for("models", query=["lora"], limit=[10]))
    assert result.ids == list(range(1, 31))
    assert all("page" not in r.query for r in fault_server.requests)
    assert all(r.query["query"] == ["lora"] for r in fault_server.requests)


def test_page_with_query_is_refused_before_sending(fault_server: FaultServer) -> None:
    with pytest.raises(QueryParamsError) as caught:
        api.Models_API_Opts(query=["lora"], page=[2])
    assert caught.value.param == "page"
    assert fault_server.requests == []


def test_user_page_then_cursors_past_the_page_depth_cap(
    driver: str, fault_server: FaultServer
) -> None:
    # page × limit ≤ 1000; page 10 of 100 is the deepest allowed start,
    # and the iteration goes on past item 1000 with the cursors the server hands out.
    fault_server.responder = FakeCivitai(ENDPOINTS["models"], total=1250)
    result = run(driver, fault_server, "models", opts_for("models", page=[10], limit=[100]))
    assert result.error is None
    assert result.ids == list(range(901, 1251))
    sent = fault_server.requests
    assert sent[0].query["page"] == ["10"]
    assert all("page" not in r.query for r in sent[1:])
    assert [r.query["cursor"] for r in sent[1:]] == [["1000|x"], ["1100|x"], ["1200|x"]]


def test_page_beyond_the_cap_is_refused_before_sending(fault_server: FaultServer) -> None:
    with pytest.raises(QueryParamsError, match="1000"):
        api.Images_API_Opts(page=[11], limit=[100])
    assert fault_server.requests == []


def test_page_mode_without_cursors_stops_at_the_cap(driver: str, fault_server: FaultServer) -> None:
    def by_number(request: Recorded) -> Reply:
        number = int(request.query["page"][0])
        ids = range((number - 1) * 200 + 1, number * 200 + 1)
        url = f"https://civitai.com/api/v1/images?limit=200&page={number + 1}"
        items = [image_item(i) for i in ids]
        return FaultServer.json({"items": items, "metadata": {"nextPage": url}})

    fault_server.responder = by_number
    result = run(driver, fault_server, "images", opts_for("images", page=[4], limit=[200]))
    assert isinstance(result.error, PaginationError)
    assert result.ids == list(range(601, 1001))
    assert [r.query["page"] for r in fault_server.requests] == [["4"], ["5"]]  # 6 × 200 > 1000


def test_collections_most_followers_cannot_follow_a_cursor(
    driver: str, fault_server: FaultServer
) -> None:
    # cursor + sort=Most Followers answers 400; refuse before sending it
    fault_server.responder = FakeCivitai(ENDPOINTS["collections"], total=30)
    opts = opts_for("collections", limit=[10], sort=["Most Followers"])
    result = run(driver, fault_server, "collections", opts)
    assert isinstance(result.error, QueryParamsError)
    assert result.ids == list(range(1, 11))
    assert len(fault_server.requests) == 1


# Faults in the middle of an iteration --------------------------------------------------------


def test_transient_failures_mid_iteration_are_retried(
    driver: str, fault_server: FaultServer
) -> None:
    fault_server.script(
        page(range(1, 3), nextCursor="A"),
        fault_server.rate_limited("0", 503),
        FaultServer.cloudflare(524),
        page(range(3, 5)),
    )
    result = run(driver, fault_server, "models")
    assert result.error is None
    assert result.ids == [1, 2, 3, 4]
    assert [r.query.get("cursor") for r in fault_server.requests] == [None, ["A"], ["A"], ["A"]]


def test_page_limit_429_mid_iteration_raises_at_once(
    driver: str, fault_server: FaultServer
) -> None:
    fault_server.script(page(range(1, 3), nextCursor="A"), fault_server.page_limit())
    result = run(driver, fault_server, "models")
    assert isinstance(result.error, PageLimitError)
    assert len(fault_server.requests) == 2


def test_long_retry_after_surfaces_as_rate_limit_error(
    driver: str, fault_server: FaultServer
) -> None:
    fault_server.script(fault_server.rate_limited("120"))
    result = run(driver, fault_server, "articles")
    assert isinstance(result.error, RateLimitError)
    assert not isinstance(result.error, PageLimitError)
    assert result.error.retry_after == 120
    assert len(fault_server.requests) == 1


def test_cloudflare_page_after_all_retries_is_an_api_status_error(
    driver: str, fault_server: FaultServer
) -> None:
    fault_server.script(*[FaultServer.cloudflare(524) for _ in range(3)])
    result = run(driver, fault_server, "images")
    assert isinstance(result.error, APIStatusError)
    assert result.error.status_code == 524
    assert len(fault_server.requests) == 3


def test_truncated_json_is_a_response_validation_error(
    driver: str, fault_server: FaultServer
) -> None:
    fault_server.script(fault_server.truncated_json())
    result = run(driver, fault_server, "models")
    assert isinstance(result.error, ResponseValidationError)
    assert len(fault_server.requests) == 1


def test_connection_reset_every_time_is_a_connection_error(
    driver: str, fault_server: FaultServer
) -> None:
    fault_server.script(*[fault_server.cut_mid_body() for _ in range(3)])
    result = run(driver, fault_server, "collections")
    assert isinstance(result.error, APIConnectionError)
    assert len(fault_server.requests) == 3


def test_slow_pages_are_a_timeout_error(fault_server: FaultServer) -> None:
    fault_server.script(*[fault_server.slow(3.0) for _ in range(3)])
    with (
        civitai_api.build_client(
            API_KEY, base_url=fault_server.url, retry_policy=FAST, timeout=0.2, trust_env=False
        ) as client,
        pytest.raises(APITimeoutError),
    ):
        next(api.iter_tags(client))
    assert len(fault_server.requests) == 3


@pytest.mark.anyio
async def test_async_slow_pages_are_a_timeout_error(fault_server: FaultServer) -> None:
    fault_server.script(*[fault_server.slow(3.0) for _ in range(3)])
    with anyio.fail_after(10):
        async with civitai_api.build_async_client(
            API_KEY, base_url=fault_server.url, retry_policy=FAST, timeout=0.2, trust_env=False
        ) as client:
            with pytest.raises(APITimeoutError):
                await api.async_iter_tags(client).__anext__()
    assert len(fault_server.requests) == 3


def test_search_started_at_page_one_never_asks_for_page_two(
    driver: str, fault_server: FaultServer
) -> None:
    # page=[1] with query is dropped before sending; a last page whose
    # nextPage carries no cursor must end the search, not turn into page=2&query=...
    fault_server.script(
        page(range(1, 3), nextPage="https://civitai.com/api/v1/models?query=lora"),
        page(range(3, 5)),
    )
    result = run(driver, fault_server, "models", opts_for("models", query=["lora"], page=[1]))
    assert result.error is None
    assert result.ids == [1, 2]
    assert len(fault_server.requests) == 1
    assert "page" not in fault_server.requests[0].query


def test_collections_cursor_that_is_not_a_number_stops_with_pagination_error(
    driver: str, fault_server: FaultServer
) -> None:
    fault_server.script(
        FaultServer.json(
            {"items": [collection_item(1)], "metadata": {"nextCursor": "not-a-number"}}
        ),
    )
    result = run(driver, fault_server, "collections")
    assert isinstance(result.error, PaginationError)
    assert "not-a-number" in str(result.error)
    assert result.ids == [1]
    assert len(fault_server.requests) == 1
