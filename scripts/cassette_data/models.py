"""Models: `/models` list pages (civitai.com and civitai.red) and `/models/{id}`.

Model 11821 (VSK-94, a LORA by LeonDoesntDraw) and its versions 127062 and 13966 are real;
models 1600240 and 45213 are invented to carry the shapes the real one lacks.
"""

from __future__ import annotations

from typing import Any

from cassette_data.exchange import CIVITAI, CIVITAI_RED, Exchange
from cassette_data.fakes import file_hashes
from cassette_data.parts import (
    DOWNLOAD,
    LEON,
    VSK_DESCRIPTION,
    VSK_HASHES,
    VSK_IMAGE,
    VSK_IMAGE_2,
    VSK_V1_HASHES,
    VSK_V1_IMAGE,
    VSK_V2_DESCRIPTION,
    VSK_V2_WORDS,
    model_image,
    scanned_file,
)
from civitai_api_generated.api.models import get_model, get_models
from civitai_api_generated.models.commercial_use import CommercialUse
from civitai_api_generated.models.metric_timeframe import MetricTimeframe
from civitai_api_generated.models.model_sort import ModelSort
from civitai_api_generated.models.model_type import ModelType


def vsk_list_item() -> dict[str, Any]:
    """Model 11821 as a `/models` item with nsfw off: PG images only, one version."""
    version = {
        "id": 127062,
        "index": 0,
        "name": "v2.0",
        "baseModel": "SD 1.5",
        "baseModelType": "Standard",
        "publishedAt": "2023-07-27T10:41:45.737Z",
        "availability": "Public",
        "nsfwLevel": 13,
        "description": VSK_V2_DESCRIPTION,
        "trainedWords": VSK_V2_WORDS,
        "vaeId": None,
        "paidAccess": None,
        "stats": {"downloadCount": 988, "thumbsUpCount": 152, "thumbsDownCount": 0},
        "supportsGeneration": True,
        "files": [
            scanned_file(
                91869,
                "VSK.safetensors",
                73888.6953125,
                "2023-07-27T10:40:50.825Z",
                metadata={"format": "SafeTensor"},
                hashes=VSK_HASHES,
                downloadUrl=f"{DOWNLOAD}/127062",
                primary=True,
            )
        ],
        "images": [VSK_IMAGE],
        "downloadUrl": f"{DOWNLOAD}/127062",
    }
    return {
        "id": 11821,
        "name": "VSK-94 | Girls' Frontline",
        "description": VSK_DESCRIPTION,
        "allowNoCredit": True,
        "allowCommercialUse": ["Image", "RentCivit", "Rent", "Sell"],
        "allowDerivatives": True,
        "allowDifferentLicense": True,
        "type": "LORA",
        "minor": False,
        "sfwOnly": False,
        "poi": False,
        "nsfw": False,
        "nsfwLevel": 15,
        "availability": "Public",
        "cosmetic": None,
        "supportsGeneration": True,
        "stats": {
            "downloadCount": 2051,
            "thumbsUpCount": 385,
            "thumbsDownCount": 0,
            "commentCount": 2,
            "tippedAmountCount": 0,
        },
        "creator": LEON,
        "tags": ["anime", "character", "woman", "girls_frontline"],
        "modelVersions": [version],
    }


