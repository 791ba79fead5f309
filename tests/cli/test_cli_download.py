"""`civitai download`: every target syntax, dry runs, layouts, parallel files, Ctrl-C and
resuming, results on stdout."""

from __future__ import annotations

import json
import os
import sys
import threading
from pathlib import Path

import pytest
from support.cli_runs import add_model, interrupt_when
from support.fake_civitai import FakeCivitai, ServedFile


@pytest.fixture
def catalog(civitai: FakeCivitai) -> FakeCivitai:
    """Model 10 (versions 12 newest, 11) and model 20 (version 21, two files)."""
    add_model(civitai, 10, [12, 11], model_type="Checkpoint")
    civitai.add_version(
        21,
        [
            ServedFile(211, "lora.safetensors", b"L" * 40_000, primary=True),
            ServedFile(212, "lora_vae.pt", b"V" * 10_000, type="VAE", format="PickleTensor"),
        ],
        model_id=20,
        model_name="Model 20",
        username="maker",
    )
    return civitai


def planned(ran) -> list[tuple[str, int, int]]:
    return [(r["target"], r["version_id"], r["file_id"]) for r in ran.json_lines()]


@pytest.mark.parametrize(
    ("target", "version", "file"),
    [
        ("12", 12, 120),
        ("urn:air:sdxl:checkpoint:civitai:10@11", 11, 110),
        ("civitai:10@11", 11, 110),
        ("urn:air:sdxl:lora:civitai:20@21+212", 21, 212),
        ("https://civitai.com/models/10/some-name?modelVersionId=11", 11, 110),
        ("https://civitai.com/models/10/some-name", 12, 120),
        ("https://civitai.red/models/10", 12, 120),
        ("https://civitai.com/api/download/models/21?type=VAE&format=PickleTensor", 21, 212),
        ("https://civitai.com/api/download/models/21?fileId=212", 21, 212),
        ("https://civitai.com/api/download/models/21", 21, 211),
    ],
)
def test_each_target_syntax(
    cli_here, catalog: FakeCivitai, target: str, version: int, file: int
) -> None:
    ran = cli_here("download", target, "--dry-run", "--json")
    assert ran.code == 0, ran.err
    assert planned(ran) == [(target, version, file)]


def test_model_ids_input_files_and_all_versions(
    cli_here, catalog: FakeCivitai, tmp_path: Path
) -> None:
    (tmp_path / "targets.txt").write_text("# my list\n21   # the lora\n\n11\n")
    ran = cli_here("download", "-i", "targets.txt", "--model", "10", "--dry-run", "--json")
    assert planned(ran) == [("21", 21, 211), ("11", 11, 110), ("--model 10", 12, 120)]
    every = cli_here("download", "--model", "10", "--all-versions", "--dry-run", "--json")
    assert planned(every) == [("--model 10", 12, 120), ("--model 10", 11, 110)]
    twice = cli_here("download", "12", "--model", "10", "--dry-run", "--json")
    assert [(r["target"], r["status"]) for r in twice.json_lines()] == [
        ("--model 10", "duplicate"),
        ("12", "planned"),
    ]
    assert "same    --model 10: m10-v12.safetensors (also named by an earlier target)" in twice.err


def test_a_creators_models(cli_here, catalog: FakeCivitai) -> None:
    ran = cli_here("download", "--username", "maker", "--dry-run", "--json")
    assert planned(ran) == [("maker: model 20", 21, 211)]
    assert "/api/v1/models?username=maker" in [seen.path for seen in catalog.seen("api")]


def test_a_model_id_given_as_a_version_id_suggests_model(cli_here, catalog: FakeCivitai) -> None:
    ran = cli_here("download", "20")
    assert ran.code == 4
    assert "There is no model version 20, but there is a model 20 (Model 20)" in ran.err
    assert "--model 20" in ran.err


def test_dry_run_writes_nothing_and_downloads_nothing(
    cli_here, catalog: FakeCivitai, tmp_path: Path
) -> None:
    catalog.versions[21].require_auth = True
    ran = cli_here("download", "21", "12", "--all-files", "--out-dir", "out", "--dry-run")
    assert ran.code == 0, ran.err
    rows = ran.table()
    assert [(row["file"], row["size"], row["key needed"]) for row in rows] == [
        ("lora.safetensors", "39.1 KiB", "yes"),
        ("lora_vae.pt", "9.8 KiB", "yes"),
        ("m10-v12.safetensors", "48.8 KiB", "no"),
    ]
    assert rows[0]["SHA256"] == catalog.versions[21].files[0].sha256
    assert rows[0]["saved as"] == os.path.join("out", "lora.safetensors")
    assert not (tmp_path / "out").exists()
    assert catalog.seen("storage") == []
    assert not any("/api/download/" in seen.path for seen in catalog.log)


