"""Iterate over every item of a list endpoint, page after page: `iter_models`, `iter_images`, ...

Each iterator calls the endpoint function (`models`, `async_models`, ...) once per page with
the caller's options, changing only `cursor` or `page`, and yields the items one by one.

    >>> from civitai_api.v1 import iter_models, Models_API_Opts
    >>> with civitai_api.build_client() as client:
    ...     for model in iter_models(client, Models_API_Opts(tag=["anime"]), max_items=250):
    ...         print(model.id, model.name)

Resuming: each iterator exposes `.next_cursor` (cursor endpoints) or `.page` (creators, tags).
Save `it.next_cursor` once a page is consumed and start again later with `cursor=[saved]` in
the options; the iteration continues from the following page.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Awaitable, Callable, Sequence
from typing import Protocol, TypeVar

import httpx

from civitai_api_generated.models.article import Article
from civitai_api_generated.models.collection import Collection
from civitai_api_generated.models.creator import Creator
from civitai_api_generated.models.image import Image
from civitai_api_generated.models.model import Model
from civitai_api_generated.models.tag import Tag

from .._constants import DEFAULT_PAGE_LIMIT
from .._pagination import (
    AsyncPageIterator,
    Cursor,
    PageInfo,
    PageIterator,
    PageRequest,
    PageState,
    PaginationError,
    PagingStyle,
    page_info_from,
)
from .models.articles import Articles_API_Opts, articles, async_articles
from .models.collections import Collections_API_Opts, async_collections, collections
from .models.creators import Creators_API_Opts, async_creators, creators
from .models.images import Images_API_Opts, async_images, images
from .models.models import Models_API_Opts, async_models, models
from .models.tags import Tags_API_Opts, async_tags, tags

__all__ = [
    "async_iter_articles",
    "async_iter_collections",
    "async_iter_creators",
    "async_iter_images",
    "async_iter_models",
    "async_iter_tags",
    "iter_articles",
    "iter_collections",
    "iter_creators",
    "iter_images",
    "iter_models",
    "iter_tags",
]

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
OptsT = TypeVar("OptsT")


class _Page(Protocol[T_co]):
    @property
    def items(self) -> Sequence[T_co]: ...

    @property
    def metadata(self) -> object: ...


@dataclasses.dataclass(frozen=True)
class _Listing:
    """How one list endpoint pages and its server-side default page size."""

    style: PagingStyle
    default_limit: int
    int_cursor: bool = False  # /collections' cursor is a collection id


# Civitai's own page sizes when `limit` is not sent.
_MODELS = _Listing(PagingStyle.CURSOR, default_limit=DEFAULT_PAGE_LIMIT)
_IMAGES = _Listing(PagingStyle.CURSOR, default_limit=DEFAULT_PAGE_LIMIT)
_CREATORS = _Listing(PagingStyle.PAGE, default_limit=20)
_TAGS = _Listing(PagingStyle.SHORT_PAGE, default_limit=20)
_ARTICLES = _Listing(PagingStyle.CURSOR, default_limit=DEFAULT_PAGE_LIMIT)
_COLLECTIONS = _Listing(PagingStyle.CURSOR, default_limit=DEFAULT_PAGE_LIMIT, int_cursor=True)


def _first(opts: object | None, name: str) -> object | None:
    values = getattr(opts, name, None)
    return values[0] if isinstance(values, list | tuple) and values else None


def _start(listing: _Listing, opts: object | None, max_items: int | None) -> PageState:
    limit, page, cursor = (_first(opts, name) for name in ("limit", "page", "cursor"))
    if _first(opts, "query"):
        # a search pages by cursor only; `page=[1]` is not sent with it, so
        # the iteration must not count pages either (it would ask for page 2 at the end).
        page = None
    return PageState(
        listing.style,
        limit=limit if isinstance(limit, int) else None,
        default_limit=listing.default_limit,
        cursor=cursor if isinstance(cursor, str | int) else None,
        page=page if isinstance(page, int) else None,
        max_items=max_items,
    )


def _opts_for(
    listing: _Listing, opts: OptsT | None, opts_type: type[OptsT], request: PageRequest
) -> OptsT:
    """The caller's options with this page's `cursor` or `page`; the rest untouched."""
    base = opts if opts is not None else opts_type()
    has_page = any(f.name == "page" for f in dataclasses.fields(base))  # type: ignore[arg-type]
    changes: dict[str, object] = {}
    if request.cursor is not None:
        changes["cursor"] = [_cursor_value(listing, request.cursor)]
        if has_page:  # cursor and page are never sent together
            changes["page"] = None
    elif request.page is not None and has_page:
        changes["page"] = [request.page]
    return dataclasses.replace(base, **changes) if changes else base  # type: ignore[type-var]


def _cursor_value(listing: _Listing, cursor: Cursor) -> Cursor:
    """The cursor as the endpoint's option takes it: an int on /collections, else text."""
    if not listing.int_cursor:
        return str(cursor)
    try:
        return int(cursor)
    except ValueError:
        raise PaginationError(
            f"the server sent cursor {cursor!r} where a collection id was expected; stopping"
        ) from None


