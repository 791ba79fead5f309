"""`civitai library` keeps what it knew, as users see it through the entry point: an outage,
a version that turns 404, a corrupted file, a deleted folder, a drive not mounted, an old, a
newer and a read-only catalog; `show` answers offline."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from support.cli_runs import Ran, add_model
from support.fake_civitai import FakeCivitai, ServedImage

V1_SCHEMA = Path(__file__).parent.parent / "library" / "data" / "catalog_v1.sql"


@pytest.fixture
def models(civitai: FakeCivitai, tmp_path: Path) -> dict[str, Path]:
    """`models/Lora/m5-v51.safetensors` (model 5) and `models/Checkpoint/m6-v61...` (6)."""
    paths = {}
    for model_id, folder in ((5, "Lora"), (6, "Checkpoint")):
        (served,) = add_model(civitai, model_id, [model_id * 10 + 1], size=3000)
        path = tmp_path / "models" / folder / served.name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(served.data)
        paths[folder] = path
    return paths


def rows(ran: Ran) -> dict[str, dict[str, str]]:
    assert ran.code == 0, ran.err
    return {Path(row["file"]).parent.name: row for row in ran.table()} if ran.out else {}


@pytest.mark.slow
def test_an_outage_then_a_removed_version_lose_nothing_and_show_works_offline(
    cli, cli_here, civitai: FakeCivitai, models: dict[str, Path]
) -> None:
    assert cli_here("library", "scan", "models", "-q").code == 0
    info = models["Lora"].with_suffix(".civitai.info").read_bytes()
    civitai.behaviour.by_hash_status = 500
    failed = cli_here("library", "scan", "models", "--max-age", "0", "-q")
    assert failed.code == 5
    listed = rows(cli_here("library", "ls", "--status", "identified"))
    assert set(listed) == {"Lora", "Checkpoint"}
    assert listed["Lora"]["note"].startswith("last check failed 0 min ago: ")
    civitai.behaviour.by_hash_status = 200
    civitai.deleted_models.add(5)
    assert cli_here("library", "scan", "models", "--max-age", "0", "-q").code == 0
    removed = rows(cli_here("library", "ls", "--status", "removed"))
    assert list(removed) == ["Lora"]
    assert removed["Lora"]["model"] == "5 Model 5"
    assert removed["Lora"]["note"].startswith("gone from Civitai since ")
    assert models["Lora"].with_suffix(".civitai.info").read_bytes() == info
    civitai.log.clear()
    offline = {"CIVITAI_OFFLINE": "1"}
    shown = cli("library", "show", "models/Lora/m5-v51.safetensors", env=offline)
    assert shown.code == 0, shown.err
    lines = dict(line.split("  ", 1) for line in shown.out.splitlines() if "  " in line)
    details = {label.strip(): value.strip() for label, value in lines.items()}
    assert details["model"] == "5 Model 5"
    assert details["status"] == "removed"
    assert details["removed"].startswith("yes, gone since ")
    assert details["AIR"] == "urn:air:sdxl:lora:civitai:5@51"
    assert details["page"].endswith("/models/5?modelVersionId=51")
    assert details["creator"] == "tester"
    assert details["license"].startswith("no credit needed; commercial use: Image")
    assert len(details["SHA256"]) == 64
    assert details["other hashes"] == f"AutoV2 {details['SHA256'][:10]}"
    as_json = cli_here("library", "show", "models/Lora/m5-v51.safetensors", "--json")
    data = as_json.json()
    assert (data["version"]["id"], data["model"]["id"], data["entry"]["status"]) == (
        51,
        5,
        "removed",
    )
    assert civitai.log == []
    missing = cli_here("library", "show", "models/none.safetensors")
    assert missing.code == 2
    assert "is not in the catalog" in missing.err


def test_a_corrupted_file_is_shown_as_a_corrupt_copy_of_its_version(
    cli_here, civitai: FakeCivitai, models: dict[str, Path]
) -> None:
    assert cli_here("library", "scan", "models", "-q").code == 0
    data = bytearray(models["Checkpoint"].read_bytes())
    data[100] ^= 0xFF
    models["Checkpoint"].write_bytes(bytes(data))
    assert cli_here("library", "verify", "-q").code == 1
    corrupt = rows(cli_here("library", "ls", "--corrupt"))
    assert list(corrupt) == ["Checkpoint"]
    assert (corrupt["Checkpoint"]["integrity"], corrupt["Checkpoint"]["note"]) == (
        "corrupt",
        "corrupt copy of 6@61",
    )
    assert rows(cli_here("library", "ls", "--status", "identified"))["Lora"]["integrity"] == "ok"
    assert cli_here("library", "scan", "models", "--max-age", "0", "-q").code == 0
    after = rows(cli_here("library", "ls", "--corrupt"))
    assert (after["Checkpoint"]["status"], after["Checkpoint"]["note"]) == (
        "corrupt",
        "corrupt copy of 6@61",
    )
    shown = cli_here("library", "show", "models/Checkpoint/m6-v61.safetensors")
    assert "corrupt (" in shown.out
    assert "expected SHA256 " in shown.out


def test_scan_examples_saves_images_with_their_prompts_and_show_lists_them(
    cli_here, civitai: FakeCivitai, models: dict[str, Path]
) -> None:
    civitai.versions[51].images = [
        ServedImage("clip.jpeg", "mp4"),
        ServedImage("castle.jpeg", "png", image_id=7, meta={"prompt": "a castle", "seed": 9}),
        ServedImage("moat.jpeg", "jpeg", image_id=8),
    ]
    assert cli_here("library", "scan", "models", "--examples", "-1").code == 2
    ran = cli_here("library", "scan", "models", "--examples", "1", "--sidecars", "none")
    assert ran.code == 0, ran.err
    assert "1 example" in ran.err
    folder = models["Lora"].with_name("m5-v51.examples")
    assert sorted(p.name for p in folder.iterdir()) == ["7.png", "examples.json"]
    assert json.loads((folder / "examples.json").read_text())["images"][0]["prompt"] == "a castle"
    shown = rows_of_detail(cli_here("library", "show", str(models["Lora"])))
    assert shown["examples"] == "models/Lora/m5-v51.examples/7.png"


def rows_of_detail(ran: Ran) -> dict[str, str]:
    assert ran.code == 0, ran.err
    pairs = (line.split("  ", 1) for line in ran.out.splitlines() if "  " in line)
    return {label.strip(): value.strip() for label, value in pairs}


def test_a_deleted_folder_is_pruned_and_a_folder_forgotten(
    cli_here, civitai: FakeCivitai, models: dict[str, Path], tmp_path: Path
) -> None:
    assert cli_here("library", "scan", "models", "-q").code == 0
    shutil.rmtree(tmp_path / "models" / "Checkpoint")
    dry = cli_here("library", "prune", "--dry-run")
    assert (dry.code, dry.out.splitlines()) == (0, [str(models["Checkpoint"])])
    assert "would drop 1 catalog row" in dry.err
    assert len(rows(cli_here("library", "ls"))) == 2
    pruned = cli_here("library", "prune")
    assert (pruned.code, pruned.out.splitlines()) == (0, [str(models["Checkpoint"])])
    assert list(rows(cli_here("library", "ls"))) == ["Lora"]
    forgot = cli_here("library", "forget", "models/Lora", "--json")
    assert forgot.json() == [str(models["Lora"])]
    assert rows(cli_here("library", "ls")) == {}
    assert models["Lora"].exists()
    assert models["Lora"].with_suffix(".civitai.info").exists()


def test_a_drive_not_mounted_keeps_its_rows_through_a_prune(
    cli_here, civitai: FakeCivitai, models: dict[str, Path], tmp_path: Path
) -> None:
    assert cli_here("library", "scan", "models", "-q").code == 0
    # unmounted: the drive's files are gone and its mount point is an empty folder
    (tmp_path / "models").rename(tmp_path / "drive")
    (tmp_path / "models").mkdir()
    for flags in ((), ("--dry-run",)):
        pruned = cli_here("library", "prune", *flags)
        assert (pruned.code, pruned.out) == (0, "")
        assert "kept 2 catalog rows of files whose folder is gone" in pruned.err
        assert "--unreachable" in pruned.err
    assert set(rows(cli_here("library", "ls"))) == {"Lora", "Checkpoint"}
    every = cli_here("library", "prune", "--unreachable", "--dry-run", "--json")
    assert every.json() == sorted(str(path) for path in models.values())
    # mounted again: nothing was lost
    (tmp_path / "models").rmdir()
    (tmp_path / "drive").rename(tmp_path / "models")
    listed = rows(cli_here("library", "ls", "--status", "identified"))
    assert set(listed) == {"Lora", "Checkpoint"}
    assert cli_here("library", "prune").err.startswith("dropped 0 catalog rows")


def _why_no_drives() -> str | None:
    """Why drives cannot be mounted for a test here (None: they can)."""
    unshare = shutil.which("unshare")
    if unshare is None:
        return "mounting test drives needs unshare (util-linux)"
    probe = "d=$(mktemp -d) && mount -t tmpfs probe $d && umount $d && rmdir $d"
    ran = subprocess.run(
        [unshare, "-m", "--propagation", "private", "sh", "-c", probe],
        capture_output=True,
        check=False,
    )
    return None if ran.returncode == 0 else "mounting test drives needs root in a mount namespace"


# Two drives mounted side by side in media/ (tmpfs, in a mount namespace of their own, so
# nothing outlives the run); A is scanned, then unplugged and its mount point removed, as
# desktops do; then the installed command prunes.
_UNPLUG = """
set -e
mkdir -p media/A media/B
mount -t tmpfs driveA media/A
mount -t tmpfs driveB media/B
for drive in A B; do
    mkdir media/$drive/Lora
    head -c 3000 /dev/urandom > media/$drive/Lora/$drive.safetensors