def test_layouts_route_by_model_and_file_type(cli_here, catalog: FakeCivitai) -> None:
    ran = cli_here(
        "download",
        "21",
        "12",
        "--all-files",
        "--layout",
        "comfyui",
        "--root",
        "ui",
        "--dry-run",
        "--json",
    )
    paths = [Path(record["path"]).as_posix() for record in ran.json_lines()]
    assert paths == [
        "ui/models/loras/lora.safetensors",
        "ui/models/vae/lora_vae.pt",
        "ui/models/checkpoints/m10-v12.safetensors",
    ]
    a1111 = cli_here("download", "12", "--layout", "a1111", "--dry-run", "--json")
    assert (
        Path(a1111.json_lines()[0]["path"]).as_posix()
        == "models/Stable-diffusion/m10-v12.safetensors"
    )


def test_file_choice_by_name_and_filters(cli_here, catalog: FakeCivitai) -> None:
    assert planned(cli_here("download", "21", "--file", "vae", "--dry-run", "--json")) == [
        ("21", 21, 212)
    ]
    assert planned(cli_here("download", "21", "--type", "VAE", "--dry-run", "--json")) == [
        ("21", 21, 212)
    ]
    missing = cli_here("download", "21", "--file", "nothing", "--dry-run")
    assert missing.code == 4
    assert "FAILED  21: --file nothing matches no file in this version; its files: " in missing.err
    assert "lora_vae.pt (id 212: VAE, PickleTensor)" in missing.err


def test_a_download_prints_its_path_last_and_warns_about_pickles(
    cli, catalog: FakeCivitai, tmp_path: Path
) -> None:
    ran = cli("download", "21", "--all-files", "--out-dir", "out")
    assert ran.code == 0, ran.err
    saved = ran.out.splitlines()
    assert sorted(saved) == sorted(
        str(tmp_path / "out" / n) for n in ("lora.safetensors", "lora_vae.pt")
    )
    assert (tmp_path / "out" / "lora_vae.pt").read_bytes() == b"V" * 10_000
    assert "warning: lora_vae.pt is a pickle (.pt), which can run code" in ran.err
    assert "SHA256 verified" in ran.err
    again = cli("download", "21", "--out-dir", "out", "--json")
    record = json.loads(again.out)  # one result object per file, nothing else on stdout
    assert record["status"] == "present"
    assert record["sha256"] == catalog.versions[21].files[0].sha256
    assert (record["model_id"], record["version_id"], record["file_id"]) == (20, 21, 211)


def test_three_files_download_at_once_and_a_failing_target_stops_no_other(
    cli, civitai: FakeCivitai, tmp_path: Path
) -> None:
    for model_id in (1, 2, 3):
        add_model(civitai, model_id, [model_id * 10])
    # Each file answer waits until three are in flight: downloads one after another would
    # break the barrier and get a 500 instead of their bytes.
    civitai.behaviour.storage_barrier = threading.Barrier(3)
    ran = cli("download", "10", "999", "20", "30", "-j", "3", "--out-dir", "out", "--json")
    assert ran.code == 4  # the first failure's code: 999 does not exist
    records = {record["target"]: record for record in ran.json_lines()}
    assert {t: r["status"] for t, r in records.items()} == {
        "10": "downloaded",
        "20": "downloaded",
        "30": "downloaded",
        "999": "failed",
    }
    assert records["999"]["exit_code"] == 4
    assert len(civitai.seen("storage")) == 3
    assert "FAILED  999: Model not found" in ran.err


@pytest.mark.slow
def test_ctrl_c_keeps_the_part_file_and_the_same_command_resumes_it(
    cli_env: dict[str, str], cli, civitai: FakeCivitai, tmp_path: Path
) -> None:
    served = add_model(civitai, 1, [10], size=3_000_000)[0]
    # The storage host sends 2.5 MB, then waits: the CLI has written at least the first two
    # 1 MiB chunks when it is interrupted.
    civitai.behaviour.stall_after = 2_500_000
    civitai.behaviour.stall_seconds = 30
    part = tmp_path / "out" / f"{served.name}.part"
    ran = interrupt_when(
        [sys.executable, "-m", "civitai_api", "download", "10", "--out-dir", "out"],
        lambda: part.exists() and part.stat().st_size >= 2 * 1024 * 1024,
        cwd=tmp_path,
        env=cli_env,
    )
    assert ran.code == 130, ran.err
    assert "interrupted: partial downloads are kept as .part files" in ran.err
    assert f"PAUSED  10: {served.name}" in ran.err
    assert ran.out == ""
    kept = part.stat().st_size
    assert 2 * 1024 * 1024 <= kept <= 2_500_000
    resumed = cli("download", "10", "--out-dir", "out")
    assert resumed.code == 0, resumed.err
    assert (tmp_path / "out" / served.name).read_bytes() == served.data
    assert not part.exists()
    assert civitai.seen("storage")[-1].headers["range"] == f"bytes={kept}-"
    assert "(resumed, 2.9 MiB, SHA256 verified)" in resumed.err
