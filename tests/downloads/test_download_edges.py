"""Downloads at the edges: storage names, files already there, two downloads of one file."""

from __future__ import annotations

import os
import random
from pathlib import Path
from typing import Any

import civitai_api
import httpx
import pytest
from civitai_api._download import FileSelectionError
from civitai_api._download.writer import PartWriter
from civitai_api._exceptions import DownloadError
from support.fake_civitai import FakeCivitai, ServedFile

MiB = 1024 * 1024
STORAGE_NAME = "Some Model_v1.0.safetensors"


def add_default(civitai: FakeCivitai, size: int = MiB, **kwargs: Any) -> ServedFile:
    data = random.Random(11).randbytes(size)
    served = ServedFile(101, "model.safetensors", data, primary=True, **kwargs)
    civitai.add_version(1, [served])
    return served


def download(client: httpx.Client, dest: Path, **kwargs: Any) -> Any:
    return civitai_api.download_model_version(client, 1, dest, **kwargs)


def test_a_file_saved_under_the_storage_name_is_not_downloaded_again(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path
) -> None:
    # storage names most files `{model}_{version}.{ext}`, not the API's name.
    served = add_default(civitai)
    civitai.behaviour.disposition = f'attachment; filename="{STORAGE_NAME}"'
    first = download(client, tmp_path)
    assert first.name == STORAGE_NAME
    asked = len(civitai.seen("storage"))
    second = download(client, tmp_path)
    assert second.already_present
    assert second.path == first.path
    assert second.sha256 == served.sha256
    assert len(civitai.seen("storage")) == asked
    assert sorted(p.name for p in tmp_path.iterdir()) == [STORAGE_NAME]


def test_a_file_of_the_same_size_but_other_bytes_is_not_taken_for_it(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path
) -> None:
    served = add_default(civitai)
    (tmp_path / "other.safetensors").write_bytes(b"\x00" * len(served.data))
    result = download(client, tmp_path)
    assert not result.already_present
    assert result.path.read_bytes() == served.data
    assert (tmp_path / "other.safetensors").read_bytes() == b"\x00" * len(served.data)


def test_an_identical_file_under_the_storage_name_does_not_fail_the_download(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path
) -> None:
    # Without a listed SHA256 the file cannot be recognised before downloading; once the
    # download shows the bytes are the same, replacing the file changes nothing.
    served = add_default(civitai, list_hashes=False)
    civitai.behaviour.disposition = f'attachment; filename="{STORAGE_NAME}"'
    (tmp_path / STORAGE_NAME).write_bytes(served.data)
    result = download(client, tmp_path)
    assert result.path == (tmp_path / STORAGE_NAME).resolve()
    assert result.path.read_bytes() == served.data
    assert sorted(p.name for p in tmp_path.iterdir()) == [STORAGE_NAME]


def test_a_different_file_under_the_storage_name_still_needs_overwrite(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path
) -> None:
    served = add_default(civitai, list_hashes=False)
    civitai.behaviour.disposition = f'attachment; filename="{STORAGE_NAME}"'
    (tmp_path / STORAGE_NAME).write_bytes(b"mine")
    with pytest.raises(DownloadError, match="overwrite=True"):
        download(client, tmp_path)
    assert (tmp_path / STORAGE_NAME).read_bytes() == b"mine"
    assert (tmp_path / "model.safetensors.part").read_bytes() == served.data


def test_a_part_file_another_download_writes_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "f.part"
    first = PartWriter(path, ("SHA256",), keep_existing=False)
    try:
        first.feed((b"first download's bytes",))
        first.drain()
        for keep_existing in (True, False):
            with pytest.raises(DownloadError, match="another download"):
                PartWriter(path, ("SHA256",), keep_existing=keep_existing)
        assert path.read_bytes() == b"first download's bytes"  # not truncated
    finally:
        first.close()
    second = PartWriter(path, ("SHA256",), keep_existing=True)
    assert second.position == len(b"first download's bytes")
    second.close()


def test_a_refused_download_does_not_remove_the_other_ones_empty_part(tmp_path: Path) -> None:
    path = tmp_path / "f.part"
    first = PartWriter(path, ("SHA256",), keep_existing=False)
    try:
        with pytest.raises(DownloadError):
            PartWriter(path, ("SHA256",), keep_existing=False)
        assert path.exists()
    finally:
        first.abort()
    assert not path.exists()  # empty, and now released by its own download


