"""`civitai library scan|ls|updates|verify|pin` on a small sample library, against the fake
Civitai: tables and JSON, sidecars, requests sent (or not), exit codes, Ctrl-C."""

from __future__ import annotations

import datetime
import io
import json
import re
import sys
from pathlib import Path

import pytest
from civitai_api._paths import default_catalog_path
from civitai_api.cli import _render
from civitai_api.cli._library_args import parse_duration
from support.cli_runs import interrupt_when
from support.fake_civitai import FakeCivitai, ServedFile, ServedImage
from support.keys import API_KEY
from support.library import add_model_files

PICTURE = ServedImage("tweaker.png", "png")
PHOTO = ServedImage("dream.jpeg", "jpeg")


def sample_library(civitai: FakeCivitai, root: Path) -> dict[str, Path]:
    """`root/Lora`: `old` (v1 of model 5 "Tweaker", whose v2 and v3 are newer; v3 on another
    base model), `shared` (one file uploaded as versions 81 and 91), `gone` (model 7,
    deleted), `mine` (unknown to Civitai), `empty`; `root/Stable-diffusion`: `dream` (model 6,
    its only version). Every size differs."""
    files = {
        "old": ServedFile(501, "old.safetensors", b"tweaker v1 " * 90),
        "v2": ServedFile(502, "tweaker_v2.safetensors", b"tweaker v2 " * 95),
        "v3": ServedFile(503, "tweaker_v3.safetensors", b"tweaker v3 " * 97),
        "dream": ServedFile(601, "dream.safetensors", b"dream " * 400),
        "gone": ServedFile(701, "gone.safetensors", b"gone " * 110),
    }
    shared = b"the same bytes, uploaded twice " * 20
    tweaker = {"model_id": 5, "model_name": "Tweaker", "images": [PICTURE]}
    civitai.add_version(501, [files["old"]], name="v1", index=2, base_model="SD 1.5", **tweaker)
    civitai.add_version(502, [files["v2"]], name="v2", index=1, base_model="SD 1.5", **tweaker)
    civitai.add_version(503, [files["v3"]], name="v3", index=0, **tweaker)
    civitai.add_version(
        601,
        [files["dream"]],
        model_id=6,
        model_name="DreamShaper",
        name="8",
        model_type="Checkpoint",
        base_model="SD 1.5",
        images=[PHOTO],
    )
    civitai.add_version(701, [files["gone"]], model_id=7, model_name="Gone", name="v1")
    civitai.deleted_models.add(7)
    civitai.add_version(
        81, [ServedFile(81, "a.safetensors", shared)], model_id=8, model_name="Pixel"
    )
    civitai.add_version(
        91, [ServedFile(91, "b.safetensors", shared)], model_id=9, model_name="Pixel again"
    )
    paths = {
        "old": root / "Lora" / "old.safetensors",
        "shared": root / "Lora" / "shared.safetensors",
        "gone": root / "Lora" / "gone.safetensors",
        "mine": root / "Lora" / "mine.safetensors",
        "empty": root / "Lora" / "empty.safetensors",
        "dream": root / "Stable-diffusion" / "dream.safetensors",
    }
    for folder in ("Lora", "Stable-diffusion"):
        (root / folder).mkdir(parents=True)
    for name in ("old", "gone", "dream"):
        paths[name].write_bytes(files[name].data)
    paths["shared"].write_bytes(shared)
    paths["mine"].write_bytes(b"trained at home " * 70)
    paths["empty"].write_bytes(b"")
    return paths


@pytest.fixture
def sample(civitai: FakeCivitai, tmp_path: Path) -> dict[str, Path]:
    return sample_library(civitai, tmp_path / "models")


@pytest.fixture
def scanned(cli_here, civitai: FakeCivitai, sample: dict[str, Path]) -> dict[str, Path]:
    """The sample, scanned once (the default catalog); the request log cleared."""
    ran = cli_here("library", "scan", "models", "-q")
    assert ran.code == 0, ran.err
    civitai.log.clear()
    return sample