def _sync(
    client: httpx.Client,
    opts: OptsT | None,
    opts_type: type[OptsT],
    max_items: int | None,
    listing: _Listing,
    endpoint: Callable[[httpx.Client, OptsT], _Page[T]],
) -> PageIterator[T]:
    def fetch(request: PageRequest) -> tuple[Sequence[T], PageInfo]:
        page = endpoint(client, _opts_for(listing, opts, opts_type, request))
        return page.items, page_info_from(page.metadata, len(page.items))

    return PageIterator(_start(listing, opts, max_items), fetch)


def _async(
    client: httpx.AsyncClient,
    opts: OptsT | None,
    opts_type: type[OptsT],
    max_items: int | None,
    listing: _Listing,
    endpoint: Callable[[httpx.AsyncClient, OptsT], Awaitable[_Page[T]]],
) -> AsyncPageIterator[T]:
    async def fetch(request: PageRequest) -> tuple[Sequence[T], PageInfo]:
        page = await endpoint(client, _opts_for(listing, opts, opts_type, request))
        return page.items, page_info_from(page.metadata, len(page.items))

    return AsyncPageIterator(_start(listing, opts, max_items), fetch)


def iter_models(
    client: httpx.Client, opts: Models_API_Opts | None = None, *, max_items: int | None = None
) -> PageIterator[Model]:
    """Yield models across pages of `models()`, following `nextCursor`.

    A `page` option starts there (page × limit must stay ≤ 1000); the pages
    after it follow the cursor the server returns, so the iteration can go past that depth.
    `page` is never sent once a cursor is known, nor ever with `query`.

    Args:
        client: Any `httpx.Client` (e.g. from `civitai_api.build_client()`).
        opts: Filters and sort; `limit` sets the page size; `cursor=[saved]` resumes.
        max_items: Stop after this many models (None: until the last page).

    Returns:
        An iterator of `Model`; its `.next_cursor` is where to resume after the current page.

    Raises:
        PaginationError: The server sent a cursor it had sent before (a loop).
        CivitaiError: A page failed (see `models()`).
    """
    return _sync(client, opts, Models_API_Opts, max_items, _MODELS, models)


def async_iter_models(
    client: httpx.AsyncClient,
    opts: Models_API_Opts | None = None,
    *,
    max_items: int | None = None,
) -> AsyncPageIterator[Model]:
    """Async twin of `iter_models`: `async for model in async_iter_models(client): ...`."""
    return _async(client, opts, Models_API_Opts, max_items, _MODELS, async_models)


def iter_images(
    client: httpx.Client, opts: Images_API_Opts | None = None, *, max_items: int | None = None
) -> PageIterator[Image]:
    """Yield images across pages of `images()`, following `nextCursor`.

    Like `iter_models`: a `page` option starts there, then cursors take over.

    Args:
        client: Any `httpx.Client`.
        opts: Filters and sort; `limit` sets the page size; `cursor=[saved]` resumes.
        max_items: Stop after this many images (None: until the last page).

    Returns:
        An iterator of `Image` with `.cursor` / `.next_cursor`.

    Raises:
        PaginationError: A cursor repeated, or page mode would pass 1000 items without a cursor.
        CivitaiError: A page failed (see `images()`).
    """
    return _sync(client, opts, Images_API_Opts, max_items, _IMAGES, images)


def async_iter_images(
    client: httpx.AsyncClient,
    opts: Images_API_Opts | None = None,
    *,
    max_items: int | None = None,
) -> AsyncPageIterator[Image]:
    """Async twin of `iter_images`."""
    return _async(client, opts, Images_API_Opts, max_items, _IMAGES, async_images)


