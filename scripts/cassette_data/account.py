"""The caller's account (`/me`, vault) and the site-wide lists (`/enums`, permissions)."""

from __future__ import annotations

from types import ModuleType
from typing import Any

from cassette_data.exchange import PRIVATE_CACHE, Exchange
from cassette_data.parts import IMAGE_CDN
from civitai_api_generated.api.enums import get_enums
from civitai_api_generated.api.permissions import check_permissions
from civitai_api_generated.api.users import get_me
from civitai_api_generated.api.vault import (
    check_vault,
    get_vault,
    get_vault_items,
    toggle_vault_version,
)

# Civitai's lists as of 2026-08-08 ("*" marks base models hidden on the site)
MODEL_TYPES = [
    "Checkpoint",
    "TextualInversion",
    "Hypernetwork",
    "AestheticGradient",
    "LORA",
    "LoCon",
    "DoRA",
    "Controlnet",
    "Upscaler",
    "MotionModule",
    "VAE",
    "TextEncoder",
    "UNet",
    "CLIPVision",
    "Poses",
    "Wildcards",
    "Workflows",
    "ComfyWorkflows",
    "Detection",
    "VisionLanguage",
    "CLIP",
    "LLM",
    "Other",
]
FILE_TYPES = [
    "Model",
    "Text Encoder",
    "Vision Encoder",
    "Pruned Model",
    "Negative",
    "Training Data",
    "VAE",
    "Config",
    "Archive",
    "UNet",
    "Diffusion Model",
    "CLIPVision",
    "ControlNet",
    "Workflow",
    "Upscaler",
    "Enhancement LoRA",
    "Other",
]
BASE_MODELS = [
    "Anima",
    "AuraFlow",
    "Chroma",
    "CogVideoX",
    "Ernie",
    "Flux.1 S",
    "Flux.1 D",
    "Flux.1 Krea",
    "Flux.1 Kontext",
    "Flux.2 D",
    "Flux.2 Klein 9B",
    "Flux.2 Klein 9B-base",
    "Flux.2 Klein 4B",
    "Flux.2 Klein 4B-base",
    "Flux 3 Video",
    "Grok",
    "HappyHorse",
    "HiDream",
    "HiDream-O1",
    "Hunyuan 1",
    "Hunyuan Video",
    "Ideogram 4.0",
    "Boogu",
    "Illustrious",
    "Imagen4*",
    "Kolors",
    "Krea 2",
    "LTXV",
    "LTXV2",
    "LTXV 2.3",
    "Lens",
    "Lumina",
    "MageFlow",
    "MAI",
    "Mochi",
    "Nano Banana*",
    "NoobAI",
    "ODOR*",
    "OpenAI*",
    "Upscaler",
    "Other",
    "PixArt a",
    "PixArt E",
    "Playground v2*",
    "Pony",
    "Pony V7",
    "Qwen",
    "Qwen 2",
    "Qwen 3",
    "Stable Cascade*",
    "SD 1.4",
    "SD 1.5",
    "SD 1.5 LCM",
    "SD 1.5 Hyper",
    "SD 2.0",
    "SD 2.0 768*",
    "SD 2.1",
    "SD 2.1 768*",
    "SD 2.1 Unclip*",
    "SD 3*",
    "SD 3.5*",
    "SD 3.5 Large*",
    "SD 3.5 Large Turbo*",
    "SD 3.5 Medium*",
    "SDXL 0.9*",
    "SDXL 1.0",
    "SDXL 1.0 LCM*",
    "SDXL Lightning",
    "SDXL Hyper",
    "SDXL Turbo*",
    "SDXL Distilled*",
    "Reve",
    "Seedream*",
    "SVD*",
    "SVD XT*",
    "Sora 2*",
    "Veo 3*",
    "Wan Video*",
    "Wan Video 1.3B t2v",
    "Wan Video 14B t2v",
    "Wan Video 14B i2v 480p",
    "Wan Video 14B i2v 720p",
    "Wan Video 2.2 TI2V-5B",
    "Wan Video 2.2 I2V-A14B",
    "Wan Video 2.2 T2V-A14B",
    "Wan Video 2.5 T2V",
    "Wan Video 2.5 I2V",
    "Wan Image 2.7",
    "Wan Video 2.7",
    "ZImageTurbo",
    "ZImageBase",
    "Vidu Q1*",
    "MiniMax H3",
    "Kling*",
    "Seedance*",
    "ACE Audio",
    "PolyGen*",
    "Tripo*",
    "Hunyuan3D*",
]
ENUMS = {
    "ModelType": MODEL_TYPES,
    "ModelFileType": FILE_TYPES,
    "ActiveBaseModel": [name for name in BASE_MODELS if not name.endswith("*")],
    "BaseModel": [name.rstrip("*") for name in BASE_MODELS],
    "BaseModelType": ["Standard", "Inpainting", "Refiner", "Pix2Pix"],
}

