"""`/images`: string `nsfwLevel`, free-form `meta`, cursor metadata, and a 503."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from civitai_api_generated.api.images import get_images
from civitai_api_generated.models import ErrorResponse, ImagesResponse
from civitai_api_generated.types import UNSET, Response

from .calls import RECORDING, acall, call

POST_ARGS: dict[str, Any] = {"post_id": 9178972, "limit": 2, "with_meta": True}


def check_post_images(response: Response[Any]) -> None:
    assert response.status_code == 200
    page = response.parsed
    assert isinstance(page, ImagesResponse)
    assert [image.post_id for image in page.items] == [9178972, 9178972]
    first, second = page.items
    # a string level in /images, the number in browsingLevel
    assert (first.nsfw_level, first.browsing_level, first.nsfw) == ("None", 1, False)
    assert (second.nsfw_level, second.browsing_level, second.nsfw) == ("Soft", 2, True)
    assert first.created_at == datetime(2024, 4, 5, 15, 47, 21, 93000, tzinfo=UTC)
    assert first.model_version_ids == [127062]
    assert first.tags is UNSET  # only with withTags=true
    assert first.meta is not None
    assert first.meta.additional_properties["cfgScale"] == "6.5"  # numbers may be strings
    assert first.meta.additional_properties["civitaiResources"][0]["modelVersionId"] == 127062
    assert second.meta is None
    assert first.stats.like_count == 57
    assert page.metadata.next_cursor == "9531480"


@pytest.mark.vcr("images_post.yaml")
def test_images_of_post_sync() -> None:
    check_post_images(call(get_images, **POST_ARGS))


@pytest.mark.vcr("images_post.yaml")
@pytest.mark.anyio
async def test_images_of_post_async() -> None:
    check_post_images(await acall(get_images, **POST_ARGS))


def check_overloaded(response: Response[Any]) -> None:
    assert response.status_code == 503
    assert response.headers["retry-after"] == "2"  # Civitai asks for a retry in 2 s
    assert isinstance(response.parsed, ErrorResponse)
    assert response.parsed.error == "Image search is temporarily overloaded — please retry."


replay_only = pytest.mark.skipif(RECORDING, reason="the server answers 503 only under load")


@replay_only
@pytest.mark.vcr("images_503.yaml")
def test_images_overloaded_sync() -> None:
    check_overloaded(call(get_images, limit=2))


@replay_only
@pytest.mark.vcr("images_503.yaml")
@pytest.mark.anyio
async def test_images_overloaded_async() -> None:
    check_overloaded(await acall(get_images, limit=2))
