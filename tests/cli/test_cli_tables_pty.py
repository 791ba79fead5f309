"""Every table the `civitai` command prints, as a terminal shows it: the installed `civitai`
console script runs each command in a real pseudo-terminal (pexpect) 60, 80, 120 and 200
columns wide, one process per command, and pyte plays the terminal's screen. Answers come
from the recorded Civitai of the demo (real bodies), failed lookups from the fake Civitai
answering 400.

On every screen: the table is drawn once, no wider than the terminal (a wrapped table would
draw its rule twice or push rows off their lines); each row's identifying value (the file
name, the model, the id) is on its own line; long errors are listed under the table, not in
it; low-priority columns are left out at 60 columns and shown at 200. A pipe keeps every
column in full.
"""

from __future__ import annotations

import dataclasses
import json
import os
import random
import re
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pexpect
import pyte
import pytest
from support.cli_runs import SUBPROCESS_TIMEOUT, Ran, run_command
from support.fake_civitai import FakeCivitai
from support.pty_commands import MARK

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
from demo_server import serving

# The screens are drawn once, in one pseudo-terminal, for half a minute.
pytestmark = pytest.mark.slow

# The installed console script, next to the interpreter running the tests.
CIVITAI = Path(sys.executable).with_name("civitai")
DRIVER = Path(__file__).resolve().parents[1] / "support" / "pty_commands.py"
WIDTHS = (60, 80, 120, 200)
ROWS = 120
LONG_NAME = "a_really_long_character_name_from_some_anime_v2_final.safetensors"
VSK_SHA256 = "253BD9C3037584A20AD46C833E9BC90A1F8F7EA031FD81BF1E8392DBC9C45F3E"
RULE = "─"


@dataclasses.dataclass(frozen=True)
class Library:
    """A scanned library: `vsk` identified (the demo's file), `long` not on Civitai,
    `outage` scanned while Civitai failed (lookup-failed), in one catalog."""

    folder: Path
    catalog: Path
    replay: str
    failing: str
    base_env: dict[str, str]

    def env(self, host: str, catalog: Path | None = None) -> dict[str, str]:
        return {
            **self.base_env,
            "CIVITAI_HOST": self.replay if host == "replay" else self.failing,
            "CIVITAI_CATALOG": str(catalog or self.catalog),
        }


def _base_env(root: Path) -> dict[str, str]:
    """Only what the command needs: nothing of the user's (keys, COLUMNS, NO_COLOR)."""
    return {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(root / "home"),
        "XDG_CONFIG_HOME": str(root / "config"),
        "XDG_DATA_HOME": str(root / "data"),
        "XDG_CACHE_HOME": str(root / "cache"),
        "CIVITAI_HASH_CACHE": str(root / "hashes.sqlite3"),
        "TERM": "xterm-256color",
        "LANG": "C.UTF-8",
        "PYTHONIOENCODING": "utf-8",
    }


def _run(args: list[str], cwd: Path, env: dict[str, str]) -> Ran:
    return run_command([str(CIVITAI), *args], cwd=cwd, env=env)


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    root = tmp_path_factory.mktemp("tables")
    failing = FakeCivitai()
    failing.behaviour.by_hash_status = 400
    failing.behaviour.models_list_status = 400
    try:
        with serving(root, size=256 * 1024) as demo:
            folder = root / "lib"
            style = folder / "models" / "Lora" / "style"
            characters = folder / "models" / "Lora" / "characters"
            style.mkdir(parents=True)
            characters.mkdir(parents=True)
            shutil.copyfile(demo.model_file, style / "vsk.safetensors")
            (characters / LONG_NAME).write_bytes(random.Random(1).randbytes(5000))
            made = Library(folder, root / "catalog.sqlite3", demo.url, failing.api_url, {})
            made = dataclasses.replace(made, base_env=_base_env(root))
            first = _run(["library", "scan", "models", "-q"], folder, made.env("replay"))
            assert first.code == 0, first.err
            # A file added while Civitai fails: its lookup fails.
            (style / "after_the_outage.safetensors").write_bytes(b"new " * 1000)
            second = _run(["library", "scan", "models", "-q"], folder, made.env("failing"))
            assert "lookup-failed" in second.out, second.out + second.err
            yield made
    finally:
        failing.close()


