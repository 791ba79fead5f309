"""Helpers for library tests: build a library of model files served by the fake Civitai,
and count the files `hash_file` reads."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

from support.fake_civitai import FakeCivitai, ServedFile, ServedImage

__all__ = ["ReadCounter", "add_model_files"]


class ReadCounter:
    """Counts the files `hash_file` opens to read (the only place that reads model bytes)."""

    def __init__(self) -> None:
        self.opened: list[str] = []

    def __len__(self) -> int:
        return len(self.opened)


def add_model_files(
    civitai: FakeCivitai,
    folder: Path,
    *,
    models: int,
    versions: int = 1,
    start_id: int = 1,
    seed: int = 7,
    images: Callable[[int], list[ServedImage]] | None = None,
    every_version: bool = False,
) -> list[Path]:
    """`models` models of `versions` versions each (the newest is index 0); the oldest
    version's file of each model is written into `folder`, or every version's file with
    `every_version`. Model ids are `start_id * 1000 + n`. Returns the files written."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for model in range(models):
        model_id = start_id * 1000 + model
        for version in range(versions):
            version_id = model_id * 10 + version
            served = ServedFile(
                version_id, f"model{model_id}-v{version}.safetensors", rng.randbytes(600)
            )
            civitai.add_version(
                version_id,
                [served],
                model_id=model_id,
                model_name=f"Model {model_id}",
                name=f"v{versions - version}",
                index=version,
                images=images(version_id) if images else None,
            )
            if every_version or version == versions - 1:
                path = folder / served.name
                path.write_bytes(served.data)
                written.append(path)
    return written
