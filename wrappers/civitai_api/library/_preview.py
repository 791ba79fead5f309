"""Preview images: `<base>.preview.<ext>` from a version's first suitable image.

Every UI accepts `<base>.preview.<ext>`; which of png, jpg and webp it is follows the bytes
(Civitai's URLs end in `.jpeg` whatever the CDN sends). Videos are skipped, as are images
rated above the allowed NSFW level. A model that already has a preview under any name a UI
reads (`<base>.<ext>` or `<base>.preview.<ext>`) gets no other.

The API key never goes with an image request unless the image is on Civitai's own API
origin: the CDN needs none.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import httpx

from civitai_api_generated.models.model_version_detail import ModelVersionDetail
from civitai_api_generated.models.version_image import VersionImage

from .._download.plan import is_trusted
from .._fields import known, listed, nonempty
from ._known import sidecar_path

__all__ = [
    "PreviewTask",
    "async_fetch_image",
    "choose_image",
    "fetch_image",
    "has_preview",
    "image_extension",
]

# What readers look for, in their usual order.
PREVIEW_EXTENSIONS = ("png", "jpg", "jpeg", "webp", "gif")
# Civitai's image CDN sizes an image by a `width=N` (or `original=true`) path segment.
_SIZE_SEGMENT = re.compile(r"/(?:width=\d+|original=true)/")
PREVIEW_WIDTH = 450
# Larger answers are not previews: refuse them rather than fill the disk.
MAX_PREVIEW_BYTES = 32 * 1024 * 1024
# Civitai's level names for images, as bit values (1 PG, 2 PG-13, 4 R, 8 X, 16 XXX).
_LEVEL_NAMES = {"none": 1, "soft": 2, "mature": 4, "x": 8}
_VIDEO_SUFFIXES = (".mp4", ".webm", ".mov", ".gif")


@dataclasses.dataclass(frozen=True)
class PreviewTask:
    """A preview to fetch: the image URL and the model file it is for."""

    model: Path
    url: str


def has_preview(model: Path) -> bool:
    """Whether `model` already has a preview image a UI would show."""
    return any(
        sidecar_path(model, f"{infix}.{extension}").exists()
        for extension in PREVIEW_EXTENSIONS
        for infix in ("", ".preview")
    )


def _level(image: VersionImage) -> int | None:
    value = known(image.nsfw_level)
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str):
        return _LEVEL_NAMES.get(value.strip().lower())
    return None


def choose_image(version: ModelVersionDetail, max_nsfw: int) -> str | None:
    """The URL of the version's first image (not a video) rated at most `max_nsfw`, sized
    for a preview; None when there is none."""
    for image in listed(version.images):
        url = nonempty(image.url)
        level = _level(image)
        kind = (nonempty(image.type_) or "image").lower()
        if not url or kind != "image" or url.lower().endswith(_VIDEO_SUFFIXES):
            continue
        if level is None or level > max_nsfw:
            continue
        return _SIZE_SEGMENT.sub(f"/width={min(PREVIEW_WIDTH, _width(image))}/", url, count=1)
    return None


def _width(image: VersionImage) -> int:
    width = known(image.width)
    return width if width and width > 0 else PREVIEW_WIDTH


def image_extension(data: bytes) -> str | None:
    """`png`, `jpg` or `webp` from the first bytes of an image; None for anything else."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpg"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    return None


def preview_path(model: Path, extension: str) -> Path:
    """`<base>.preview.<extension>`."""
    return sidecar_path(model, f".preview.{extension}")


def _request(client: httpx.Client | httpx.AsyncClient, url: str) -> httpx.Request:
    request = client.build_request("GET", url)
    if not is_trusted(request.url, client.base_url):
        request.headers.pop("Authorization", None)
    return request


def _check_status(response: httpx.Response) -> None:
    if response.status_code != 200:
        raise OSError(f"the image answered HTTP {response.status_code}")


def _check_size(received: int) -> None:
    if received > MAX_PREVIEW_BYTES:
        raise OSError(f"the image is larger than {MAX_PREVIEW_BYTES} bytes")


def fetch_image(client: httpx.Client, url: str) -> bytes:
    """The bytes of an image (redirects followed, the key sent only to Civitai's API).

    Raises:
        httpx.HTTPError: The request failed.
        OSError: The answer was not 200 or too large.
    """
    response = client.send(_request(client, url), stream=True, follow_redirects=True)
    try:
        _check_status(response)
        body = bytearray()
        for piece in response.iter_bytes():
            body += piece
            _check_size(len(body))
    finally:
        response.close()
    return bytes(body)


async def async_fetch_image(client: httpx.AsyncClient, url: str) -> bytes:
    """Async twin of `fetch_image`."""
    response = await client.send(_request(client, url), stream=True, follow_redirects=True)
    try:
        _check_status(response)
        body = bytearray()
        async for piece in response.aiter_bytes():
            body += piece
            _check_size(len(body))
    finally:
        await response.aclose()
    return bytes(body)