@dataclasses.dataclass(frozen=True)
class Case:
    """One command, and what its screen must show.

    Attributes:
        args: The command line.
        rows: A text each row of the table holds, in order (the row's identifying value).
        whole: Texts shown whole at every width.
        dropped: Headers left out at 60 columns and shown at 200.
        problems: Texts listed under the table after `problems:` (never in a row).
        host: `replay` (recorded answers) or `failing` (every lookup answers 400).
        own_catalog: The command writes the catalog: give it a copy.
    """

    args: tuple[str, ...]
    rows: tuple[str, ...]
    whole: tuple[str, ...] = ()
    dropped: tuple[str, ...] = ()
    problems: tuple[str, ...] = ()
    host: str = "replay"
    own_catalog: bool = False


LIBRARY_ROWS = ("a_r", "aft", "vsk.safetensors")
CASES = {
    "models search": Case(
        (
            "models",
            "search",
            "--tag",
            "girls_frontline",
            "--type",
            "LORA",
            "--type",
            "Poses",
            "--sort",
            "Highest Rated",
            "--limit",
            "2",
        ),
        rows=("11821", "1600240"),
        whole=("VSK-94 | Girls' Frontline",),
        dropped=("latest version",),
    ),
    "models get": Case(
        ("models", "get", "11821"),
        rows=("127062", "13966"),
        whole=("VSK.safetensors",),
        dropped=("SHA256",),
    ),
    "versions get": Case(
        ("versions", "get", "127062"),
        rows=("91869",),
        whole=("VSK.safetensors",),
        dropped=("SHA256",),
    ),
    "versions by-hash": Case(
        ("versions", "by-hash", VSK_SHA256), rows=("127062",), whole=("v2.0",), dropped=("AIR",)
    ),
    "images search": Case(
        ("images", "search", "--post-id", "9178972", "--with-meta", "--limit", "2"),
        rows=("9531478", "9531480"),
        whole=("Elesico",),
        dropped=("url",),
    ),
    "creators search": Case(
        ("creators", "search", "Elesico", "--limit", "2"), rows=("Elesico",), dropped=("link",)
    ),
    "tags search": Case(
        ("tags", "search", "girls_frontline", "--limit", "2"),
        rows=("girls_frontline",),
        dropped=("link",),
    ),
    "users search": Case(("users", "search", "Elesico"), rows=("5418",), whole=("Elesico",)),
    "articles search": Case(
        ("articles", "search", "--limit", "2"),
        rows=("16001", "15988"),
        whole=("Training a character LoRA",),
    ),
    "collections search": Case(
        ("collections", "search", "--limit", "2"),
        rows=("10455", "10321"),
        whole=("Girls' Frontline LoRAs",),
    ),
    "download --dry-run": Case(
        ("download", "127062", "--dry-run"),
        rows=("127062",),
        whole=("VSK.safetensors",),
        dropped=("SHA256",),
    ),
    "download summary": Case(
        ("download", "127062", "9999999", "--out-dir", "downloads/for/this/test", "-q"),
        rows=("9999999", "127062"),
        whole=("VSK.safetensors",),
        problems=("HTTP 404",),
    ),
    "identify": Case(
        ("identify", "models"),
        rows=LIBRARY_ROWS,
        whole=("vsk.safetensors", "11821 VSK"),
        dropped=("base model",),
    ),
    "library scan": Case(
        ("library", "scan", "models"),
        rows=LIBRARY_ROWS,
        whole=("vsk.safetensors", "11821 VSK"),
        dropped=("base model",),
        problems=("after_the_outage.safetensors", "lookup-failed: "),
        host="failing",
        own_catalog=True,
    ),
    "library ls": Case(
        ("library", "ls"),
        rows=LIBRARY_ROWS,
        whole=("vsk.safetensors", "11821 VSK"),
        dropped=("last checked", "hash source", "size"),
        problems=("after_the_outage.safetensors", "lookup-failed: "),
    ),
    "library updates": Case(
        ("library", "updates", "--max-age", "0"),
        rows=LIBRARY_ROWS,
        whole=("vsk.safetensors", "11821 VSK"),
        problems=("after_the_outage.safetensors", "Internal error (HTTP 400"),
        host="failing",
        own_catalog=True,
    ),
    "library verify": Case(
        ("library", "verify"), rows=LIBRARY_ROWS, whole=("vsk.safetensors",), dropped=("SHA256",)
    ),
}