def style_list_item() -> dict[str, Any]:
    """An early-access LORA: commercial use as a Postgres array string, hidden metrics."""
    base = f"{DOWNLOAD}/1801122"
    v2_files = [
        scanned_file(
            1703344,
            "gfl_tactical_style_v2.safetensors",
            223105.8671875,
            "2026-07-31T08:02:11.417Z",
            metadata={"format": "SafeTensor", "size": "full", "fp": "bf16"},
            hashes=file_hashes("gfl_tactical_style_v2.safetensors"),
            downloadUrl=base,
            primary=True,
        ),
        {  # `primary` is absent (not false) on the other files
            **scanned_file(
                1703345,
                "gfl_tactical_style_dataset.zip",
                48211.2,
                None,
                metadata={"format": "Other"},
                hashes={},
                downloadUrl=f"{base}?type=Training%20Data",
            ),
            "type": "Training Data",
            "pickleScanResult": "Pending",
            "pickleScanMessage": None,
            "virusScanResult": "Pending",
        },
    ]
    v1_files = [
        scanned_file(
            1544010,
            "gfl_tactical_style_pony.safetensors",
            223101.4453125,
            "2026-05-02T17:45:00.002Z",
            metadata={"format": "SafeTensor", "size": "pruned", "fp": "fp16"},
            hashes=file_hashes("gfl_tactical_style_pony.safetensors"),
            downloadUrl=f"{DOWNLOAD}/1650007",
            primary=True,
        )
    ]
    versions = [
        {
            "id": 1801122,
            "index": 0,
            "name": "v2.0",
            "baseModel": "Illustrious",
            "baseModelType": None,
            "publishedAt": "2026-07-31T08:15:00.000Z",
            "availability": "EarlyAccess",
            "nsfwLevel": 1,
            "description": None,
            "trainedWords": ["gfl_style"],
            "vaeId": None,
            "earlyAccessDeadline": "2026-08-14T08:15:00.000Z",
            "paidAccess": {"permanent": False, "endsAt": "2026-08-14T08:15:00.000Z"},
            "stats": {"downloadCount": None, "thumbsUpCount": 40, "thumbsDownCount": 0},
            "supportsGeneration": False,
            "files": v2_files,
            "images": [
                model_image(
                    "0c5e1a1e-7a55-4d3b-9c39-6d2f2fb4a001",
                    98765432,
                    832,
                    1216,
                    "U9F~gc00~q%M00%M9FRj_3t7IUWB00RjxuWB",
                )
            ],
            "downloadUrl": base,
        },
        {
            "id": 1650007,
            "index": 1,
            "name": "v1.0",
            "baseModel": "Pony",
            "baseModelType": "Standard",
            "publishedAt": "2026-05-02T18:00:00.000Z",
            "availability": "Public",
            "nsfwLevel": 1,
            "description": "<p>First release.</p>",
            "trainedWords": [],
            "vaeId": None,
            "paidAccess": None,
            "stats": {"downloadCount": None, "thumbsUpCount": 80, "thumbsDownCount": 1},
            "supportsGeneration": False,
            "files": v1_files,
            "images": [],
            "downloadUrl": f"{DOWNLOAD}/1650007",
        },
    ]
    return {
        "id": 1600240,
        "name": "Frontline Tactical Style",
        "description": None,
        "allowNoCredit": False,
        "allowCommercialUse": "{Image,Sell}",  # node-postgres leaves it unparsed
        "allowDerivatives": True,
        "allowDifferentLicense": False,
        "type": "LORA",
        "minor": False,
        "sfwOnly": False,
        "poi": False,
        "nsfw": False,
        "nsfwLevel": 1,
        "availability": "Public",
        "userId": 5012733,
        "baseModels": ["Illustrious", "Pony"],
        # Not in the spec: stands for a field newer than the spec (kept, not dropped).
        "lastVersionAt": "2026-07-31T08:15:00.000Z",
        "cosmetic": None,
        "supportsGeneration": False,
        "stats": {
            "downloadCount": None,
            "thumbsUpCount": 120,
            "thumbsDownCount": 1,
            "commentCount": 4,
            "tippedAmountCount": None,
        },
        "creator": {"username": "frontline_fan", "image": None},
        "tags": ["style", "girls_frontline"],
        "modelVersions": versions,
    }


def archived_list_item() -> dict[str, Any]:
    """An archived model owned by Civitai: no `creator`, no files, no `downloadUrl`."""
    return {
        "id": 45213,
        "name": "Frontline Doll Poses",
        "description": "<p>OpenPose rigs.</p>",
        "allowNoCredit": True,
        "allowCommercialUse": ["None"],
        "allowDerivatives": False,
        "allowDifferentLicense": False,
        "type": "Poses",
        "minor": False,
        "sfwOnly": False,
        "poi": False,
        "nsfw": False,
        "nsfwLevel": 1,
        "availability": "Public",
        "mode": "Archived",
        "cosmetic": None,
        "supportsGeneration": False,
        "stats": {
            "downloadCount": 311,
            "thumbsUpCount": 12,
            "thumbsDownCount": 0,
            "commentCount": 0,
            "tippedAmountCount": 0,
        },
        "tags": ["poses", "girls_frontline"],
        "modelVersions": [
            {
                "id": 49870,
                "index": 0,
                "name": "v1",
                "baseModel": "SD 1.5",
                "baseModelType": "Standard",
                "publishedAt": "2023-04-20T11:00:00.000Z",
                "availability": "Public",
                "nsfwLevel": 1,
                "description": None,
                "trainedWords": [],
                "stats": {"downloadCount": 311, "thumbsUpCount": 12, "thumbsDownCount": 0},
                "supportsGeneration": False,
                "files": [],
                "images": [],
            }
        ],
    }


