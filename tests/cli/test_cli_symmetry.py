"""Commands that do the same kind of thing behave the same: folders for `hash` as for
`identify`, exit 4 for a missing path everywhere, the unknown hashes of `versions by-hash`
named, and one answer on whether a download needs a key."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from support.cli_runs import add_model
from support.fake_civitai import FakeCivitai


def test_hash_takes_folders_as_identify_does(cli, cli_here, tmp_path: Path) -> None:
    deep = tmp_path / "models" / "Lora" / "style"
    deep.mkdir(parents=True)
    (deep / "a.safetensors").write_bytes(b"a" * 1000)
    (tmp_path / "models" / "b.CKPT").write_bytes(b"b" * 1000)
    (tmp_path / "models" / "notes.txt").write_text("not a model")
    hashed = cli("hash", "models", "--algo", "SHA256", "--json")
    assert hashed.code == 0, hashed.err
    paths = [item["path"] for item in hashed.json()]
    assert paths == [
        str(Path("models/Lora/style/a.safetensors")),
        str(Path("models/b.CKPT")),
    ]
    identified = cli_here("identify", "models", "--json")
    assert [row["path"] for row in identified.json()] == paths


@pytest.mark.parametrize(
    "args",
    [
        ["hash", "MISSING"],
        ["hash", "present.safetensors", "MISSING"],
        ["identify", "MISSING"],
        ["identify", "present.safetensors", "MISSING"],
        ["library", "scan", "MISSING", "--offline"],
        ["library", "scan", "present.safetensors", "--offline", "--a1111-cache", "MISSING"],
        ["download", "-i", "MISSING"],
    ],
)
def test_a_missing_path_exits_4_in_every_command(cli_here, tmp_path: Path, args: list[str]) -> None:
    (tmp_path / "present.safetensors").write_bytes(b"p" * 100)
    ran = cli_here(*args)
    assert ran.code == 4, ran.err
    assert "MISSING" in ran.out + ran.err
    assert "Errno" not in ran.err


def test_library_commands_exit_4_for_a_path_neither_on_disk_nor_in_the_catalog(
    cli_here, tmp_path: Path
) -> None:
    kept = tmp_path / "models" / "kept.safetensors"
    gone = tmp_path / "models" / "gone.safetensors"
    kept.parent.mkdir()
    kept.write_bytes(b"k" * 100)
    gone.write_bytes(b"g" * 100)
    assert cli_here("library", "scan", "models", "--offline").code == 0
    gone.unlink()
    for args in (["ls"], ["verify"], ["updates", "--offline"]):
        ran = cli_here("library", *args, "MISSING")
        assert ran.code == 4, (args, ran.err)
        assert ran.err.startswith("civitai: error: MISSING: no such file or folder")
    listed = cli_here("library", "ls", str(gone))  # gone, but the catalog remembers it
    assert listed.code == 0, listed.err
    assert "gone.safetensors" in listed.out


def test_by_hash_names_the_hashes_civitai_does_not_know(
    cli, cli_here, civitai: FakeCivitai
) -> None:
    known = add_model(civitai, 7, [71])[0].sha256
    unknown = "B" * 64
    found = cli("versions", "by-hash", known.lower(), unknown)
    assert found.code == 0, found.err
    assert [row["version"] for row in found.table()] == ["71"]
    assert found.err == f"not on Civitai: {unknown}\n"
    ids = cli_here("versions", "by-hash", known, unknown, "--ids", "--json")
    assert ids.code == 0
    assert ids.err == f"not on Civitai: {unknown}\n"
    none = cli_here("versions", "by-hash", "A" * 64, unknown)
    assert none.code == 4
    assert none.out == ""
    one = cli_here("versions", "by-hash", unknown)
    assert one.code == 4
    assert one.err == f"civitai: error: Civitai knows no file with hash {unknown}\n"


@pytest.mark.parametrize(("require_auth", "answer"), [(True, "yes"), (False, "no")])
def test_dry_run_and_versions_mini_agree_on_the_key(
    cli_here, civitai: FakeCivitai, require_auth: bool, answer: str
) -> None:
    add_model(civitai, 7, [71])
    civitai.versions[71].require_auth = require_auth
    mini = cli_here("versions", "mini", "71")
    shown = re.search(r"^needs a key\s+(.*)$", mini.out, re.MULTILINE)
    assert shown is not None, mini.out
    dry = cli_here("download", "71", "--dry-run")
    assert dry.code == 0, dry.err
    assert shown.group(1) == dry.table()[0]["key needed"] == answer
