"""The download progress in a real terminal: `civitai download` under a pseudo-terminal
(pexpect), its output read back as the screen a user sees (pyte)."""

from __future__ import annotations

import sys
from pathlib import Path

import pexpect
import pyte
import pytest
from support.cli_runs import SUBPROCESS_TIMEOUT, add_model
from support.fake_civitai import FakeCivitai

pytestmark = pytest.mark.slow


def _screen(args: list[str], cwd: Path, env: dict[str, str], columns: int) -> list[str]:
    """The lines of the terminal after `civitai ARGS` ran in it (it must exit 0)."""
    civitai = str(Path(sys.executable).with_name("civitai"))  # the console script pip installed
    screen = pyte.Screen(columns, 40)
    stream = pyte.ByteStream(screen)
    child = pexpect.spawn(
        civitai, args, cwd=str(cwd), env=env, dimensions=(40, columns), timeout=SUBPROCESS_TIMEOUT
    )
    output = child.read()  # until the command exits
    child.wait()
    child.close()
    assert child.exitstatus == 0, output.decode(errors="replace")
    stream.feed(output)
    return [line.rstrip() for line in screen.display if line.strip()]


@pytest.mark.parametrize("columns", [60, 200])
def test_a_file_already_there_shows_a_full_bar_not_an_empty_one(
    civitai: FakeCivitai, cli_env: dict[str, str], tmp_path: Path, columns: int
) -> None:
    add_model(civitai, 7, [70], size=300_000)
    env = {**cli_env, "TERM": "xterm", "COLUMNS": str(columns)}
    args = ["download", "70", "--out-dir", "models"]

    first = _screen(args, tmp_path, env, columns)
    again = _screen(args, tmp_path, env, columns)

    def bar_of(lines: list[str]) -> str:
        found = [line for line in lines if line.startswith("m7-v70")]
        assert found, lines
        return found[0]

    assert "293.0/293.0 KiB" in bar_of(first)
    assert any("already there" in line for line in again), again
    # the same full bar as a download that just finished, never "0.0/… KiB"
    assert bar_of(again).split()[-4] == bar_of(first).split()[-4]
    assert not any(" 0.0/" in line or " 0/" in line for line in again), again
