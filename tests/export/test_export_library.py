"""`civitai_api.export` as a library, and its pure parts: page splitting, pace, id set."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from civitai_api.export import ExportError, ExportReport, async_export_images, export_models
from civitai_api.export._ids import IdSet, append_ids
from civitai_api.export._pace import Pace
from civitai_api.export._raw import decode_page
from civitai_api.v1 import Images_API_Opts, Models_API_Opts


def test_raw_is_exact_even_for_an_indented_page() -> None:
    items = [{"id": 1, "name": 'a "quoted" {brace}', "n": 1.50}, {"id": 2, "x": [1, {"y": "]"}]}]
    compact = json.dumps({"items": items, "metadata": {}}, separators=(",", ":")).encode()
    assert decode_page(compact).raw == [
        json.dumps(item, separators=(",", ":")).encode() for item in items
    ]
    indented = (
        b'{\n  "metadata": {},\n  "items": [\n    {"id": 1, "name": "a \\"quoted\\" {brace}",'
    )
    indented += b' "n": 1.50},\n    {"id": 2, "x": [1, {"y": "]"}]}\n  ]\n}'
    page = decode_page(indented)
    assert page.raw == [
        b'{"id": 1, "name": "a \\"quoted\\" {brace}", "n": 1.50}',
        b'{"id": 2, "x": [1, {"y": "]"}]}',
    ]
    assert [json.loads(raw) for raw in page.raw] == page.items
    with pytest.raises(ValueError, match="items"):
        decode_page(b'{"error": "nope"}')


def test_raw_is_the_same_without_msgspec(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without msgspec, items are found by re-encoding or scanning: the same items and bytes."""
    from civitai_api.export import _raw

    items = [{"id": 1, "name": 'a "quoted" {brace}', "n": 1.5}, {"id": 2, "x": [1, {"y": "]"}]}]
    compact = json.dumps({"items": items, "metadata": {"nextCursor": "2|2"}}).encode()
    compact = compact.replace(b", ", b",").replace(b": ", b":")
    indented = json.dumps({"metadata": {}, "items": items}, indent=2).encode()
    split = [(decode_page(body).raw, decode_page(body).metadata) for body in (compact, indented)]
    monkeypatch.setattr(_raw, "msgspec", None)
    for body, (raw, metadata) in zip((compact, indented), split, strict=True):
        page = decode_page(body)
        assert page.raw == raw
        assert page.metadata == metadata
        assert page.items == items
    assert split[0][1] == {"nextCursor": "2|2"}
    with pytest.raises(ValueError, match="items"):
        decode_page(b'{"error": "nope"}')


def test_pace_halves_after_a_429_and_recovers_slowly() -> None:
    pace = Pace(rate=4.0)
    assert pace.delay(None) == 0.0
    assert pace.delay(0.1) == pytest.approx(0.15)
    pace.after_page(rate_limited=1, last_duration=0.2)
    assert pace.rate == pytest.approx(2.0)
    steps = 0
    while pace.rate is not None and pace.rate < 4.0 - 1e-9:
        pace.after_page(rate_limited=0, last_duration=0.1)
        steps += 1
    assert 3 <= steps <= 10
    unlimited = Pace()
    unlimited.after_page(rate_limited=1, last_duration=0.05)
    assert unlimited.rate is not None
    assert unlimited.rate <= 2.0
    for _ in range(60):
        unlimited.after_page(rate_limited=0, last_duration=0.05)
    assert unlimited.rate is None


def test_id_set_survives_merges_and_reloads_only_committed_ids(tmp_path: Path) -> None:
    ids = IdSet()
    values = list(range(0, 60_000, 3))
    ids.add_all(values)
    assert 2999 * 3 in ids
    assert 1 not in ids
    assert len(ids) == len(values)
    journal = tmp_path / "ids"
    append_ids(journal, [5, 9, 7])
    append_ids(journal, [11, 13])  # a page never committed
    loaded = IdSet.load(journal, 3)
    assert 7 in loaded
    assert 11 not in loaded
    assert journal.stat().st_size == 3 * 8


