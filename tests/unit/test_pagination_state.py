"""Table tests of the pure pagination state: what is fetched next, and when it stops."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from civitai_api import PaginationError
from civitai_api._pagination import (
    PageInfo,
    PageRequest,
    PageState,
    PagingStyle,
    page_info_from,
)

from civitai_api_generated.models.collections_metadata import CollectionsMetadata
from civitai_api_generated.models.cursor_metadata import CursorMetadata

CURSOR, PAGE, SHORT = PagingStyle.CURSOR, PagingStyle.PAGE, PagingStyle.SHORT_PAGE


def walk(state: PageState, pages: list[PageInfo]) -> list[PageRequest]:
    """Feed pages one by one; return every request the state asked for."""
    sent: list[PageRequest] = []
    for info in pages:
        request = state.next_request()
        if request is None:
            break
        sent.append(request)
        state.accept([object()] * info.item_count, info)
    else:
        request = state.next_request()
        if request is not None:
            sent.append(request)
    return sent


def test_cursor_style_follows_next_cursor_until_absent() -> None:
    state = PageState(CURSOR, default_limit=100)
    sent = walk(
        state,
        [PageInfo(100, next_cursor="a|1"), PageInfo(100, next_cursor="b|2"), PageInfo(40)],
    )
    assert sent == [PageRequest(), PageRequest(cursor="a|1"), PageRequest(cursor="b|2")]
    assert state.next_request() is None
    assert state.items_taken == 240


def test_cursor_inside_next_page_is_used_when_next_cursor_is_missing() -> None:
    # /models in page mode carries cursor= in nextPage
    state = PageState(CURSOR, default_limit=100, page=2)
    url = "https://civitai.com/api/v1/models?limit=100&page=2&cursor=75363%7C932023"
    sent = walk(state, [PageInfo(100, next_page=url), PageInfo(3)])
    assert sent == [PageRequest(page=2), PageRequest(cursor="75363|932023")]
    assert state.next_cursor is None  # after the last page


def test_user_page_switches_to_cursors_and_never_sends_both() -> None:
    state = PageState(CURSOR, limit=100, default_limit=100, page=10)  # 10 × 100 = 1000: allowed
    sent = walk(state, [PageInfo(100, next_cursor="c1"), PageInfo(100, next_cursor="c2")])
    assert sent[0] == PageRequest(page=10)
    assert all(r.page is None for r in sent[1:])
    assert [r.cursor for r in sent[1:]] == ["c1", "c2"]


def test_page_mode_without_cursor_goes_on_by_number_up_to_the_cap() -> None:
    # images in page mode may answer nextPage=...page=n+1 and no cursor
    state = PageState(CURSOR, limit=200, default_limit=100, page=4)
    page_url = "https://civitai.com/api/v1/images?limit=200&page=5"
    assert walk(state, [PageInfo(200, next_page=page_url)]) == [
        PageRequest(page=4),
        PageRequest(page=5),
    ]
    state.accept([object()] * 200, PageInfo(200, next_page=page_url))
    with pytest.raises(PaginationError, match="page 6 × limit 200"):
        state.next_request()  # 6 × 200 > 1000: never sent


def test_repeated_cursor_raises() -> None:
    state = PageState(CURSOR, default_limit=100)
    with pytest.raises(PaginationError, match="'a' a second time"):
        walk(state, [PageInfo(5, next_cursor="a"), PageInfo(5, next_cursor="b"), PageInfo(5, "a")])
    assert state.items_taken == 15


def test_resume_cursor_counts_as_seen() -> None:
    state = PageState(CURSOR, default_limit=100, cursor="saved")
    assert state.next_request() == PageRequest(cursor="saved")
    state.accept([object()], PageInfo(1, next_cursor="saved"))
    with pytest.raises(PaginationError):
        state.next_request()


def test_int_cursors_compare_with_their_text() -> None:
    state = PageState(CURSOR, default_limit=100, cursor=1180)
    state.next_request()
    state.accept([object()], PageInfo(1, next_cursor="1180"))
    with pytest.raises(PaginationError):
        state.next_request()


def test_empty_page_with_a_new_cursor_continues() -> None:
    state = PageState(CURSOR, default_limit=100)
    sent = walk(state, [PageInfo(0, next_cursor="x"), PageInfo(0, next_cursor="y"), PageInfo(2)])
    assert [r.cursor for r in sent] == [None, "x", "y"]


def test_many_empty_pages_in_a_row_end_the_iteration() -> None:
    state = PageState(CURSOR, default_limit=100)
    pages = [PageInfo(0, next_cursor=f"c{i}") for i in range(50)]
    sent = walk(state, pages)
    assert len(sent) == 10  # the first page and 9 followed cursors; the 10th empty page ends it
    assert state.next_request() is None


@pytest.mark.parametrize(
    ("max_items", "page_sizes", "expected_taken", "expected_requests"),
    [
        (0, [5, 5], 0, 0),
        (3, [5, 5], 3, 1),
        (5, [5, 5], 5, 1),
        (6, [5, 5, 5], 6, 2),
        (None, [5, 5, 0], 10, 3),
    ],
)
def test_max_items(
    max_items: int | None, page_sizes: list[int], expected_taken: int, expected_requests: int
) -> None:
    state = PageState(CURSOR, default_limit=5, max_items=max_items)
    requests = 0
    taken = 0
    for index, size in enumerate(page_sizes):
        if state.next_request() is None:
            break
        requests += 1
        cursor = f"c{index}" if size else None
        taken += len(state.accept(list(range(size)), PageInfo(size, next_cursor=cursor)))
    assert state.next_request() is None
    assert (taken, state.items_taken, requests) == (
        expected_taken,
        expected_taken,
        expected_requests,
    )


def test_negative_max_items_is_refused() -> None:
    with pytest.raises(ValueError, match="max_items"):
        PageState(CURSOR, default_limit=5, max_items=-1)


def test_page_style_counts_pages_while_next_page_is_given() -> None:
    state = PageState(PAGE, default_limit=20)
    url = "https://civitai.com/api/v1/creators?page=2"
    sent = walk(state, [PageInfo(20, next_page=url), PageInfo(20, next_page=url), PageInfo(7)])
    assert sent == [PageRequest(), PageRequest(page=2), PageRequest(page=3)]
    assert state.next_request() is None


def test_page_style_starts_at_the_callers_page_and_stops_on_empty() -> None:
    state = PageState(PAGE, default_limit=20, page=5)
    sent = walk(state, [PageInfo(20, next_page="u"), PageInfo(0, next_page="u")])
    assert sent == [PageRequest(page=5), PageRequest(page=6)]


@pytest.mark.parametrize(
    ("limit", "sizes", "pages_requested"),
    [
        (None, [20, 20, 19], 3),  # default limit 20
        (None, [20, 20, 20, 0], 4),
        (50, [50, 3], 2),
        (50, [20], 1),  # shorter than the limit at once
    ],
)
def test_short_page_style_stops_at_a_short_page(
    limit: int | None, sizes: list[int], pages_requested: int
) -> None:
    state = PageState(SHORT, limit=limit, default_limit=20)
    sent = walk(state, [PageInfo(size) for size in sizes])
    assert len(sent) == pages_requested
    assert [r.page for r in sent[1:]] == list(range(2, pages_requested + 1))


def test_next_cursor_is_known_after_each_page() -> None:
    state = PageState(CURSOR, default_limit=2)
    assert state.next_cursor is None
    state.next_request()
    state.accept([1, 2], PageInfo(2, next_cursor="n1"))
    assert state.next_cursor == "n1"
    assert state.current == PageRequest()
    state.next_request()
    assert state.current == PageRequest(cursor="n1")


@pytest.mark.parametrize(
    ("metadata", "expected"),
    [
        (CursorMetadata(next_cursor="a|1", next_page="https://x/?cursor=a%7C1"), ("a|1", True)),
        (CursorMetadata(), (None, False)),
        (CollectionsMetadata(next_cursor=1180), (1180, False)),
        (SimpleNamespace(next_cursor="", next_page=""), (None, False)),
        (SimpleNamespace(next_cursor=None, next_page=None), (None, False)),
        (SimpleNamespace(next_cursor=True), (None, False)),
        (object(), (None, False)),
    ],
)
def test_page_info_from_generated_metadata(metadata: object, expected: tuple[object, bool]) -> None:
    info = page_info_from(metadata, 3)
    assert info.item_count == 3
    assert (info.next_cursor, info.next_page is not None) == expected


def test_next_page_urls_stay_out_of_reprs() -> None:
    # nextPage echoes `token=` when the key was sent in the query
    info = PageInfo(1, next_cursor="a", next_page="https://civitai.com/api/v1/models?token=KEY")
    assert "KEY" not in repr(info)
    assert info.next_page is not None
