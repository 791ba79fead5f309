"""Pagination: a pure `PageState` that decides what to fetch next, and two thin drivers.

Civitai pages its lists three ways:

* by cursor: /models, /images, /articles, /collections follow `metadata.nextCursor` (an int on
  /collections) until it is absent;
* by page number: /creators, while `metadata.nextPage` is present;
* by page number with no end marker: /tags never sends `nextPage`, so the pages go on
  until one comes back shorter than the limit.

`PageIterator` and `AsyncPageIterator` fetch a page, hand out its items one by one and ask the
state for the next request; no more than one page is held in memory.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar
from urllib.parse import parse_qs, urlsplit

from ._constants import MAX_CONSECUTIVE_EMPTY_PAGES, PAGE_MODE_MAX_ITEMS
from ._exceptions import CivitaiError

__all__ = [
    "AsyncPageIterator",
    "Cursor",
    "PageInfo",
    "PageIterator",
    "PageRequest",
    "PageState",
    "PaginationError",
    "PagingStyle",
    "page_info_from",
]

logger = logging.getLogger("civitai_api")

T = TypeVar("T")
Cursor = str | int


class PaginationError(CivitaiError):
    """The server's paging cannot be followed safely: a cursor came back a second time, or
    page numbers would go past the depth Civitai allows without handing out a cursor."""


class PagingStyle(enum.Enum):
    """How an endpoint pages."""

    CURSOR = "cursor"
    PAGE = "page"
    SHORT_PAGE = "short_page"


@dataclass(frozen=True, slots=True)
class PageRequest:
    """What to send for one page, on top of the caller's own options.

    A `cursor` replaces any `page`: the two are never sent together.
    """

    cursor: Cursor | None = None
    page: int | None = None


@dataclass(frozen=True, slots=True)
class PageInfo:
    """What one page's `metadata` says about what comes next.

    Attributes:
        item_count: How many items the page held.
        next_cursor: `metadata.nextCursor`, when present.
        next_page: `metadata.nextPage` (a URL), when present.
    """

    item_count: int
    next_cursor: Cursor | None = None
    # nextPage copies every query parameter, `token=` included: keep it out
    # of reprs.
    next_page: str | None = field(default=None, repr=False)

    def cursor_from_next_page(self) -> Cursor | None:
        """The `cursor=` inside `nextPage` (/models page mode puts it there)."""
        if self.next_page is None:
            return None
        values = parse_qs(urlsplit(self.next_page).query).get("cursor")
        return values[-1] if values else None


def page_info_from(metadata: object, item_count: int) -> PageInfo:
    """Read a generated `metadata` object (cursor or page style) into a `PageInfo`.

    Absent keys (`UNSET`), nulls and empty strings all mean "not given".
    """
    cursor = getattr(metadata, "next_cursor", None)
    next_page = getattr(metadata, "next_page", None)
    valid_cursor = isinstance(cursor, str | int) and not isinstance(cursor, bool) and cursor != ""
    return PageInfo(
        item_count,
        next_cursor=cursor if valid_cursor else None,
        next_page=next_page if isinstance(next_page, str) and next_page else None,
    )


class PageState:
    """The pure decision core of an iteration: no I/O, fed one page's `PageInfo` at a time.

    Args:
        style: How the endpoint pages.
        limit: The page size the caller asked for (None: the server's default).
        default_limit: The server's page size when `limit` is None.
        cursor: A cursor to start (or resume) from.
        page: A page number to start from.
        max_items: Stop after this many items (None: until the server says there are no more).
    """

    def __init__(
        self,
        style: PagingStyle,
        *,
        limit: int | None = None,
        default_limit: int,
        cursor: Cursor | None = None,
        page: int | None = None,
        max_items: int | None = None,
    ) -> None:
        if max_items is not None and max_items < 0:
            raise ValueError("max_items must be >= 0")
        self.style = style
        self.limit = limit if limit is not None else default_limit
        self.max_items = max_items
        self.items_taken = 0
        self.current = PageRequest(cursor=cursor) if cursor is not None else PageRequest(page=page)
        self.next_cursor: Cursor | None = None
        self._started = False
        self._finished = max_items == 0
        self._last: PageInfo | None = None
        self._seen_cursors: set[str] = set() if cursor is None else {str(cursor)}
        self._empty_in_a_row = 0

    @property
    def page_number(self) -> int:
        """The number of the page last requested in page mode (1 when none was given)."""
        return self.current.page if self.current.page is not None else 1

    def next_request(self) -> PageRequest | None:
        """The request for the next page, or None when the iteration is over.

        Raises:
            PaginationError: A cursor repeated, or page mode would go too deep.
        """
        if self._finished:
            return None
        if not self._started:
            self._started = True
            return self.current
        assert self._last is not None, "accept() must see each page before next_request()"
        following = self.advance(self._last)
        if following is None:
            self._finished = True
            return None
        self.current = following
        return following

    def accept(self, items: Sequence[T], info: PageInfo) -> Sequence[T]:
        """Record a fetched page; return the items to hand out (fewer at `max_items`)."""
        self._last = info
        self.next_cursor = info.next_cursor
        if self.style is PagingStyle.CURSOR and self.next_cursor is None:
            self.next_cursor = info.cursor_from_next_page()
        if self.max_items is not None:
            items = items[: self.max_items - self.items_taken]
            if self.items_taken + len(items) >= self.max_items:
                self._finished = True
        self.items_taken += len(items)
        return items

    def advance(self, info: PageInfo) -> PageRequest | None:
        """Decide the request after a page described by `info`; None when there is no more.

        Raises:
            PaginationError: A cursor repeated, or page mode would go too deep.
        """
        if self.style is PagingStyle.CURSOR:
            return self._advance_cursor(info)
        if info.item_count == 0:
            return None
        if self.style is PagingStyle.PAGE and info.next_page is None:
            return None
        # /tags never says there is more; a full page means "maybe".
        if self.style is PagingStyle.SHORT_PAGE and info.item_count < self.limit:
            return None
        return PageRequest(page=self.page_number + 1)

    def _advance_cursor(self, info: PageInfo) -> PageRequest | None:
        cursor = info.next_cursor if info.next_cursor is not None else info.cursor_from_next_page()
        if cursor is None:
            if self.current.page is not None and info.next_page is not None:
                return self._next_page_number(info)
            return None
        if str(cursor) in self._seen_cursors:
            raise PaginationError(
                f"the server sent cursor {cursor!r} a second time; stopping instead of "
                f"looping over the same pages (after {self.items_taken} items)"
            )
        self._seen_cursors.add(str(cursor))
        # empty pages may still carry a cursor; follow a few, not forever.
        self._empty_in_a_row = self._empty_in_a_row + 1 if info.item_count == 0 else 0
        if self._empty_in_a_row >= MAX_CONSECUTIVE_EMPTY_PAGES:
            logger.warning("stopping after %d empty pages in a row", self._empty_in_a_row)
            return None
        return PageRequest(cursor=cursor)

    def _next_page_number(self, info: PageInfo) -> PageRequest | None:
        """Page mode that gave no cursor: go on by number, but never past the depth cap."""
        following = self.page_number + 1
        if info.item_count == 0:
            return None
        # page * limit > 1000 answers 429 on /models and /images.
        if following * self.limit > PAGE_MODE_MAX_ITEMS:
            raise PaginationError(
                f"page {following} × limit {self.limit} goes past the first "
                f"{PAGE_MODE_MAX_ITEMS} results, as deep as Civitai pages by number, and the "
                f"server gave no cursor to go on with; start without page to use cursors"
            )
        return PageRequest(page=following)


class _IteratorBase:
    """What both drivers expose about where they are, for saving and resuming."""

    _state: PageState

    @property
    def cursor(self) -> Cursor | None:
        """The cursor that fetched the current page (None for the first page or page mode).

        Resuming with `cursor=[it.cursor]` fetches the current page again.
        """
        return self._state.current.cursor

    @property
    def next_cursor(self) -> Cursor | None:
        """The cursor of the page after the current one; None before the first page and at
        the end. Save it after a page is consumed and resume with `cursor=[saved]`."""
        return self._state.next_cursor

    @property
    def page(self) -> int | None:
        """The page number last requested, for endpoints paged by number."""
        return self._state.current.page

    @property
    def items_taken(self) -> int:
        """How many items were handed out so far."""
        return self._state.items_taken


class PageIterator(_IteratorBase, Generic[T]):
    """Items across pages, fetched one page at a time (sync driver of `PageState`)."""

    def __init__(
        self, state: PageState, fetch: Callable[[PageRequest], tuple[Sequence[T], PageInfo]]
    ) -> None:
        self._state = state
        self._fetch = fetch
        self._items: Iterator[T] = iter(())

    def __iter__(self) -> PageIterator[T]:
        return self

    def pages(self) -> Iterator[Sequence[T]]:
        """Yield whole pages (each page's items) instead of single items.

        While a page is being handled, `.next_cursor` / `.page` tell where the page after it
        starts, so a program that saves them after each page resumes with nothing lost or
        repeated. Iterate either by item or by page, not both.
        """
        while (request := self._state.next_request()) is not None:
            items, info = self._fetch(request)
            yield self._state.accept(items, info)

    def __next__(self) -> T:
        while True:
            for item in self._items:
                return item
            request = self._state.next_request()
            if request is None:
                raise StopIteration
            items, info = self._fetch(request)
            self._items = iter(self._state.accept(items, info))


class AsyncPageIterator(_IteratorBase, Generic[T]):
    """Items across pages, fetched one page at a time (async driver of `PageState`)."""

    def __init__(
        self,
        state: PageState,
        fetch: Callable[[PageRequest], Awaitable[tuple[Sequence[T], PageInfo]]],
    ) -> None:
        self._state = state
        self._fetch = fetch
        self._items: Iterator[T] = iter(())

    def __aiter__(self) -> AsyncPageIterator[T]:
        return self

    async def pages(self) -> AsyncIterator[Sequence[T]]:
        """Async twin of `PageIterator.pages`: `async for page in it.pages(): ...`."""
        while (request := self._state.next_request()) is not None:
            items, info = await self._fetch(request)
            yield self._state.accept(items, info)

    async def __anext__(self) -> T:
        while True:
            for item in self._items:
                return item
            request = self._state.next_request()
            if request is None:
                raise StopAsyncIteration
            items, info = await self._fetch(request)
            self._items = iter(self._state.accept(items, info))