@pytest.fixture(scope="module")
def screens(library: Library, tmp_path_factory: pytest.TempPathFactory) -> dict[Any, list[str]]:
    """The screen of each case at each width: its lines, without the trailing blank ones.

    Every command runs in its own process, forked from one that loaded the `civitai`
    console script once (`support/pty_commands.py`), in one pseudo-terminal resized to each
    width in turn: the same commands as separate starts, in a fraction of the time.
    """
    folder = tmp_path_factory.mktemp("screens")
    runs = [(name, width) for width in WIDTHS for name in CASES]
    commands = []
    for index, (name, width) in enumerate(runs):
        case = CASES[name]
        catalog = None
        if case.own_catalog:
            catalog = folder / f"catalog-{index}.sqlite3"
            shutil.copyfile(library.catalog, catalog)
        cwd = library.folder if case.args[0] in ("library", "identify") else folder / str(width)
        cwd.mkdir(exist_ok=True)
        env = library.env(case.host, catalog)
        commands.append({"args": list(case.args), "cwd": str(cwd), "env": env, "columns": width})
    listing = folder / "commands.json"
    listing.write_text(json.dumps(commands), encoding="utf-8")
    child = pexpect.spawn(
        sys.executable,
        [str(DRIVER), str(listing)],
        cwd=str(folder),
        env=library.base_env,
        dimensions=(ROWS, max(WIDTHS)),
        encoding="utf-8",
        timeout=SUBPROCESS_TIMEOUT * 3,
    )
    output = child.read()
    child.close()
    assert child.exitstatus == 0, output
    parts = re.split(re.escape(MARK) + r" \d+\r?\n", output)[1:]
    assert len(parts) == len(runs), output
    return {run: _screen(part, run[1]) for run, part in zip(runs, parts, strict=True)}


def _screen(output: str, width: int) -> list[str]:
    screen = pyte.Screen(width, ROWS)
    pyte.Stream(screen).feed(output)
    lines = [line.rstrip() for line in screen.display]
    while lines and not lines[-1]:
        lines.pop()
    return lines


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", list(CASES))
def test_the_table_fits_the_terminal(screens: dict[Any, list[str]], name: str, width: int) -> None:
    case = CASES[name]
    lines = screens[name, width]
    screen = "\n".join(lines)
    assert "Traceback" not in screen, screen
    rules = [i for i, line in enumerate(lines) if line and set(line) == {RULE}]
    assert len(rules) == 1, screen  # a table too wide would wrap its rule onto a 2nd line
    rule = rules[0]
    assert len(lines[rule]) <= width
    header = lines[rule - 1]
    rows = lines[rule + 1 : rule + 1 + len(case.rows)]
    for key, row in zip(case.rows, rows, strict=True):
        assert key in row, f"{key!r} not on its row at {width} columns:\n{screen}"
    for text in case.whole:
        assert text in screen, f"{text!r} not shown whole at {width} columns:\n{screen}"
    for column in case.dropped:
        if width in (60, 200):
            assert (column in header) == (width == 200), f"{column!r} at {width}:\n{screen}"
    if case.problems:
        below = lines.index("problems:")
        assert below > rule + len(case.rows)
        listed = " ".join(" ".join(lines[below:]).split())
        for text in case.problems:
            assert text in listed, screen
        assert not any("HTTP" in row for row in rows), "an error left in the table"


def test_the_file_column_never_vanishes_after_an_outage(screens: dict[Any, list[str]]) -> None:
    """The report's case: after a scan that met a network error, `library ls` showed only
    the error, the file, model and version columns shrunk to nothing, even at 160 columns."""
    for width in (60, 120, 200):
        lines = screens["library ls", width]
        rule = next(i for i, line in enumerate(lines) if line.startswith(RULE))
        assert lines[rule - 1].split()[:3] == ["file", "model", "version"]
        long, outage, vsk = lines[rule + 1 : rule + 4]
        assert "a_r" in long.split()[0]
        assert ".safetensors" in long
        assert "lookup-failed" in outage.split()
        assert "HTTP" not in outage  # the error is under the table
        assert "vsk.safetensors" in vsk
        assert "11821 VSK" in vsk
        assert "127062 v2" in vsk
        assert "identified" in vsk.split()


def test_a_pipe_keeps_every_column_in_full(library: Library) -> None:
    ran = _run(["library", "ls"], library.folder, library.env("replay"))
    header, *rows = ran.out.splitlines()
    assert header.split("\t") == [
        "file",
        "model",
        "version",
        "type",
        "base model",
        "status",
        "size",
        "hash source",
        "last checked",
        "integrity",
        "note",
    ]
    by_file = {Path(row.split("\t")[0]).name: row.split("\t") for row in rows}
    assert by_file[LONG_NAME][0] == f"models/Lora/characters/{LONG_NAME}"
    status = by_file["after_the_outage.safetensors"][5]
    assert status.startswith("lookup-failed: ")
    assert "HTTP 400" in status
    assert "problems:" not in ran.out