def test_id_set_merges_pages_that_fall_between_the_ids_it_holds() -> None:
    import random

    ids = IdSet()
    values = list(range(0, 200_000, 2))
    random.Random(5).shuffle(values)  # pages landing anywhere among the ids held
    for start in range(0, len(values), 200):
        page = values[start : start + 200]
        assert ids.holds_none_of(page)
        ids.add_all(page)
    ids.add_all([1, 199_999])
    ids._merge()
    assert list(ids._sorted) == sorted([*values, 1, 199_999])
    assert len(ids) == len(values) + 2
    assert all(value in ids for value in (0, 1, 98_766, 199_998, 199_999))
    assert not any(value in ids for value in (-1, 3, 98_767, 200_000))


def test_id_set_merges_in_place_newest_first_oldest_first_and_mixed() -> None:
    import random
    import tracemalloc
    from array import array

    held = list(range(1_000_000, 1_100_000, 5))
    pages = {
        "newest first": list(range(999_999, 900_000, -3)),  # every new id below those held
        "oldest first": list(range(1_200_000, 1_300_000, 3)),  # every new id above them
        "mixed": random.Random(7).sample(range(800_001, 1_300_000, 5), 30_000),
    }  # ids never held already (the run gives a set new ids only)
    for name, page in pages.items():
        ids = IdSet(array("q", held))
        ids.add_all(page[:100])  # recent, not merged yet
        ids.add_all(page[100:])
        ids._merge()
        assert list(ids._sorted) == sorted([*held, *page]), name
    # no second array: at a million ids held a copy would be 8 MB more at the merge's peak
    ids = IdSet(array("q", range(2_000_000, 3_000_000)))
    ids._recent = set(range(0, 40_000))
    tracemalloc.start()
    ids._merge()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 1.5 * 8 * 1_000_000
    assert len(ids._sorted) == 1_040_000
    assert ids._sorted[0] == 0
    assert ids._sorted[40_000] == 2_000_000


def test_id_set_says_whether_a_page_holds_none_of_its_ids() -> None:
    ids = IdSet()
    ids.add_all(range(100, 20_100))  # merged into the sorted array
    ids.add_all([5, 7])  # recent
    assert len(ids) == 20_002
    assert ids.holds_none_of([])
    assert ids.holds_none_of([99, 98, 20_100])  # outside the sorted range
    assert ids.holds_none_of([6, 8])  # inside it, none held
    assert not ids.holds_none_of([4, 7])  # a recent one
    assert not ids.holds_none_of([1, 20_099])  # a sorted one, at the range's edge
    assert not ids.holds_none_of([50, 150, 30_000])


def test_library_export_in_pages_then_resumed(make_fake, tmp_path: Path) -> None:
    fake = make_fake(models=250)
    seen = []
    first = export_models(
        tmp_path / "m",
        Models_API_Opts(types=["LORA"]),
        base_url=fake.url,
        max_pages=2,
        on_progress=seen.append,
    )
    assert first.complete is False
    assert first.counts["models"] == 200
    assert [p.pages for p in seen] == [1, 2]
    second = export_models(tmp_path / "m", Models_API_Opts(types=["LORA"]), base_url=fake.url)
    assert second.complete is True
    assert second.added["models"] == 50
    assert second.requests == 1
    assert pq.read_table(tmp_path / "m" / "models").num_rows == 250
    again = export_models(tmp_path / "m", Models_API_Opts(types=["LORA"]), base_url=fake.url)
    assert again.complete is True
    assert again.requests == 0
    assert again.added["models"] == 0
    with pytest.raises(ValueError, match="another query"):
        export_models(tmp_path / "m", Models_API_Opts(types=["VAE"]), base_url=fake.url)


