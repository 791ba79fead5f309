"""identify_files against the fake Civitai: bulk lookups, updates, partial failures."""

from __future__ import annotations

import json
import random
import urllib.parse
from collections.abc import Callable
from pathlib import Path

import anyio
import civitai_api
import httpx
import pytest
from civitai_api import IdentifiedFile
from support.fake_civitai import FakeCivitai, ServedFile

TIME_LIMIT = 30


def make_library(civitai: FakeCivitai, folder: Path) -> dict[str, ServedFile]:
    """Two models: model 500 with versions 1 (newest, Flux) / 2 / 3 (SDXL), model 600."""
    rng = random.Random(11)
    files = {
        "old.safetensors": ServedFile(11, "old.safetensors", rng.randbytes(3000)),
        "mid.safetensors": ServedFile(12, "mid.safetensors", rng.randbytes(3000)),
        "newest.safetensors": ServedFile(13, "newest.safetensors", rng.randbytes(3000)),
        "other.ckpt": ServedFile(21, "other.ckpt", rng.randbytes(3000)),
    }
    civitai.add_version(3, [files["old.safetensors"]], index=2, base_model="SDXL 1.0")
    civitai.add_version(2, [files["mid.safetensors"]], index=1, base_model="SDXL 1.0")
    civitai.add_version(1, [files["newest.safetensors"]], index=0, base_model="Flux.1 D")
    civitai.add_version(7, [files["other.ckpt"]], model_id=600, model_name="Other")
    (folder / "sub").mkdir(parents=True)
    (folder / "old.safetensors").write_bytes(files["old.safetensors"].data)
    (folder / "sub" / "mid.safetensors").write_bytes(files["mid.safetensors"].data)
    (folder / "newest.safetensors").write_bytes(files["newest.safetensors"].data)
    (folder / "other.ckpt").write_bytes(files["other.ckpt"].data)
    (folder / "unknown.safetensors").write_bytes(b"not on civitai")
    (folder / "notes.txt").write_text("not a model")
    return files


def by_name(results: list[IdentifiedFile]) -> dict[str, IdentifiedFile]:
    return {item.path.name: item for item in results}


def test_identifies_a_folder_with_one_bulk_request(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path
) -> None:
    make_library(civitai, tmp_path / "lib")
    results = civitai_api.identify_files(client, [tmp_path / "lib"])
    found = by_name(results)
    assert sorted(found) == [
        "mid.safetensors",
        "newest.safetensors",
        "old.safetensors",
        "other.ckpt",
        "unknown.safetensors",
    ]
    old = found["old.safetensors"]
    assert (old.model_id, old.model_name, old.version_id, old.version_name) == (
        500,
        "Test Model",
        3,
        "v3",
    )
    assert old.base_model == "SDXL 1.0"
    assert old.file_id == 11
    assert old.known
    assert found["other.ckpt"].model_id == 600
    assert not found["unknown.safetensors"].known
    assert found["unknown.safetensors"].error is None
    assert all(item.update_available is None for item in results)
    posts = [s for s in civitai.seen("api") if s.method == "POST"]
    assert len(posts) == 1
    assert len(json.loads(posts[0].body)) == 5
    assert not [s for s in civitai.seen("api") if s.path.startswith("/api/v1/models/")]


def test_batches_are_at_most_one_hundred_hashes(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path
) -> None:
    for number in range(150):
        (tmp_path / f"f{number}.safetensors").write_bytes(number.to_bytes(4, "big"))
    results = civitai_api.identify_files(client, [tmp_path])
    assert len(results) == 150
    assert not any(item.known for item in results)
    sizes = [len(json.loads(s.body)) for s in civitai.seen("api") if s.method == "POST"]
    assert sizes == [100, 50]


def test_check_updates_fetches_every_model_in_one_request(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path
) -> None:
    make_library(civitai, tmp_path)
    found = by_name(civitai_api.identify_files(client, [tmp_path], check_updates=True))
    assert found["old.safetensors"].update_available is True
    assert found["old.safetensors"].latest_version_id == 1
    assert found["old.safetensors"].latest_version_name == "v1"
    assert found["newest.safetensors"].update_available is False
    assert found["other.ckpt"].update_available is False
    model_gets = [s for s in civitai.seen("api") if s.path.startswith("/api/v1/models")]
    assert len(model_gets) == 1
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(model_gets[0].path).query)
    assert sorted(query["ids"]) == ["500", "600"]
    assert query["nsfw"] == ["true"]
    assert query["limit"] == ["100"]


