"""Articles: list them (`articles`) and fetch one (`get_article`)."""

from __future__ import annotations

from dataclasses import dataclass

import httpx

from civitai_api_generated.api.articles import get_article as _get_article
from civitai_api_generated.api.articles import get_articles
from civitai_api_generated.models.article import Article
from civitai_api_generated.models.article_sort import ArticleSort as _WireSort
from civitai_api_generated.models.articles_response import ArticlesResponse

from ..._query import ListOpts, Param, QuerySpec
from ...enums import ArticleSort
from .._call import Operation, async_call, call, instance_of
from .._common import check_id, list_kwargs

__all__ = [
    "ArticleSort",
    "Articles_API_Opts",
    "articles",
    "async_articles",
    "async_get_article",
    "get_article",
]

ARTICLES_QUERY = QuerySpec(
    params=(
        Param("limit", "int", minimum=1, maximum=100),
        # a cursor is "<value>|<id>", at most 100 characters.
        Param("cursor", "str", max_length=100),
        Param("query", "str"),
        Param("sort", "enum", choices=ArticleSort, wire=_WireSort),
        Param("tags", "int", multi=True, minimum=1),
        Param("username", "str"),
        Param("nsfw", "bool"),
    ),
)


@dataclass(kw_only=True)
class Articles_API_Opts(ListOpts):
    """Options of `articles()` (GET /api/v1/articles); every value is a list.

    Articles page by cursor only (`metadata.next_cursor`). `tags` are tag ids.
    Civitai limits /articles to 60 requests a minute per IP without a key.

    Example:
        >>> opts = Articles_API_Opts(limit=[10], sort=[ArticleSort.Most_Reactions])
    """

    _query_spec = ARTICLES_QUERY

    limit: list[int] | None = None
    cursor: list[str] | None = None
    query: list[str] | None = None
    sort: list[ArticleSort | str] | None = None
    tags: list[int] | None = None
    username: list[str] | None = None
    nsfw: list[bool] | None = None


_ARTICLES = Operation.of(get_articles, instance_of(ArticlesResponse), list_endpoint=True)
_ARTICLE = Operation.of(_get_article, instance_of(Article))


def _prepare_articles(opts: Articles_API_Opts | None) -> dict[str, object]:
    return list_kwargs(ARTICLES_QUERY, opts, Articles_API_Opts)


def articles(client: httpx.Client, opts: Articles_API_Opts | None = None) -> ArticlesResponse:
    """List or search articles (GET /api/v1/articles).

    Args:
        client: Any `httpx.Client`; without a `base_url` requests go to https://civitai.com.
        opts: Filters, sort and cursor; None lists the newest.

    Returns:
        The page: `.items` (articles) and `.metadata` (`next_cursor`, `next_page`).

    Raises:
        QueryParamsError: The options are invalid (before sending) or Civitai rejected them.
        RateLimitError: Over Civitai's per-minute limit; `retry_after` says how long to wait.
        CivitaiError: Any other failure.
    """
    return call(client, _ARTICLES, _prepare_articles(opts))


async def async_articles(
    client: httpx.AsyncClient, opts: Articles_API_Opts | None = None
) -> ArticlesResponse:
    """Async twin of `articles`, taking an `httpx.AsyncClient`."""
    return await async_call(client, _ARTICLES, _prepare_articles(opts))


def _prepare_article(article_id: int) -> dict[str, object]:
    return {"id": check_id("article_id", article_id)}


def get_article(client: httpx.Client, article_id: int) -> Article:
    """Fetch one article (GET /api/v1/articles/{id}).

    Args:
        client: Any `httpx.Client`.
        article_id: The article's id.

    Returns:
        The article.

    Raises:
        NotFoundError: No such article.
        CivitaiError: Any other failure.
    """
    return call(client, _ARTICLE, _prepare_article(article_id))


async def async_get_article(client: httpx.AsyncClient, article_id: int) -> Article:
    """Async twin of `get_article`."""
    return await async_call(client, _ARTICLE, _prepare_article(article_id))
