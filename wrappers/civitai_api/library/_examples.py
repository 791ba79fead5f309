"""Example images with their generation data, saved by `scan --examples N`.

For each identified file, up to N images of its version go to `<base>.examples/`: each as
`<image id>.<png|jpg|webp>`, and one `examples.json` listing them with their generation
data (prompt, negative prompt, sampler, steps, CFG scale, seed, resources used).
"""

from __future__ import annotations

from pathlib import Path

from ._known import sidecar_path

__all__ = ["EXAMPLES_INDEX", "examples_folder", "examples_index"]

EXAMPLES_INDEX = "examples.json"


def examples_folder(model: Path) -> Path:
    """`<base>.examples/` next to the model file."""
    return sidecar_path(model, ".examples")


def examples_index(model: Path) -> Path:
    """The JSON file listing a model file's saved examples."""
    return examples_folder(model) / EXAMPLES_INDEX
