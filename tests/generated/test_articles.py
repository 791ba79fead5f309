"""`/articles` and `/articles/{id}`, and the limiter's 429 with Retry-After."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from civitai_api_generated.api.articles import get_article, get_articles
from civitai_api_generated.models import Article, ArticlesResponse, ErrorResponse
from civitai_api_generated.types import UNSET, Response

from .calls import RECORDING, acall, call


def check_article(article: object) -> None:
    assert isinstance(article, Article)
    assert (article.id, article.title) == (16001, "Training a character LoRA")
    assert article.published_at == datetime(2026, 8, 1, 10, tzinfo=UTC)
    assert article.user is not UNSET
    assert article.user.username == "Elesico"
    assert article.user.image is None
    assert [tag.name for tag in article.tags] == ["guide"]
    assert article.cover_image is not UNSET
    assert article.cover_image.width == 1216


def check_articles(response: Response[Any]) -> None:
    assert response.status_code == 200
    page = response.parsed
    assert isinstance(page, ArticlesResponse)
    assert [article.id for article in page.items] == [16001, 15988]
    check_article(page.items[0])
    assert page.metadata.next_cursor == "1785232800000|15988"


@pytest.mark.vcr("articles_list.yaml")
def test_articles_sync() -> None:
    check_articles(call(get_articles, limit=2))


@pytest.mark.vcr("articles_list.yaml")
@pytest.mark.anyio
async def test_articles_async() -> None:
    check_articles(await acall(get_articles, limit=2))


@pytest.mark.vcr("article_16001.yaml")
def test_article_sync() -> None:
    response = call(get_article, id=16001)
    assert response.status_code == 200
    check_article(response.parsed)


@pytest.mark.vcr("article_16001.yaml")
@pytest.mark.anyio
async def test_article_async() -> None:
    response = await acall(get_article, id=16001)
    assert response.status_code == 200
    check_article(response.parsed)


def check_rate_limited(response: Response[Any]) -> None:
    assert response.status_code == 429
    # fixed-window limiter on articles and collections
    assert response.headers["retry-after"] == "37"
    assert response.headers["cache-control"] == "no-store"
    assert isinstance(response.parsed, ErrorResponse)
    assert response.parsed.error == "Rate limit exceeded, please retry shortly."


replay_only = pytest.mark.skipif(RECORDING, reason="the server answers 429 only when limited")


@replay_only
@pytest.mark.vcr("articles_429.yaml")
def test_articles_rate_limited_sync() -> None:
    check_rate_limited(call(get_articles, limit=2))


@replay_only
@pytest.mark.vcr("articles_429.yaml")
@pytest.mark.anyio
async def test_articles_rate_limited_async() -> None:
    check_rate_limited(await acall(get_articles, limit=2))
