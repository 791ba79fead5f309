"""images, creators, tags, users, articles, collections (and their single fetches) on cassettes."""

from __future__ import annotations

import pytest
from civitai_api.v1 import (
    Articles_API_Opts,
    Collections_API_Opts,
    Creators_API_Opts,
    Images_API_Opts,
    Tags_API_Opts,
    Users_API_Opts,
)
from support.wrapper_calls import Caller

from civitai_api_generated.models.article import Article
from civitai_api_generated.models.articles_response import ArticlesResponse
from civitai_api_generated.models.collection_detail import CollectionDetail
from civitai_api_generated.models.collections_response import CollectionsResponse
from civitai_api_generated.models.creators_response import CreatorsResponse
from civitai_api_generated.models.images_response import ImagesResponse
from civitai_api_generated.models.tags_response import TagsResponse
from civitai_api_generated.models.users_response import UsersResponse


@pytest.mark.vcr
@pytest.mark.default_cassette("images_post.yaml")
def test_images_of_a_post_with_meta(call: Caller) -> None:
    page = call("images", Images_API_Opts(postId=[9178972], limit=[2], withMeta=[True]))
    assert isinstance(page, ImagesResponse)
    assert page.items
    assert all(image.post_id == 9178972 for image in page.items)


@pytest.mark.vcr
@pytest.mark.default_cassette("creators_elesico.yaml")
def test_creators_search(call: Caller) -> None:
    page = call("creators", Creators_API_Opts(query=["Elesico"], limit=[2]))
    assert isinstance(page, CreatorsResponse)
    assert [creator.username for creator in page.items] == ["Elesico"]


@pytest.mark.vcr
@pytest.mark.default_cassette("tags_girls_frontline.yaml")
def test_tags_search(call: Caller) -> None:
    page = call("tags", Tags_API_Opts(query=["girls_frontline"], limit=[2]))
    assert isinstance(page, TagsResponse)
    assert [tag.name for tag in page.items] == ["girls_frontline"]
    assert page.metadata.page_size == 2


@pytest.mark.vcr
@pytest.mark.default_cassette("users_elesico.yaml")
def test_users_search(call: Caller) -> None:
    found = call("users", Users_API_Opts(query=["Elesico"]))
    assert isinstance(found, UsersResponse)
    assert [(user.id, user.username) for user in found.items] == [(5418, "Elesico")]


@pytest.mark.vcr
@pytest.mark.default_cassette("articles_list.yaml")
def test_articles_list(call: Caller) -> None:
    page = call("articles", Articles_API_Opts(limit=[2]))
    assert isinstance(page, ArticlesResponse)
    assert page.items[0].id == 16001


@pytest.mark.vcr
@pytest.mark.default_cassette("article_16001.yaml")
def test_get_article(call: Caller) -> None:
    article = call("get_article", 16001)
    assert isinstance(article, Article)
    assert article.title == "Training a character LoRA"


@pytest.mark.vcr
@pytest.mark.default_cassette("collections_list.yaml")
def test_collections_list(call: Caller) -> None:
    page = call("collections", Collections_API_Opts(limit=[2]))
    assert isinstance(page, CollectionsResponse)
    assert page.items[0].id == 10455


@pytest.mark.vcr
@pytest.mark.default_cassette("collection_10455.yaml")
def test_get_collection(call: Caller) -> None:
    collection = call("get_collection", 10455)
    assert isinstance(collection, CollectionDetail)
    assert collection.name == "Girls' Frontline LoRAs"
