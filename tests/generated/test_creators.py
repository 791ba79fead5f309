"""`/creators`: page metadata, a query with `hasMore`, optional `image`/`modelCount`."""

from __future__ import annotations

from typing import Any

import pytest

from civitai_api_generated.api.creators import get_creators
from civitai_api_generated.models import CreatorsResponse
from civitai_api_generated.types import UNSET, Response

from .calls import acall, call


def check_elesico(response: Response[Any]) -> None:
    assert response.status_code == 200
    page = response.parsed
    assert isinstance(page, CreatorsResponse)
    (creator,) = page.items
    assert creator.username == "Elesico"
    assert creator.model_count == 14
    assert creator.link == "https://civitai.com/api/v1/models?username=Elesico"
    assert page.metadata.has_more is False  # only with `query`
    assert page.metadata.next_page is UNSET


@pytest.mark.vcr("creators_elesico.yaml")
def test_creators_query_sync() -> None:
    check_elesico(call(get_creators, query="Elesico", limit=2))


@pytest.mark.vcr("creators_elesico.yaml")
@pytest.mark.anyio
async def test_creators_query_async() -> None:
    check_elesico(await acall(get_creators, query="Elesico", limit=2))


def check_page_two(response: Response[Any]) -> None:
    assert response.status_code == 200
    page = response.parsed
    assert isinstance(page, CreatorsResponse)
    bare, _ = page.items
    assert bare.image is UNSET
    assert bare.model_count is UNSET
    meta = page.metadata
    assert (meta.current_page, meta.page_size, meta.total_pages) == (2, 2, 45617)
    assert meta.next_page == "https://civitai.com/api/v1/creators?limit=2&page=3"
    assert meta.prev_page == "https://civitai.com/api/v1/creators?limit=2&page=1"
    assert meta.has_more is UNSET


@pytest.mark.vcr("creators_page_2.yaml")
def test_creators_page_sync() -> None:
    check_page_two(call(get_creators, limit=2, page=2))


@pytest.mark.vcr("creators_page_2.yaml")
@pytest.mark.anyio
async def test_creators_page_async() -> None:
    check_page_two(await acall(get_creators, limit=2, page=2))
