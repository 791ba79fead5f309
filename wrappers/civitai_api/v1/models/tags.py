"""Tags: list and search model tags (`tags`)."""

from __future__ import annotations

from dataclasses import dataclass

import httpx

from civitai_api_generated.api.tags import get_tags
from civitai_api_generated.models.tags_response import TagsResponse

from ..._query import ListOpts, Param, QuerySpec
from .._call import Operation, async_call, call, instance_of
from .._common import list_kwargs

__all__ = ["Tags_API_Opts", "async_tags", "tags"]

TAGS_QUERY = QuerySpec(
    params=(
        # limit 1–200, page from 1.
        Param("limit", "int", minimum=1, maximum=200),
        Param("page", "int", minimum=1),
        Param("query", "str"),
    ),
)


@dataclass(kw_only=True)
class Tags_API_Opts(ListOpts):
    """Options of `tags()` (GET /api/v1/tags); every value is a one-element list.

    Civitai no longer counts tags: `metadata.next_page` never comes, so
    page on until a page holds fewer items than `limit`.

    Example:
        >>> opts = Tags_API_Opts(query=["girls_frontline"], limit=[2])
    """

    _query_spec = TAGS_QUERY

    limit: list[int] | None = None
    page: list[int] | None = None
    query: list[str] | None = None


_TAGS = Operation.of(get_tags, instance_of(TagsResponse), list_endpoint=True)


def _prepare_tags(opts: Tags_API_Opts | None) -> dict[str, object]:
    return list_kwargs(TAGS_QUERY, opts, Tags_API_Opts)


def tags(client: httpx.Client, opts: Tags_API_Opts | None = None) -> TagsResponse:
    """List or search model tags (GET /api/v1/tags).

    Args:
        client: Any `httpx.Client`; without a `base_url` requests go to https://civitai.com.
        opts: Search and page options; None lists the first page.

    Returns:
        The page: `.items` (tags) and `.metadata`.

    Raises:
        QueryParamsError: The options are invalid (before sending) or Civitai rejected them.
        CivitaiError: Any other failure (a subclass says which).
    """
    return call(client, _TAGS, _prepare_tags(opts))


async def async_tags(client: httpx.AsyncClient, opts: Tags_API_Opts | None = None) -> TagsResponse:
    """Async twin of `tags`, taking an `httpx.AsyncClient`."""
    return await async_call(client, _TAGS, _prepare_tags(opts))
