"""`/collections` (an integer cursor) and `/collections/{id}`."""

from __future__ import annotations

from typing import Any

import pytest

from civitai_api_generated.api.collections import get_collection, get_collections
from civitai_api_generated.models import CollectionDetail, CollectionsResponse
from civitai_api_generated.types import Response

from .calls import acall, call


def check_collections(response: Response[Any]) -> None:
    assert response.status_code == 200
    page = response.parsed
    assert isinstance(page, CollectionsResponse)
    full, empty = page.items
    assert (full.id, full.item_count, full.is_public) == (10455, 23, True)
    assert full.user.username == "Elesico"
    # nullable fields arrive as None
    assert (empty.description, empty.type_, empty.nsfw_level, empty.cover_image_url) == (
        None,
        None,
        None,
        None,
    )
    assert page.metadata.next_cursor == 10320  # an int here


@pytest.mark.vcr("collections_list.yaml")
def test_collections_sync() -> None:
    check_collections(call(get_collections, limit=2))


@pytest.mark.vcr("collections_list.yaml")
@pytest.mark.anyio
async def test_collections_async() -> None:
    check_collections(await acall(get_collections, limit=2))


def check_collection(response: Response[Any]) -> None:
    assert response.status_code == 200
    collection = response.parsed
    assert isinstance(collection, CollectionDetail)
    assert (collection.id, collection.name) == (10455, "Girls' Frontline LoRAs")
    assert [(tag.id, tag.name) for tag in collection.tags] == [(5133, "girls_frontline")]
    assert "itemCount" not in collection.to_dict()  # the detail has tags instead


@pytest.mark.vcr("collection_10455.yaml")
def test_collection_sync() -> None:
    check_collection(call(get_collection, id=10455))


@pytest.mark.vcr("collection_10455.yaml")
@pytest.mark.anyio
async def test_collection_async() -> None:
    check_collection(await acall(get_collection, id=10455))