def by_file(ran) -> dict[str, dict[str, str]]:
    return {Path(row["file"]).stem: row for row in ran.table()}


def test_scan_shows_the_files_writes_sidecars_and_a_second_scan_sends_nothing(
    cli, cli_here, civitai: FakeCivitai, sample: dict[str, Path]
) -> None:
    env = {"CIVITAI_API_KEY": API_KEY}
    ran = cli("library", "scan", "models", env=env)
    assert ran.code == 0, ran.err
    rows = by_file(ran)
    assert rows["old"] == {
        "file": "models/Lora/old.safetensors",
        "model": "5 Tweaker",
        "version": "501 v1",
        "type": "LORA",
        "base model": "SD 1.5",
        "status": "identified",
    }
    assert {name: row["status"] for name, row in rows.items()} == {
        "old": "identified",
        "dream": "identified",
        "shared": "ambiguous",
        "gone": "not-found",
        "mine": "not-found",
        "empty": "empty",
    }
    assert rows["shared"]["version"] == "81 (Pixel / v81) or 91 (Pixel again / v91)"
    # Sidecars for the identified files only, previews named after their bytes.
    lora = sample["old"].parent
    assert json.loads((lora / "old.civitai.info").read_text())["id"] == 501
    assert (lora / "old.preview.png").read_bytes() == PICTURE.data
    assert (sample["dream"].parent / "dream.preview.jpg").read_bytes() == PHOTO.data
    assert sorted(p.name for p in lora.iterdir() if not p.name.endswith(".safetensors")) == [
        "old.civitai.info",
        "old.preview.png",
    ]
    # stderr: progress lines, the problems, the summary.
    assert "hashing: " in ran.err
    assert "empty\tmodels/Lora/empty.safetensors\t0 bytes" in ran.err
    assert "ambiguous\tmodels/Lora/shared.safetensors\tPixel / v81 (81), Pixel again" in ran.err
    assert "statuses   1 ambiguous, 1 empty, 2 identified, 2 not-found\n" in ran.err
    assert "requests   2 to the API (1 by-hash, 1 models), 2 for preview images\n" in ran.err
    assert f"catalog    {default_catalog_path()}\n" in ran.err
    assert civitai.counts() == {"POST by-hash": 1, "GET models": 1, "GET image": 2}
    assert civitai.seen("api")[0].headers["authorization"] == f"Bearer {API_KEY}"
    # A second scan reads nothing and sends nothing; --quiet: no progress.
    sent = len(civitai.log)
    again = cli("library", "scan", "models", "-q", env=env)
    assert again.code == 0, again.err
    assert len(civitai.log) == sent
    assert "hashing" not in again.err
    assert "files      6 (5 unchanged)\n" in again.err
    assert "requests   none\n" in again.err
    assert by_file(again) == rows
    for output in (ran.out, ran.err, again.out, again.err):
        assert API_KEY not in output
    # `civitai env` names the same catalog.
    assert f"catalog          {default_catalog_path()}\n" in cli_here("env").out


def test_ls_filters_sorts_and_prints_json(
    cli_here, civitai: FakeCivitai, scanned: dict[str, Path]
) -> None:
    ran = cli_here("library", "ls", "--status", "not-found", "--sort", "size")
    assert ran.code == 0, ran.err
    assert [row["file"] for row in ran.table()] == [
        "models/Lora/gone.safetensors",  # 550 bytes
        "models/Lora/mine.safetensors",  # 1,120 bytes
    ]
    ran = cli_here("library", "ls", "--type", "lora", "--type", "CHECKPOINT", "--sort", "size")
    assert [row["type"] for row in ran.table()] == ["LORA", "Checkpoint"]  # 990, 2,400 bytes
    ran = cli_here("library", "ls", "--base-model", "sd 1.5", "--sort", "name", "--reverse")
    rows = ran.table()
    assert [row["model"] for row in rows] == ["5 Tweaker", "6 DreamShaper"]
    assert rows[0]["size"] == "990 B"
    assert rows[0]["hash source"] == "computed"
    now = datetime.datetime.now()
    assert rows[0]["last checked"] in {
        (now - datetime.timedelta(minutes=back)).strftime("%b %d %H:%M") for back in (0, 1)
    }
    ran = cli_here("library", "ls", "models/Stable-diffusion", "--json")
    (entry,) = ran.json()
    assert (entry["path"], entry["model_id"], entry["version_id"]) == (
        str(scanned["dream"]),
        6,
        601,
    )
    assert entry["status"] == "identified"
    ambiguous = cli_here("library", "ls", "--status", "ambiguous", "--status", "empty").table()
    assert [(row["status"], row["version"]) for row in ambiguous] == [
        ("empty", ""),
        ("ambiguous", "81 (Pixel / v81) or 91 (Pixel again / v91)"),
    ]
    nothing = cli_here("library", "ls", "--type", "VAE")
    assert (nothing.code, nothing.table(), nothing.err) == (0, [], "no files match\n")
    assert civitai.log == []


