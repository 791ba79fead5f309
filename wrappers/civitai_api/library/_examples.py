"""Example images with their generation data, saved by `scan --examples N`.

For each identified file, up to N images of its version go to `<base>.examples/`: each as
`<image id>.<png|jpg|webp>`, and one `examples.json` listing them with their generation
data (prompt, negative prompt, sampler, steps, CFG scale, seed, resources used) and the
whole `meta` Civitai gave. They come from `GET /api/v1/images?modelVersionId=…&withMeta=true`
(without `withMeta` Civitai sends no generation data since 2026-06), rated at most the
`max_preview_nsfw` level, videos left out.

A rerun asks nothing for a file whose `examples.json` already lists N images, or records
that N were asked for (a version with fewer images), and never downloads an image again.
The functions here decide; the scan's drivers send the requests.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from .._constants import IMAGES_MAX_LIMIT
from ..v1 import Images_API_Opts
from ._known import read_json_object, sidecar_path

__all__ = [
    "EXAMPLES_INDEX",
    "ExampleImage",
    "ExampleTask",
    "choose_examples",
    "example_task",
    "examples_folder",
    "examples_index",
    "examples_opts",
    "index_data",
]

EXAMPLES_INDEX = "examples.json"
_VIDEO_SUFFIXES = (".mp4", ".webm", ".mov", ".gif")
# `/images` rates items by a name (`nsfwLevel`) and a bit (`browsingLevel`).
_LEVEL_NAMES = {"none": 1, "soft": 2, "mature": 4, "x": 8}
# The generation data copied to the top of each record (the whole `meta` is kept too).
_META_KEYS = ("prompt", "negativePrompt", "sampler", "steps", "cfgScale", "seed")


def examples_folder(model: Path) -> Path:
    """`<base>.examples/` next to the model file."""
    return sidecar_path(model, ".examples")


def examples_index(model: Path) -> Path:
    """The JSON file listing a model file's saved examples."""
    return examples_folder(model) / EXAMPLES_INDEX


@dataclasses.dataclass(frozen=True)
class ExampleTask:
    """The examples one model file still needs.

    Attributes:
        model: The model file.
        version_id: Its version.
        wanted: How many examples it should have (N).
        kept: The records already saved (their image files exist).
    """

    model: Path
    version_id: int
    wanted: int
    kept: tuple[dict[str, Any], ...] = ()


@dataclasses.dataclass(frozen=True)
class ExampleImage:
    """One image to download for a task, and its record for `examples.json`."""

    task: ExampleTask
    image_id: int
    url: str
    record: dict[str, Any]


def example_task(model: Path, version_id: int, wanted: int) -> ExampleTask | None:
    """What `model` still needs, or None when its examples are complete."""
    index = read_json_object(examples_index(model)) or {}
    same_version = index.get("modelVersionId") == version_id
    records = index.get("images") if same_version else None
    kept = tuple(
        record
        for record in (records if isinstance(records, list) else [])
        if isinstance(record, dict)
        and isinstance(record.get("file"), str)
        and (examples_folder(model) / record["file"]).is_file()
    )
    asked = index.get("asked") if same_version else None
    if len(kept) >= wanted or (
        isinstance(asked, int) and asked >= wanted and list(kept) == records
    ):
        return None
    return ExampleTask(model, version_id, wanted, kept)


def _levels_up_to(max_nsfw: int) -> int:
    """Every level bit at most `max_nsfw` (2 → PG and PG-13: 3)."""
    return sum(bit for bit in (1, 2, 4, 8, 16) if bit <= max_nsfw) or 1


def examples_opts(task: ExampleTask, max_nsfw: int) -> Images_API_Opts:
    """The `/images` query for a task: its version, with generation data."""
    # Ask for more than wanted, as some are videos or too explicit.
    limit = min(IMAGES_MAX_LIMIT, max(task.wanted * 3, 20))
    return Images_API_Opts(
        modelVersionId=[task.version_id],
        withMeta=[True],
        flatMeta=[True],
        limit=[limit],
        browsingLevel=[_levels_up_to(max_nsfw)],
    )


def _level(item: Mapping[str, Any]) -> int | None:
    value = item.get("browsingLevel")
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    name = item.get("nsfwLevel")
    if isinstance(name, int) and not isinstance(name, bool):
        return name
    return _LEVEL_NAMES.get(name.strip().lower()) if isinstance(name, str) else None


def _record(item: Mapping[str, Any], level: int) -> dict[str, Any]:
    meta = item.get("meta")
    if isinstance(meta, dict) and isinstance(meta.get("meta"), dict):  # the legacy wrapper
        meta = meta["meta"]
    meta = meta if isinstance(meta, dict) else {}
    record: dict[str, Any] = {
        "id": item["id"],
        "file": None,
        "url": item["url"],
        "width": item.get("width"),
        "height": item.get("height"),
        "nsfwLevel": level,
    }
    for key in _META_KEYS:
        record[key] = meta.get(key)
    resources = meta.get("civitaiResources") or meta.get("resources") or []
    record["resources"] = resources if isinstance(resources, list) else []
    record["meta"] = meta
    return record


def choose_examples(
    task: ExampleTask, items: Sequence[Mapping[str, Any]], max_nsfw: int
) -> list[ExampleImage]:
    """The images to download: the first ones that are images (not videos), rated at most
    `max_nsfw`, not saved yet, up to the number still missing."""
    have = {record.get("id") for record in task.kept}
    chosen: list[ExampleImage] = []
    for item in items:
        if len(chosen) + len(task.kept) >= task.wanted:
            break
        image_id, url = item.get("id"), item.get("url")
        if not isinstance(image_id, int) or not isinstance(url, str) or image_id in have:
            continue
        if str(item.get("type") or "image").lower() != "image":
            continue
        if url.lower().split("?")[0].endswith(_VIDEO_SUFFIXES):
            continue
        level = _level(item)
        if level is None or level > max_nsfw:
            continue
        have.add(image_id)
        chosen.append(ExampleImage(task, image_id, url, _record(item, level)))
    return chosen


def index_data(task: ExampleTask, saved: Sequence[dict[str, Any]]) -> bytes:
    """`examples.json`: the version, how many were asked for, and every record saved."""
    data = {
        "modelVersionId": task.version_id,
        "asked": task.wanted,
        "images": [*task.kept, *saved],
    }
    return json.dumps(data, indent=2, ensure_ascii=False).encode()
