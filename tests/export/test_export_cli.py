"""`civitai export` as users run it: the installed command against a fake Civitai on 127.0.0.1,
the dataset read back with DuckDB and pyarrow."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest
from support.fake_export import MAINTENANCE_PAGE, Failure, civitai_command

# Every test here runs the command in its own process for seconds.
pytestmark = pytest.mark.slow


def sql(query: str) -> list[tuple[object, ...]]:
    return duckdb.sql(query).fetchall()


def ids_of(folder: Path, table: str) -> list[int]:
    return [row[0] for row in sql(f"SELECT id FROM read_parquet('{folder}/{table}/*.parquet')")]


def test_models_export_writes_four_joined_tables(make_fake, export_cli, tmp_path) -> None:
    fake = make_fake(models=230)
    out = tmp_path / "ds"
    ran = export_cli("export", "models", str(out), "--type", "LORA", host=fake.url)
    assert ran.code == 0, ran.err
    # every page asked with the largest page size, NSFW included, the user's filter kept
    cursors = fake.pages_requested("models")
    assert len(cursors) == 3
    first = fake.requests[0][1]
    assert first["limit"] == ["100"]
    assert first["nsfw"] == ["true"]
    assert first["types"] == ["LORA"]
    assert cursors[0] is None
    assert None not in cursors[1:]
    models = sorted(ids_of(out, "models"))
    assert models == sorted(fake.ids["models"])
    # types as documented
    types = dict(
        (row[0], row[1])
        for row in sql(f"DESCRIBE SELECT * FROM read_parquet('{out}/versions/*.parquet')")
    )
    assert types["id"] == "BIGINT"
    assert types["model_id"] == "BIGINT"
    assert types["published_at"] == "TIMESTAMP WITH TIME ZONE"
    assert types["trained_words"] == "VARCHAR[]"
    schema = pq.read_schema(next((out / "files").glob("part-*.parquet")))
    assert {"sha256", "autov1", "autov2", "autov3", "blake3", "crc32"} <= set(schema.names)
    # joins: every file's version and every version's model exist
    orphans = sql(
        f"""SELECT count(*) FROM read_parquet('{out}/files/*.parquet') f
        LEFT JOIN read_parquet('{out}/versions/*.parquet') v ON f.version_id = v.id
        WHERE v.id IS NULL"""
    )
    assert orphans == [(0,)]
    joined = sql(
        f"""SELECT count(*), count(DISTINCT m.id) FROM read_parquet('{out}/versions/*.parquet') v
        JOIN read_parquet('{out}/models/*.parquet') m ON v.model_id = m.id"""
    )
    assert joined[0][1] == 230
    versions = sql(f"SELECT count(*) FROM read_parquet('{out}/versions/*.parquet')")[0][0]
    assert joined[0][0] == versions
    hashed = sql(
        f"SELECT sha256 FROM read_parquet('{out}/files/*.parquet') WHERE sha256 IS NOT NULL"
    )
    assert hashed
    assert all(row[0] == row[0].upper() for row in hashed)
    assert sum(len(row[0]) == 64 for row in hashed) > len(hashed) // 2
    # raw gives back exactly what was sent
    for model_id, raw in sql(f"SELECT id, raw FROM read_parquet('{out}/models/*.parquet')")[:40]:
        assert raw.encode() == fake.item_bytes("models", model_id)
    # the summary says what was done and where
    assert "230 models" in ran.out
    assert str(out) in ran.out
    assert "3 requests" in ran.out
    state = json.loads((out / "_export.json").read_text())
    assert state["complete"] is True
    assert state["parts"] == 3


def test_images_export_has_generation_columns(make_fake, export_cli, tmp_path) -> None:
    fake = make_fake(images=450)
    out = tmp_path / "img"
    ran = export_cli("export", "images", str(out), "--base-model", "SDXL 1.0", host=fake.url)
    assert ran.code == 0, ran.err
    sent = fake.requests[0][1]
    assert sent["limit"] == ["200"]
    assert sent["withMeta"] == ["true"]
    assert sent["nsfw"] == ["X"]
    assert len(fake.pages_requested("images")) == 3
    table = pq.read_table(out / "images")
    assert table.num_rows == 450
    schema = table.schema
    assert str(schema.field("id").type) == "int64"
    assert str(schema.field("created_at").type) == "timestamp[ms, tz=UTC]"
    assert str(schema.field("model_version_ids").type) == "list<element: int64>"
    assert schema.field("resources").type.value_type.names == [
        "name",
        "type",
        "hash",
        "weight",
        "model_version_id",
    ]
    rows = table.to_pylist()
    with_prompt = [row for row in rows if row["prompt"]]
    assert with_prompt
    assert all(row["steps"] is None or row["steps"] > 0 for row in rows)
    for row in rows[:60]:
        source = json.loads(fake.item_bytes("images", row["id"]))
        meta = source.get("meta") or {}
        assert row["raw"].encode() == fake.item_bytes("images", row["id"])
        assert row["prompt"] == meta.get("prompt")
        assert row["sampler"] == meta.get("sampler")
        assert len(row["resources"]) == len(meta.get("resources") or []) + len(
            meta.get("civitaiResources") or []
        )
    assert sql(f"SELECT count(DISTINCT id) FROM read_parquet('{out}/images/*.parquet')") == [(450,)]


def test_jsonl_keeps_each_item_exactly_as_sent(make_fake, export_cli, tmp_path) -> None:
    fake = make_fake(images=250)
    out = tmp_path / "j"
    ran = export_cli("export", "images", str(out), "--format", "jsonl", host=fake.url)
    assert ran.code == 0, ran.err
    lines = (out / "images.jsonl").read_bytes().splitlines()
    assert lines == [fake.item_bytes("images", item_id) for item_id in fake.ids["images"]]
    assert not (out / "images").exists()
    assert sql(f"SELECT count(*) FROM read_json_auto('{out}/images.jsonl')") == [(250,)]


def test_a_looping_cursor_stops_with_the_data_kept(make_fake, export_cli, tmp_path) -> None:
    fake = make_fake(models=600)
    fake.loop_after_pages = 3  # page 3 points back to page 2
    out = tmp_path / "loop"
    ran = export_cli("export", "models", str(out), host=fake.url)
    assert ran.code == 1
    assert "cursor" in ran.err
    assert "loop" in ran.err
    assert "run the same command again" in ran.err
    exported = ids_of(out, "models")
    assert len(exported) == len(set(exported)) == 300
    assert len(fake.pages_requested("models")) == 3


def test_repeats_rate_limits_and_5xx_runs(make_fake, export_cli, tmp_path) -> None:
    fake = make_fake(images=450)
    fake.repeat = 7  # each page starts with 7 items of the page before
    fake.fail("images", 1, [Failure(429, b'{"error":"Rate limit exceeded"}', retry_after="1")])
    fake.fail("images", 2, [Failure(429, b"{}"), Failure(500), Failure(500)])
    out = tmp_path / "busy"
    ran = export_cli("export", "images", str(out), "--retries", "3", host=fake.url)
    assert ran.code == 0, ran.err
    exported = ids_of(out, "images")
    assert sorted(exported) == sorted(fake.ids["images"])  # each id once
    assert "14 duplicates skipped" in ran.out
    assert "7 requests, 4 retries" in ran.out


def test_failures_past_the_retries_keep_the_data_and_resume(
    make_fake, export_cli, tmp_path
) -> None:
    fake = make_fake(models=450)
    fake.fail("models", 2, [Failure(500)] * 2)
    out = tmp_path / "down"
    ran = export_cli("export", "models", str(out), "--retries", "1", host=fake.url)
    assert ran.code == 5
    assert "run the same command again" in ran.err
    assert "200 models" in ran.err
    assert len(ids_of(out, "models")) == 200
    before = len(fake.requests)
    ran = export_cli("export", "models", str(out), "--retries", "1", host=fake.url)
    assert ran.code == 0, ran.err
    assert sorted(ids_of(out, "models")) == sorted(fake.ids["models"])
    # the second run starts at the page that failed: pages 3, 4 and 5
    assert len(fake.requests) - before == 3


def test_a_maintenance_page_and_a_lasting_429_give_their_exit_codes(
    make_fake, export_cli, tmp_path
) -> None:
    fake = make_fake(images=300)
    fake.fail("images", 1, [Failure(200, MAINTENANCE_PAGE, "text/html")] * 3)
    ran = export_cli("export", "images", str(tmp_path / "a"), "--retries", "1", host=fake.url)
    assert ran.code == 5
    assert "HTML" in ran.err
    assert "run the same command again" in ran.err
    assert len(ids_of(tmp_path / "a", "images")) == 200

    fake = make_fake(images=300)
    fake.fail("images", 0, [Failure(503, MAINTENANCE_PAGE, "text/html", retry_after="0")] * 9)
    ran = export_cli("export", "images", str(tmp_path / "b"), "--retries", "0", host=fake.url)
    assert ran.code == 5, ran.err

    fake = make_fake(images=300)  # the page cap: a 429 no wait can fix stops at once
    page_cap = b'{"error":"You\'ve requested too many pages, please use cursors instead"}'
    fake.fail("images", 1, [Failure(429, page_cap)])
    ran = export_cli("export", "images", str(tmp_path / "d"), host=fake.url)
    assert ran.code == 2, ran.err
    assert "too many pages" in ran.err
    assert len(fake.pages_requested("images")) == 2
    assert len(ids_of(tmp_path / "d", "images")) == 200

    fake = make_fake(images=300)
    fake.fail("images", 0, [Failure(429, b"{}", retry_after="0")] * 9)
    ran = export_cli("export", "images", str(tmp_path / "c"), "--retries", "0", host=fake.url)
    assert ran.code == 6, ran.err
    assert "run the same command again" in ran.err


def test_update_adds_only_what_is_new(make_fake, export_cli, tmp_path) -> None:
    fake = make_fake(images=300)
    out = tmp_path / "daily"
    assert export_cli("export", "images", str(out), host=fake.url).code == 0
    new = fake.add_newer("images", 13)
    before = len(fake.requests)
    ran = export_cli("export", "images", str(out), "--update", host=fake.url)
    assert ran.code == 0, ran.err
    assert "13 images" in ran.out
    assert fake.requests[before][1]["sort"] == ["Newest"]
    assert len(fake.requests) - before == 1  # the first page held the first known id
    exported = ids_of(out, "images")
    assert sorted(exported) == sorted(fake.ids["images"])
    assert set(new) <= set(exported)
    assert len(list((out / "images").glob("part-*.parquet"))) == 3
    ran = export_cli("export", "images", str(out), "--update", host=fake.url)
    assert ran.code == 0
    assert "nothing new" in ran.out
    assert len(ids_of(out, "images")) == 313
    # the same folder with other filters is refused: it would mix two queries
    ran = export_cli("export", "images", str(out), "--username", "someone", host=fake.url)
    assert ran.code == 2
    assert "another query" in ran.err


def test_ctrl_c_then_kill_9_then_resume_repeats_at_most_a_page_each(make_fake, tmp_path) -> None:
    import os
    import signal
    import subprocess
    import time

    fake = make_fake(images=2000)  # 10 pages of 200
    fake.page_delay = 0.1
    out = tmp_path / "killed"
    command = [*civitai_command(), "export", "images", str(out), "--host", fake.url]
    state_file = out / "_export.json"

    def stop_after(pages: int, how: int) -> tuple[int, bytes]:
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            text = state_file.read_text() if state_file.exists() else ""
            if text and json.loads(text).get("pages", 0) >= pages:
                break
            time.sleep(0.02)
        os.kill(process.pid, how)
        _, err = process.communicate(timeout=10)
        return process.returncode, err

    code, err = stop_after(2, signal.SIGINT)
    assert code == 130
    assert b"run the same command again" in err
    stop_after(5, signal.SIGKILL)
    fake.page_delay = 0.0
    done = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    exported = ids_of(out, "images")
    assert len(exported) == len(set(exported)) == 2000
    cursors = fake.pages_requested("images")
    assert len(set(cursors)) == 10
    assert len(cursors) - 10 <= 2  # at most one page fetched again per interruption


def test_parquet_without_pyarrow_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Before any request: the extra to install, and that JSON Lines needs no pyarrow."""
    from civitai_api.cli import main

    monkeypatch.setitem(sys.modules, "pyarrow", None)  # as if it were not installed
    code = main(["--host", "http://127.0.0.1:9", "export", "models", str(tmp_path / "out")])
    assert code == 1
    assert capsys.readouterr().err.splitlines() == [
        "civitai: error: writing Parquet needs pyarrow, which is not installed",
        'hint: install the export extra: pip install "civitai-api[export]", or write JSON '
        "Lines with --format jsonl",
    ]
    assert not (tmp_path / "out").exists()