def test_offline_sends_nothing(
    cli_here, civitai: FakeCivitai, sample: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CIVITAI_OFFLINE", "1")
    ran = cli_here("library", "scan", "models")
    assert ran.code == 0, ran.err
    assert {row["status"] for name, row in by_file(ran).items() if name != "empty"} == {"hashed"}
    assert "requests   none (offline)" in ran.err
    updates = cli_here("library", "updates")
    assert by_file(updates)["old"]["status"] == "not-checked"
    monkeypatch.delenv("CIVITAI_OFFLINE")
    again = cli_here("library", "scan", "models", "--offline", "--max-age", "0")
    assert again.code == 0, again.err
    assert "files      6 (5 unchanged)" in again.err
    assert civitai.log == []


def test_updates_statuses_and_download_next_to_the_old_file(
    cli_here, civitai: FakeCivitai, scanned: dict[str, Path]
) -> None:
    lora = scanned["old"].parent
    (lora / "new.safetensors").write_bytes(b"never scanned")
    ran = cli_here("library", "updates")
    assert ran.code == 0, ran.err
    rows = by_file(ran)
    assert {name: row["status"] for name, row in rows.items()} == {
        "old": "update-available",
        "dream": "latest",
        "shared": "ambiguous",
        "gone": "not-found",
        "mine": "not-found",
        "empty": "not-hashed",
    }
    # The newest version on the file's own base model (v3 is on SDXL, the file on SD 1.5).
    assert (rows["old"]["newer version"], rows["old"]["newer file"]) == (
        "v2 (502)",
        "tweaker_v2.safetensors (same type, format)",
    )
    assert civitai.log == []  # the scan checked the models less than 24 h ago
    listed = cli_here("library", "updates", "models/Lora", "--any-base-model", "--max-age", "0")
    rows = by_file(listed)
    assert (rows["old"]["newer version"], rows["new"]["status"]) == ("v3 (503)", "not-hashed")
    assert "1 not-hashed file never scanned or changed since the last scan: run" in listed.err
    assert "not-hashed file" not in ran.err  # the empty file is no news
    assert civitai.counts() == {"GET models": 1}
    # A download that fails is reported, and the exit code says so.
    civitai.behaviour.storage_error = (403, b"<Error>AccessDenied</Error>", "application/xml")
    failed = cli_here("library", "updates", "--download", "--same-base-model")
    assert failed.code == 3  # the failure's own code: storage answered 403
    assert by_file(failed)["old"]["status"] == "failed"
    assert "403" in by_file(failed)["old"]["error"]
    civitai.behaviour.storage_error = None
    fetched = cli_here("library", "updates", "--download", "--any-base-model")
    assert fetched.code == 0, fetched.err
    row = by_file(fetched)["old"]
    assert (row["status"], row["downloaded"]) == ("downloaded", "tweaker_v3.safetensors")
    assert (lora / "tweaker_v3.safetensors").read_bytes() == civitai.versions[503].files[0].data
    assert json.loads((lora / "tweaker_v3.civitai.info").read_text())["id"] == 503
    assert "tweaker_v3.safetensors: 100%" in fetched.err
    assert "total: 1/1 files" in fetched.err


def test_verify_finds_a_corrupt_file(cli_here, scanned: dict[str, Path]) -> None:
    dream = scanned["dream"]
    expected = cli_here("library", "ls", str(dream), "--json").json()[0]["civitai_sha256"]
    data = bytearray(dream.read_bytes())
    data[100] ^= 0xFF
    dream.write_bytes(bytes(data))
    ran = cli_here("library", "verify")
    assert ran.code == 1
    rows = by_file(ran)
    assert (rows["dream"]["status"], rows["dream"]["expected"]) == ("corrupt", expected)
    assert rows["dream"]["SHA256"] not in ("", expected)
    assert (rows["old"]["status"], rows["old"]["source"]) == ("ok", "catalog")
    assert rows["mine"]["status"] == "unknown"
    assert "1 of 5 files failed verification" in ran.err
    lora = cli_here("library", "verify", "models/Lora", "--json")
    assert lora.code == 0
    assert [Path(r["path"]).stem for r in lora.json() if r["status"] == "ok"] == ["old"]


def test_a_pin_is_kept_by_the_next_scan(
    cli_here, civitai: FakeCivitai, scanned: dict[str, Path]
) -> None:
    shared = "models/Lora/shared.safetensors"
    wrong = cli_here("library", "pin", shared, "5")
    assert wrong.code == 2
    assert "candidates: 81 (Pixel / v81), 91 (Pixel again / v91)" in wrong.err
    ran = cli_here("library", "pin", shared, "91")
    assert ran.code == 0, ran.err
    assert "status      identified (pinned)\n" in ran.out
    assert "model       9 Pixel again\n" in ran.out
    rescan = cli_here("library", "scan", "models", "-q")
    assert rescan.code == 0, rescan.err
    assert json.loads((scanned["shared"].parent / "shared.civitai.info").read_text())["id"] == 91
    assert by_file(rescan)["shared"]["status"] == "identified (pinned)"
    unpinned = cli_here("library", "pin", shared, "--unpin", "--json")
    assert unpinned.json()["pinned_version_id"] is None
    not_scanned = cli_here("library", "pin", "models/other.safetensors", "91")
    assert (not_scanned.code, "is not in the catalog: scan it first" in not_scanned.err) == (
        2,
        True,
    )


@pytest.mark.slow
def test_ctrl_c_during_a_scan_keeps_the_work_and_the_next_scan_continues(
    cli, cli_env: dict[str, str], cli_here, civitai: FakeCivitai, tmp_path: Path
) -> None:
    add_model_files(civitai, tmp_path / "many", models=150)
    # The first 100 hashes are identified at once; the answer for the other 50 hangs.
    civitai.behaviour.by_hash_stalls = [0, 30]
    ran = interrupt_when(
        [sys.executable, "-m", "civitai_api", "library", "scan", "many"],
        lambda: civitai.count("POST by-hash") >= 2,
        cwd=tmp_path,
        env=cli_env,
        poll=0.02,
    )
    assert ran.code == 130, ran.err
    kept_note = "interrupted (150 files seen): every file hashed and identified so far is kept"
    assert kept_note in ran.err
    assert ran.out == ""
    kept = cli_here("library", "ls", "--json").json()
    assert sorted({e["status"] for e in kept}) == ["hashed", "identified"]
    assert [e["status"] for e in kept].count("identified") == 100
    again = cli("library", "scan", "many", "--json", "-q")
    assert again.code == 0, again.err
    report = again.json()
    assert (report["hashed"], report["unchanged"], report["looked_up"]) == (0, 150, 50)
    assert report["statuses"] == {"identified": 150}
    assert civitai.count("POST by-hash") == 3


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["scan", "models", "--sidecars", "preview,nope"],
            "--sidecars: unknown sidecar 'nope'; expected one of civitai-info, preview, a1111,"
            " cm-info (or none)",
        ),
        (
            ["ls", "--status", "lost"],
            "--status: unknown status 'lost'; expected one of identified,",
        ),
        (["ls", "--sort", "date"], "--sort: unknown sort key 'date'; expected one of path, name,"),
        (["scan", "models", "--max-age", "-1h"], "--max-age: must not be negative, got '-1h'"),
        (["updates", "--max-age", "24"], "--max-age: expected a duration such as 30m, 24h, 7d"),
        (["scan", "models", "--max-preview-nsfw", "3"], "--max-preview-nsfw: expected one of pg"),
        (["updates", "--download", "--offline"], "--download cannot work offline"),
        (["pin", "models/Lora/shared.safetensors"], "give either a VERSION_ID or --unpin"),
    ],
)
def test_bad_input_is_one_line_exit_2_and_sends_nothing(
    cli_here, civitai: FakeCivitai, sample: dict[str, Path], args: list[str], message: str
) -> None:
    ran = cli_here("library", *args)
    assert ran.code == 2
    assert ran.err.splitlines()[0].startswith(f"civitai: error: {message}")
    assert civitai.log == []
    assert not default_catalog_path().exists()  # checked before the catalog is opened


