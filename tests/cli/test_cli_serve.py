"""`make serve`: the demo's stand-in Civitai started on its own prints the line to paste and
the ids it knows, answers every `civitai` example of the README and of the pages under docs/,
and stops on Ctrl-C. Also the second name of the command, `civitai-api`."""

from __future__ import annotations

import os
import re
import shlex
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import civitai_api
import pytest
from support.cli_runs import SUBPROCESS_TIMEOUT

ROOT = Path(__file__).resolve().parents[2]
SERVER = ROOT / "scripts" / "demo_server.py"
# Read in this order: the README's download feeds the identify and library examples after it.
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def readme_examples() -> list[tuple[list[str], bool]]:
    """Each `$ civitai ...` line of the console blocks of the README and the docs, in order,
    and whether the page shows it failing (an error line follows it)."""
    examples = []
    text = "\n".join(page.read_text(encoding="utf-8") for page in PAGES)
    for block in re.findall(r"```console\n(.*?)```", text, re.S):
        lines = block.splitlines()
        for number, line in enumerate(lines):
            if line.startswith("$ civitai "):
                after = "\n".join(lines[number + 1 : number + 2])
                examples.append((shlex.split(line, comments=True)[2:], "civitai: error:" in after))
    return examples


@pytest.fixture
def served() -> Iterator[tuple[subprocess.Popen[str], str, str]]:
    """The server as `make serve` runs it (on any free port), its URL and what it printed."""
    server = subprocess.Popen(
        [sys.executable, str(SERVER), "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert server.stdout is not None
    printed = []
    try:
        for line in server.stdout:
            printed.append(line)
            if line.startswith("Ctrl-C stops it"):
                break
        text = "".join(printed)
        url = re.search(r"^export CIVITAI_HOST=(http://127\.0\.0\.1:\d+)$", text, re.M)
        assert url is not None, text
        yield server, url.group(1), text
    finally:
        if server.poll() is None:
            server.kill()
        server.communicate(timeout=SUBPROCESS_TIMEOUT)


def test_make_serve_runs_the_demo_server() -> None:
    recipe = re.search(r"^serve:.*\n\t(.*)$", (ROOT / "Makefile").read_text(encoding="utf-8"), re.M)
    assert recipe is not None
    assert "scripts/demo_server.py" in recipe.group(1)


@pytest.mark.slow
def test_serve_prints_what_it_knows_answers_the_readme_and_stops_on_ctrl_c(
    served, cli_here, monkeypatch: pytest.MonkeyPatch
) -> None:
    server, url, printed = served
    for kind, example in (
        ("model ids", "11821"),
        ("version ids", "127062"),
        ("usernames", "LeonDoesntDraw"),
        ("tags", "girls_frontline"),
    ):
        assert re.search(rf"^  {kind} +.*{example}", printed, re.M), printed
    assert re.search(r"^  hashes +[0-9A-F]{64} \(SHA256", printed, re.M), printed
    # every example of the README and the docs, in order (the download feeds identify and the
    # library)
    monkeypatch.setenv("CIVITAI_HOST", url)
    examples = readme_examples()
    assert len(examples) >= 14
    for args, fails in examples:
        ran = cli_here(*args)
        assert ran.code == (2 if fails else 0), (args, ran.err)
    # and through the installed command, as a person does after pasting the export line
    shown = subprocess.run(
        [str(Path(sys.executable).with_name("civitai")), "models", "get", "11821"],
        capture_output=True,
        text=True,
        env={**os.environ, "CIVITAI_HOST": url},
        timeout=SUBPROCESS_TIMEOUT,
        check=False,
    )
    assert shown.returncode == 0, shown.stderr
    assert "VSK-94 | Girls' Frontline" in shown.stdout
    server.send_signal(signal.SIGINT)
    _out, err = server.communicate(timeout=SUBPROCESS_TIMEOUT)
    assert server.returncode == 0
    assert err == "stopped\n"


def test_the_command_is_also_installed_as_civitai_api() -> None:
    script = Path(sys.executable).with_name("civitai-api")
    assert script.exists()
    ran = subprocess.run(
        [str(script), "--version"],
        capture_output=True,
        text=True,
        timeout=SUBPROCESS_TIMEOUT,
        check=False,
    )
    assert ran.returncode == 0
    assert ran.stdout == f"{civitai_api.__version__}\n"
