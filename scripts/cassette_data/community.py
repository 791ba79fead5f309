"""Images, creators, tags, users, articles and collections."""

from __future__ import annotations

from typing import Any

from cassette_data.exchange import Exchange
from cassette_data.parts import IMAGE_CDN
from civitai_api_generated.api.articles import get_article, get_articles
from civitai_api_generated.api.collections import get_collection, get_collections
from civitai_api_generated.api.creators import get_creators
from civitai_api_generated.api.images import get_images
from civitai_api_generated.api.tags import get_tags
from civitai_api_generated.api.users import get_users

API = "https://civitai.com/api/v1"
POST_ID = 9178972


def post_image(image_id: int, uuid: str, level: int, meta: dict[str, Any] | None) -> dict[str, Any]:
    """An `/images` item: string `nsfwLevel`, numeric `browsingLevel`."""
    return {
        "id": image_id,
        "url": f"{IMAGE_CDN}/{uuid}/original=true/{image_id}.jpeg",
        "hash": "U9ECwc~q00D%00M{-;t7-;ay9FWB_3t7IUof",
        "width": 832,
        "height": 1216,
        "nsfwLevel": {1: "None", 2: "Soft"}[level],  # the level's old name
        "type": "image",
        "nsfw": level != 1,
        "browsingLevel": level,
        "createdAt": "2024-04-05T15:47:21.093Z",
        "postId": POST_ID,
        "stats": {
            "cryCount": 0,
            "laughCount": 1,
            "likeCount": 57,
            "dislikeCount": 0,
            "heartCount": 21,
            "commentCount": 2,
        },
        "meta": meta,
        "username": "Elesico",
        "baseModel": "SD 1.5",
        "modelVersionIds": [127062],
    }


IMAGE_META = {
    "prompt": "vsknormal, 1girl, snowflake hair ornament, winter, <lora:VSK:0.8>",
    "negativePrompt": "lowres, worst quality",
    "seed": 2772141150,
    "steps": 30,
    "sampler": "Euler a",
    "cfgScale": "6.5",  # numbers may arrive as strings
    "Size": "832x1216",
    "clipSkip": 2,
    "hashes": {"model": "A7A8D9C1C1", "lora:VSK": "260F2989F1"},
    "resources": [{"hash": "260F2989F1", "name": "VSK", "type": "lora", "weight": 0.8}],
    "civitaiResources": [{"type": "lora", "weight": 0.8, "modelVersionId": 127062}],
}

IMAGES_QUERY = {"post_id": POST_ID, "limit": 2, "with_meta": True}

CREATOR_ELESICO = {
    "username": "Elesico",
    "modelCount": 14,
    "link": f"{API}/models?username=Elesico",
    "image": f"{IMAGE_CDN}/4b9b47c3-52a2-4ed7-8d5c-2f1a5a4a3b9e/width=96/Elesico.jpeg",
}


def article(article_id: int, title: str, published: str, cover_id: int) -> dict[str, Any]:
    """An `/articles` item (shape per Civitai's docs)."""
    return {
        "id": article_id,
        "title": title,
        "publishedAt": published,
        "createdAt": "2026-07-20T09:00:00.000Z",
        "updatedAt": published,
        "nsfwLevel": 1,
        "availability": "Public",
        "status": "Published",
        "stats": {
            "favoriteCount": 31,
            "collectedCount": 12,
            "commentCount": 3,
            "likeCount": 88,
            "heartCount": 19,
            "viewCount": 2405,
            "tippedAmountCount": 150,
        },
        "user": {"id": 5418, "username": "Elesico", "image": None},
        "tags": [{"id": 3631, "name": "guide", "isCategory": True}],
        "coverImage": {
            "id": cover_id,
            "url": f"{IMAGE_CDN}/8f1d1d84-0f4f-4b5e-a7b6-1d2c3e4f5a6b/width=1216/{cover_id}.jpeg",
            "nsfwLevel": 1,
            "width": 1216,
            "height": 832,
        },
    }


FIRST_ARTICLE = article(16001, "Training a character LoRA", "2026-08-01T10:00:00.000Z", 20111223)
SECOND_ARTICLE = article(15988, "Tagging datasets", "2026-07-28T10:00:00.000Z", 20034871)

