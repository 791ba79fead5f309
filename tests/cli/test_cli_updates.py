"""`civitai library updates` at scale, against the fake Civitai: the matching file of the
newer version, base-model lines, early access, filters, dry runs, parallel downloads with a
failing file, Ctrl-C and resume, and each way of retiring the old file."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from support.cli_runs import interrupt_when
from support.fake_civitai import FakeCivitai, ServedFile, ServedImage
from support.library import add_model_files

PICTURE = ServedImage("lines.png", "png")
FUTURE = "2099-01-01T00:00:00.000Z"


def served(file_id: int, name: str, **facts: object) -> ServedFile:
    return ServedFile(file_id, name, f"{name} ".encode() * (40 + file_id % 50), **facts)  # type: ignore[arg-type]


def variants_and_lines(civitai: FakeCivitai, root: Path) -> dict[str, Path]:
    """`root/Stable-diffusion/var.safetensors`: the pruned fp16 file of model 20's v1 (v2 has
    a full fp32 primary, a pruned fp16 and a GGUF); `root/Lora/sub`: v1 (Illustrious) and v2
    (Pony) of model 30, whose v3 is Illustrious and v4 Pony; v1 of model 40, whose v2 is in
    early access; model 31's v1 (SDXL), whose only newer version is on Flux."""
    v1_full = served(2011, "var-v1-full.safetensors", size="full", fp="fp32", primary=True)
    v1_pruned = served(2012, "var-v1-pruned.safetensors", size="pruned", fp="fp16")
    civitai.add_version(
        201, [v1_full, v1_pruned], model_id=20, model_name="Variants", index=1,
        model_type="Checkpoint",
    )  # fmt: skip
    civitai.add_version(
        202,
        [
            served(2021, "var-v2-full.safetensors", size="full", fp="fp32", primary=True),
            served(2022, "var-v2-pruned.safetensors", size="pruned", fp="fp16"),
            served(2023, "var-v2-q4.gguf", format="GGUF"),
        ],
        model_id=20,
        model_name="Variants",
        index=0,
        model_type="Checkpoint",
    )
    lines = {}
    for number, base in ((1, "Illustrious"), (2, "Pony"), (3, "Illustrious"), (4, "Pony")):
        lines[number] = served(3000 + number, f"lines-v{number}.safetensors", primary=True)
        civitai.add_version(
            300 + number,
            [lines[number]],
            model_id=30,
            model_name="Lines",
            name=f"v{number}",
            index=4 - number,
            base_model=base,
            images=[PICTURE],
        )
    early = [served(4000 + n, f"early-v{n}.safetensors", primary=True) for n in (1, 2)]
    civitai.add_version(401, [early[0]], model_id=40, model_name="Early", index=1, name="v1")
    civitai.add_version(402, [early[1]], model_id=40, model_name="Early", index=0, name="v2")
    civitai.versions[402].early_access_deadline = FUTURE
    flux = [served(3100 + n, f"flux-v{n}.safetensors", primary=True) for n in (1, 2)]
    civitai.add_version(311, [flux[0]], model_id=31, model_name="Other", index=1, name="v1")
    civitai.add_version(
        312, [flux[1]], model_id=31, model_name="Other", index=0, name="v2", base_model="Flux.1 D"
    )
    paths = {
        "var": root / "Stable-diffusion" / "var-v1-pruned.safetensors",
        "lines-v1": root / "Lora" / "sub" / "lines-v1.safetensors",
        "lines-v2": root / "Lora" / "sub" / "lines-v2.safetensors",
        "early": root / "Lora" / "early-v1.safetensors",
        "flux": root / "Lora" / "flux-v1.safetensors",
    }
    contents = {
        "var": v1_pruned,
        "lines-v1": lines[1],
        "lines-v2": lines[2],
        "early": early[0],
        "flux": flux[0],
    }
    for key, path in paths.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(contents[key].data)
    return paths


@pytest.fixture
def library(cli_here, civitai: FakeCivitai, tmp_path: Path) -> dict[str, Path]:
    paths = variants_and_lines(civitai, tmp_path / "models")
    ran = cli_here("library", "scan", "models", "-q")
    assert ran.code == 0, ran.err
    civitai.log.clear()
    return paths


def rows_by_file(ran) -> dict[str, dict[str, str]]:
    return {Path(row["file"]).stem: row for row in ran.table()}