def test_update_checks_are_batched_by_one_hundred_models(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path
) -> None:
    for number in range(150):
        served = ServedFile(number + 1, f"m{number}.safetensors", number.to_bytes(4, "big"))
        civitai.add_version(number + 1, [served], model_id=1000 + number)
        (tmp_path / served.name).write_bytes(served.data)
    results = civitai_api.identify_files(client, [tmp_path], check_updates=True)
    assert all(item.update_available is False for item in results)
    assert civitai.counts() == {"POST by-hash": 2, "GET models": 2}


def test_same_base_model_limits_what_counts_as_newer(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path
) -> None:
    make_library(civitai, tmp_path)
    found = by_name(
        civitai_api.identify_files(client, [tmp_path], check_updates=True, same_base_model=True)
    )
    old, mid = found["old.safetensors"], found["mid.safetensors"]
    assert old.update_available is True
    assert old.latest_version_id == 2
    assert mid.update_available is False
    assert mid.latest_version_id == 2


def test_failures_stay_with_their_files(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path
) -> None:
    make_library(civitai, tmp_path)
    civitai.behaviour.models_list_status = 500
    missing = tmp_path / "gone.safetensors"
    results = civitai_api.identify_files(
        client,
        [tmp_path / "old.safetensors", missing, tmp_path / "unknown.safetensors"],
        check_updates=True,
    )
    old, gone, unknown = results
    assert isinstance(gone.error, OSError)
    assert gone.sha256 is None
    assert old.known
    assert isinstance(old.error, civitai_api.CivitaiError)
    assert old.update_available is None
    assert not unknown.known
    assert unknown.error is None


def test_a_model_civitai_no_longer_lists_is_not_found(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path
) -> None:
    make_library(civitai, tmp_path)
    civitai.behaviour.unlisted_models.add(600)
    found = by_name(civitai_api.identify_files(client, [tmp_path], check_updates=True))
    assert found["old.safetensors"].update_available is True
    other = found["other.ckpt"]
    assert other.known
    assert other.update_available is None
    assert isinstance(other.error, civitai_api.NotFoundError)
    assert "600" in str(other.error)


def test_a_failed_lookup_marks_its_batch_only(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path
) -> None:
    make_library(civitai, tmp_path)
    civitai.behaviour.by_hash_status = 500
    results = civitai_api.identify_files(client, [tmp_path])
    assert results
    assert all(isinstance(r.error, civitai_api.CivitaiError) for r in results)
    assert all(r.sha256 for r in results)


def test_a_second_scan_reads_no_file(
    civitai: FakeCivitai,
    client: httpx.Client,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    make_library(civitai, tmp_path)
    first = civitai_api.identify_files(client, [tmp_path])
    opened: list[str] = []
    real_open = open

    def counting_open(file: object, *args: object, **kwargs: object) -> object:
        opened.append(str(file))
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr("civitai_api._hashing.open", counting_open, raising=False)
    second = civitai_api.identify_files(client, [tmp_path])
    assert opened == []
    assert [r.sha256 for r in second] == [r.sha256 for r in first]


@pytest.mark.anyio
async def test_async_identify_matches_sync(
    civitai: FakeCivitai,
    client: httpx.Client,
    async_client_factory: Callable[[], httpx.AsyncClient],
    tmp_path: Path,
) -> None:
    make_library(civitai, tmp_path)
    expected = civitai_api.identify_files(client, [tmp_path], check_updates=True)
    with anyio.fail_after(TIME_LIMIT):
        async with async_client_factory() as async_client:
            got = await civitai_api.async_identify_files(
                async_client, [tmp_path], check_updates=True
            )
    assert got == expected


def test_a_lookup_answer_without_model_summary_or_base_model_still_identifies(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path
) -> None:
    # Older answers lack keys the current server sends; the file is still identified.
    make_library(civitai, tmp_path / "lib")
    civitai.behaviour.version_keys_left_out = ("model", "baseModel", "stats", "air")
    found = by_name(civitai_api.identify_files(client, [tmp_path / "lib"]))
    old = found["old.safetensors"]
    assert (old.model_id, old.version_id, old.file_id) == (500, 3, 11)
    assert (old.model_name, old.model_type, old.base_model) == (None, None, None)
    assert old.known
    assert old.error is None
