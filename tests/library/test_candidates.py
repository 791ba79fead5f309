"""A SHA256 shared by several versions: every candidate is reported, and a pin wins."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from civitai_api import library
from civitai_api.library import FileStatus, LibraryError, ProblemKind, UpdateStatus
from support.fake_civitai import FakeCivitai, ServedFile


def shared_file(civitai: FakeCivitai, folder: Path) -> Path:
    """One file uploaded as version 31 of model 3 and as version 41 of model 4."""
    data = b"the same bytes, uploaded twice" * 40
    civitai.add_version(31, [ServedFile(301, "a.safetensors", data)], model_id=3, model_name="A")
    civitai.add_version(41, [ServedFile(401, "b.safetensors", data)], model_id=4, model_name="B")
    civitai.add_version(
        42, [ServedFile(402, "b2.safetensors", b"newer")], model_id=4, model_name="B", index=-1
    )
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "shared.safetensors"
    path.write_bytes(data)
    return path


def test_every_candidate_is_reported_and_nothing_is_written(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path, catalog_path: Path
) -> None:
    path = shared_file(civitai, tmp_path)
    report = library.scan([tmp_path], client=client, catalog=catalog_path)
    assert report.statuses == {FileStatus.AMBIGUOUS: 1}
    (problem,) = report.problems
    assert (problem.path, problem.kind) == (path, ProblemKind.AMBIGUOUS)
    assert "31" in problem.detail
    assert "41" in problem.detail
    entry = library.ls(catalog_path)[0]
    assert [(c.version_id, c.model_id, c.file_id) for c in entry.candidates] == [
        (31, 3, 301),
        (41, 4, 401),
    ]
    assert entry.version_id is None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["shared.safetensors"]
    assert json.loads(json.dumps(entry.to_dict()))["candidates"][1]["model_name"] == "B"
    assert library.updates(catalog=catalog_path, offline=True)[0].status == UpdateStatus.AMBIGUOUS


def test_a_pin_wins_now_and_in_later_scans(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path, catalog_path: Path
) -> None:
    path = shared_file(civitai, tmp_path)
    library.scan([tmp_path], client=client, catalog=catalog_path)
    pinned = library.pin(catalog_path, path, 41)
    assert (pinned.status, pinned.version_id, pinned.model_id) == (FileStatus.IDENTIFIED, 41, 4)
    assert pinned.pinned_version_id == 41
    report = library.scan([tmp_path], client=client, catalog=catalog_path)
    assert report.statuses == {FileStatus.IDENTIFIED: 1}
    assert report.problems == ()
    assert json.loads((tmp_path / "shared.civitai.info").read_text())["id"] == 41
    entry = library.ls(catalog_path)[0]
    assert (entry.version_id, entry.pinned_version_id, len(entry.candidates)) == (41, 41, 2)
    result = library.updates(client=client, catalog=catalog_path)[0]
    assert (result.status, result.latest_version_id) == (UpdateStatus.UPDATE_AVAILABLE, 42)
    # Unpinned, it is ambiguous again at the next lookup.
    library.pin(catalog_path, path, None)
    library.scan([tmp_path], client=client, catalog=catalog_path)
    assert library.ls(catalog_path)[0].status == FileStatus.AMBIGUOUS


def test_pinning_needs_a_scanned_file_and_one_of_its_candidates(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path, catalog_path: Path
) -> None:
    path = shared_file(civitai, tmp_path)
    with pytest.raises(LibraryError, match="not in the catalog"):
        library.pin(catalog_path, path, 31)
    library.scan([tmp_path], client=client, catalog=catalog_path)
    with pytest.raises(LibraryError, match=r"candidates: 31 \(A / v31\), 41"):
        library.pin(catalog_path, path, 42)
    assert library.ls(catalog_path)[0].pinned_version_id is None