def test_dry_run_lists_the_matching_files_per_line_with_sizes(
    cli_here, civitai: FakeCivitai, library: dict[str, Path]
) -> None:
    ran = cli_here("library", "updates", "--dry-run", "--download", "--retire", "delete")
    assert ran.code == 0, ran.err
    rows = rows_by_file(ran)
    got = {
        name: (row["status"], row["newer version"], row["newer file"], row["retired"])
        for name, row in rows.items()
    }
    assert got == {
        "var-v1-pruned": (
            "update-available",
            "v202 (202)",
            "var-v2-pruned.safetensors (same type, format, size, fp)",
            "would-delete",
        ),
        "lines-v1": (
            "update-available",
            "v3 (303)",
            "lines-v3.safetensors (same type, format)",
            "would-delete",
        ),
        "lines-v2": (
            "update-available",
            "v4 (304)",
            "lines-v4.safetensors (same type, format)",
            "would-delete",
        ),
        "early-v1": ("early-access until 2099-01-01", "v2 (402)", "early-v2.safetensors "
                     "(same type, format)", ""),
        "flux-v1": ("other-base-model", "v2 (312) on Flux.1 D", "", ""),
    }  # fmt: skip
    sizes = [len(civitai.find_file(i).data) for i in (2022, 3003, 3004)]  # type: ignore[union-attr]
    assert rows["lines-v1"]["size"] == f"{sizes[1]:,} B"
    assert sum(sizes) == 3439
    assert "would download 3 files (3.4 KiB)" in ran.err
    assert "would retire 3 old files" in ran.err
    assert civitai.log == []  # from the catalog alone
    assert all(path.is_file() for path in library.values())
    # --any-base-model widens the line: both Lines files go to v4, Other has an update.
    wide = rows_by_file(cli_here("library", "updates", "--any-base-model"))
    assert [wide[name]["newer version"] for name in ("lines-v1", "lines-v2", "flux-v1")] == [
        "v4 (304)",
        "v4 (304)",
        "v2 (312)",
    ]


def test_download_fetches_the_matching_files_in_parallel_and_skips_early_access(
    cli_here, civitai: FakeCivitai, library: dict[str, Path]
) -> None:
    ran = cli_here("library", "updates", "--download", "-j", "3", "--json")
    assert ran.code == 0, ran.err
    results = {Path(r["path"]).stem: r for r in ran.json()}  # one object per file
    assert {name: r["status"] for name, r in results.items()} == {
        "var-v1-pruned": "downloaded",
        "lines-v1": "downloaded",
        "lines-v2": "downloaded",
        "early-v1": "early-access",
        "flux-v1": "other-base-model",
    }
    assert results["early-v1"]["early_access_until"].startswith("2099-01-01")
    sd = library["var"].parent
    assert (sd / "var-v2-pruned.safetensors").read_bytes() == civitai.find_file(2022).data  # type: ignore[union-attr]
    assert not (sd / "var-v2-full.safetensors").exists()
    sub = library["lines-v1"].parent
    for number in (3, 4):
        assert json.loads((sub / f"lines-v{number}.civitai.info").read_text())["id"] == 300 + number
        assert (sub / f"lines-v{number}.preview.png").read_bytes() == PICTURE.data
    assert civitai.count("GET file") == 3
    assert library["lines-v1"].is_file()  # kept: the default
    # Early access on request: Civitai's 403 is one clear line.
    civitai.behaviour.early_access_versions.add(402)
    early = cli_here("library", "updates", "--download", "--include-early-access", "--only", "40")
    assert early.code == 3  # early access: Civitai answered 403
    (row,) = early.table()
    assert row["status"] == "failed"
    assert row["error"] == (
        "early access until 2099-01-01 00:00 UTC: Civitai refused the download (HTTP 403); "
        "buy early access on Civitai or wait"
    )
    # A second run finds everything there.
    again = cli_here("library", "updates", "--download", "--type", "checkpoint")
    assert again.code == 0, again.err
    assert [row["status"] for row in again.table()] == ["update-downloaded", "latest"]
    assert civitai.count("GET file") == 3


