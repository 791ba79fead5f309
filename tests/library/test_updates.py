"""updates: every status, same base model, offline answers, downloading the newer versions."""

from __future__ import annotations

import datetime
import json
import os
import signal
import threading
from collections.abc import Callable
from pathlib import Path

import anyio
import httpx
import pytest
from civitai_api import library
from civitai_api.library import FileStatus, UpdateStatus
from support.fake_civitai import FakeCivitai, ServedFile, ServedImage
from support.library import add_model_files


def make_library(civitai: FakeCivitai, folder: Path) -> dict[str, Path]:
    """Model 5: v3 (newest, Flux) / v2 / v1 (SDXL); model 6: one version; model 7: deleted
    later; a file Civitai does not know; an empty file."""
    files = {
        "old": ServedFile(51, "old.safetensors", b"v1 of model five" * 50),
        "mid": ServedFile(52, "mid.safetensors", b"v2 of model five" * 50),
        "new": ServedFile(53, "new.safetensors", b"v3 of model five" * 50),
        "only": ServedFile(61, "only.safetensors", b"model six" * 50),
        "gone": ServedFile(71, "gone.safetensors", b"model seven" * 50),
    }
    picture = [ServedImage("five.jpeg", "jpeg")]
    civitai.add_version(501, [files["old"]], model_id=5, index=2, name="v1", images=picture)
    civitai.add_version(502, [files["mid"]], model_id=5, index=1, name="v2", images=picture)
    civitai.add_version(
        503, [files["new"]], model_id=5, index=0, name="v3", base_model="Flux.1 D", images=picture
    )
    civitai.add_version(601, [files["only"]], model_id=6, name="only")
    civitai.add_version(701, [files["gone"]], model_id=7, name="gone")
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for key in ("old", "only", "gone"):
        paths[key] = folder / files[key].name
        paths[key].write_bytes(files[key].data)
    paths["unknown"] = folder / "unknown.safetensors"
    paths["unknown"].write_bytes(b"not on civitai")
    paths["empty"] = folder / "empty.safetensors"
    paths["empty"].write_bytes(b"")
    return paths


def statuses(results: list[library.UpdateResult]) -> dict[str, UpdateStatus]:
    return {result.path.stem: result.status for result in results}


def test_every_status_from_one_scan(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path, catalog_path: Path
) -> None:
    paths = make_library(civitai, tmp_path)
    library.scan([tmp_path], client=client, catalog=catalog_path)
    civitai.deleted_models.add(7)
    civitai.log.clear()
    # The scan checked the models: the answer needs no request.
    results = library.updates(client=client, catalog=catalog_path)
    assert civitai.log == []
    assert statuses(results) == {
        "empty": UpdateStatus.NOT_HASHED,
        "gone": UpdateStatus.LATEST,  # as last checked
        "old": UpdateStatus.UPDATE_AVAILABLE,
        "only": UpdateStatus.LATEST,
        "unknown": UpdateStatus.NOT_FOUND,
    }
    old = next(r for r in results if r.path == paths["old"])
    # The newest version on the file's own base model: v3 is on Flux.
    assert (old.latest_version_id, old.latest_version_name, old.latest_base_model) == (
        502,
        "v2",
        "SDXL 1.0",
    )
    assert (old.latest_file_name, old.latest_file_size) == ("mid.safetensors", 800)
    assert old.checked_at is not None
    # Past max_age the models are fetched again, in one request.
    results = library.updates(client=client, catalog=catalog_path, max_age=0)
    assert civitai.counts() == {"GET models": 1}
    assert statuses(results)["gone"] == UpdateStatus.NOT_FOUND
    any_base = library.updates(catalog=catalog_path, any_base_model=True, offline=True)
    old = next(r for r in any_base if r.path == paths["old"])
    assert (old.status, old.latest_version_id) == (UpdateStatus.UPDATE_AVAILABLE, 503)
    # `same_base_model` is still accepted; False means any base model.
    same = library.updates(catalog=catalog_path, same_base_model=True, offline=True)
    assert next(r for r in same if r.path == paths["old"]).latest_version_id == 502
    other = library.updates(catalog=catalog_path, same_base_model=False, offline=True)
    assert next(r for r in other if r.path == paths["old"]).latest_version_id == 503


