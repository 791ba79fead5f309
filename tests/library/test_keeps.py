"""The catalog never loses what it knew: identities survive failed lookups, versions gone
from Civitai become `removed`, corrupt files stay copies of their version, not-found hashes
are not asked about on every scan, and the answers that identified each file are kept for
`show`, offline."""

from __future__ import annotations

import datetime
import json
import os
import shutil
import time
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from civitai_api import library
from civitai_api.library import (
    Candidate,
    Catalog,
    FileStatus,
    HashSource,
    LibraryEntry,
    Phase,
    Progress,
    VerifyStatus,
    ls_json,
)
from support.fake_civitai import FakeCivitai, ServedFile
from support.library import add_model_files

MAINTENANCE = b"<!DOCTYPE html><html><body><h1>We'll be right back</h1></body></html>"


def sidecars_of(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.suffix != ".safetensors"}


def test_an_outage_mid_scan_keeps_every_identity_and_notes_the_failure(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path, catalog_path: Path
) -> None:
    add_model_files(civitai, tmp_path, models=130)  # two by-hash batches
    library.scan([tmp_path], client=client, catalog=catalog_path, check_updates=False)
    before = sidecars_of(tmp_path)
    known = {e.path: e for e in library.ls(catalog_path)}
    assert {e.status for e in known.values()} == {FileStatus.IDENTIFIED}

    def outage_after_the_first_batch(progress: Progress) -> None:
        if progress.phase == Phase.LOOKUP:
            civitai.behaviour.by_hash_status = 503

    report = library.scan(
        [tmp_path],
        client=client,
        catalog=catalog_path,
        max_age=0,
        check_updates=False,
        progress=outage_after_the_first_batch,
    )
    assert report.statuses == {FileStatus.IDENTIFIED: 130}
    assert civitai.count("POST by-hash") >= 2 + 2  # the first scan's, then one OK, one failed
    after = library.ls(catalog_path)
    failed = [e for e in after if e.error]
    assert len(failed) == 30
    for entry in after:
        assert entry.status == FileStatus.IDENTIFIED
        assert (entry.model_id, entry.version_id) == (
            known[entry.path].model_id,
            known[entry.path].version_id,
        )
    for entry in failed:
        assert "503" in (entry.error or "")
        assert entry.error_at is not None
        assert entry.checked_at == known[entry.path].checked_at  # the last good answer
    assert sidecars_of(tmp_path) == before
    # The next scan asks again about those that failed only, and clears the note.
    civitai.behaviour.by_hash_status = 200
    civitai.log.clear()
    retried = library.scan([tmp_path], client=client, catalog=catalog_path, check_updates=False)
    assert retried.looked_up == 30
    assert not [e for e in library.ls(catalog_path) if e.error or e.error_at]


@pytest.mark.parametrize(
    ("status", "page"),
    [(500, None), (429, None), (200, MAINTENANCE), (503, MAINTENANCE)],
    ids=["5xx", "429", "maintenance-200", "maintenance-503"],
)
def test_no_kind_of_failure_turns_a_known_file_into_lookup_failed(
    civitai: FakeCivitai,
    client: httpx.Client,
    tmp_path: Path,
    catalog_path: Path,
    status: int,
    page: bytes | None,
) -> None:
    add_model_files(civitai, tmp_path, models=1)
    (tmp_path / "mine.safetensors").write_bytes(b"never on Civitai " * 40)
    library.scan([tmp_path], client=client, catalog=catalog_path, check_updates=False)
    civitai.behaviour.by_hash_status = status
    civitai.behaviour.by_hash_page = page
    report = library.scan(
        [tmp_path], client=client, catalog=catalog_path, max_age=0, recheck_not_found=0
    )
    assert report.statuses == {FileStatus.IDENTIFIED: 1, FileStatus.NOT_FOUND: 1}
    assert len(report.problems) >= 2  # each failure is reported
    assert all(e.error and e.error_at for e in library.ls(catalog_path))


