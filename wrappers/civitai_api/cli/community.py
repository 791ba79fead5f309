"""`civitai creators|users|tags search` and `civitai articles|collections search|get`."""

from __future__ import annotations

from typing import Any

from cyclopts import App

from . import _render
from ._listing import Listing, run_listing
from ._options import (
    ArticleSortName,
    CollectionSortName,
    Connection,
    Output,
    Paging,
    build_opts,
)
from ._render import Column, field
from ._session import fetch_json

__all__ = ["articles", "collections", "creators", "tags", "users"]

creators = App(name="creators", help="Search creators.", help_format="markdown")
users = App(name="users", help="Search users.", help_format="markdown")
tags = App(name="tags", help="Search tags.", help_format="markdown")
articles = App(name="articles", help="Search articles, show one.", help_format="markdown")
collections = App(name="collections", help="Search collections, show one.", help_format="markdown")

CREATOR_COLUMNS = (
    Column("username", lambda row: row.get("username"), priority=0, narrowest=12),
    Column("models", lambda row: row.get("modelCount"), "right"),
    Column("link", lambda row: row.get("link"), priority=2),
)
TAG_COLUMNS = (
    Column("name", lambda row: row.get("name"), priority=0, narrowest=12),
    Column("models", lambda row: row.get("modelCount"), "right"),
    Column("link", lambda row: row.get("link"), priority=2),
)
USER_COLUMNS = (
    Column("id", lambda row: row.get("id"), "right", priority=0),
    Column("username", lambda row: row.get("username"), priority=0, narrowest=12),
)
ARTICLE_COLUMNS = (
    Column("id", lambda row: row.get("id"), "right", priority=0),
    Column("title", lambda row: row.get("title"), priority=0, narrowest=16),
    Column("author", lambda row: field(row, "user", "username"), narrowest=10),
    Column("published", lambda row: str(row.get("publishedAt") or "")[:10], priority=2),
)
COLLECTION_COLUMNS = (
    Column("id", lambda row: row.get("id"), "right", priority=0),
    Column("name", lambda row: row.get("name"), priority=0, narrowest=16),
    Column("owner", lambda row: field(row, "user", "username"), narrowest=10),
    Column("type", lambda row: row.get("type"), priority=2),
    Column("items", lambda row: row.get("itemCount"), "right", priority=2),
)


@creators.command(name="search")
def search_creators(
    query: str | None = None,
    *,
    page: int | None = None,
    paging: Paging = Paging(),
    output: Output = Output(),
    connection: Connection = Connection(),
) -> int:
    """List or search creators (GET /api/v1/creators).

    Args:
        query: Part of the username (case-sensitive).
        page: Start from this page.
    """
    from ..v1 import Creators_API_Opts, iter_creators
    from ..v1 import creators as fetch

    opts = build_opts(Creators_API_Opts, query=query, page=page, limit=paging.limit)
    listing = Listing(fetch, iter_creators, CREATOR_COLUMNS, "page")
    return run_listing(listing, opts, connection, output, paging, start=page)


@tags.command(name="search")
def search_tags(
    query: str | None = None,
    *,
    page: int | None = None,
    paging: Paging = Paging(),
    output: Output = Output(),
    connection: Connection = Connection(),
) -> int:
    """List or search tags (GET /api/v1/tags).

    Args:
        query: Part of the tag's name.
        page: Start from this page.
    """
    from ..v1 import Tags_API_Opts, iter_tags
    from ..v1 import tags as fetch

    opts = build_opts(Tags_API_Opts, query=query, page=page, limit=paging.limit)
    listing = Listing(fetch, iter_tags, TAG_COLUMNS, "page")
    return run_listing(listing, opts, connection, output, paging, start=page)


@users.command(name="search")
def search_users(
    query: str | None = None,
    *,
    id: list[int] | None = None,
    output: Output = Output(),
    connection: Connection = Connection(),
) -> None:
    """Find users by name or id (GET /api/v1/users; one page, no paging).

    Args:
        query: Part of the username.
        id: A user id (repeatable).
    """
    from ..v1 import Users_API_Opts
    from ..v1 import users as fetch

    opts = build_opts(Users_API_Opts, query=query, ids=id)
    body = fetch_json(connection, lambda client: fetch(client, opts))
    _render.print_either(
        body, output.json, lambda data: _render.print_table(USER_COLUMNS, data.get("items") or [])
    )


