"""`civitai export` in a real terminal: under a pseudo-terminal (pexpect), its output read
back as the screen a user sees (pyte), at 30, 60 and 200 columns; and interrupted there."""

from __future__ import annotations

import os
import re
import signal
from pathlib import Path

import pexpect
import pyte
import pytest
from support.cli_runs import SUBPROCESS_TIMEOUT
from support.fake_export import civitai_command

pytestmark = pytest.mark.slow

_PROGRESS = re.compile(r"\d+ items, \d+ pages, \d+ items/s")


def _spawn(args: list[str], cwd: Path, columns: int) -> pexpect.spawn:
    command, *rest = civitai_command()
    env = {**os.environ, "TERM": "xterm", "COLUMNS": str(columns)}
    return pexpect.spawn(
        command,
        [*rest, *args],
        cwd=str(cwd),
        env=env,
        dimensions=(30, columns),
        timeout=SUBPROCESS_TIMEOUT,
    )


def _lines(screen: pyte.Screen) -> list[str]:
    return [line.rstrip() for line in screen.display if line.strip()]


@pytest.mark.parametrize("columns", [30, 60, 200])
def test_the_progress_is_one_line_rewritten_in_place_at_any_width(
    make_fake, tmp_path: Path, columns: int
) -> None:
    fake = make_fake(images=2000)  # 10 pages of 200
    fake.page_delay = 0.15  # slow enough for the line to be drawn many times
    screen = pyte.Screen(columns, 30)
    stream = pyte.ByteStream(screen)
    child = _spawn(["export", "images", "out", "--host", fake.url], tmp_path, columns)
    child.expect(rb"\d+ items, ")  # drawn while the export runs
    stream.feed(child.before + child.after)
    stream.feed(child.read())
    child.wait()
    child.close()
    assert child.exitstatus == 0
    lines = _lines(screen)
    progress = [line for line in lines if "items" in line and "pages" in line]
    # one line, rewritten: never a line per page, never wrapped onto a second line
    assert len(progress) == 1, lines
    assert all(len(line) <= columns for line in lines)
    if columns >= 60:
        assert _PROGRESS.search(progress[0]), progress
        assert progress[0].split()[1:3] == ["2000", "items,"]
    else:
        assert progress[0].endswith("…"), progress  # cut to the width, not wrapped
    # the summary is plain text: a narrow terminal wraps it, the screen keeps it whole
    flat = "".join(line.ljust(columns) for line in screen.display)
    assert "export of images in out (parquet): complete" in flat
    assert "  dataset: 2000 images" in flat


def test_ctrl_c_in_a_terminal_ends_the_line_and_says_how_to_continue(
    make_fake, tmp_path: Path
) -> None:
    fake = make_fake(images=2000)
    fake.page_delay = 0.15
    screen = pyte.Screen(80, 30)
    stream = pyte.ByteStream(screen)
    child = _spawn(["export", "images", "out", "--host", fake.url], tmp_path, 80)
    child.expect(rb"[2-9]\d\d items, ")  # a couple of pages in
    stream.feed(child.before + child.after)
    child.kill(signal.SIGINT)
    stream.feed(child.read())
    child.wait()
    child.close()
    assert child.exitstatus == 130
    lines = _lines(screen)
    assert len([line for line in lines if _PROGRESS.search(line)]) == 1, lines
    assert any(
        "interrupted; run the same command again to continue the export" in line for line in lines
    ), lines
    again = _spawn(["export", "images", "out", "--host", fake.url], tmp_path, 80)
    fake.page_delay = 0.0
    again.read()
    again.wait()
    again.close()
    assert again.exitstatus == 0
    cursors = fake.pages_requested("images")
    assert len(set(cursors)) == 10
    assert len(cursors) - 10 <= 1