def test_a_version_that_turns_404_is_removed_keeps_everything_and_comes_back(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path, catalog_path: Path
) -> None:
    (model,) = add_model_files(civitai, tmp_path, models=1)
    library.scan([tmp_path], client=client, catalog=catalog_path)
    identified = library.ls(catalog_path)[0]
    before = sidecars_of(tmp_path)
    civitai.deleted_models.add(1000)
    library.scan([tmp_path], client=client, catalog=catalog_path, max_age=0)
    removed = library.ls(catalog_path, statuses="removed")
    assert [e.path for e in removed] == [model]
    gone = removed[0]
    assert gone.removed_at is not None
    assert (gone.model_name, gone.version_id, gone.civitai_sha256) == (
        identified.model_name,
        identified.version_id,
        identified.civitai_sha256,
    )
    assert sidecars_of(tmp_path) == before
    # Still gone later: the day it was first seen gone stays.
    time.sleep(0.01)
    library.scan([tmp_path], client=client, catalog=catalog_path, max_age=0)
    assert library.ls(catalog_path)[0].removed_at == gone.removed_at
    shown = library.show(model, catalog=catalog_path)
    assert shown.version is not None
    assert shown.version["id"] == identified.version_id
    # Back on Civitai: identified again.
    civitai.deleted_models.clear()
    library.scan([tmp_path], client=client, catalog=catalog_path, max_age=0)
    back = library.ls(catalog_path)[0]
    assert (back.status, back.removed_at) == (FileStatus.IDENTIFIED, None)


def test_a_not_found_hash_is_asked_again_only_after_recheck_not_found(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path, catalog_path: Path
) -> None:
    tmp_path.joinpath("merge.safetensors").write_bytes(b"a private merge " * 50)
    library.scan([tmp_path], client=client, catalog=catalog_path)
    checked = library.ls(catalog_path)[0].checked_at
    assert checked is not None
    civitai.log.clear()
    quiet = library.scan([tmp_path], client=client, catalog=catalog_path, max_age=0)
    assert (quiet.looked_up, civitai.count("POST by-hash")) == (0, 0)
    asked = library.scan(
        [tmp_path], client=client, catalog=catalog_path, recheck_not_found=0, max_age=0
    )
    assert (asked.looked_up, civitai.count("POST by-hash")) == (1, 1)
    entry = library.ls(catalog_path)[0]
    assert entry.status == FileStatus.NOT_FOUND
    assert entry.checked_at is not None
    assert entry.checked_at > checked


def test_verify_keeps_its_verdict_and_a_corrupt_file_stays_a_copy_of_its_version(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path, catalog_path: Path
) -> None:
    good, bad = add_model_files(civitai, tmp_path, models=2)
    library.scan([tmp_path], client=client, catalog=catalog_path)
    expected = library.ls(catalog_path, paths=[bad])[0].civitai_sha256
    data = bytearray(bad.read_bytes())
    data[5] ^= 0xFF
    bad.write_bytes(bytes(data))
    library.verify([tmp_path], catalog=catalog_path)
    ok = library.ls(catalog_path, paths=[good])[0]
    assert (ok.status, ok.integrity) == (FileStatus.IDENTIFIED, VerifyStatus.OK)
    assert ok.verified_at is not None
    (corrupt,) = library.ls(catalog_path, corrupt=True)
    assert corrupt.path == bad
    assert (corrupt.status, corrupt.version_id) == (FileStatus.CORRUPT, 10010)
    assert corrupt.integrity_expected == expected
    assert corrupt.integrity_actual == corrupt.sha256 != expected
    library.scan([tmp_path], client=client, catalog=catalog_path, max_age=0)
    kept = library.ls(catalog_path, paths=[bad])[0]
    assert (kept.status, kept.version_id, kept.integrity) == (
        FileStatus.CORRUPT,
        10010,
        VerifyStatus.CORRUPT,
    )
    # Downloaded again: the scan finds the right bytes and identifies it anew.
    data[5] ^= 0xFF
    bad.write_bytes(bytes(data))
    library.scan([tmp_path], client=client, catalog=catalog_path)
    repaired = library.ls(catalog_path, paths=[bad])[0]
    assert (repaired.status, repaired.integrity) == (FileStatus.IDENTIFIED, None)
    assert json.loads("".join(ls_json(catalog_path))) == [
        e.to_dict() for e in library.ls(catalog_path)
    ]


