"""Error answers that the wrapper tests replay: 400, 401, 404, 429 (two kinds), 503."""

from __future__ import annotations

import json

from cassette_data.exchange import NO_STORE, PRIVATE_CACHE, Exchange
from civitai_api_generated.api.articles import get_articles
from civitai_api_generated.api.images import get_images
from civitai_api_generated.api.models import get_model, get_models
from civitai_api_generated.api.users import get_me

# zod v4 serializes the issues as an indented JSON string in `message`
LIMIT_ISSUES = [
    {
        "origin": "number",
        "code": "too_big",
        "maximum": 100,
        "inclusive": True,
        "path": ["limit"],
        "message": "Too big: expected number to be <=100",
    }
]
ZOD_ERROR = {"name": "ZodError", "message": json.dumps(LIMIT_ISSUES, indent=2)}

CASSETTES: dict[str, list[Exchange]] = {
    "model_404": [
        Exchange(get_model, {"model_id": 999999999}, 404, {"error": "No model with id 999999999"})
    ],
    "models_list_400": [Exchange(get_models, {"limit": 500}, 400, {"error": ZOD_ERROR})],
    # /me is an AuthedEndpoint, so no key means 401
    "me_401": [Exchange(get_me, {}, 401, {"error": "Unauthorized"}, cache_control=PRIVATE_CACHE)],
    # the articles/collections limiter answers with Retry-After
    "articles_429": [
        Exchange(
            get_articles,
            {"limit": 2},
            429,
            {"error": "Rate limit exceeded, please retry shortly."},
            cache_control=NO_STORE,
            headers={"retry-after": "37"},
        )
    ],
    # page * limit > 1000 is refused with 429 and no Retry-After
    "models_list_429_page_cap": [
        Exchange(
            get_models,
            {"limit": 100, "page": 11},
            429,
            {"error": "You've requested too many pages, please use cursors instead"},
        )
    ],
    # search overload, retry in 2 s
    "images_503": [
        Exchange(
            get_images,
            {"limit": 2},
            503,
            {"error": "Image search is temporarily overloaded — please retry."},
            cache_control=NO_STORE,
            headers={"retry-after": "2"},
        )
    ],
}