def iter_creators(
    client: httpx.Client, opts: Creators_API_Opts | None = None, *, max_items: int | None = None
) -> PageIterator[Creator]:
    """Yield creators across pages of `creators()`, by page number while `nextPage` is given.

    Args:
        client: Any `httpx.Client`.
        opts: `query`, `limit`, and `page` to start from (`.page` tells where to resume).
        max_items: Stop after this many creators (None: until the last page).

    Returns:
        An iterator of `Creator`.

    Raises:
        CivitaiError: A page failed (see `creators()`).
    """
    return _sync(client, opts, Creators_API_Opts, max_items, _CREATORS, creators)


def async_iter_creators(
    client: httpx.AsyncClient,
    opts: Creators_API_Opts | None = None,
    *,
    max_items: int | None = None,
) -> AsyncPageIterator[Creator]:
    """Async twin of `iter_creators`."""
    return _async(client, opts, Creators_API_Opts, max_items, _CREATORS, async_creators)


def iter_tags(
    client: httpx.Client, opts: Tags_API_Opts | None = None, *, max_items: int | None = None
) -> PageIterator[Tag]:
    """Yield tags across pages of `tags()`, until a page is shorter than the limit.

    /tags no longer counts its results and never sends `nextPage`.

    Args:
        client: Any `httpx.Client`.
        opts: `query`, `limit` (default 20), and `page` to start from.
        max_items: Stop after this many tags (None: until the last page).

    Returns:
        An iterator of `Tag`.

    Raises:
        CivitaiError: A page failed (see `tags()`).
    """
    return _sync(client, opts, Tags_API_Opts, max_items, _TAGS, tags)


def async_iter_tags(
    client: httpx.AsyncClient, opts: Tags_API_Opts | None = None, *, max_items: int | None = None
) -> AsyncPageIterator[Tag]:
    """Async twin of `iter_tags`."""
    return _async(client, opts, Tags_API_Opts, max_items, _TAGS, async_tags)


def iter_articles(
    client: httpx.Client, opts: Articles_API_Opts | None = None, *, max_items: int | None = None
) -> PageIterator[Article]:
    """Yield articles across pages of `articles()`, following `nextCursor`.

    Args:
        client: Any `httpx.Client`.
        opts: Filters and sort; `limit` sets the page size; `cursor=[saved]` resumes.
        max_items: Stop after this many articles (None: until the last page).

    Returns:
        An iterator of `Article` with `.cursor` / `.next_cursor`.

    Raises:
        PaginationError: The server sent a cursor it had sent before.
        CivitaiError: A page failed; /articles is rate limited per minute.
    """
    return _sync(client, opts, Articles_API_Opts, max_items, _ARTICLES, articles)


def async_iter_articles(
    client: httpx.AsyncClient,
    opts: Articles_API_Opts | None = None,
    *,
    max_items: int | None = None,
) -> AsyncPageIterator[Article]:
    """Async twin of `iter_articles`."""
    return _async(client, opts, Articles_API_Opts, max_items, _ARTICLES, async_articles)


def iter_collections(
    client: httpx.Client,
    opts: Collections_API_Opts | None = None,
    *,
    max_items: int | None = None,
) -> PageIterator[Collection]:
    """Yield public collections across pages of `collections()`, following `nextCursor`.

    the cursor is an int (a collection id), and Civitai refuses a cursor
    with `sort=Most Followers`, so that order cannot go past its first page
    (`QueryParamsError` when the iteration tries).

    Args:
        client: Any `httpx.Client`.
        opts: Search and sort; `limit` sets the page size; `cursor=[saved]` resumes.
        max_items: Stop after this many collections (None: until the last page).

    Returns:
        An iterator of `Collection` with `.cursor` / `.next_cursor` (ints).

    Raises:
        PaginationError: The server sent a cursor it had sent before.
        CivitaiError: A page failed; /collections is rate limited per minute.
    """
    return _sync(client, opts, Collections_API_Opts, max_items, _COLLECTIONS, collections)


def async_iter_collections(
    client: httpx.AsyncClient,
    opts: Collections_API_Opts | None = None,
    *,
    max_items: int | None = None,
) -> AsyncPageIterator[Collection]:
    """Async twin of `iter_collections`."""
    return _async(client, opts, Collections_API_Opts, max_items, _COLLECTIONS, async_collections)