def test_forget_and_prune_drop_rows_only(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path, catalog_path: Path
) -> None:
    kept = add_model_files(civitai, tmp_path / "kept", models=2)
    gone = add_model_files(civitai, tmp_path / "gone", models=2, start_id=2, seed=8)
    library.scan([tmp_path], client=client, catalog=catalog_path)
    for path in gone:
        path.unlink()
    assert library.prune(catalog=catalog_path, dry_run=True) == sorted(gone)
    assert len(library.ls(catalog_path)) == 4
    assert library.prune(catalog=catalog_path) == sorted(gone)
    assert [e.path for e in library.ls(catalog_path)] == sorted(kept)
    assert library.forget([tmp_path / "kept"], catalog=catalog_path, dry_run=True) == sorted(kept)
    assert library.forget([tmp_path / "kept"], catalog=catalog_path) == sorted(kept)
    assert library.ls(catalog_path) == []
    assert all(path.exists() and path.with_suffix(".civitai.info").exists() for path in kept)


def test_show_answers_from_the_stored_bodies_with_no_request(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path, catalog_path: Path
) -> None:
    served = ServedFile(4401, "whimsy.safetensors", b"whimsy " * 90)
    civitai.add_version(
        440,
        [served],
        model_id=44,
        model_name="Whimsy",
        trained_words=["whimsy style", "soft light"],
        description="<p>Use at <b>0.8</b>.</p>",
    )
    model = tmp_path / served.name
    model.write_bytes(served.data)
    library.scan([tmp_path], client=client, catalog=catalog_path)
    civitai.deleted_models.add(44)
    civitai.log.clear()
    details = library.show(model, catalog=catalog_path)
    assert civitai.log == []
    assert details.version is not None
    assert details.model is not None
    assert (details.version["id"], details.model["id"]) == (440, 44)
    assert details.trigger_words == ("whimsy style", "soft light")
    assert "Use at 0.8." in details.description
    assert details.creator == "tester"
    assert "commercial use: Image" in details.license
    assert details.air == "urn:air:sdxl:lora:civitai:44@440"
    assert details.hashes == {"SHA256": served.sha256, "AutoV2": served.sha256[:10]}
    assert details.page_url is not None
    assert details.page_url.endswith("/models/44?modelVersionId=440")
    with pytest.raises(library.LibraryError, match="not in the catalog"):
        library.show(tmp_path / "other.safetensors", catalog=catalog_path)


def test_the_json_listing_made_by_sqlite_is_what_to_dict_gives(catalog_path: Path) -> None:
    utc = datetime.UTC
    times = [
        datetime.datetime.fromtimestamp(value, utc)
        for value in (1_700_000_000, time.time(), 1_700_000_000.5, 1_699_999_999.999_999_7)
    ]
    entries = [
        LibraryEntry(
            Path(f"/m/é {number}.safetensors"),
            10 + number,
            5,
            status,
            sha256="AB" * 32,
            sha256_source=HashSource.CM_INFO,
            model_id=number,
            model_name='Model "quoted"\n\t',
            candidates=(Candidate(1, 2, "a"), Candidate(3, None, None, base_model="Flux.1 D")),
            checked_at=times[number % 4],
            error="HTTP 503" if number else None,
            error_at=times[(number + 1) % 4],
            removed_at=times[(number + 2) % 4] if number else None,
            integrity=VerifyStatus.CORRUPT if number == 2 else None,
            verified_at=times[(number + 3) % 4],
        )
        for number, status in enumerate(
            [FileStatus.REMOVED, FileStatus.AMBIGUOUS, FileStatus.CORRUPT]
        )
    ]
    entries.append(LibraryEntry(Path("/m/plain.safetensors"), 1, 1, FileStatus.HASHED))
    with Catalog(catalog_path) as db:
        for entry in entries:
            db.put(entry)
    expected = [e.to_dict() for e in library.ls(catalog_path, sort="size", descending=True)]
    assert json.loads("".join(ls_json(catalog_path, sort="size", descending=True))) == expected
    assert len(expected) == 4
    assert "".join(ls_json(catalog_path, statuses="missing")) == "[]"
    assert json.loads("".join(ls_json(catalog_path, statuses="corrupt"))) == [
        e.to_dict() for e in library.ls(catalog_path, statuses="corrupt")
    ]


