"""Fixtures for the `civitai` command line: two ways to run the CLI against the fake Civitai.

`cli` runs the real entry point (`python -m civitai_api`, the same `main` as the `civitai`
console script) in a subprocess; `cli_here` calls `main` in this process, which is enough for
anything that does not depend on the process (signals, stdout being a pipe, start-up).
Both point the CLI at the fake Civitai through `CIVITAI_HOST`, and give it a private hash
cache; the suite-wide fixture already gives every test empty config/data/cache folders.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import pytest
from support.cli_runs import Ran, run_command
from support.fake_civitai import FakeCivitai


@pytest.fixture
def cli_env(
    civitai: FakeCivitai,
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> dict[str, str]:
    """The environment both runners use: the fake's URL and a private hash cache."""
    monkeypatch.setenv("CIVITAI_HOST", civitai.api_url)
    cache = tmp_path_factory.mktemp("hash-cache") / "hashes.sqlite3"
    monkeypatch.setenv("CIVITAI_HASH_CACHE", str(cache))
    return dict(os.environ)


@pytest.fixture
def cli(cli_env: dict[str, str], tmp_path: Path) -> Any:
    """Run `python -m civitai_api ARGS` in a subprocess (cwd: the test's tmp_path)."""

    def run(*args: str, env: dict[str, str] | None = None, stdin: str | None = None) -> Ran:
        command = [sys.executable, "-m", "civitai_api", *args]
        return run_command(command, cwd=tmp_path, env={**cli_env, **(env or {})}, stdin=stdin)

    return run


@pytest.fixture
def cli_here(
    cli_env: dict[str, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> Any:
    """Run the CLI's `main(ARGS)` in this process (cwd: the test's tmp_path)."""
    from civitai_api.cli import main

    monkeypatch.chdir(tmp_path)

    def run(*args: str) -> Ran:
        capsys.readouterr()
        code = main(list(args))
        captured = capsys.readouterr()
        return Ran(code, captured.out, captured.err)

    return run
