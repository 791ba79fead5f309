"""Fixtures of the export tests: the corpus's items, a fake Civitai serving them, and the
installed `civitai` run in a subprocess."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from support.cli_runs import Ran, run_command
from support.contract import NO_CORPUS, corpus_dir
from support.fake_export import ExportFake, civitai_command, corpus_templates

pytest.importorskip("pyarrow", reason="the export tests need pyarrow (the export extra)")


@pytest.fixture(scope="session")
def templates() -> dict[str, list[dict[str, Any]]]:
    directory = corpus_dir()
    if directory is None:
        pytest.skip(NO_CORPUS)
    return corpus_templates(directory)


@pytest.fixture
def make_fake(templates: dict[str, list[dict[str, Any]]]) -> Iterator[Callable[..., ExportFake]]:
    made: list[ExportFake] = []

    def make(*, models: int = 0, images: int = 0) -> ExportFake:
        fake = ExportFake(templates, models=models, images=images)
        made.append(fake)
        return fake

    yield make
    for fake in made:
        fake.close()


@pytest.fixture
def export_cli(tmp_path: Path) -> Callable[..., Ran]:
    """Run `civitai ARGS` in a subprocess against a fake (`host=` its URL)."""

    def run(*args: str, host: str) -> Ran:
        command = [*civitai_command(), *args, "--host", host]
        return run_command(command, cwd=tmp_path, env={**os.environ, "COLUMNS": "200"})

    return run