done
"$CIVITAI" library scan media --offline -q > /dev/null
umount media/A
rmdir media/A
"$CIVITAI" library prune 2> pruned.txt
"$CIVITAI" library ls --json > listed.json
"""


def test_a_drive_unplugged_beside_another_keeps_its_rows(
    cli_env: dict[str, str], tmp_path: Path
) -> None:
    why = _why_no_drives()
    if why is not None:
        pytest.skip(why)
    civitai = str(Path(sys.executable).with_name("civitai"))
    ran = subprocess.run(
        ["unshare", "-m", "--propagation", "private", "sh", "-c", _UNPLUG],
        cwd=tmp_path,
        env={**cli_env, "CIVITAI": civitai},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert ran.returncode == 0, ran.stderr
    pruned = (tmp_path / "pruned.txt").read_text()
    assert pruned.startswith("dropped 0 catalog rows")
    assert "kept 1 catalog row of files whose folder is gone" in pruned
    listed = json.loads((tmp_path / "listed.json").read_text())
    assert sorted(Path(row["path"]).name for row in listed) == ["A.safetensors", "B.safetensors"]


def test_an_old_catalog_is_upgraded_and_a_newer_one_refused(cli_here, tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite3"
    with sqlite3.connect(old) as db:
        db.executescript(V1_SCHEMA.read_text())
        db.execute(
            "INSERT INTO files (path, size, mtime_ns, status, model_id, model_name, version_id,"
            " version_name) VALUES ('/m/flutter.safetensors', 10, 1, 'identified', 11821,"
            " 'Flutter', 127062, 'v2')"
        )
    before = old.read_bytes()
    listed = cli_here("library", "ls", "--catalog", str(old), "--json")
    assert listed.code == 0, listed.err
    assert [row["version_id"] for row in listed.json()] == [127062]
    assert old.read_bytes() == before  # ls reads it as it is
    assert not (tmp_path / "old.sqlite3.v1.bak").exists()
    # The first command that writes upgrades it in place, after a backup beside it.
    pruned = cli_here("library", "prune", "--dry-run", "--unreachable", "--catalog", str(old))
    assert (pruned.code, pruned.out) == (0, "/m/flutter.safetensors\n")
    assert (tmp_path / "old.sqlite3.v1.bak").is_file()
    with sqlite3.connect(old) as db:
        assert db.execute("PRAGMA user_version").fetchone() == (2,)
    newer = tmp_path / "newer.sqlite3"
    with sqlite3.connect(newer) as db:
        db.execute("PRAGMA user_version = 99")
    refused = cli_here("library", "ls", "--catalog", str(newer))
    assert refused.code == 1
    assert f"the catalog {newer} was written by a newer release" in refused.err


def _chattr(flag: str, path: Path) -> bool:
    chattr = shutil.which("chattr")
    if chattr is None:
        return False
    done = subprocess.run([chattr, flag, str(path)], capture_output=True, check=False)
    return done.returncode == 0


@pytest.fixture
def lock() -> Iterator[Callable[[Path], None]]:
    """Make files and folders unwritable: by their mode, or for root (who writes any file
    whatever its mode) by the immutable attribute; undone after the test."""
    locked: list[tuple[Path, int]] = []

    def make_unwritable(path: Path) -> None:
        mode = path.stat().st_mode
        if os.geteuid() == 0:
            if not _chattr("+i", path):
                pytest.skip("root cannot be refused a write here: chattr +i is not available")
        else:
            path.chmod(0o555 if path.is_dir() else 0o444)
        locked.append((path, mode))

    yield make_unwritable
    for path, mode in reversed(locked):
        if os.geteuid() == 0:
            _chattr("-i", path)
        path.chmod(mode)


def test_a_catalog_the_user_cannot_write_is_read_and_named(
    cli, cli_here, civitai: FakeCivitai, models: dict[str, Path], tmp_path: Path, lock
) -> None:
    catalog = tmp_path / "locked" / "catalog.sqlite3"
    assert cli_here("library", "scan", "models", "-q", "--catalog", str(catalog)).code == 0
    for side in ("-wal", "-shm"):  # left by a reader; none open now: the hardest case
        catalog.with_name(catalog.name + side).unlink(missing_ok=True)
    lock(catalog)
    lock(catalog.parent)  # no -wal or -shm file may be made beside it either
    before = catalog.read_bytes()
    mtime = catalog.stat().st_mtime_ns
    beside = sorted(p.name for p in catalog.parent.iterdir())
    listed = cli("library", "ls", "--json", "--catalog", str(catalog))
    assert listed.code == 0, listed.err
    assert len(listed.json()) == 2
    shown = cli_here("library", "show", str(models["Lora"]), "--catalog", str(catalog))
    assert shown.code == 0, shown.err
    assert "5 Model 5" in shown.out
    sidecars = sorted(p.name for p in (tmp_path / "models").rglob("*"))
    civitai.log.clear()
    refused = cli_here(
        "library", "scan", "models", "--max-age", "0", "--sidecars", "a1111", "--catalog",
        str(catalog),
    )  # fmt: skip
    assert refused.code == 1
    assert f"cannot write the catalog {catalog}" in refused.err
    assert sorted(p.name for p in (tmp_path / "models").rglob("*")) == sidecars
    assert civitai.log == []
    assert catalog.read_bytes() == before
    assert catalog.stat().st_mtime_ns == mtime
    assert sorted(p.name for p in catalog.parent.iterdir()) == beside


def test_a_hash_civitai_did_not_know_is_asked_again_after_recheck_not_found(
    cli_here, civitai: FakeCivitai, tmp_path: Path
) -> None:
    (tmp_path / "models").mkdir()
    (tmp_path / "models" / "merge.safetensors").write_bytes(b"a private merge " * 64)
    assert cli_here("library", "scan", "models", "-q").code == 0
    civitai.log.clear()
    assert cli_here("library", "scan", "models", "-q", "--max-age", "0").code == 0
    assert civitai.count("POST by-hash") == 0
    asked = cli_here("library", "scan", "models", "-q", "--recheck-not-found", "0")
    assert (asked.code, civitai.count("POST by-hash")) == (0, 1)
    listed = rows(cli_here("library", "ls", "--status", "not-found"))
    assert listed["models"]["last checked"] != ""
    bad = cli_here("library", "scan", "models", "--recheck-not-found", "soon")
    assert bad.code == 2
    assert "--recheck-not-found: expected a duration" in bad.err
