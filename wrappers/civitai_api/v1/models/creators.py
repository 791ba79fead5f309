"""Creators: list and search the users who publish models (`creators`)."""

from __future__ import annotations

from dataclasses import dataclass

import httpx

from civitai_api_generated.api.creators import get_creators
from civitai_api_generated.models.creators_response import CreatorsResponse

from ..._query import ListOpts, Param, QuerySpec
from .._call import Operation, async_call, call, instance_of
from .._common import list_kwargs

__all__ = ["Creators_API_Opts", "async_creators", "creators"]

CREATORS_QUERY = QuerySpec(
    params=(
        # limit 1–200 (0 answers 400), page from 0.
        Param("limit", "int", minimum=1, maximum=200),
        Param("page", "int", minimum=0),
        Param("query", "str"),
    ),
)


@dataclass(kw_only=True)
class Creators_API_Opts(ListOpts):
    """Options of `creators()` (GET /api/v1/creators); every value is a one-element list.

    `query` is a case-sensitive substring of the username.

    Example:
        >>> opts = Creators_API_Opts(query=["Elesico"], limit=[2])
    """

    _query_spec = CREATORS_QUERY

    limit: list[int] | None = None
    page: list[int] | None = None
    query: list[str] | None = None


_CREATORS = Operation.of(get_creators, instance_of(CreatorsResponse), list_endpoint=True)


def _prepare_creators(opts: Creators_API_Opts | None) -> dict[str, object]:
    return list_kwargs(CREATORS_QUERY, opts, Creators_API_Opts)


def creators(client: httpx.Client, opts: Creators_API_Opts | None = None) -> CreatorsResponse:
    """List or search creators (GET /api/v1/creators).

    Args:
        client: Any `httpx.Client`; without a `base_url` requests go to https://civitai.com.
        opts: Search and page options; None lists the first page.

    Returns:
        The page: `.items` (creators) and `.metadata` (page counts, `next_page`).

    Raises:
        QueryParamsError: The options are invalid (before sending) or Civitai rejected them.
        CivitaiError: Any other failure (a subclass says which).
    """
    return call(client, _CREATORS, _prepare_creators(opts))


async def async_creators(
    client: httpx.AsyncClient, opts: Creators_API_Opts | None = None
) -> CreatorsResponse:
    """Async twin of `creators`, taking an `httpx.AsyncClient`."""
    return await async_call(client, _CREATORS, _prepare_creators(opts))