def test_not_hashed_not_checked_and_lookup_failed(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path, catalog_path: Path
) -> None:
    paths = make_library(civitai, tmp_path)
    library.scan([tmp_path / "only.safetensors"], catalog=catalog_path, offline=True)
    results = library.updates([tmp_path], catalog=catalog_path, offline=True)
    assert statuses(results) == {
        "empty": UpdateStatus.NOT_HASHED,
        "gone": UpdateStatus.NOT_HASHED,  # never scanned
        "old": UpdateStatus.NOT_HASHED,
        "only": UpdateStatus.NOT_CHECKED,
        "unknown": UpdateStatus.NOT_HASHED,
    }
    civitai.behaviour.models_list_status = 500
    library.scan([tmp_path], client=client, catalog=catalog_path)
    results = library.updates([paths["old"], paths["only"]], client=client, catalog=catalog_path)
    assert statuses(results) == {
        "old": UpdateStatus.LOOKUP_FAILED,
        "only": UpdateStatus.LOOKUP_FAILED,
    }
    assert all("500" in (r.error or "") for r in results)
    civitai.behaviour.models_list_status = 200
    results = library.updates([paths["old"]], client=client, catalog=catalog_path)
    assert statuses(results) == {"old": UpdateStatus.UPDATE_AVAILABLE}


def test_an_update_already_in_the_library_is_reported_downloaded(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path, catalog_path: Path
) -> None:
    paths = make_library(civitai, tmp_path)
    newer = tmp_path / "elsewhere" / "new.safetensors"
    newer.parent.mkdir()
    newer.write_bytes(civitai.versions[503].files[0].data)
    library.scan([tmp_path], client=client, catalog=catalog_path)
    results = library.updates(
        [paths["old"]], catalog=catalog_path, offline=True, any_base_model=True
    )
    assert [(r.status, r.downloaded_path) for r in results] == [
        (UpdateStatus.UPDATE_DOWNLOADED, newer)
    ]


def test_download_fetches_each_update_once_next_to_the_old_file(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path, catalog_path: Path
) -> None:
    paths = make_library(civitai, tmp_path)
    copy = tmp_path / "a-copy" / "old.safetensors"  # listed first: the update goes there
    copy.parent.mkdir()
    copy.write_bytes(paths["old"].read_bytes())
    library.scan([tmp_path], client=client, catalog=catalog_path)
    results = library.updates(
        client=client, catalog=catalog_path, download=True, any_base_model=True
    )
    fetched = tmp_path / "a-copy" / "new.safetensors"
    assert fetched.read_bytes() == civitai.versions[503].files[0].data
    assert civitai.count("GET file") == 1
    old = [r for r in results if r.path.name == "old.safetensors"]
    assert [(r.status, r.downloaded_path) for r in old] == [(UpdateStatus.DOWNLOADED, fetched)] * 2
    # The new file is in the catalog, identified, with its sidecars.
    entry = library.ls(catalog_path, paths=[fetched])[0]
    assert (entry.status, entry.version_id) == (FileStatus.IDENTIFIED, 503)
    assert json.loads((fetched.parent / "new.civitai.info").read_text())["id"] == 503
    assert (fetched.parent / "new.preview.jpg").is_file()
    assert not (tmp_path / "new.safetensors").exists()
    # Nothing is left to download.
    again = library.updates(client=client, catalog=catalog_path, download=True, any_base_model=True)
    assert civitai.count("GET file") == 1
    assert UpdateStatus.UPDATE_AVAILABLE not in statuses(again).values()


def test_a_failed_download_is_reported_on_its_files(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path, catalog_path: Path
) -> None:
    paths = make_library(civitai, tmp_path)
    library.scan([tmp_path], client=client, catalog=catalog_path)
    civitai.behaviour.storage_error = (403, b"<Error>AccessDenied</Error>", "application/xml")
    results = library.updates([paths["old"]], client=client, catalog=catalog_path, download=True)
    (result,) = results
    assert result.status == UpdateStatus.FAILED
    assert "403" in (result.error or "")
    assert not (tmp_path / "new.safetensors").exists()


def test_download_progress_numbers_the_downloads(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path, catalog_path: Path
) -> None:
    add_model_files(civitai, tmp_path, models=2, versions=2)
    library.scan([tmp_path], client=client, catalog=catalog_path)
    seen: list[library.Progress] = []
    library.updates(client=client, catalog=catalog_path, download=True, progress=seen.append)
    downloads = [p for p in seen if p.phase == library.Phase.DOWNLOAD]
    # Each download reports how many finished before it, of how many, and the file.
    assert sorted({(p.files, p.total, p.path.name) for p in downloads if p.path}) == [
        (0, 2, "model1000-v0.safetensors"),
        (1, 2, "model1001-v0.safetensors"),
    ]
    assert [p.bytes_done for p in downloads if p.bytes_done == p.bytes_total] == [600, 600]