ME = {
    "id": 4412087,
    "username": "cassette_user",
    "tier": "free",
    "status": "active",
    "isMember": False,
    "subscriptions": [],
    "tokenScope": 3,
    "buzzLimit": None,
    "subject": None,
}

VAULT = {
    "vault": {
        "userId": 4412087,
        "storageKb": 10485760,
        "usedStorageKb": 73889,
        "meta": {},
        "updatedAt": "2026-08-01T09:30:00.000Z",
    }
}
VAULT_ITEM = {
    "id": 90211,
    "vaultId": 4412087,
    "status": "Stored",
    "modelVersionId": 127062,
    "modelId": 11821,
    "modelName": "VSK-94 | Girls' Frontline",
    "versionName": "v2.0",
    "creatorId": 21418,
    "creatorName": "LeonDoesntDraw",
    "type": "LORA",
    "baseModel": "SD 1.5",
    "category": "character",
    "modelSizeKb": 73889,
    "detailsSizeKb": 4,
    "imagesSizeKb": 1468,
    "createdAt": "2026-08-01T09:30:00.000Z",
    "addedAt": "2026-08-01T09:30:00.000Z",
    "refreshedAt": None,
    "notes": None,
    "meta": {"failures": 0},
    "coverImageUrl": f"{IMAGE_CDN}/2f3e5f3c-b8f2-4e17-906f-16f6f00cc776/width=450/1743595.jpeg",
    "files": [
        {
            "id": 91869,
            "sizeKB": 73888.6953125,
            "url": "https://civitai-vault.s3.amazonaws.com/4412087/127062/VSK.safetensors",
            "displayName": "VSK.safetensors",
        }
    ],
}


def authed(operation: ModuleType, body: Any, **arguments: Any) -> Exchange:
    """A 200 from an AuthedEndpoint: key sent, private cache header."""
    return Exchange(operation, arguments, 200, body, authorized=True, cache_control=PRIVATE_CACHE)


CASSETTES: dict[str, list[Exchange]] = {
    "me": [authed(get_me, ME)],
    "vault_get": [authed(get_vault, VAULT)],
    # members only; others get a null vault, not an error
    "vault_get_not_member": [authed(get_vault, {"vault": None})],
    "vault_all": [
        authed(
            get_vault_items,
            {
                "items": [VAULT_ITEM],
                "totalItems": 1,
                "currentPage": 1,
                "pageSize": 2,
                "totalPages": 1,
            },
            limit=2,
            page=1,
        )
    ],
    "vault_check": [
        authed(
            check_vault,
            [
                {"modelVersionId": 127062, "vaultItem": VAULT_ITEM},
                {"modelVersionId": 13966, "vaultItem": None},
            ],
            model_version_ids=[127062, 13966],
        )
    ],
    "vault_toggle": [
        authed(toggle_vault_version, {"success": True, "vaultId": 4412087}, model_version_id=127062)
    ],
    # no endpoint wrapper, so the middleware's default cache header stays
    "enums": [Exchange(get_enums, {}, 200, ENUMS, cache_control=PRIVATE_CACHE)],
    "permissions_check": [
        Exchange(
            check_permissions,
            {"entity_ids": [127062, 13966]},
            200,
            {"127062": True, "13966": False},
        )
    ],
}