COLLECTION = {
    "id": 10455,
    "name": "Girls' Frontline LoRAs",
    "description": "Tactical dolls, one LoRA each.",
    "type": "Model",
    "nsfwLevel": 1,
    "read": "Public",
    "isPublic": True,
    "itemCount": 23,
    "coverImageUrl": f"{IMAGE_CDN}/2f3e5f3c-b8f2-4e17-906f-16f6f00cc776/width=450/1743595.jpeg",
    "user": {"id": 5418, "username": "Elesico"},
}
EMPTY_COLLECTION = {
    "id": 10321,
    "name": "later",
    "description": None,
    "type": None,
    "nsfwLevel": None,
    "read": "Public",
    "isPublic": True,
    "itemCount": 0,
    "coverImageUrl": None,
    "user": {"id": 5418, "username": "Elesico"},
}
COLLECTION_DETAIL = {
    **{k: v for k, v in COLLECTION.items() if k != "itemCount"},
    "tags": [{"id": 5133, "name": "girls_frontline"}],
}

CASSETTES: dict[str, list[Exchange]] = {
    "images_post": [
        Exchange(
            get_images,
            IMAGES_QUERY,
            200,
            {
                "items": [
                    post_image(9531478, "c9a3b0a4-6f0e-4a51-9b1e-3d6f8f0e2a11", 1, IMAGE_META),
                    post_image(9531480, "1e7d2c55-0b8a-4c7e-8d52-6a4e1f9b3c22", 2, None),
                ],
                "metadata": {
                    "nextCursor": "9531480",
                    "nextPage": f"{API}/images?limit=2&postId={POST_ID}&withMeta=true"
                    "&cursor=9531480",
                },
            },
        )
    ],
    "creators_elesico": [
        Exchange(
            get_creators,
            {"query": "Elesico", "limit": 2},
            200,
            {
                "items": [CREATOR_ELESICO],
                # with `query`, counts are lower bounds and `hasMore` appears
                "metadata": {
                    "totalItems": 1,
                    "currentPage": 1,
                    "pageSize": 2,
                    "totalPages": 1,
                    "hasMore": False,
                },
            },
        )
    ],
    "creators_page_2": [
        Exchange(
            get_creators,
            {"limit": 2, "page": 2},
            200,
            {
                "items": [
                    {"username": "frontline_fan", "link": f"{API}/models?username=frontline_fan"},
                    CREATOR_ELESICO,
                ],
                "metadata": {
                    "totalItems": 91234,
                    "currentPage": 2,
                    "pageSize": 2,
                    "totalPages": 45617,
                    "nextPage": f"{API}/creators?limit=2&page=3",
                    "prevPage": f"{API}/creators?limit=2&page=1",
                },
            },
        )
    ],
    "tags_girls_frontline": [
        Exchange(
            get_tags,
            {"query": "girls_frontline", "limit": 2},
            200,
            {
                "items": [{"name": "girls_frontline", "link": f"{API}/models?tag=girls_frontline"}],
                # no count since 2025-10-16, so never a nextPage
                "metadata": {"totalItems": 0, "currentPage": 1, "pageSize": 2, "totalPages": 1},
            },
        )
    ],
    "users_elesico": [
        Exchange(
            get_users, {"query": "Elesico"}, 200, {"items": [{"id": 5418, "username": "Elesico"}]}
        )
    ],
    "articles_list": [
        Exchange(
            get_articles,
            {"limit": 2},
            200,
            {
                "items": [FIRST_ARTICLE, SECOND_ARTICLE],
                "metadata": {
                    "nextCursor": "1785232800000|15988",
                    "nextPage": f"{API}/articles?limit=2&cursor=1785232800000%7C15988",
                },
            },
        )
    ],
    "article_16001": [Exchange(get_article, {"id": 16001}, 200, FIRST_ARTICLE)],
    "collections_list": [
        Exchange(
            get_collections,
            {"limit": 2},
            200,
            {
                "items": [COLLECTION, EMPTY_COLLECTION],
                # the collections cursor is an integer
                "metadata": {
                    "nextCursor": 10320,
                    "nextPage": f"{API}/collections?limit=2&cursor=10320",
                },
            },
        )
    ],
    "collection_10455": [Exchange(get_collection, {"id": 10455}, 200, COLLECTION_DETAIL)],
}
