"""`civitai download` and Civitai's scans: flagged or unscanned files refused (exit code 7)
unless `--allow-unscanned`, a SafeTensor chosen over a pickle, scan results shown."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.fake_civitai import FakeCivitai, ServedFile

UNSAFE = 7


def add_scanned(civitai: FakeCivitai, version_id: int, virus: str, pickle: str) -> ServedFile:
    served = ServedFile(
        version_id * 10,
        f"scanned-{version_id}.safetensors",
        bytes(i % 251 for i in range(20_000)),
        primary=True,
        virus_scan=virus,
        pickle_scan=pickle,
    )
    civitai.add_version(version_id, [served], model_id=version_id // 10)
    return served


def lines_naming(text: str, name: str) -> list[str]:
    return [line for line in text.splitlines() if name in line]


def test_a_flagged_file_is_refused_and_allow_unscanned_downloads_it(
    cli, civitai: FakeCivitai, tmp_path: Path
) -> None:
    served = add_scanned(civitai, 30, virus="Danger", pickle="Success")
    refused = cli("download", "30", "--out-dir", "out")
    assert refused.code == UNSAFE, refused.err
    [line] = lines_naming(refused.err, served.name)
    assert "virus Danger" in line
    assert "--allow-unscanned" in line
    assert not civitai.seen("storage")
    assert not (tmp_path / "out" / served.name).exists()
    allowed = cli("download", "30", "--out-dir", "out", "--allow-unscanned")
    assert allowed.code == 0, allowed.err
    assert (tmp_path / "out" / served.name).read_bytes() == served.data
    assert any("virus Danger" in line for line in lines_naming(allowed.err, served.name))


@pytest.mark.parametrize(
    ("virus", "pickle", "said"),
    [
        ("Success", "Error", "pickle Error"),
        ("Error", "Success", "virus Error"),
        ("Success", "Danger", "pickle Danger"),
        ("Pending", "Success", "have not finished (virus Pending"),
        ("Success", "Pending", "have not finished (virus Success, pickle Pending"),
    ],
)
def test_error_danger_and_pending_scans_are_refused(
    cli_here, civitai: FakeCivitai, tmp_path: Path, virus: str, pickle: str, said: str
) -> None:
    served = add_scanned(civitai, 40, virus=virus, pickle=pickle)
    ran = cli_here("download", "40", "--out-dir", "out", "--json")
    assert ran.code == UNSAFE, ran.err
    [record] = ran.json_lines()
    assert record["status"] == "failed"
    assert record["exit_code"] == UNSAFE
    assert said in record["error"]
    assert served.name in record["error"]
    assert not civitai.seen("storage")


def test_a_pending_scan_downloads_with_allow_unscanned(
    cli_here, civitai: FakeCivitai, tmp_path: Path
) -> None:
    served = add_scanned(civitai, 50, virus="Pending", pickle="Pending")
    ran = cli_here("download", "50", "--out-dir", "out", "--allow-unscanned")
    assert ran.code == 0, ran.err
    assert (tmp_path / "out" / served.name).read_bytes() == served.data
    [warning] = [line for line in ran.err.splitlines() if "Pending" in line]
    assert served.name in warning


@pytest.fixture
def pickle_and_safetensor(civitai: FakeCivitai) -> tuple[ServedFile, ServedFile]:
    """Version 60: the primary file is a pickle; a SafeTensor of the same kind is there."""
    pickle = ServedFile(601, "model.ckpt", b"P" * 30_000, format="PickleTensor", primary=True)
    safe = ServedFile(602, "model.safetensors", b"S" * 30_000, format="SafeTensor")
    civitai.add_version(60, [pickle, safe], model_id=6)
    return pickle, safe


def test_the_safetensor_is_chosen_over_a_primary_pickle(
    cli_here, pickle_and_safetensor: tuple[ServedFile, ServedFile], tmp_path: Path
) -> None:
    _pickle, safe = pickle_and_safetensor
    ran = cli_here("download", "60", "--out-dir", "out")
    assert ran.code == 0, ran.err
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [safe.name]
    assert "can run code" not in ran.err


def test_a_named_pickle_is_downloaded_with_one_warning_line(
    cli, pickle_and_safetensor: tuple[ServedFile, ServedFile], tmp_path: Path
) -> None:
    pickle, _safe = pickle_and_safetensor
    ran = cli("download", "60", "--format", "PickleTensor", "--out-dir", "out")
    assert ran.code == 0, ran.err
    assert (tmp_path / "out" / pickle.name).read_bytes() == pickle.data
    assert len([line for line in ran.err.splitlines() if "can run code" in line]) == 1


def test_dry_run_shows_the_scan_results(cli_here, civitai: FakeCivitai) -> None:
    add_scanned(civitai, 70, virus="Danger", pickle="Pending")
    add_scanned(civitai, 80, virus="Success", pickle="Success")
    ran = cli_here("download", "70", "80", "--dry-run")
    assert ran.code == 0, ran.err
    scans = {row["version"]: row["scans"] for row in ran.table()}
    assert scans == {"70": "virus Danger, pickle Pending", "80": "Success"}
    as_json = cli_here("download", "70", "--dry-run", "--json")
    [record] = as_json.json_lines()
    assert (record["virus_scan"], record["pickle_scan"]) == ("Danger", "Pending")
    assert not civitai.seen("storage")


def test_versions_get_shows_the_scan_results(cli_here, civitai: FakeCivitai) -> None:
    add_scanned(civitai, 90, virus="Success", pickle="Error")
    ran = cli_here("versions", "get", "90")
    assert ran.code == 0, ran.err
    assert "virus Success, pickle Error" in ran.out
