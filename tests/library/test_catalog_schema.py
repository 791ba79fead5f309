"""The catalog's schema version: an older catalog (built from the first release's schema,
`data/catalog_v1.sql`) is migrated in place after a backup, a newer one is refused, and
commands that only read open it read-only and write nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import httpx
import pytest
from civitai_api import library
from civitai_api.library import Catalog, CatalogError, FileStatus
from civitai_api.library._rows import SCHEMA_VERSION, timestamp
from support.fake_civitai import FakeCivitai
from support.library import add_model_files

V1_SCHEMA = Path(__file__).parent / "data" / "catalog_v1.sql"


def old_catalog(path: Path, model: Path) -> None:
    """A catalog as the first release left it: one identified file."""
    with sqlite3.connect(path) as db:
        db.executescript(V1_SCHEMA.read_text())
        db.execute(
            "INSERT INTO files (path, size, mtime_ns, status, sha256, sha256_source, model_id,"
            " model_name, version_id, version_name, civitai_sha256, checked_at, seen_at)"
            " VALUES (?, ?, ?, 'identified', 'AB', 'computed', 11821, 'Flutter', 127062, 'v2',"
            " 'AB', 1.7e9, 1.7e9)",
            (str(model), 10, 5),
        )
        # Version 1 turned a failed lookup of a known file into `lookup-failed`, and a
        # version gone from Civitai into `not-found`, both keeping the identity.
        for name, status in (("failed", "lookup-failed"), ("gone", "not-found")):
            db.execute(
                "INSERT INTO files (path, size, mtime_ns, status, model_id, version_id, error,"
                " checked_at, seen_at) VALUES (?, 1, 1, ?, 7, 70, ?, 1.6e9, 1.7e9)",
                (str(model.with_name(f"{name}.safetensors")), status, "HTTP 503"),
            )
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA journal_mode=WAL")
    sqlite3.connect(path).close()


def user_version(path: Path) -> int:
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as db:
        return int(db.execute("PRAGMA user_version").fetchone()[0])


def test_an_old_catalog_is_migrated_in_place_after_a_backup(tmp_path: Path) -> None:
    catalog = tmp_path / "catalog.sqlite3"
    model = tmp_path / "flutter.safetensors"
    old_catalog(catalog, model)
    assert user_version(catalog) == 1
    # ls only reads: it reads the old catalog as it is, writing nothing.
    before = catalog.read_bytes()
    statuses = [entry.status for entry in library.ls(catalog)]
    assert statuses == [FileStatus.IDENTIFIED, FileStatus.IDENTIFIED, FileStatus.REMOVED]
    assert catalog.read_bytes() == before
    assert user_version(catalog) == 1
    assert not (tmp_path / "catalog.sqlite3.v1.bak").exists()
    # The first writable open upgrades it in place, after a backup.
    Catalog(catalog).close()
    failed, flutter, gone = library.ls(catalog)
    assert (failed.status, failed.error, failed.error_at) == (
        FileStatus.IDENTIFIED,
        "HTTP 503",
        timestamp(1.7e9),
    )
    assert (gone.status, gone.removed_at, gone.version_id) == (
        FileStatus.REMOVED,
        timestamp(1.6e9),
        70,
    )
    entry = flutter
    assert (entry.status, entry.model_id, entry.version_id) == (
        FileStatus.IDENTIFIED,
        11821,
        127062,
    )
    assert (entry.error_at, entry.removed_at, entry.integrity) == (None, None, None)
    assert user_version(catalog) == SCHEMA_VERSION
    backup = tmp_path / "catalog.sqlite3.v1.bak"
    assert user_version(backup) == 1
    with sqlite3.connect(backup) as db:
        rows = db.execute("SELECT status FROM files ORDER BY path").fetchall()
        assert rows == [("lookup-failed",), ("identified",), ("not-found",)]
    with Catalog(catalog) as db:  # a second open: nothing more to do
        assert db.get(model) == entry
    assert sorted(p.name for p in tmp_path.glob("catalog.sqlite3.v*")) == [backup.name]


def test_a_catalog_from_a_newer_release_is_refused_by_name(tmp_path: Path) -> None:
    catalog = tmp_path / "future.sqlite3"
    with sqlite3.connect(catalog) as db:
        db.execute("CREATE TABLE files (path TEXT PRIMARY KEY)")
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    before = catalog.read_bytes()
    for read_only in (False, True):
        with pytest.raises(CatalogError, match=r"newer release") as caught:
            Catalog(catalog, read_only=read_only)
        assert str(catalog) in str(caught.value)
    assert catalog.read_bytes() == before


def test_a_read_only_open_writes_nothing(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path, catalog_path: Path
) -> None:
    add_model_files(civitai, tmp_path, models=3)
    library.scan([tmp_path], client=client, catalog=catalog_path)
    stat = catalog_path.stat()
    before = catalog_path.read_bytes()
    with Catalog(catalog_path, read_only=True) as db:
        entries = list(db.entries())
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            db.put(entries[0])
    assert len(library.ls(catalog_path)) == 3
    library.show(entries[0].path, catalog=catalog_path)
    assert catalog_path.read_bytes() == before
    assert catalog_path.stat().st_mtime_ns == stat.st_mtime_ns


def test_a_catalog_that_cannot_be_written_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    catalog = tmp_path / "catalog.sqlite3"
    Catalog(catalog).close()
    # Root may write any file: refuse like a read-only file would.
    monkeypatch.setattr("os.access", lambda path, mode: False)
    with pytest.raises(CatalogError, match="cannot write the catalog") as caught:
        Catalog(catalog)
    assert str(catalog) in str(caught.value)
    with Catalog(catalog, read_only=True) as db:
        assert list(db.entries()) == []


def test_an_empty_catalog_file_lists_nothing_and_stays_empty(tmp_path: Path) -> None:
    catalog = tmp_path / "catalog.sqlite3"
    catalog.write_bytes(b"")
    assert library.ls(catalog) == []
    assert catalog.read_bytes() == b""