def vsk_detail() -> dict[str, Any]:
    """Model 11821 from `/models/{id}`: versions passed through removeEmpty."""
    item = vsk_list_item()
    v2 = {
        **{k: v for k, v in item["modelVersions"][0].items() if v is not None},
        "createdAt": "2023-07-27T10:36:07.312Z",
        "status": "Published",
        "covered": True,
        "images": [
            {k: v for k, v in image.items() if k != "id"} for image in (VSK_IMAGE, VSK_IMAGE_2)
        ],
    }
    del v2["supportsGeneration"]
    v1 = {  # no description, no vaeId, no paidAccess: removeEmpty dropped them
        "id": 13966,
        "index": 1,
        "name": "v1.0",
        "baseModel": "SD 1.5",
        "baseModelType": "Standard",
        "createdAt": "2023-02-22T18:41:53.988Z",
        "publishedAt": "2023-02-22T18:41:53.988Z",
        "status": "Published",
        "availability": "Public",
        "nsfwLevel": 11,
        "trainedWords": ["vsk", "vskdress"],
        "covered": True,
        "stats": {"downloadCount": 1063, "thumbsUpCount": 236, "thumbsDownCount": 0},
        "files": [
            scanned_file(
                12247,
                "VSK.safetensors",
                147533.7412109375,
                "2023-02-22T18:46:17.348Z",
                metadata={"format": "SafeTensor", "size": "full", "fp": "fp16"},
                hashes=VSK_V1_HASHES,
                downloadUrl=f"{DOWNLOAD}/13966",
                primary=True,
            )
        ],
        "images": [{k: v for k, v in VSK_V1_IMAGE.items() if k != "id"}],
        "downloadUrl": f"{DOWNLOAD}/13966",
    }
    return {**item, "modelVersions": [v2, v1]}


LIST_QUERY = {
    "limit": 2,
    "tag": "girls_frontline",
    "types": [ModelType.LORA, ModelType.POSES],
    "sort": ModelSort.HIGHEST_RATED,
}
NEXT_CURSOR = "120|0|1600240"
# What the README's `Models_API_Opts` example sends: the wrapper drops `page` (it cannot go
# with `query`), `favorites`/`hidden` set to false, and the keys the server ignores.
README_QUERY = {
    "limit": 20,
    "query": "VSK-94 | Girls' Frontline",
    "tag": "girls_frontline",
    "username": "LeonDoesntDraw",
    "types": [ModelType.LORA],
    "sort": ModelSort.NEWEST,
    "period": MetricTimeframe.ALLTIME,
    "nsfw": True,
    "primary_file_only": False,
    "supports_generation": True,
    "allow_commercial_use": [CommercialUse.IMAGE, CommercialUse.RENT, CommercialUse.SELL],
}


def next_page(host: str, query: str, cursor: str) -> str:
    """A `nextPage` URL: the original query plus `cursor=` on the host called."""
    return f"{host}/api/v1/models?{query}&cursor={cursor.replace('|', '%7C')}"


CASSETTES: dict[str, list[Exchange]] = {
    "models_list": [
        Exchange(
            get_models,
            LIST_QUERY,
            200,
            {
                "items": [vsk_list_item(), style_list_item()],
                "metadata": {
                    "nextCursor": NEXT_CURSOR,
                    "nextPage": next_page(
                        CIVITAI,
                        "limit=2&tag=girls_frontline&types=LORA&types=Poses&sort=Highest%20Rated",
                        NEXT_CURSOR,
                    ),
                },
            },
        )
    ],
    "models_list_last_page": [
        Exchange(
            get_models,
            {**LIST_QUERY, "cursor": NEXT_CURSOR},
            200,
            {"items": [archived_list_item()], "metadata": {}},
        )
    ],
    "models_list_civitai_red": [
        Exchange(
            get_models,
            {"limit": 1, "username": "LeonDoesntDraw"},
            200,
            {
                "items": [vsk_list_item()],
                "metadata": {
                    "nextCursor": "385|2051|11821",
                    "nextPage": next_page(
                        CIVITAI_RED,
                        "limit=1&username=LeonDoesntDraw",
                        "385|2051|11821",
                    ),
                },
            },
            host=CIVITAI_RED,
        )
    ],
    # a search answers in one page: no cursor, empty metadata
    "models_readme": [
        Exchange(get_models, README_QUERY, 200, {"items": [vsk_list_item()], "metadata": {}})
    ],
    "model_11821": [Exchange(get_model, {"model_id": 11821}, 200, vsk_detail())],
    # the update check of identification and of the library: models by id, 100 a request,
    # NSFW included (else Civitai leaves NSFW models out)
    "models_by_ids": [
        Exchange(
            get_models,
            {"ids": [11821], "limit": 100, "nsfw": True},
            200,
            {"items": [vsk_list_item()], "metadata": {}},
        )
    ],
}
