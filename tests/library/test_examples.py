"""`scan(examples=N)`: up to N example images per file with their generation data, in
`<base>.examples/`, videos and too explicit images skipped, nothing fetched twice."""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from civitai_api import library
from support.fake_civitai import FakeCivitai, ServedFile, ServedImage

GENERATION = {
    "prompt": "a castle at dawn",
    "negativePrompt": "blurry",
    "sampler": "DPM++ 2M Karras",
    "steps": 30,
    "cfgScale": 6.5,
    "seed": 1234,
    "civitaiResources": [{"type": "lora", "modelVersionId": 440, "weight": 0.8}],
}
IMAGES = [
    ServedImage("clip.jpeg", "mp4", image_id=1),  # a video
    ServedImage("one.jpeg", "jpeg", image_id=11, meta=GENERATION),
    ServedImage("spicy.jpeg", "png", nsfw_level=8, image_id=12),  # above PG-13
    ServedImage("two.jpeg", "png", nsfw_level=2, image_id=13),
    ServedImage("three.jpeg", "webp", image_id=14),
]


def whimsy(civitai: FakeCivitai, folder: Path) -> Path:
    served = ServedFile(4401, "whimsy.safetensors", b"whimsy " * 90)
    civitai.add_version(440, [served], model_id=44, images=IMAGES)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / served.name
    path.write_bytes(served.data)
    return path


def test_examples_are_saved_with_their_generation_data_and_never_fetched_twice(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path, catalog_path: Path
) -> None:
    model = whimsy(civitai, tmp_path)
    report = library.scan([tmp_path], client=client, catalog=catalog_path, sidecars=[], examples=2)
    assert report.examples_written == 2
    (listing,) = [s for s in civitai.seen("api") if s.path.startswith("/api/v1/images")]
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(listing.path).query)
    assert (query["withMeta"], query["modelVersionId"], query["browsingLevel"]) == (
        ["true"],
        ["440"],
        ["3"],
    )
    folder = tmp_path / "whimsy.examples"
    assert sorted(p.name for p in folder.iterdir()) == ["11.jpg", "13.png", "examples.json"]
    index = json.loads((folder / "examples.json").read_text())
    assert (index["modelVersionId"], index["asked"]) == (440, 2)
    first = index["images"][0]
    assert {key: first[key] for key in ("id", "file", "prompt", "negativePrompt")} == {
        "id": 11,
        "file": "11.jpg",
        "prompt": "a castle at dawn",
        "negativePrompt": "blurry",
    }
    assert (first["sampler"], first["steps"], first["cfgScale"], first["seed"]) == (
        "DPM++ 2M Karras",
        30,
        6.5,
        1234,
    )
    assert first["resources"] == GENERATION["civitaiResources"]
    assert [item["id"] for item in library.show(model, catalog=catalog_path).examples] == [11, 13]
    # A rerun asks for nothing; asking for one more fetches only that one.
    civitai.log.clear()
    again = library.scan([tmp_path], client=client, catalog=catalog_path, sidecars=[], examples=2)
    assert again.examples_written == 0
    assert civitai.log == []
    more = library.scan([tmp_path], client=client, catalog=catalog_path, sidecars=[], examples=5)
    assert more.examples_written == 1
    assert civitai.count("GET image") == 1
    index = json.loads((folder / "examples.json").read_text())
    assert [item["id"] for item in index["images"]] == [11, 13, 14]  # never above N, no video
    # Fewer than asked exist: the next scan does not ask again.
    civitai.log.clear()
    library.scan([tmp_path], client=client, catalog=catalog_path, sidecars=[], examples=5)
    assert civitai.log == []


def test_no_examples_unless_asked_and_none_offline(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path, catalog_path: Path
) -> None:
    whimsy(civitai, tmp_path)
    library.scan([tmp_path], client=client, catalog=catalog_path, sidecars=[])
    assert not (tmp_path / "whimsy.examples").exists()
    assert civitai.count("GET images") == 0
    library.scan([tmp_path], catalog=catalog_path, offline=True, examples=3)
    assert not (tmp_path / "whimsy.examples").exists()


@pytest.mark.anyio
async def test_async_scan_saves_the_same_examples(
    civitai: FakeCivitai,
    async_client_factory: Callable[[], httpx.AsyncClient],
    tmp_path: Path,
    catalog_path: Path,
) -> None:
    whimsy(civitai, tmp_path)
    async with async_client_factory() as client:
        report = await library.async_scan(
            [tmp_path], client=client, catalog=catalog_path, sidecars=[], examples=3
        )
    assert report.examples_written == 3
    files = sorted(p.name for p in (tmp_path / "whimsy.examples").iterdir())
    assert files == ["11.jpg", "13.png", "14.webp", "examples.json"]