def test_exit_codes_of_a_scan_and_of_a_missing_catalog(
    cli_here, civitai: FakeCivitai, sample: dict[str, Path]
) -> None:
    missing = cli_here("library", "ls")
    assert missing.code == 4
    assert "run `civitai library scan PATH...` first" in missing.err
    civitai.behaviour.by_hash_status = 500
    failed = cli_here("library", "scan", "models", "-q")
    assert failed.code == 5
    assert by_file(failed)["old"]["status"].startswith("lookup-failed: ")
    civitai.behaviour.by_hash_status = 200
    retried = cli_here("library", "scan", "models", "models/nowhere", "-q")
    assert retried.code == 4  # a path that does not exist; the rest is scanned
    assert by_file(retried)["old"]["status"] == "identified"


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("0", 0), ("90s", 90), ("30m", 1800), ("24h", 86400), ("7d", 604800), ("2w", 1209600),
     ("1h30m", 5400), ("1.5h", 5400), (" 12H ", 43200)],
)  # fmt: skip
def test_durations(text: str, seconds: int) -> None:
    assert parse_duration(text) == datetime.timedelta(seconds=seconds)


@pytest.mark.parametrize("text", ["", "24", "h", "1y", "-5m", "5m-", "1h 2x"])
def test_what_is_not_a_duration(text: str) -> None:
    with pytest.raises(ValueError, match=r"negative|expected a duration"):
        parse_duration(text)