def test_filters_choose_the_files(cli_here, library: dict[str, Path]) -> None:
    def names(*args: str) -> list[str]:
        ran = cli_here("library", "updates", *args, "--json")
        assert ran.code == 0, ran.err
        return sorted(Path(r["path"]).stem for r in ran.json())

    assert names("--only", "30,40") == ["early-v1", "lines-v1", "lines-v2"]
    assert names("--only", "20", "--only", "31") == ["flux-v1", "var-v1-pruned"]
    assert names("--base-model", "pony") == ["lines-v2"]
    assert names("--type", "Checkpoint") == ["var-v1-pruned"]
    assert names("models/Lora/sub") == ["lines-v1", "lines-v2"]
    for args, message in (
        (["--only", "lines"], "--only: expected model ids such as 4201 or 4201,11821"),
        (["--any-base-model", "--same-base-model"], "give --any-base-model or --same-base-model"),
        (["-j", "0"], "--jobs: expected 1 or more, got 0"),
        (["--download", "--offline"], "--download cannot work offline"),
    ):
        bad = cli_here("library", "updates", *args)
        assert (bad.code, message in bad.err) == (2, True), bad.err


def test_retire_move_keeps_the_layout_and_the_catalog_follows(
    cli_here, library: dict[str, Path], tmp_path: Path
) -> None:
    ran = cli_here("library", "updates", "--download", "--retire", "move:retired", "--only", "30")
    assert ran.code == 0, ran.err
    moved = tmp_path / "retired" / "Lora" / "sub"
    assert sorted(p.name for p in moved.iterdir()) == [
        "lines-v1.civitai.info",
        "lines-v1.preview.png",
        "lines-v1.safetensors",
        "lines-v2.civitai.info",
        "lines-v2.preview.png",
        "lines-v2.safetensors",
    ]
    sub = library["lines-v1"].parent
    assert sorted(p.name for p in sub.iterdir()) == [
        "lines-v3.civitai.info",
        "lines-v3.preview.png",
        "lines-v3.safetensors",
        "lines-v4.civitai.info",
        "lines-v4.preview.png",
        "lines-v4.safetensors",
    ]
    assert rows_by_file(ran)["lines-v1"]["retired"] == "moved to retired/Lora/sub/"
    listed = cli_here("library", "ls", "--json").json()
    paths = {Path(e["path"]).relative_to(tmp_path).as_posix(): e["version_id"] for e in listed}
    assert paths["retired/Lora/sub/lines-v1.safetensors"] == 301
    assert "models/Lora/sub/lines-v1.safetensors" not in paths
    assert "retired 2 old files" in ran.err


def test_retire_delete_removes_the_old_file_and_its_sidecars(
    cli_here, library: dict[str, Path]
) -> None:
    ran = cli_here("library", "updates", "--download", "--retire", "delete", "--only", "30")
    assert ran.code == 0, ran.err
    sub = library["lines-v1"].parent
    assert sorted(p.name for p in sub.iterdir() if p.stem.startswith("lines-v1")) == []
    assert (sub / "lines-v3.safetensors").is_file()
    assert {row["retired"] for row in ran.table()} == {"deleted"}
    listed = {Path(e["path"]).name for e in cli_here("library", "ls", "--json").json()}
    assert "lines-v1.safetensors" not in listed
    assert "lines-v3.safetensors" in listed
    # keep (the default) leaves the other old files where they were.
    kept = cli_here("library", "updates", "--download", "--only", "20")
    assert kept.code == 0, kept.err
    assert library["var"].is_file()
    bad = cli_here("library", "updates", "--retire", "trash")
    assert (bad.code, "--retire: expected keep, move:DIR or delete, got 'trash'" in bad.err) == (
        2,
        True,
    )


def test_a_failing_file_in_a_parallel_run_fails_alone_and_its_old_file_stays(
    cli_here, civitai: FakeCivitai, tmp_path: Path
) -> None:
    old = add_model_files(civitai, tmp_path / "models", models=6, versions=2)
    assert cli_here("library", "scan", "models", "-q").code == 0
    civitai.behaviour.file_errors[10020] = (500, b"<Error>InternalError</Error>", "application/xml")
    ran = cli_here("library", "updates", "--download", "-j", "3", "--retire", "delete")
    assert ran.code == 5  # the failure's own code: the file host answered 500
    rows = rows_by_file(ran)
    assert rows["model1002-v1"]["status"] == "failed"
    assert "500" in rows["model1002-v1"]["error"]
    assert old[2].is_file()  # its update failed: kept
    assert (old[2].parent / "model1002-v1.civitai.info").is_file()
    downloaded = [name for name, row in rows.items() if row["status"] == "downloaded"]
    assert len(downloaded) == 5
    assert [path.exists() for path in old] == [False, False, True, False, False, False]
    assert "5 downloaded, 1 failed" in ran.err


