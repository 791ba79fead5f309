"""Hashes other tools computed are imported instead of reading the file (counted by reads)."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import httpx
import pytest
from civitai_api import library
from civitai_api.library import FileStatus, HashSource, VerifyStatus
from support.fake_civitai import FakeCivitai
from support.library import ReadCounter, add_model_files


def sha_of(civitai: FakeCivitai, path: Path) -> str:
    return next(f.sha256 for v in civitai.versions.values() for f in v.files if f.name == path.name)


def write_sidecars(civitai: FakeCivitai, files: list[Path]) -> None:
    """Each file gets another tool's sidecar: civitai-info, cm-info, Lora Manager, none."""
    first, second, third, _ = files
    (first.with_suffix(".civitai.info")).write_text(
        json.dumps(
            {
                "id": 1,
                "files": [
                    {"name": "other.vae.pt", "sizeKB": 1.0, "hashes": {"SHA256": "AB" * 32}},
                    {
                        "name": first.name,
                        "sizeKB": first.stat().st_size / 1024,
                        "hashes": {"SHA256": sha_of(civitai, first).lower()},
                    },
                ],
            }
        )
    )
    (second.with_suffix(".cm-info.json")).write_text(
        json.dumps({"Hashes": {"SHA256": sha_of(civitai, second), "BLAKE3": None}})
    )
    (third.with_suffix(".metadata.json")).write_text(
        json.dumps({"size": third.stat().st_size, "sha256": sha_of(civitai, third).lower()})
    )


def test_sidecar_hashes_are_imported_without_reading_the_files(
    civitai: FakeCivitai,
    client: httpx.Client,
    tmp_path: Path,
    catalog_path: Path,
    reads: ReadCounter,
) -> None:
    files = add_model_files(civitai, tmp_path, models=4)
    write_sidecars(civitai, files)
    report = library.scan([tmp_path], client=client, catalog=catalog_path, sidecars=[])
    assert reads.opened == [str(files[3])]  # only the file nothing knew about
    assert (report.imported, report.hashed) == (3, 1)
    assert report.statuses == {FileStatus.IDENTIFIED: 4}
    sources = [entry.sha256_source for entry in library.ls(catalog_path)]
    assert sources == [
        HashSource.CIVITAI_INFO,
        HashSource.CM_INFO,
        HashSource.LORA_MANAGER,
        HashSource.COMPUTED,
    ]
    # verify re-hashes every file and confirms the hints.
    results = library.verify(catalog=catalog_path)
    assert [r.status for r in results] == [VerifyStatus.OK] * 4
    assert len(reads) == 5
    assert {e.sha256_source for e in library.ls(catalog_path)} == {HashSource.COMPUTED}


def test_claims_that_do_not_fit_the_file_are_not_imported(
    civitai: FakeCivitai,
    client: httpx.Client,
    tmp_path: Path,
    catalog_path: Path,
    reads: ReadCounter,
) -> None:
    files = add_model_files(civitai, tmp_path, models=3)
    first, second, third = files
    # The listed size differs from the file's.
    first.with_suffix(".civitai.info").write_text(
        json.dumps(
            {"files": [{"name": first.name, "sizeKB": 99.0, "hashes": {"SHA256": "A" * 64}}]}
        )
    )
    # Written before the file last changed: it describes an older file.
    second.with_suffix(".cm-info.json").write_text(json.dumps({"Hashes": {"SHA256": "B" * 64}}))
    os.utime(second.with_suffix(".cm-info.json"), ns=(10**9, 10**9))
    # Not a SHA256 at all.
    third.with_suffix(".metadata.json").write_text(json.dumps({"sha256": "not-a-hash"}))
    report = library.scan([tmp_path], client=client, catalog=catalog_path, sidecars=[])
    assert (report.imported, report.hashed) == (0, 3)
    assert len(reads) == 3