def test_jobs_download_at_the_same_time_and_retire_after_verification(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path, catalog_path: Path
) -> None:
    old = add_model_files(civitai, tmp_path / "lib" / "Lora", models=3, versions=2)
    library.scan([tmp_path / "lib"], client=client, catalog=catalog_path)
    # Every file answer waits until three are in flight: one at a time would fail.
    civitai.behaviour.storage_barrier = threading.Barrier(3)
    results = library.updates(
        [tmp_path / "lib"],  # the root below which a move keeps each file's place
        client=client,
        catalog=catalog_path,
        download=True,
        jobs=3,
        retire=f"move:{tmp_path / 'old'}",
    )
    assert [r.status for r in results] == [UpdateStatus.DOWNLOADED] * 3
    moved = sorted(str(r.retired_path) for r in results)
    assert moved == sorted(str(tmp_path / "old" / "Lora" / p.name) for p in old)
    assert all(not path.exists() for path in old)
    with pytest.raises(ValueError, match="jobs must be an int >= 1"):
        library.updates(catalog=catalog_path, offline=True, jobs=0)


@pytest.mark.anyio
async def test_async_jobs_download_at_the_same_time(
    civitai: FakeCivitai,
    client: httpx.Client,
    async_client_factory: Callable[[], httpx.AsyncClient],
    tmp_path: Path,
    catalog_path: Path,
) -> None:
    add_model_files(civitai, tmp_path, models=3, versions=2)
    library.scan([tmp_path], client=client, catalog=catalog_path)
    civitai.behaviour.storage_barrier = threading.Barrier(3)
    civitai.behaviour.file_errors[10010] = (404, b"<Error>NoSuchKey</Error>", "application/xml")
    with anyio.fail_after(20):
        async with async_client_factory() as async_client:
            results = await library.async_updates(
                client=async_client, catalog=catalog_path, download=True, jobs=3, retire="delete"
            )
    assert [r.status for r in results] == [
        UpdateStatus.DOWNLOADED,
        UpdateStatus.FAILED,
        UpdateStatus.DOWNLOADED,
    ]
    assert [r.retired for r in results] == ["deleted", None, "deleted"]
    assert results[1].path.is_file()


def test_ctrl_c_stops_the_sync_downloads_keeping_their_part_files(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path, catalog_path: Path
) -> None:
    old = add_model_files(civitai, tmp_path, models=2, versions=2, every_version=False)
    library.scan([tmp_path], client=client, catalog=catalog_path)
    civitai.behaviour.stall_after, civitai.behaviour.stall_seconds = 300, 1.0

    def interrupt_soon(progress: library.Progress) -> None:
        if progress.phase == library.Phase.DOWNLOAD and progress.path is None:
            threading.Timer(0.3, os.kill, (os.getpid(), signal.SIGINT)).start()

    with pytest.raises(KeyboardInterrupt):
        library.updates(
            client=client,
            catalog=catalog_path,
            download=True,
            jobs=2,
            retire="delete",
            progress=interrupt_soon,
        )
    parts = list(tmp_path.glob("*.part"))  # the stalled download's
    assert parts
    assert all(part.stat().st_size > 0 for part in parts)
    assert all(path.is_file() for path in old)  # nothing retired
    results = library.updates(client=client, catalog=catalog_path, download=True, retire="delete")
    updated = {UpdateStatus.DOWNLOADED, UpdateStatus.UPDATE_DOWNLOADED}
    assert len(results) == 2
    assert {r.status for r in results} <= updated
    assert not list(tmp_path.glob("*.part"))
    assert not any(path.exists() for path in old)


def test_early_and_paid_access_as_civitai_lists_them(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path, catalog_path: Path
) -> None:
    old = add_model_files(civitai, tmp_path, models=3, versions=2)
    civitai.versions[10000].paid_access = {"permanent": True, "endsAt": None}
    civitai.versions[10010].availability = "EarlyAccess"
    civitai.versions[10020].paid_access = {"permanent": False, "endsAt": "2099-03-04T05:06:07Z"}
    library.scan([tmp_path], client=client, catalog=catalog_path)
    results = {r.path: r for r in library.updates(catalog=catalog_path, offline=True)}
    assert [(results[p].status, results[p].early_access_until) for p in old] == [
        (UpdateStatus.EARLY_ACCESS, None),
        (UpdateStatus.EARLY_ACCESS, None),
        (UpdateStatus.EARLY_ACCESS, datetime.datetime(2099, 3, 4, 5, 6, 7, tzinfo=datetime.UTC)),
    ]
    wanted = library.updates(catalog=catalog_path, offline=True, include_early_access=True)
    assert {r.status for r in wanted} == {UpdateStatus.UPDATE_AVAILABLE}