@pytest.mark.slow
def test_ctrl_c_keeps_the_part_files_and_the_same_command_resumes(
    cli, cli_env: dict[str, str], cli_here, civitai: FakeCivitai, tmp_path: Path
) -> None:
    big = bytes(range(256)) * 4096  # 1 MiB
    for model_id in (60, 61):
        for index, version_id in ((1, model_id * 10 + 1), (0, model_id * 10 + 2)):
            data = big + version_id.to_bytes(4, "big")
            item = ServedFile(version_id, f"m{version_id}.safetensors", data, primary=True)
            civitai.add_version(version_id, [item], model_id=model_id, index=index)
        old = tmp_path / "models" / f"m{model_id * 10 + 1}.safetensors"
        old.parent.mkdir(exist_ok=True)
        old.write_bytes(civitai.versions[model_id * 10 + 1].files[0].data)
    assert cli_here("library", "scan", "models", "-q").code == 0
    # The first file answer stops half-way for a long time.
    civitai.behaviour.stall_after, civitai.behaviour.stall_seconds = 300_000, 30
    parts = tmp_path / "models"
    # Ctrl-C once both downloads started; the first file answer stalls after 300,000 bytes
    # (which the writer holds until the `.part` is salvaged).
    ran = interrupt_when(
        [sys.executable, "-m", "civitai_api", "library", "updates", "--download", "-j", "2"],
        lambda: civitai.count("GET file") >= 2 and bool(list(parts.glob("*.part"))),
        cwd=tmp_path,
        env=cli_env,
        poll=0.02,
        settle=0.5,
    )
    assert ran.code == 130, ran.err
    assert "interrupted: partial downloads are kept as .part files" in ran.err
    assert ran.out == ""
    kept = {part.name: part.stat().st_size for part in parts.glob("*.part")}
    assert kept
    assert max(kept.values()) >= 300_000
    again = cli("library", "updates", "--download", "-q")
    assert again.code == 0, again.err
    assert not list(parts.glob("*.part"))
    for version_id in (602, 612):
        path = parts / f"m{version_id}.safetensors"
        assert path.read_bytes() == civitai.versions[version_id].files[0].data
    ranges = [s.headers.get("range") for s in civitai.seen("storage")]
    assert all(f"bytes={size}-" in ranges for size in kept.values() if size < len(big))


def test_an_update_with_the_old_files_name_replaces_it_only_when_it_is_retired(
    cli_here, civitai: FakeCivitai, tmp_path: Path
) -> None:
    versions = [served(7000 + n, "same.safetensors", primary=True) for n in (1, 2)]
    for number, item in enumerate(versions, start=1):
        civitai.add_version(
            700 + number, [item], model_id=70, name=f"v{number}", index=2 - number,
            images=[PICTURE],
        )  # fmt: skip
    old = tmp_path / "models" / "Lora" / "same.safetensors"
    old.parent.mkdir(parents=True)
    old.write_bytes(versions[0].data)
    assert cli_here("library", "scan", "models", "-q").code == 0
    kept = cli_here("library", "updates", "--download")
    assert kept.code == 1
    assert rows_by_file(kept)["same"]["error"] == (
        "the newer file has this file's name (same.safetensors): retire this one "
        "(move:DIR or delete) to replace it"
    )
    assert old.read_bytes() == versions[0].data
    assert civitai.count("GET file") == 0
    moved = cli_here("library", "updates", "models", "--download", "--retire", "move:retired")
    assert moved.code == 0, moved.err
    assert old.read_bytes() == versions[1].data
    assert json.loads(old.with_suffix(".civitai.info").read_text())["id"] == 702
    assert (old.parent / "same.preview.png").is_file()
    retired = tmp_path / "retired" / "Lora"
    assert (retired / "same.safetensors").read_bytes() == versions[0].data
    assert json.loads((retired / "same.civitai.info").read_text())["id"] == 701
    assert sorted(p.name for p in old.parent.iterdir()) == [
        "same.civitai.info",
        "same.preview.png",
        "same.safetensors",
    ]  # the staging folder is gone
    listed = {Path(e["path"]): e["version_id"] for e in cli_here("library", "ls", "--json").json()}
    assert listed == {old: 702, retired / "same.safetensors": 701}