def test_a_corrupt_or_removed_file_that_goes_missing_and_comes_back_is_still_so(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path, catalog_path: Path
) -> None:
    folder = tmp_path / "models"
    bad, gone = add_model_files(civitai, folder, models=2)
    library.scan([folder], client=client, catalog=catalog_path)
    bad.write_bytes(b"X" + bad.read_bytes()[1:])
    library.verify([bad], catalog=catalog_path)
    civitai.deleted_models.add(1001)
    library.scan([folder], client=client, catalog=catalog_path, max_age=0)
    away = tmp_path / "away"
    folder.rename(away)
    folder.mkdir()
    library.scan([folder], client=client, catalog=catalog_path)
    assert {e.status for e in library.ls(catalog_path)} == {FileStatus.MISSING}
    folder.rmdir()
    away.rename(folder)
    library.scan([folder], client=client, catalog=catalog_path)
    statuses = {e.path: e.status for e in library.ls(catalog_path)}
    assert statuses == {bad: FileStatus.CORRUPT, gone: FileStatus.REMOVED}


@pytest.mark.anyio
async def test_async_scan_keeps_identities_through_an_outage_and_marks_removed(
    civitai: FakeCivitai,
    async_client_factory: Callable[[], httpx.AsyncClient],
    tmp_path: Path,
    catalog_path: Path,
) -> None:
    kept, gone = add_model_files(civitai, tmp_path, models=2)
    async with async_client_factory() as client:
        await library.async_scan([tmp_path], client=client, catalog=catalog_path)
        civitai.behaviour.by_hash_status = 503
        failed = await library.async_scan(
            [tmp_path], client=client, catalog=catalog_path, max_age=0
        )
        assert failed.statuses == {FileStatus.IDENTIFIED: 2}
        assert all(e.error_at is not None for e in library.ls(catalog_path))
        civitai.behaviour.by_hash_status = 200
        civitai.deleted_models.add(1001)
        await library.async_scan([tmp_path], client=client, catalog=catalog_path)
    statuses = {e.path: (e.status, e.error) for e in library.ls(catalog_path)}
    assert statuses == {kept: (FileStatus.IDENTIFIED, None), gone: (FileStatus.REMOVED, None)}


def test_prune_keeps_the_rows_of_a_folder_out_of_reach(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path, catalog_path: Path
) -> None:
    drive = add_model_files(civitai, tmp_path / "drive", models=2)
    library.scan([tmp_path / "drive"], client=client, catalog=catalog_path)
    (tmp_path / "drive").rename(tmp_path / "elsewhere")  # unmounted: nothing left around them
    assert library.prune(catalog=catalog_path) == []
    assert len(library.ls(catalog_path)) == 2
    (tmp_path / "drive").mkdir()  # an empty mount point looks the same
    assert library.prune(catalog=catalog_path, dry_run=True) == []
    report = library.prune_report(catalog=catalog_path, dry_run=True)
    assert (report.dropped, report.kept) == ([], sorted(drive))
    assert library.prune(catalog=catalog_path, unreachable=True) == sorted(drive)
    assert library.ls(catalog_path) == []


def test_a_drive_unplugged_beside_another_is_out_of_reach_a_deleted_folder_is_not(
    tmp_path: Path,
) -> None:
    from civitai_api.library._catalog import missing_files

    names = [
        "media/A/Lora/a.safetensors",  # media/A and media/B: drives mounted in media/
        "media/B/Lora/b.safetensors",
        "lib/Lora/l.safetensors",  # lib: a folder of the same filesystem as media/
        "lib/Checkpoint/c.safetensors",
    ]
    files = {name: tmp_path / name for name in names}
    for path in files.values():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x")
    drives = {str(tmp_path / "media" / "A"): 2, str(tmp_path / "media" / "B"): 3}

    def device(path: str) -> int | None:
        if not os.path.lexists(path):
            return None
        return next((dev for root, dev in drives.items() if path.startswith(root)), 1)

    shutil.rmtree(tmp_path / "media" / "A")  # A unplugged, its mount point removed
    shutil.rmtree(tmp_path / "lib" / "Lora")  # a folder deleted inside the library
    paths = sorted(str(path) for path in files.values())
    deleted, out_of_reach = missing_files(paths, device)
    assert deleted == [files["lib/Lora/l.safetensors"]]
    assert out_of_reach == [files["media/A/Lora/a.safetensors"]]
    # one filesystem for all (the system's own answer here): media/ holds B's file, so a
    # folder of it is gone, as a folder deleted in a library is
    deleted, out_of_reach = missing_files(paths)
    assert deleted == sorted([files["lib/Lora/l.safetensors"], files["media/A/Lora/a.safetensors"]])
    assert out_of_reach == []
