"""Pieces shared by several responses: model 11821's facts, files and embedded images."""

from __future__ import annotations

from typing import Any

IMAGE_CDN = "https://image.civitai.com/xG1nkqKTMzGDvpLrqFT7WA"
DOWNLOAD = "https://civitai.com/api/download/models"

VSK_HASHES = {
    "AutoV1": "4D71A74E",
    "AutoV2": "260F2989F1",
    "SHA256": "260F2989F160C67B09FD68482D1CC45DE61A33EEC5D2FA6FCD6CF7E09BBA7D47",
    "CRC32": "93FFD3FC",
    "BLAKE3": "253BD9C3037584A20AD46C833E9BC90A1F8F7EA031FD81BF1E8392DBC9C45F3E",
    "AutoV3": "A799B2202ECC",
}
VSK_V1_HASHES = {
    "AutoV1": "C7B41150",
    "AutoV2": "5E8CA396E4",
    "SHA256": "5E8CA396E45A596CC3F5B376B869EE4095617839B63ED2A352CAD7C9CA5712E2",
    "CRC32": "3A1842FF",
    "BLAKE3": "4791680017CEB2E6ADF0A7F01BADC442C95266BD8B0852F862D5675A45054769",
    "AutoV3": "5F86F0A0EB1F",
}
VSK_DESCRIPTION = (
    "<p>VSK-94 from Girls' Frontline<br />Trained on 4 outfits</p><p>Recommend 0.8-1 Strength</p>"
)
VSK_V2_DESCRIPTION = "<p>Added christmas and jacketless training</p><p>general improvements</p>"
VSK_V2_WORDS = ["VSKnormal", "VSKDress", "VSKJacketless", "VSKChristmas", "VSKFace"]
LEON = {
    "username": "LeonDoesntDraw",
    "image": "https://lh3.googleusercontent.com/a/AEdFTp7zLM1fubX4omLmP2Jv6hnJw_jf7p8ANbPjEsTS=s96-c",
}


def scanned_file(
    file_id: int, name: str, size_kb: float, scanned_at: str | None, **fields: Any
) -> dict[str, Any]:
    """A file whose pickle and virus scans passed."""
    return {
        "id": file_id,
        "sizeKB": size_kb,
        "name": name,
        "type": "Model",
        "pickleScanResult": "Success",
        "pickleScanMessage": "No Pickle imports",
        "virusScanResult": "Success",
        "virusScanMessage": None,
        "scannedAt": scanned_at,
        **fields,
    }


def model_image(uuid: str, image_id: int, width: int, height: int, blurhash: str) -> dict[str, Any]:
    """An image embedded in `/models`: integer `nsfwLevel`, no `meta`."""
    return {
        "id": image_id,
        "url": f"{IMAGE_CDN}/{uuid}/width={width}/{image_id}.jpeg",
        "nsfwLevel": 1,
        "width": width,
        "height": height,
        "hash": blurhash,
        "type": "image",
        "minor": False,
        "poi": False,
        "hasMeta": True,
        "hasPositivePrompt": True,
        "onSite": False,
        "remixOfId": None,
    }


VSK_IMAGE = model_image(
    "2f3e5f3c-b8f2-4e17-906f-16f6f00cc776",
    1743595,
    1024,
    1152,
    "URNl}S~p01tR_0WURQ%10gxvNLIoIBRjE2Rl",
)
VSK_IMAGE_2 = model_image(
    "f4ed7e24-edf0-4028-b59e-fea3f4061ff6",
    1743620,
    1024,
    1416,
    "UXHog{b_xuF~.Ts,I;TLbawIIoD*E2t6xZf7",
)
VSK_V1_IMAGE = model_image(
    "650b84aa-1ed9-4a71-ff1c-8def983b9200",
    135662,
    1280,
    1600,
    "UgG9Q]RkIUo~~qofIqo#-;Rjt8W=tRWBtRfl",
)
