"""scan against the fake Civitai: request counts, the second scan, offline, interruption,
files that cannot be used."""

from __future__ import annotations

import json
import math
import os
import urllib.parse
from pathlib import Path

import httpx
import pytest
from civitai_api import hash_file, library
from civitai_api.library import FileStatus, HashSource, Phase, ProblemKind, Progress
from support.fake_civitai import FakeCivitai
from support.library import ReadCounter, add_model_files


def test_requests_are_one_per_hundred_files_and_one_per_hundred_models(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path, catalog_path: Path
) -> None:
    # 260 files of 195 models: 130 models with one file here, 65 with two versions there.
    add_model_files(civitai, tmp_path / "a", models=130, start_id=1, seed=1)
    add_model_files(
        civitai, tmp_path / "b", models=65, versions=2, start_id=2, seed=2, every_version=True
    )
    report = library.scan([tmp_path], client=client, catalog=catalog_path, sidecars=[])
    files, models = 260, 195
    assert report.files == files
    assert report.hashed == files
    assert report.statuses == {FileStatus.IDENTIFIED: files}
    expected = math.ceil(files / 100) + math.ceil(models / 100)
    assert civitai.counts() == {"POST by-hash": 3, "GET models": 2}
    assert report.api_requests == expected
    bodies = [json.loads(s.body) for s in civitai.seen("api") if s.method == "POST"]
    assert [len(body) for body in bodies] == [100, 100, 60]
    for seen in civitai.seen("api"):
        if seen.method == "GET":
            query = urllib.parse.parse_qs(urllib.parse.urlsplit(seen.path).query)
            assert len(query["ids"]) <= 100
            assert query["nsfw"] == ["true"]
            assert query["limit"] == ["100"]


def test_a_second_scan_reads_nothing_and_sends_nothing(
    civitai: FakeCivitai,
    client: httpx.Client,
    tmp_path: Path,
    catalog_path: Path,
    reads: ReadCounter,
) -> None:
    add_model_files(civitai, tmp_path, models=5)
    (tmp_path / "unknown.safetensors").write_bytes(b"not on civitai")
    first = library.scan([tmp_path], client=client, catalog=catalog_path)
    assert len(reads) == 6
    before = civitai.counts()
    second = library.scan([tmp_path], client=client, catalog=catalog_path)
    assert len(reads) == 6
    assert civitai.counts() == before
    assert second.requests == {}
    assert (second.hashed, second.unchanged, second.looked_up) == (0, 6, 0)
    assert second.statuses == first.statuses
    # Once the lookups are older than max_age they are asked again, still without reading.
    third = library.scan([tmp_path], client=client, catalog=catalog_path, max_age=0)
    assert len(reads) == 6
    assert third.requests == {"by-hash": 1, "models": 1}


def test_a_hash_in_the_hash_cache_is_counted_and_not_read_again(
    civitai: FakeCivitai,
    client: httpx.Client,
    tmp_path: Path,
    catalog_path: Path,
    reads: ReadCounter,
) -> None:
    files = add_model_files(civitai, tmp_path, models=2)
    hash_file(files[0])  # as `civitai hash` or `identify_files` would
    report = library.scan([tmp_path], client=client, catalog=catalog_path)
    assert reads.opened == [str(files[0]), str(files[1])]  # files[0] by hash_file only
    assert (report.cached, report.hashed, report.imported) == (1, 1, 0)
    assert report.to_dict()["cached"] == 1
    assert report.statuses == {FileStatus.IDENTIFIED: 2}