def test_library_export_error_keeps_the_report(make_fake, tmp_path: Path) -> None:
    from support.fake_export import Failure

    fake = make_fake(models=150)
    fake.fail("models", 1, [Failure(500)] * 3)
    with pytest.raises(ExportError) as caught:
        export_models(tmp_path / "m", base_url=fake.url, page_retries=0)
    assert caught.value.report.counts["models"] == 100
    assert caught.value.cause is not None
    assert caught.value.cause.status_code == 500


@pytest.mark.anyio
async def test_async_export_images(make_fake, tmp_path: Path) -> None:
    fake = make_fake(images=420)
    report = await async_export_images(
        tmp_path / "i", Images_API_Opts(requiringMeta=[True]), base_url=fake.url, rate=1000
    )
    assert report.counts == {"images": 420}
    assert report.pages == 3
    assert fake.requests[0][1]["requiringMeta"] == ["true"]
    table = pq.read_table(tmp_path / "i" / "images", columns=["id", "raw"])
    assert sorted(table.column("id").to_pylist()) == sorted(fake.ids["images"])


def test_jsonl_update_appends_only_new_lines(make_fake, tmp_path: Path) -> None:
    from civitai_api.export import export_images

    fake = make_fake(images=250)
    out = tmp_path / "j"
    export_images(out, base_url=fake.url, format="jsonl")
    new = fake.add_newer("images", 5)
    report = export_images(out, base_url=fake.url, format="jsonl", update=True)
    assert report.added == {"images": 5}
    lines = (out / "images.jsonl").read_bytes().splitlines()
    assert len(lines) == 255
    assert lines[250:] == [fake.item_bytes("images", item_id) for item_id in new]
    with pytest.raises(ValueError, match="jsonl export"):
        export_images(out, base_url=fake.url)  # the same folder in another format


def test_rate_spaces_the_requests(make_fake, tmp_path: Path) -> None:
    import time

    fake = make_fake(models=250)
    start = time.monotonic()
    report = export_models(tmp_path / "r", base_url=fake.url, rate=10)
    assert report.pages == 3
    assert time.monotonic() - start >= 0.2  # three requests at most ten a second


def test_a_folder_holding_other_files_is_left_alone(make_fake, tmp_path: Path) -> None:
    fake = make_fake(models=10)
    mine = tmp_path / "notes.tmp"
    mine.write_text("mine")
    with pytest.raises(ValueError, match="not empty"):
        export_models(tmp_path, base_url=fake.url)
    assert mine.read_text() == "mine"
    assert fake.requests == []


def test_items_of_unexpected_shapes_fill_their_rows_as_far_as_they_can() -> None:
    from civitai_api.export._items import Image, Model
    from civitai_api.export._tables import IMAGES_EXPORT, MODELS_EXPORT

    images = [
        {"id": 1, "meta": {"id": 9, "meta": {"prompt": "inner", "Clip skip": 2}}},
        {
            "id": 2,
            "meta": {
                "clipSkip": None,
                "Clip skip": 3,
                "steps": "20",
                "resources": [{"name": 5, "weight": "0.5"}, "not an object"],
            },
        },
        {"id": 3, "meta": "a string", "stats": [1], "nsfwLevel": "Mature"},
        7,
    ]
    page = decode_page(json.dumps({"items": images, "metadata": {}}).encode(), Image)
    assert page.ids == [1, 2, 3, None]
    rows = IMAGES_EXPORT.build(page.items, page.raw)["images"]
    assert rows["prompt"] == ["inner", None, None, None]
    assert rows["clip_skip"] == [2, None, None, None]  # clipSkip, even null, before "Clip skip"
    assert rows["steps"] == [None, 20, None, None]
    assert rows["resources"] == [[], [("5", None, None, 0.5, None)], [], []]
    assert rows["nsfw_level"] == [None, None, 4, None]
    assert rows["raw"][3] == b"7"

    version = {"id": 11, "files": [None, {"id": 21, "hashes": {"SHA256": "ab"}}], "images": {}}
    models = [{"id": 1, "creator": "someone", "modelVersions": [version, 5]}, None]
    page = decode_page(json.dumps({"items": models, "metadata": {}}).encode(), Model)
    tables = MODELS_EXPORT.build(page.items, page.raw)
    assert tables["models"]["id"] == [1, None]
    assert tables["models"]["creator"] == [None, None]
    assert tables["versions"]["id"] == [11]
    assert tables["files"]["id"] == [21]
    assert tables["files"]["sha256"] == ["AB"]
    assert tables["images"]["id"] == []