def test_a1111_cache_hashes_are_imported_when_the_mtime_matches(
    civitai: FakeCivitai,
    client: httpx.Client,
    tmp_path: Path,
    catalog_path: Path,
    reads: ReadCounter,
) -> None:
    checkpoint, lora, moved = add_model_files(civitai, tmp_path / "models", models=3)
    cache = tmp_path / "cache.json"
    cache.write_text(
        json.dumps(
            {
                "hashes": {
                    f"checkpoint/sub/{checkpoint.name}": {
                        "mtime": checkpoint.stat().st_mtime,
                        "sha256": sha_of(civitai, checkpoint).lower(),
                    },
                    f"lora/{lora.stem}": {
                        "mtime": lora.stat().st_mtime,
                        "sha256": sha_of(civitai, lora).lower(),
                    },
                    f"lora/{moved.stem}": {
                        "mtime": moved.stat().st_mtime - 60,  # the file changed since
                        "sha256": "C" * 64,
                    },
                },
                "hashes-addnet": {f"lora/{moved.stem}": {"mtime": 0, "sha256": "D" * 64}},
            }
        )
    )
    report = library.scan(
        [tmp_path / "models"], client=client, catalog=catalog_path, a1111_cache=cache
    )
    assert reads.opened == [str(moved)]
    assert report.imported == 2
    assert report.statuses == {FileStatus.IDENTIFIED: 3}
    sources = {entry.path: entry.sha256_source for entry in library.ls(catalog_path)}
    assert sources == {
        checkpoint: HashSource.A1111_CACHE,
        lora: HashSource.A1111_CACHE,
        moved: HashSource.COMPUTED,
    }


def test_verify_finds_a_file_whose_imported_hash_was_wrong(
    civitai: FakeCivitai,
    client: httpx.Client,
    tmp_path: Path,
    catalog_path: Path,
) -> None:
    good, damaged = add_model_files(civitai, tmp_path, models=2)
    claimed = sha_of(civitai, damaged)
    data = bytearray(damaged.read_bytes())
    data[10] ^= 0xFF
    damaged.write_bytes(bytes(data))
    damaged.with_suffix(".cm-info.json").write_text(json.dumps({"Hashes": {"SHA256": claimed}}))
    library.scan([tmp_path], client=client, catalog=catalog_path, sidecars=[])
    entry = library.ls(catalog_path, paths=[damaged])[0]
    assert entry.status == FileStatus.IDENTIFIED  # on the sidecar's word
    results = {r.path: r for r in library.verify([tmp_path], catalog=catalog_path)}
    assert results[good].status == VerifyStatus.OK
    bad = results[damaged]
    assert bad.status == VerifyStatus.CORRUPT
    assert (bad.expected, bad.expected_source) == (claimed, "catalog")
    assert bad.sha256 is not None
    assert bad.sha256 != claimed
    # The catalog now holds the real hash and the verdict, and still knows what the file is
    # a corrupt copy of; the next scan asks Civitai about the new hash, and keeps all that.
    entry = library.ls(catalog_path, paths=[damaged])[0]
    assert (entry.status, entry.sha256, entry.version_id) == (
        FileStatus.CORRUPT,
        bad.sha256,
        10010,
    )
    assert (entry.integrity, entry.integrity_expected, entry.integrity_actual) == (
        VerifyStatus.CORRUPT,
        claimed,
        bad.sha256,
    )
    assert entry.verified_at is not None
    assert library.ls(catalog_path, corrupt=True) == [entry]
    rescan = library.scan([tmp_path], client=client, catalog=catalog_path, sidecars=[])
    assert rescan.hashed == 0
    assert rescan.looked_up == 1
    after = library.ls(catalog_path, paths=[damaged])[0]
    assert (after.status, after.version_id, after.integrity) == (
        FileStatus.CORRUPT,
        10010,
        VerifyStatus.CORRUPT,
    )


@pytest.mark.parametrize("source", ["civitai-info", "cm-info"])
def test_verify_compares_with_a_sidecar_when_the_catalog_has_no_lookup(
    tmp_path: Path, catalog_path: Path, source: str
) -> None:
    model = tmp_path / "lone.safetensors"
    model.write_bytes(b"a file never looked up")
    real = hashlib.sha256(model.read_bytes()).hexdigest().upper()
    if source == "civitai-info":
        sidecar = {"files": [{"name": model.name, "hashes": {"SHA256": "E" * 64}}]}
        model.with_suffix(".civitai.info").write_text(json.dumps(sidecar))
    else:
        model.with_suffix(".cm-info.json").write_text(json.dumps({"Hashes": {"SHA256": real}}))
    (result,) = library.verify([tmp_path], catalog=catalog_path)
    assert result.expected_source == source
    assert result.sha256 == real
    expected = VerifyStatus.CORRUPT if source == "civitai-info" else VerifyStatus.OK
    assert result.status == expected
