"""`civitai hash` and `civitai identify` walk folders as `civitai library scan` does: a link
loop, a link leaving the folder and a broken link are skipped and listed on stderr as the
scan lists them, never fatal; paths stay as the user typed them."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from support.cli_runs import Ran

COMMANDS = {
    "hash": ["hash", "models", "--algo", "SHA256", "--json"],
    "identify": ["identify", "models", "--json"],
}


def make_tree(tmp_path: Path) -> None:
    (tmp_path / "models" / "sub").mkdir(parents=True)
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "models" / "a.safetensors").write_bytes(b"a" * 100)
    (tmp_path / "models" / "sub" / "b.ckpt").write_bytes(b"b" * 100)
    (tmp_path / "elsewhere" / "c.safetensors").write_bytes(b"c" * 100)
    os.symlink("..", tmp_path / "models" / "sub" / "loop")
    os.symlink("../elsewhere/c.safetensors", tmp_path / "models" / "leaving.safetensors")
    os.symlink("nothing.safetensors", tmp_path / "models" / "broken.safetensors")


def problem_rows(ran: Ran) -> set[tuple[str, str]]:
    """The (problem, path) rows of the problems table on stderr (what a pipe gets)."""
    lines = ran.err.splitlines()
    start = lines.index("problem\tpath\tdetail") + 1
    rows = [line.split("\t") for line in lines[start:]]
    return {(row[0], row[1]) for row in rows if len(row) == 3}


EXPECTED = {
    ("symlink-loop", str(Path("models/sub/loop"))),
    ("outside", str(Path("models/leaving.safetensors"))),
    ("broken-link", str(Path("models/broken.safetensors"))),
}


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_links_and_loops_are_listed_as_library_scan_lists_them(
    cli, tmp_path: Path, command: str
) -> None:
    make_tree(tmp_path)
    ran = cli(*COMMANDS[command])
    assert ran.code == 0, ran.err
    assert [row["path"] for row in ran.json()] == [
        str(Path("models/a.safetensors")),
        str(Path("models/sub/b.ckpt")),
    ]
    assert problem_rows(ran) == EXPECTED
    assert "Errno" not in ran.err
    scanned = cli("library", "scan", "models", "--offline")
    assert problem_rows(scanned) == EXPECTED


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_folder_holding_only_a_loop_exits_4_and_says_why(
    cli_here, tmp_path: Path, command: str
) -> None:
    (tmp_path / "models" / "sub").mkdir(parents=True)
    os.symlink("..", tmp_path / "models" / "sub" / "loop")
    ran = cli_here(*COMMANDS[command])
    assert ran.code == 4, ran.err
    assert problem_rows(ran) == {("symlink-loop", str(Path("models/sub/loop")))}
    assert "no model files found in models" in ran.err
    assert ran.out == ""
