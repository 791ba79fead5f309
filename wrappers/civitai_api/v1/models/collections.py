"""Collections: list public collections (`collections`) and fetch one (`get_collection`)."""

from __future__ import annotations

from dataclasses import dataclass

import httpx

from civitai_api_generated.api.collections import get_collection as _get_collection
from civitai_api_generated.api.collections import get_collections
from civitai_api_generated.models.collection_detail import CollectionDetail
from civitai_api_generated.models.collection_sort import CollectionSort as _WireSort
from civitai_api_generated.models.collections_response import CollectionsResponse

from ..._query import ListOpts, Param, QuerySpec, forbid_cursor_with
from ...enums import CollectionSort
from .._call import Operation, async_call, call, instance_of
from .._common import check_id, list_kwargs

__all__ = [
    "CollectionSort",
    "Collections_API_Opts",
    "async_collections",
    "async_get_collection",
    "collections",
    "get_collection",
]

COLLECTIONS_QUERY = QuerySpec(
    params=(
        Param("limit", "int", minimum=1, maximum=100),
        # The cursor is a collection id (metadata.next_cursor is an int).
        Param("cursor", "int", minimum=1),
        Param("query", "str", max_length=100),
        Param("sort", "enum", choices=CollectionSort, wire=_WireSort),
        Param("nsfw", "bool"),
    ),
    # Civitai answers 400 to a cursor with sort=Most Followers.
    checks=(forbid_cursor_with("sort", CollectionSort.Most_Followers.value),),
)


@dataclass(kw_only=True)
class Collections_API_Opts(ListOpts):
    """Options of `collections()` (GET /api/v1/collections); every value is a one-element list.

    Collections page by cursor only, and not when sorted by `Most Followers`.

    Example:
        >>> opts = Collections_API_Opts(limit=[10], query=["anime"])
    """

    _query_spec = COLLECTIONS_QUERY

    limit: list[int] | None = None
    cursor: list[int] | None = None
    query: list[str] | None = None
    sort: list[CollectionSort | str] | None = None
    nsfw: list[bool] | None = None


_COLLECTIONS = Operation.of(get_collections, instance_of(CollectionsResponse), list_endpoint=True)
_COLLECTION = Operation.of(_get_collection, instance_of(CollectionDetail))


def _prepare_collections(opts: Collections_API_Opts | None) -> dict[str, object]:
    return list_kwargs(COLLECTIONS_QUERY, opts, Collections_API_Opts)


def collections(
    client: httpx.Client, opts: Collections_API_Opts | None = None
) -> CollectionsResponse:
    """List or search public collections (GET /api/v1/collections).

    Args:
        client: Any `httpx.Client`; without a `base_url` requests go to https://civitai.com.
        opts: Search, sort and cursor; None lists the newest.

    Returns:
        The page: `.items` (collections) and `.metadata` (`next_cursor`, an int here).

    Raises:
        QueryParamsError: The options are invalid (before sending) or Civitai rejected them.
        RateLimitError: Over Civitai's per-minute limit; `retry_after` says how long to wait.
        CivitaiError: Any other failure.
    """
    return call(client, _COLLECTIONS, _prepare_collections(opts))


async def async_collections(
    client: httpx.AsyncClient, opts: Collections_API_Opts | None = None
) -> CollectionsResponse:
    """Async twin of `collections`, taking an `httpx.AsyncClient`."""
    return await async_call(client, _COLLECTIONS, _prepare_collections(opts))


def _prepare_collection(collection_id: int) -> dict[str, object]:
    return {"id": check_id("collection_id", collection_id)}


def get_collection(client: httpx.Client, collection_id: int) -> CollectionDetail:
    """Fetch one public collection (GET /api/v1/collections/{id}).

    Args:
        client: Any `httpx.Client`.
        collection_id: The collection's id.

    Returns:
        The collection, with its tags.

    Raises:
        NotFoundError: No such public collection.
        CivitaiError: Any other failure.
    """
    return call(client, _COLLECTION, _prepare_collection(collection_id))


async def async_get_collection(client: httpx.AsyncClient, collection_id: int) -> CollectionDetail:
    """Async twin of `get_collection`."""
    return await async_call(client, _COLLECTION, _prepare_collection(collection_id))
