"""ls: filters, orders and JSON-ready rows, from the catalog alone."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from civitai_api import library
from civitai_api.library import Catalog, FileStatus, SortKey
from support.fake_civitai import FakeCivitai, ServedFile


@pytest.fixture
def scanned(civitai: FakeCivitai, client: httpx.Client, tmp_path: Path, catalog_path: Path) -> Path:
    specs = [
        (1, "Zeta", "LORA", "SDXL 1.0", 3000),
        (2, "alpha", "Checkpoint", "SD 1.5", 1000),
        (3, "Mid", "LORA", "Flux.1 D", 2000),
    ]
    for number, name, kind, base, size in specs:
        served = ServedFile(number, f"{name.lower()}.safetensors", bytes([number]) * size)
        civitai.add_version(
            number * 10,
            [served],
            model_id=number,
            model_name=name,
            model_type=kind,
            base_model=base,
        )
        (tmp_path / served.name).write_bytes(served.data)
    (tmp_path / "stray.ckpt").write_bytes(b"unknown")
    library.scan([tmp_path], client=client, catalog=catalog_path, sidecars=[])
    return tmp_path


def names(entries: list[library.LibraryEntry]) -> list[str]:
    return [entry.path.name for entry in entries]


def test_filters_match_any_value_without_regard_to_case(
    scanned: Path, catalog_path: Path, civitai: FakeCivitai
) -> None:
    requests = len(civitai.log)
    assert names(library.ls(catalog_path, types="lora")) == ["mid.safetensors", "zeta.safetensors"]
    assert names(library.ls(catalog_path, base_models=["sd 1.5", "FLUX.1 D"])) == [
        "alpha.safetensors",
        "mid.safetensors",
    ]
    assert names(library.ls(catalog_path, statuses=[FileStatus.NOT_FOUND])) == ["stray.ckpt"]
    assert names(library.ls(catalog_path, statuses="identified,not-found", types="checkpoint")) == [
        "alpha.safetensors"
    ]
    assert names(library.ls(catalog_path, paths=[scanned / "zeta.safetensors"])) == [
        "zeta.safetensors"
    ]
    assert library.ls(catalog_path, paths=[scanned / "elsewhere"]) == []
    assert len(civitai.log) == requests


def test_orders(scanned: Path, catalog_path: Path) -> None:
    assert names(library.ls(catalog_path, sort=SortKey.NAME)) == [
        "alpha.safetensors",
        "mid.safetensors",
        "zeta.safetensors",
        "stray.ckpt",  # no model name: last
    ]
    assert names(library.ls(catalog_path, sort="size", descending=True))[:3] == [
        "zeta.safetensors",
        "mid.safetensors",
        "alpha.safetensors",
    ]
    assert names(library.ls(catalog_path, sort="base-model"))[:3] == [
        "mid.safetensors",
        "alpha.safetensors",
        "zeta.safetensors",
    ]
    assert names(library.ls(catalog_path, sort="status"))[0] == "alpha.safetensors"
    with pytest.raises(ValueError, match="sort"):
        library.ls(catalog_path, sort="colour")
    with pytest.raises(ValueError, match="status"):
        library.ls(catalog_path, statuses="lost")


def test_rows_are_json_ready(scanned: Path, catalog_path: Path) -> None:
    entry = library.ls(catalog_path, types="checkpoint")[0]
    data = json.loads(json.dumps(entry.to_dict()))
    assert data["path"] == str(scanned / "alpha.safetensors")
    assert data["status"] == "identified"
    assert data["sha256_source"] == "computed"
    assert (data["model_name"], data["model_type"], data["version_id"]) == (
        "alpha",
        "Checkpoint",
        20,
    )
    assert data["checked_at"].endswith("+00:00")
    assert data["candidates"] == []


def test_the_default_catalog_follows_the_environment(
    civitai: FakeCivitai,
    client: httpx.Client,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    chosen = tmp_path / "chosen" / "catalog.sqlite3"
    monkeypatch.setenv("CIVITAI_CATALOG", str(chosen))
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "x.safetensors").write_bytes(b"x")
    report = library.scan([tmp_path / "lib"], client=client)
    assert report.catalog == chosen
    assert names(library.ls()) == ["x.safetensors"]
    with Catalog() as catalog:
        assert catalog.path == chosen
        assert names(library.ls(catalog)) == ["x.safetensors"]
