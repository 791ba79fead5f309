"""What the command-line tests share besides fixtures: a finished run, and a helper that
adds models to the fake Civitai."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from typing import Any

from support.fake_civitai import FakeCivitai, ServedFile

__all__ = ["SUBPROCESS_TIMEOUT", "Ran", "add_model"]

SUBPROCESS_TIMEOUT = 60


@dataclasses.dataclass(frozen=True)
class Ran:
    """One finished run of the CLI."""

    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)

    def json_lines(self) -> list[Any]:
        return [json.loads(line) for line in self.out.splitlines()]

    def table(self) -> list[dict[str, str]]:
        """stdout's tab-separated table (what a pipe gets) as rows keyed by header."""
        lines = self.out.splitlines()
        header = lines[0].split("\t")
        return [dict(zip(header, line.split("\t"), strict=True)) for line in lines[1:]]


def add_model(
    fake: FakeCivitai,
    model_id: int,
    version_ids: Sequence[int],
    *,
    model_type: str = "LORA",
    username: str = "tester",
    size: int = 50_000,
) -> list[ServedFile]:
    """A model with versions (newest first), each with one primary safetensors file."""
    served = []
    for index, version_id in enumerate(version_ids):
        data = bytes((version_id + i) % 251 for i in range(size))
        item = ServedFile(
            version_id * 10, f"m{model_id}-v{version_id}.safetensors", data, primary=True
        )
        fake.add_version(
            version_id,
            [item],
            model_id=model_id,
            model_name=f"Model {model_id}",
            index=index,
            model_type=model_type,
            username=username,
        )
        served.append(item)
    return served