def test_a_download_while_another_writes_the_same_part_fails_cleanly(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path
) -> None:
    add_default(civitai)
    part = tmp_path / "model.safetensors.part"
    other = PartWriter(part, ("SHA256",), keep_existing=False)
    try:
        other.feed((b"partial",))
        other.drain()
        with pytest.raises(DownloadError, match="another download"):
            download(client, tmp_path)
        assert part.read_bytes() == b"partial"
        assert not (tmp_path / "model.safetensors").exists()
        assert not civitai.seen("storage")
    finally:
        other.close()


def test_a_finished_part_is_moved_while_still_held(tmp_path: Path) -> None:
    path, target = tmp_path / "f.part", tmp_path / "f"
    writer = PartWriter(path, ("SHA256",), keep_existing=False)
    writer.feed((b"abc",))
    hashes = writer.finish_writing()
    writer.move(target)
    assert hashes["SHA256"] == "BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD"
    assert target.read_bytes() == b"abc"
    assert not path.exists()
    fresh = PartWriter(path, ("SHA256",), keep_existing=True)  # free again
    assert fresh.position == 0
    fresh.abort()
    assert not path.exists()


def test_a_chunked_file_of_unlisted_size_is_fetched_once(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path
) -> None:
    served = add_default(civitai, list_size=False)
    civitai.behaviour.chunked = True
    civitai.behaviour.ranges = False
    result = download(client, tmp_path)
    assert result.path.read_bytes() == served.data
    assert result.verified
    assert len(civitai.seen("storage")) == 1


@pytest.mark.anyio
async def test_async_a_chunked_file_of_unlisted_size_is_fetched_once(
    civitai: FakeCivitai, async_client_factory: Any, tmp_path: Path
) -> None:
    served = add_default(civitai, list_size=False)
    civitai.behaviour.chunked = True
    civitai.behaviour.ranges = False
    async with async_client_factory() as client:
        result = await civitai_api.async_download_model_version(client, 1, tmp_path)
    assert result.path.read_bytes() == served.data
    assert len(civitai.seen("storage")) == 1


def test_a_version_answer_without_files_fails_clearly(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path
) -> None:
    # Versions of archived models have no files, and some answers leave the key out.
    add_default(civitai)
    civitai.behaviour.version_keys_left_out = ("files",)
    with pytest.raises(FileSelectionError, match="lists no files"):
        download(client, tmp_path)
    assert not civitai.seen("storage")
    assert list(tmp_path.iterdir()) == []


def test_an_answer_with_only_the_required_keys_still_downloads(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path
) -> None:
    served = add_default(civitai)
    civitai.behaviour.version_keys_left_out = (
        "createdAt", "updatedAt", "status", "publishedAt", "trainedWords", "trainingStatus",
        "trainingDetails", "baseModel", "baseModelType", "description", "uploadType",
        "usageControl", "air", "stats", "model", "images", "downloadUrl",
    )  # fmt: skip
    civitai.behaviour.file_keys_left_out = (
        "sizeKB", "type", "pickleScanResult", "virusScanResult", "metadata", "hashes",
        "primary", "downloadUrl",
    )  # fmt: skip
    result = download(client, tmp_path)
    assert result.file_id == served.file_id
    assert result.path.read_bytes() == served.data
    assert not result.verified  # nothing listed to verify against


def test_a_part_file_is_cut_only_when_it_holds_more_than_is_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A truncate to 0 of a new, empty file makes ext4 write the whole file out on close, and
    # the close waits for it: a new `.part` must never be truncated.
    cuts: list[int] = []
    real_ftruncate = os.ftruncate

    def spy(fd: int, size: int) -> None:
        cuts.append(size)
        real_ftruncate(fd, size)

    monkeypatch.setattr(os, "ftruncate", spy)
    path = tmp_path / "f.part"
    writer = PartWriter(path, ("SHA256",), keep_existing=False)
    writer.feed((b"abc",))
    assert writer.close()["SHA256"]
    assert cuts == []
    resumed = PartWriter(path, ("SHA256",), keep_existing=True)
    assert (resumed.position, cuts) == (3, [])
    resumed.close()
    assert path.read_bytes() == b"abc"
    PartWriter(path, ("SHA256",), keep_existing=False).close()  # start again: cut to 0
    assert cuts == [0]
    assert path.read_bytes() == b""
