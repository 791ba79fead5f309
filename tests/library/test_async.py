"""async_scan and async_updates under asyncio and trio: the same results as the sync ones."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from pathlib import Path

import anyio
import anyio.from_thread
import httpx
import pytest
from civitai_api import library
from civitai_api.library import FileStatus, Phase, Progress, UpdateStatus
from support.fake_civitai import FakeCivitai, ServedImage
from support.library import ReadCounter, add_model_files

TIME_LIMIT = 30


def pictures(version_id: int) -> list[ServedImage]:
    """A picture for the versions of one model in four (png, jpeg or webp bytes)."""
    if version_id // 10 % 4:
        return []
    return [ServedImage(f"img{version_id}.jpeg", ("png", "jpeg", "webp")[version_id % 3])]


def comparable(entries: list[library.LibraryEntry]) -> list[dict[str, object]]:
    return [
        {**entry.to_dict(), "checked_at": None, "mtime_ns": None, "path": entry.path.name}
        for entry in entries
    ]


@pytest.mark.anyio
async def test_async_scan_matches_the_sync_scan(
    civitai: FakeCivitai,
    client: httpx.Client,
    async_client_factory: Callable[[], httpx.AsyncClient],
    tmp_path: Path,
) -> None:
    add_model_files(civitai, tmp_path / "sync", models=120, versions=2, images=pictures)
    add_model_files(civitai, tmp_path / "async", models=120, versions=2, images=pictures)
    (tmp_path / "async" / "empty.safetensors").write_bytes(b"")
    (tmp_path / "sync" / "empty.safetensors").write_bytes(b"")
    expected = library.scan([tmp_path / "sync"], client=client, catalog=tmp_path / "s.sqlite3")
    civitai.log.clear()
    with anyio.fail_after(TIME_LIMIT):
        async with async_client_factory() as async_client:
            got = await library.async_scan(
                [tmp_path / "async"], client=async_client, catalog=tmp_path / "a.sqlite3"
            )
    assert civitai.counts() == {"POST by-hash": 2, "GET models": 2, "GET image": 30}
    assert dataclasses.replace(got, catalog=expected.catalog, problems=()) == dataclasses.replace(
        expected, problems=()
    )
    assert [(p.path.name, p.kind) for p in got.problems] == [
        (p.path.name, p.kind) for p in expected.problems
    ]
    assert comparable(library.ls(tmp_path / "a.sqlite3")) == comparable(
        library.ls(tmp_path / "s.sqlite3")
    )
    sync_files = sorted(p.name for p in (tmp_path / "sync").iterdir())
    assert sorted(p.name for p in (tmp_path / "async").iterdir()) == sync_files
    assert len(sync_files) == 1 + 120 * 2 + 30  # empty file, model files, info, previews


@pytest.mark.anyio
async def test_async_updates_and_download(
    civitai: FakeCivitai,
    client: httpx.Client,
    async_client_factory: Callable[[], httpx.AsyncClient],
    tmp_path: Path,
    catalog_path: Path,
) -> None:
    (old,) = add_model_files(civitai, tmp_path, models=1, versions=2, images=pictures)
    library.scan([tmp_path], client=client, catalog=catalog_path)
    with anyio.fail_after(TIME_LIMIT):
        async with async_client_factory() as async_client:
            checked = await library.async_updates(
                [tmp_path], client=async_client, catalog=catalog_path, max_age=0
            )
            assert civitai.count("GET models") == 2
            assert [r.status for r in checked] == [UpdateStatus.UPDATE_AVAILABLE]
            results = await library.async_updates(
                client=async_client, catalog=catalog_path, download=True
            )
    newer = tmp_path / "model1000-v0.safetensors"
    assert [(r.path, r.status, r.downloaded_path) for r in results] == [
        (old, UpdateStatus.DOWNLOADED, newer)
    ]
    assert json.loads(newer.with_suffix(".civitai.info").read_text())["id"] == 10000
    offline = library.updates(catalog=catalog_path, offline=True)
    assert [(r.path, r.status) for r in offline] == [
        (newer, UpdateStatus.LATEST),
        (old, UpdateStatus.UPDATE_DOWNLOADED),
    ]


@pytest.mark.anyio
async def test_cancelling_async_scan_keeps_the_work_done(
    civitai: FakeCivitai,
    client: httpx.Client,
    async_client_factory: Callable[[], httpx.AsyncClient],
    tmp_path: Path,
    catalog_path: Path,
    reads: ReadCounter,
) -> None:
    add_model_files(civitai, tmp_path, models=130)
    with anyio.fail_after(TIME_LIMIT):
        async with async_client_factory() as async_client, anyio.create_task_group() as group:

            def cancel_late(progress: Progress) -> None:  # runs in a worker thread
                if progress.phase == Phase.HASHING and progress.files == 110:
                    anyio.from_thread.run_sync(group.cancel_scope.cancel)

            group.start_soon(
                lambda: library.async_scan(
                    [tmp_path], client=async_client, catalog=catalog_path, progress=cancel_late
                )
            )
    statuses = [entry.status for entry in library.ls(catalog_path)]
    assert statuses.count(FileStatus.IDENTIFIED) == 100
    assert 110 <= len(reads) <= 110 + 16  # the walk stops within one step
    hashed_before = len(reads)
    report = library.scan([tmp_path], client=client, catalog=catalog_path)
    assert report.hashed == 130 - hashed_before
    assert report.statuses == {FileStatus.IDENTIFIED: 130}
    assert len(reads) == 130


@pytest.mark.anyio
async def test_async_offline_sends_nothing(
    civitai: FakeCivitai,
    async_client_factory: Callable[[], httpx.AsyncClient],
    tmp_path: Path,
    catalog_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_model_files(civitai, tmp_path, models=3)
    monkeypatch.setenv("CIVITAI_OFFLINE", "yes")
    with anyio.fail_after(TIME_LIMIT):
        async with async_client_factory() as async_client:
            report = await library.async_scan([tmp_path], client=async_client, catalog=catalog_path)
            results = await library.async_updates(
                [tmp_path], client=async_client, catalog=catalog_path, download=True
            )
    assert report.offline
    assert report.statuses == {FileStatus.HASHED: 3}
    assert [r.status for r in results] == [UpdateStatus.NOT_CHECKED] * 3
    assert civitai.log == []
