"""`make demo` runs the `civitai` command offline, against recorded answers and a generated
file, and shows what it promises: search, a model, a verified download, hashes, identification,
a library scan and its catalog."""

from __future__ import annotations

import importlib
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from .calls import RECORDING

DEMO = Path(__file__).resolve().parents[2] / "scripts" / "demo.py"


@pytest.mark.slow
@pytest.mark.skipif(RECORDING, reason="the demo's facts are those of the hand-made cassettes")
def test_demo_searches_shows_downloads_hashes_and_identifies() -> None:
    ran = subprocess.run(
        [sys.executable, str(DEMO)], capture_output=True, text=True, timeout=120, check=False
    )
    assert ran.returncode == 0, ran.stderr
    out = ran.stdout
    # 1. the search: id, name, type, creator, base model, latest version (tab-separated: a pipe)
    assert "11821\tVSK-94 | Girls' Frontline\tLORA\tLeonDoesntDraw\tSD 1.5\t127062\n" in out
    assert "1600240\tFrontline Tactical Style\tLORA\tfrontline_fan\tIllustrious\t1801122\n" in out
    assert "more results: add --cursor 120|0|1600240 (or --all)" in ran.stderr
    # 2. the model, whose latest file is the generated one
    listed = re.search(
        r"127062\tv2\.0\tSD 1\.5\t2023-07-27\tVSK\.safetensors\t24\.0 MiB\t(\w{64})", out
    )
    assert listed is not None, out
    # 3. the download: verified, its path the last line of the command's output
    assert re.search(r"\n/\S+/webui/models/Lora/VSK\.safetensors\n", out)
    assert "(downloaded, 24.0 MiB, SHA256 verified)" in ran.stderr
    # 4. every hash type, the SHA256 the one Civitai lists
    assert f"webui/models/Lora/VSK.safetensors\tSHA256\t{listed.group(1)}\n" in out
    for name in ("AutoV1", "AutoV2", "AutoV3", "CRC32", "BLAKE3"):
        assert f"webui/models/Lora/VSK.safetensors\t{name}\t" in out
    # 5. identification, with the update check
    assert (
        "VSK.safetensors\t11821 VSK-94 | Girls' Frontline\t127062 v2.0\tSD 1.5\tLORA\tlatest\n"
        in out
    )
    # 6. the library scan: the file identified, its sidecar and preview written, no other read
    row = "webui/models/Lora/VSK.safetensors\t11821 VSK-94 | Girls' Frontline\t127062 v2.0\tLORA"
    assert f"{row}\tSD 1.5\tidentified\n" in out
    assert "files      1 (1 from the hash cache)\n" in ran.stderr
    assert "written    1 sidecar, 1 preview\n" in ran.stderr
    assert "requests   2 to the API (1 by-hash, 1 models), 1 for preview images\n" in ran.stderr
    # 7. the catalog, listed
    assert f"{row}\tSD 1.5\tidentified\t24.0 MiB\tcomputed\t" in out


def test_the_readme_shows_the_demos_own_commands(monkeypatch: pytest.MonkeyPatch) -> None:
    """The README's `make demo` block shows commands scripts/demo.py runs, in its order."""
    monkeypatch.syspath_prepend(str(DEMO.parent))
    steps = [command for _title, command in importlib.import_module("demo").STEPS]
    readme = (DEMO.parents[1] / "README.md").read_text(encoding="utf-8")
    block = re.search(r"This is `make demo`, in a terminal:\n\n```console\n(.*?)```", readme, re.S)
    assert block is not None
    lines = block.group(1).splitlines()
    shown = [shlex.split(line)[2:] for line in lines if line.startswith("$ civitai ")]
    assert len(shown) >= 5
    assert [command for command in steps if command in shown] == shown
