"""Model versions: by id, by hash (GET and both POSTs), mini, and the download redirect."""

from __future__ import annotations

from typing import Any

from cassette_data.exchange import BY_HASH_CACHE, DOWNLOAD_CACHE, Exchange
from cassette_data.parts import (
    DOWNLOAD,
    IMAGE_CDN,
    VSK_HASHES,
    VSK_V2_DESCRIPTION,
    VSK_V2_WORDS,
    scanned_file,
)
from civitai_api_generated.api.downloads import download_model_version
from civitai_api_generated.api.model_versions import (
    get_model_version,
    get_model_version_by_hash,
    get_model_version_ids_by_hashes,
    get_model_version_mini,
    get_model_versions_by_hashes,
)

BLAKE3_OF_VSK = VSK_HASHES["BLAKE3"]
UNKNOWN_SHA256 = "0" * 64
VERSION_IMAGE_META = {
    "prompt": "vsknormal, white shirt, blue skirt, pantyhose, snowflake hair ornament, bowtie",
    "negativePrompt": "lowres, bad anatomy, bad hands",
    "seed": 3141592653,
    "steps": 28,
    "sampler": "DPM++ 2M Karras",
    "cfgScale": 7,
    "Size": "512x576",
    "Clip skip": "2",
    "resources": [{"name": "VSK", "type": "lora", "weight": 0.8}],
}


def version_detail(*, download_host: str = "https://civitai.com") -> dict[str, Any]:
    """Version 127062 as `/model-versions/{id}` returns it."""
    download_url = f"{download_host}/api/download/models/127062"
    return {
        "id": 127062,
        "modelId": 11821,
        "name": "v2.0",
        "nsfwLevel": 13,
        "createdAt": "2023-07-27T10:36:07.312Z",
        "updatedAt": "2023-07-27T10:41:45.741Z",
        "status": "Published",
        "publishedAt": "2023-07-27T10:41:45.737Z",
        "trainedWords": VSK_V2_WORDS,
        "trainingStatus": None,
        "trainingDetails": None,
        "baseModel": "SD 1.5",
        "baseModelType": "Standard",
        "description": VSK_V2_DESCRIPTION,
        "uploadType": "Created",
        "usageControl": "Download",
        "licensingFee": None,
        "paidAccess": None,
        "air": "urn:air:sd1:lora:civitai:11821@127062",
        "stats": {"downloadCount": 988, "thumbsUpCount": 152},
        "model": {"name": "VSK-94 | Girls' Frontline", "type": "LORA", "nsfw": False, "poi": False},
        "files": [
            scanned_file(
                91869,
                "VSK.safetensors",
                73888.6953125,
                "2023-07-27T10:40:50.825Z",
                # all three keys present, values may be null
                metadata={"format": "SafeTensor", "size": None, "fp": None},
                hashes=VSK_HASHES,
                primary=True,
                downloadUrl=download_url,
            )
        ],
        "images": [
            {
                "url": f"{IMAGE_CDN}/2f3e5f3c-b8f2-4e17-906f-16f6f00cc776/width=1024/1743595.jpeg",
                "nsfwLevel": 1,
                "width": 1024,
                "height": 1152,
                "hash": "URNl}S~p01tR_0WURQ%10gxvNLIoIBRjE2Rl",
                "type": "image",
                "metadata": {
                    "hash": "URNl}S~p01tR_0WURQ%10gxvNLIoIBRjE2Rl",
                    "size": 1503021,
                    "width": 1024,
                    "height": 1152,
                },
                "minor": False,
                "poi": False,
                "meta": VERSION_IMAGE_META,
                "availability": "Public",
                "hasMeta": True,
                "hasPositivePrompt": True,
                "onSite": False,
                "remixOfId": None,
            }
        ],
        "downloadUrl": download_url,
    }


def version_by_hash() -> dict[str, Any]:
    """Version 127062 from `/by-hash/{hash}`: adds file `overrideName`."""
    body = version_detail()
    body["files"] = [{**file, "overrideName": None} for file in body["files"]]
    return body


MINI = {
    "air": "urn:air:sd1:lora:civitai:11821@127062",
    "versionName": "v2.0",
    "modelName": "VSK-94 | Girls' Frontline",
    "userId": 21418,
    "baseModel": "SD 1.5",
    "availability": "Public",
    "publishedAt": "2023-07-27T10:41:45.737Z",
    "size": 73888.6953125,
    "fileType": "Model",
    "fileName": "VSK.safetensors",
    "hashes": VSK_HASHES,
    "downloadUrls": [f"{DOWNLOAD}/127062"],
    "format": "SafeTensor",
    "canGenerate": True,
    "isFeatured": False,
    "requireAuth": False,
    "checkPermission": False,
    "additionalResourceCharge": False,
    "minor": False,
    "sfwOnly": False,
    "fees": [],
    "payoutEnabled": False,
}

SIGNED_URL = (
    "https://civitai-delivery-worker-prod.5ac0637cfd0766c97916cefa3764fbdf.r2.cloudflarestorage.com"
    "/model/21418/vsk.Hx7p.safetensors?X-Amz-Expires=86400"
    "&response-content-disposition=attachment%3B%20filename%3D%22VSK.safetensors%22"
    "&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20260808T120000Z"
    "&X-Amz-SignedHeaders=host&X-Amz-Signature=0f3c2a9e"
)

LOOKED_UP_HASHES = [VSK_HASHES["SHA256"], UNKNOWN_SHA256]

CASSETTES: dict[str, list[Exchange]] = {
    "model_version_127062": [
        Exchange(get_model_version, {"model_version_id": 127062}, 200, version_detail())
    ],
    "model_version_by_hash": [
        Exchange(
            get_model_version_by_hash,
            {"hash_": BLAKE3_OF_VSK},
            200,
            version_by_hash(),
            cache_control=BY_HASH_CACHE,
        )
    ],
    "model_versions_by_hashes": [
        Exchange(
            get_model_versions_by_hashes,
            {"body": LOOKED_UP_HASHES},
            200,
            # URLs come from a `posthost` header nobody sends
            [version_detail(download_host="https://undefined")],
        )
    ],
    "model_version_ids_by_hashes": [
        Exchange(
            get_model_version_ids_by_hashes,
            {"body": LOOKED_UP_HASHES},
            200,
            [{"modelVersionId": 127062, "modelId": 11821, "hash": VSK_HASHES["SHA256"]}],
        )
    ],
    "model_version_mini_127062": [
        Exchange(get_model_version_mini, {"model_version_id": 127062}, 200, MINI)
    ],
    "model_version_404": [
        Exchange(
            get_model_version, {"model_version_id": 999999999}, 404, {"error": "Model not found"}
        )
    ],
    "download_127062": [
        Exchange(
            download_model_version,
            {"model_version_id": 127062},
            307,
            SIGNED_URL,  # Next.js `res.redirect` writes the target URL as the body
            authorized=True,
            cache_control=DOWNLOAD_CACHE,
            headers={"location": SIGNED_URL},
        )
    ],
}