def test_offline_sends_nothing_and_ls_answers_from_the_catalog(
    civitai: FakeCivitai,
    client: httpx.Client,
    tmp_path: Path,
    catalog_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    files = add_model_files(civitai, tmp_path, models=3)
    offline = library.scan([tmp_path], client=client, catalog=catalog_path, offline=True)
    assert offline.offline
    assert offline.hashed == 3
    assert offline.statuses == {FileStatus.HASHED: 3}
    assert civitai.log == []
    library.scan([tmp_path], client=client, catalog=catalog_path)
    monkeypatch.setenv("CIVITAI_OFFLINE", "1")
    files[0].write_bytes(b"changed")
    again = library.scan([tmp_path], client=client, catalog=catalog_path, max_age=0)
    assert again.offline
    assert again.requests == {}
    entries = library.ls(catalog_path)
    assert [e.status for e in entries] == [
        FileStatus.HASHED,
        FileStatus.IDENTIFIED,
        FileStatus.IDENTIFIED,
    ]
    assert len(civitai.log) == 2  # the one online scan


def test_ctrl_c_keeps_the_work_done_and_the_next_scan_continues(
    civitai: FakeCivitai,
    client: httpx.Client,
    tmp_path: Path,
    catalog_path: Path,
    reads: ReadCounter,
) -> None:
    add_model_files(civitai, tmp_path, models=150)
    seen: list[Progress] = []

    def interrupt(progress: Progress) -> None:
        seen.append(progress)
        if progress.phase == Phase.HASHING and progress.files == 120:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        library.scan([tmp_path], client=client, catalog=catalog_path, progress=interrupt)
    assert len(reads) == 120
    assert civitai.count("POST by-hash") == 1  # the first 100 were identified
    kept = library.ls(catalog_path)
    assert [e.status for e in kept].count(FileStatus.IDENTIFIED) == 100
    assert [e.status for e in kept].count(FileStatus.HASHED) == 20
    report = library.scan([tmp_path], client=client, catalog=catalog_path)
    assert len(reads) == 150  # only the 30 files never reached are read
    assert report.hashed == 30
    assert report.looked_up == 50
    assert report.statuses == {FileStatus.IDENTIFIED: 150}
    assert civitai.count("POST by-hash") == 2


def test_links_loops_empty_and_unreadable_files_are_reported_never_fatal(
    civitai: FakeCivitai,
    client: httpx.Client,
    tmp_path: Path,
    catalog_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    root = tmp_path / "models"
    good = add_model_files(civitai, root / "Lora", models=2)
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "secret.safetensors").write_bytes(b"outside the library")
    (root / "empty.safetensors").write_bytes(b"")
    locked = root / "locked.safetensors"
    locked.write_bytes(b"cannot be read")
    os.symlink(outside, root / "linked-folder")
    os.symlink(outside / "secret.safetensors", root / "linked.safetensors")
    os.symlink(root, root / "Lora" / "loop")
    os.symlink("self.safetensors", root / "self.safetensors")
    os.symlink(root / "nothing-here.safetensors", root / "broken.safetensors")
    os.symlink(good[0], root / "alias.safetensors")  # inside: a file of its own
    (root / "download.safetensors.part").write_bytes(b"unfinished")
    locked.chmod(0)
    real_open = open

    def refuse_locked(file: object, *args: object, **kwargs: object) -> object:
        if str(file) == str(locked):  # root can read anything: refuse it here too
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr("civitai_api._hashing.open", refuse_locked, raising=False)
    report = library.scan([root, tmp_path / "absent"], client=client, catalog=catalog_path)
    kinds = {(p.path.name, p.kind) for p in report.problems}
    assert kinds == {
        ("empty.safetensors", ProblemKind.EMPTY),
        ("locked.safetensors", ProblemKind.UNREADABLE),
        ("linked-folder", ProblemKind.OUTSIDE),
        ("linked.safetensors", ProblemKind.OUTSIDE),
        ("loop", ProblemKind.SYMLINK_LOOP),
        ("self.safetensors", ProblemKind.SYMLINK_LOOP),
        ("broken.safetensors", ProblemKind.BROKEN_LINK),
        ("absent", ProblemKind.NOT_FOUND),
    }
    statuses = {e.path.name: e.status for e in library.ls(catalog_path)}
    assert statuses == {
        good[0].name: FileStatus.IDENTIFIED,
        good[1].name: FileStatus.IDENTIFIED,
        "alias.safetensors": FileStatus.IDENTIFIED,
        "empty.safetensors": FileStatus.EMPTY,
        "locked.safetensors": FileStatus.UNREADABLE,
    }
    assert civitai.count("POST by-hash") == 1
    posted = json.loads(next(s.body for s in civitai.seen("api") if s.method == "POST"))
    assert len(posted) == 2  # the alias shares its target's hash


def test_files_gone_from_a_scanned_folder_are_marked_missing_and_come_back(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path, catalog_path: Path
) -> None:
    files = add_model_files(civitai, tmp_path, models=2)
    library.scan([tmp_path], client=client, catalog=catalog_path)
    data = files[0].read_bytes()
    files[0].unlink()
    report = library.scan([tmp_path], client=client, catalog=catalog_path)
    assert report.files == 1
    statuses = {e.path: e.status for e in library.ls(catalog_path)}
    assert statuses == {files[0]: FileStatus.MISSING, files[1]: FileStatus.IDENTIFIED}
    files[0].write_bytes(data)
    library.scan([tmp_path], client=client, catalog=catalog_path)
    assert library.ls(catalog_path, statuses="missing") == []


def test_a_changed_file_is_hashed_and_identified_anew(
    civitai: FakeCivitai,
    client: httpx.Client,
    tmp_path: Path,
    catalog_path: Path,
    reads: ReadCounter,
) -> None:
    first, second = add_model_files(civitai, tmp_path, models=2)
    library.scan([tmp_path], client=client, catalog=catalog_path)
    first.write_bytes(second.read_bytes())  # now a copy of the other model's file
    report = library.scan([tmp_path], client=client, catalog=catalog_path)
    assert report.hashed == 1
    assert report.looked_up == 1
    entry = library.ls(catalog_path, paths=[first])[0]
    assert entry.model_id == library.ls(catalog_path, paths=[second])[0].model_id
    assert entry.sha256_source == HashSource.COMPUTED
    assert len(reads) == 3


def test_a_failed_lookup_is_recorded_and_retried(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path, catalog_path: Path
) -> None:
    add_model_files(civitai, tmp_path, models=2)
    civitai.behaviour.by_hash_status = 400
    report = library.scan([tmp_path], client=client, catalog=catalog_path)
    assert report.statuses == {FileStatus.LOOKUP_FAILED: 2}
    assert {p.kind for p in report.problems} == {ProblemKind.LOOKUP_FAILED}
    assert all(e.error for e in library.ls(catalog_path))
    civitai.behaviour.by_hash_status = 200
    retried = library.scan([tmp_path], client=client, catalog=catalog_path)
    assert retried.statuses == {FileStatus.IDENTIFIED: 2}
    assert retried.hashed == 0


def test_a_folder_that_cannot_be_listed_keeps_its_files_in_the_catalog(
    civitai: FakeCivitai,
    client: httpx.Client,
    tmp_path: Path,
    catalog_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    locked = tmp_path / "locked"
    add_model_files(civitai, locked, models=2)
    library.scan([tmp_path], client=client, catalog=catalog_path)
    real_scandir = os.scandir

    def refuse_locked(path: str) -> object:
        if Path(path) == locked:  # root can list anything: refuse it here too
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", refuse_locked)
    report = library.scan([tmp_path], client=client, catalog=catalog_path)
    assert [(p.path, p.kind) for p in report.problems] == [(locked, ProblemKind.UNREADABLE)]
    assert [e.status for e in library.ls(catalog_path)] == [FileStatus.IDENTIFIED] * 2
