"""When the reader of stdout goes away (`civitai ... | head -1`), the command stops at once and
quietly, with 141 as the shell's own tools give: nothing on stderr, no "Exception ignored".

Each command is the installed entry point in a subprocess whose stdout is a real pipe. Either
the reader reads one line and closes (a long output: the command is still writing), or the
reader is gone before the command starts (a short output: a `head -1` that was quicker).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from support.cli_runs import SUBPROCESS_TIMEOUT, add_model
from support.fake_civitai import FakeCivitai

# Every test here runs the command in its own process for seconds.
pytestmark = pytest.mark.slow

BROKEN_PIPE = 141


def _command(args: tuple[str, ...]) -> list[str]:
    script = Path(sys.executable).with_name("civitai")  # the console script pip installed
    if script.exists():
        return [str(script), *args]
    return [sys.executable, "-m", "civitai_api", *args]


def into_closed_pipe(
    env: dict[str, str], cwd: Path, *args: str, first_line: bool = False
) -> tuple[int, bytes, str]:
    """Run the command with stdout a pipe whose reader goes away: after reading one line
    (`first_line`), or before the command starts. Returns (exit code, line read, stderr)."""
    if first_line:
        with subprocess.Popen(
            _command(args), stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=cwd
        ) as process:
            assert process.stdout is not None
            assert process.stderr is not None
            line = process.stdout.readline()
            process.stdout.close()
            err = process.stderr.read().decode()
            return process.wait(timeout=SUBPROCESS_TIMEOUT), line, err
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        ran = subprocess.run(
            _command(args),
            stdout=write_end,
            stderr=subprocess.PIPE,
            env=env,
            cwd=cwd,
            timeout=SUBPROCESS_TIMEOUT,
            check=False,
        )
    finally:
        os.close(write_end)
    return ran.returncode, b"", ran.stderr.decode()


@pytest.mark.parametrize(
    "args",
    [
        ("--help",),
        ("enums",),
        ("models", "get", "1"),
        ("models", "search", "--json"),
        ("versions", "get", "10"),
    ],
)
def test_a_closed_pipe_ends_the_command_quietly_with_141(
    cli_env: dict[str, str], civitai: FakeCivitai, tmp_path: Path, args: tuple[str, ...]
) -> None:
    add_model(civitai, 1, [10])
    code, _line, err = into_closed_pipe(cli_env, tmp_path, *args)
    assert (code, err) == (BROKEN_PIPE, "")


def test_an_all_walk_stops_at_once_when_the_reader_has_read_one_line(
    cli_env: dict[str, str], civitai: FakeCivitai, tmp_path: Path
) -> None:
    for number in range(1, 121):  # two pages: 100 lines of about 1 KB, then 20
        add_model(civitai, number, [number * 10], size=10)
    code, line, err = into_closed_pipe(
        cli_env, tmp_path, "models", "search", "--all", "--json", "--limit", "100", first_line=True
    )
    assert line.startswith(b'{"id":1,')
    assert (code, err) == (BROKEN_PIPE, "")  # no "stopped after 0 results", no traceback
    # It stopped at once: the first page is more than a pipe holds, so the command was still
    # writing it when the reader left, and never asked for the second.
    asked = [seen.path for seen in civitai.seen("api")]
    assert asked
    assert not any("cursor=" in path for path in asked)


def test_a_download_whose_reader_is_gone_keeps_its_file_and_ends_quietly(
    cli_env: dict[str, str], civitai: FakeCivitai, tmp_path: Path
) -> None:
    served = add_model(civitai, 1, [10])[0]
    code, _line, err = into_closed_pipe(cli_env, tmp_path, "download", "10", "-q")
    assert code == BROKEN_PIPE
    # stderr has the outcome written before the paths met the closed pipe, and nothing else
    assert err == f"ok      10: {tmp_path / served.name} (downloaded, 48.8 KiB, SHA256 verified)\n"
    assert (tmp_path / served.name).read_bytes() == served.data


def test_library_ls_into_a_closed_pipe(
    cli_env: dict[str, str], cli_here, civitai: FakeCivitai, tmp_path: Path
) -> None:
    add_model(civitai, 1, [10])
    assert cli_here("download", "10", "-q", "--out-dir", "models").code == 0
    assert cli_here("library", "scan", "models", "-q").code == 0
    code, _line, err = into_closed_pipe(cli_env, tmp_path, "library", "ls")
    assert (code, err) == (BROKEN_PIPE, "")