def test_the_state_is_rewritten_in_place_and_stays_readable(tmp_path: Path) -> None:
    from civitai_api.export._state import STATE_FILE, ExportState

    state = ExportState("images", "parquet", {"tags": "x" * 50})
    state.save(tmp_path)  # the first save makes the file
    path = tmp_path / STATE_FILE
    inode = path.stat().st_ino
    state.query, state.cursor = {"tags": "x"}, "abc"  # shorter: padded with spaces
    state.save(tmp_path)
    assert path.stat().st_ino == inode
    loaded = ExportState.load(tmp_path)
    assert loaded is not None
    assert (loaded.query, loaded.cursor) == ({"tags": "x"}, "abc")
    state.query = {"tags": "y" * 5000}  # longer than one write in place: a new file
    state.save(tmp_path)
    assert path.stat().st_ino != inode
    loaded = ExportState.load(tmp_path)
    assert loaded is not None
    assert loaded.query == {"tags": "y" * 5000}


def test_every_driver_tries_a_failed_page_again_and_stops_past_its_retries(
    make_fake, tmp_path: Path, driver: str
) -> None:
    """The pacing and page retries are one logic under the sync and async drivers: an HTML
    maintenance page (a 200 the client's own retries let through) is tried again, and a
    page failing past `page_retries` stops the export with what came before it kept."""
    import anyio
    from civitai_api.export import export_images
    from support.fake_export import Failure

    def export(folder: Path, url: str, retries: int) -> ExportReport:
        if driver == "sync":
            return export_images(folder, base_url=url, page_retries=retries, rate=1000)

        async def main() -> ExportReport:
            return await async_export_images(folder, base_url=url, page_retries=retries, rate=1000)

        return anyio.run(main, backend=driver)

    maintenance = Failure(200, b"<html><body>Down for maintenance</body></html>", "text/html")
    fake = make_fake(images=450)
    fake.fail("images", 1, [maintenance] * 2)
    report = export(tmp_path / "retried", fake.url, 2)
    assert report.counts == {"images": 450}
    assert report.complete is True
    assert report.pages == 3
    assert report.requests == 5  # page 2 asked three times
    assert fake.pages_requested("images")[1] == fake.pages_requested("images")[3]

    fake = make_fake(images=450)
    fake.fail("images", 1, [maintenance] * 2)
    with pytest.raises(ExportError) as caught:
        export(tmp_path / "stopped", fake.url, 1)
    assert caught.value.report.counts == {"images": 200}
    assert caught.value.report.requests == 3
    assert "HTML" in str(caught.value.cause)


def test_parts_have_no_dictionary_statistics_but_on_long_text_and_no_arrow_schema(
    make_fake, tmp_path: Path
) -> None:
    from civitai_api.export import export_images

    fake = make_fake(images=30)
    export_images(tmp_path / "i", base_url=fake.url)
    (part,) = (tmp_path / "i" / "images").glob("part-*.parquet")
    group = pq.ParquetFile(part).metadata.row_group(0)
    chunks = {group.column(n).path_in_schema: group.column(n) for n in range(group.num_columns)}
    for plain in ("raw", "prompt", "negative_prompt", "url", "hash"):
        assert not chunks[plain].is_stats_set, plain
    for name, chunk in chunks.items():
        assert not chunk.has_dictionary_page, name
        assert "RLE_DICTIONARY" not in chunk.encodings, name
    for summed in ("id", "created_at", "nsfw_level", "type"):
        assert chunks[summed].is_stats_set, summed
    assert chunks["id"].statistics.min == min(fake.ids["images"])
    # no Arrow schema in the footer, and Parquet's own types give back the same schema
    from civitai_api.export._kinds import KINDS
    from civitai_api.export._parquet import schema_of

    assert b"ARROW:schema" not in (pq.ParquetFile(part).metadata.metadata or {})
    assert pq.read_schema(part).equals(schema_of(KINDS["images"].tables.tables[0]))