@articles.command(name="search")
def search_articles(
    query: str | None = None,
    *,
    username: str | None = None,
    tag: list[int] | None = None,
    sort: ArticleSortName = None,
    nsfw: bool | None = None,
    cursor: str | None = None,
    paging: Paging = Paging(),
    output: Output = Output(),
    connection: Connection = Connection(),
) -> int:
    """List or search articles (GET /api/v1/articles).

    Args:
        query: Text to search for.
        username: Articles by this user.
        tag: Tag id (repeatable).
        sort: "Most Bookmarks", "Most Reactions", "Most Comments", "Most Collected", Newest,
            "Recently Updated".
        nsfw: Include (--nsfw) or exclude (--no-nsfw) NSFW articles.
        cursor: Start from this cursor.
    """
    from ..v1 import Articles_API_Opts, iter_articles
    from ..v1 import articles as fetch

    opts = build_opts(
        Articles_API_Opts,
        query=query,
        username=username,
        tags=tag,
        sort=sort,
        nsfw=nsfw,
        cursor=cursor,
        limit=paging.limit,
    )
    listing = Listing(fetch, iter_articles, ARTICLE_COLUMNS)
    return run_listing(listing, opts, connection, output, paging, start=cursor)


@articles.command(name="get")
def get_article(
    article_id: int, /, *, output: Output = Output(), connection: Connection = Connection()
) -> None:
    """Show one article (GET /api/v1/articles/{id}).

    Args:
        article_id: The article's id.
    """
    from ..v1 import get_article as fetch

    body = fetch_json(connection, lambda client: fetch(client, article_id))
    _render.print_either(body, output.json, _show_article)


def _show_article(body: dict[str, Any]) -> None:
    _render.print_detail(
        [
            ("article", f"{body.get('id')}  {body.get('title')}"),
            ("author", field(body, "user", "username")),
            ("published", str(body.get("publishedAt") or "")[:10]),
            ("tags", [field(tag, "name") for tag in body.get("tags") or []]),
        ]
    )


@collections.command(name="search")
def search_collections(
    query: str | None = None,
    *,
    sort: CollectionSortName = None,
    nsfw: bool | None = None,
    cursor: int | None = None,
    paging: Paging = Paging(),
    output: Output = Output(),
    connection: Connection = Connection(),
) -> int:
    """List or search public collections (GET /api/v1/collections).

    Args:
        query: Text to search for.
        sort: "Most Followers" (one page only) or Newest.
        nsfw: Include (--nsfw) or exclude (--no-nsfw) NSFW collections.
        cursor: Start from this cursor (a collection id).
    """
    from ..v1 import Collections_API_Opts, iter_collections
    from ..v1 import collections as fetch

    opts = build_opts(
        Collections_API_Opts, query=query, sort=sort, nsfw=nsfw, cursor=cursor, limit=paging.limit
    )
    listing = Listing(fetch, iter_collections, COLLECTION_COLUMNS)
    return run_listing(listing, opts, connection, output, paging, start=cursor)


@collections.command(name="get")
def get_collection(
    collection_id: int, /, *, output: Output = Output(), connection: Connection = Connection()
) -> None:
    """Show one collection (GET /api/v1/collections/{id}).

    Args:
        collection_id: The collection's id.
    """
    from ..v1 import get_collection as fetch

    body = fetch_json(connection, lambda client: fetch(client, collection_id))
    _render.print_either(body, output.json, _show_collection)


def _show_collection(body: dict[str, Any]) -> None:
    _render.print_detail(
        [
            ("collection", f"{body.get('id')}  {body.get('name')}"),
            ("owner", field(body, "user", "username")),
            ("type", body.get("type")),
            ("description", body.get("description")),
        ]
    )