def test_on_a_terminal_a_progress_bar_and_names_printed_as_text(
    cli_here, civitai: FakeCivitai, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rich.console import Console

    data = b"bracketed " * 50
    civitai.add_version(
        11, [ServedFile(11, "x.safetensors", data)], model_id=1, model_name="[SDXL] Pixel [/x]"
    )
    (tmp_path / "m").mkdir()
    (tmp_path / "m" / "x.safetensors").write_bytes(data)
    screens = {name: io.StringIO() for name in ("out", "err")}
    consoles = {
        name: Console(file=screen, force_terminal=True, width=150, highlight=False)
        for name, screen in screens.items()
    }
    monkeypatch.setattr(_render, "stdout_console", lambda: consoles["out"])
    monkeypatch.setattr(_render, "stderr_console", lambda: consoles["err"])
    ran = cli_here("library", "scan", "m")
    assert ran.code == 0, ran.err
    assert "1 [SDXL] Pixel [/x]" in screens["out"].getvalue()
    drawn = screens["err"].getvalue()
    assert "━" in drawn  # a bar
    assert "1 file, 1 read (500 B)" in drawn
    assert "identified" in drawn  # the summary
    # Columns with no value in any row are left out on a terminal (a pipe keeps them all).
    shown_before = len(screens["out"].getvalue())
    assert cli_here("library", "updates").code == 0
    table = re.sub(r"\x1b\[[0-9;]*m", "", screens["out"].getvalue()[shown_before:])
    header = table.strip().splitlines()[0].split()
    assert header == ["file", "model", "version", "status"]