def test_numbers_out_of_a_columns_range_become_null_or_rounded(tmp_path: Path) -> None:
    from civitai_api.export import _items
    from civitai_api.export._kinds import KINDS
    from civitai_api.export._parquet import write_part

    big = 2**70
    items = [
        {"id": 1, "width": big, "meta": {"cfgScale": 2**53 + 1, "steps": -(2**64)}},
        {
            "id": 2,
            "width": 512,
            "meta": {
                "cfgScale": 7,
                "seed": 2**63 - 1,
                "civitaiResources": [{"modelVersionId": big, "weight": 2**60 + 1}],
            },
        },
    ]
    body = json.dumps({"items": items, "metadata": {}}).encode()
    page = decode_page(body, _items.Image)
    kind = KINDS["images"].tables
    (table,) = kind.tables
    write_part(tmp_path, table, kind.build(page.items, page.raw)["images"], 0)
    rows = pq.read_table(tmp_path / "images").to_pylist()
    assert [row["width"] for row in rows] == [None, 512]
    assert [row["cfg_scale"] for row in rows] == [float(2**53 + 1), 7.0]
    assert [row["steps"] for row in rows] == [None, None]
    assert rows[1]["seed"] == 2**63 - 1
    (resource,) = rows[1]["resources"]
    assert resource["model_version_id"] is None
    assert resource["weight"] == float(2**60 + 1)


def test_numbers_beyond_any_column_never_stop_the_export(make_fake, tmp_path: Path) -> None:
    """Valid JSON numbers no column holds: past a double's range (400 digits), past what
    Python converts (5,000 digits, declined by orjson and msgspec alike), as ids too."""
    from civitai_api.export import export_images
    from support.fake_export import Failure

    huge, vast = "9" * 400, "9" * 5000
    items = [
        f'{{"id":3,"width":{huge},"meta":{{"cfgScale":{huge},"sampler":{vast},'
        f'"civitaiResources":[{{"weight":{huge},"modelVersionId":{huge}}}]}}}}',
        f'{{"id":{huge},"width":512}}',
        f'{{"id":{vast},"stats":{{"likeCount":{vast}}}}}',
        '{"id":4}',
    ]
    body = ('{"items":[' + ",".join(items) + '],"metadata":{}}').encode()
    fake = make_fake(images=10)
    fake.fail("images", 0, [Failure(200, body)])
    report = export_images(tmp_path / "x", base_url=fake.url)
    assert report.complete
    assert report.counts == {"images": 4}
    rows = pq.read_table(tmp_path / "x" / "images").to_pylist()
    assert [row["id"] for row in rows] == [3, None, None, 4]
    first = rows[0]
    assert (first["width"], first["cfg_scale"], first["sampler"]) == (None, None, None)
    assert first["resources"] == [
        {"name": None, "type": None, "hash": None, "weight": None, "model_version_id": None}
    ]
    assert rows[1]["width"] == 512
    assert rows[2]["like_count"] is None
    assert [row["raw"] for row in rows] == items
    # only the ids an int64 holds are kept to skip duplicates
    ids = (tmp_path / "x" / "_export_ids.i64").read_bytes()
    assert len(ids) == 2 * 8


def test_the_raw_column_keeps_the_bytes_and_refuses_what_is_not_utf8() -> None:
    import pyarrow as pa
    from civitai_api.export._parquet import _raw_column

    items = [b'{"a":1}', b"", '{"b":"\u00e9\u6f22"}'.encode()]
    column = _raw_column(items)
    assert column.type == pa.string()
    assert [value.encode() for value in column.to_pylist()] == items
    with pytest.raises(pa.ArrowInvalid):
        _raw_column([b'{"a":1}', b'{"b":"\xff"}'])
