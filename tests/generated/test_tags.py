"""`/tags`: no count since 2025-10-16, so never a `nextPage`."""

from __future__ import annotations

from typing import Any

import pytest

from civitai_api_generated.api.tags import get_tags
from civitai_api_generated.models import TagsResponse
from civitai_api_generated.types import UNSET, Response

from .calls import acall, call


def check_tags(response: Response[Any]) -> None:
    assert response.status_code == 200
    page = response.parsed
    assert isinstance(page, TagsResponse)
    (tag,) = page.items
    assert tag.name == "girls_frontline"
    assert tag.link == "https://civitai.com/api/v1/models?tag=girls_frontline"
    assert tag.model_count is UNSET  # removed 2025-02-27
    assert page.metadata.total_items == 0
    assert page.metadata.next_page is UNSET


@pytest.mark.vcr("tags_girls_frontline.yaml")
def test_tags_sync() -> None:
    check_tags(call(get_tags, query="girls_frontline", limit=2))


@pytest.mark.vcr("tags_girls_frontline.yaml")
@pytest.mark.anyio
async def test_tags_async() -> None:
    check_tags(await acall(get_tags, query="girls_frontline", limit=2))
