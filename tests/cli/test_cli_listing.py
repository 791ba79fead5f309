"""List and show commands: tables, Civitai's JSON, pages with resumable cursors, exit codes."""

from __future__ import annotations

import json

import pytest
from support.cli_runs import add_model
from support.fake_civitai import FakeCivitai


@pytest.fixture
def five_models(civitai: FakeCivitai) -> FakeCivitai:
    for number in range(1, 6):
        add_model(civitai, number, [number * 100], username="maker" if number < 4 else "other")
    return civitai


def test_a_table_on_a_pipe_is_tab_separated(cli_here, five_models: FakeCivitai) -> None:
    ran = cli_here("models", "search", "--username", "maker")
    assert ran.code == 0, ran.err
    rows = ran.table()
    assert [row["id"] for row in rows] == ["1", "2", "3"]
    assert rows[0]["latest version"] == "100"
    assert rows[0]["creator"] == "maker"
    sent = five_models.seen("api")[0].path
    assert sent == "/api/v1/models?username=maker"


def test_json_prints_civitais_body_and_nothing_else(cli, five_models: FakeCivitai) -> None:
    ran = cli("models", "search", "--limit", "2", "--json")
    assert ran.code == 0, ran.err
    body = ran.json()  # the whole of stdout is one JSON document
    assert [item["id"] for item in body["items"]] == [1, 2]
    assert body["metadata"] == {"nextCursor": "3"}


def test_one_page_says_how_to_get_the_next(cli_here, five_models: FakeCivitai) -> None:
    ran = cli_here("models", "search", "--limit", "2")
    assert "more results: add --cursor 3 (or --all)" in ran.err


@pytest.mark.slow
def test_all_json_resumes_from_the_printed_cursor_with_nothing_lost_or_repeated(
    cli, five_models: FakeCivitai
) -> None:
    five_models.behaviour.list_failures["5"] = [(500, b'{"error":"Internal error"}')]
    first = cli("models", "search", "--limit", "2", "--all", "--json")
    assert first.code == 5
    printed = [item["id"] for item in first.json_lines()]  # stdout: JSON Lines only
    assert printed == [1, 2, 3, 4]
    assert "run the same command with --cursor 5" in first.err
    again = cli("models", "search", "--limit", "2", "--all", "--json", "--cursor", "5")
    assert again.code == 0, again.err
    assert [item["id"] for item in again.json_lines()] == [5]


def test_max_stops_inside_a_page_and_says_where_the_rest_is(
    cli_here, five_models: FakeCivitai
) -> None:
    ran = cli_here("models", "search", "--limit", "2", "--max", "3", "--json")
    assert ran.code == 0
    assert [item["id"] for item in ran.json_lines()] == [1, 2, 3]
    assert "more results from --cursor 3 (its first 1 are printed)" in ran.err


def test_get_shows_versions_and_files(cli_here, civitai: FakeCivitai) -> None:
    add_model(civitai, 7, [71, 70])
    ran = cli_here("models", "get", "7")
    assert ran.code == 0, ran.err
    assert ran.out.startswith("model         7 Model 7\n")
    assert "71\tv71\tSDXL 1.0\t2025-01-08\tm7-v71.safetensors\t48.8 KiB\t" in ran.out
    versions = cli_here("versions", "get", "70", "--json")
    assert json.loads(versions.out)["modelId"] == 7


def test_by_hash_finds_the_version_and_says_when_nothing_matches(
    cli_here, civitai: FakeCivitai
) -> None:
    served = add_model(civitai, 7, [71])
    found = cli_here("versions", "by-hash", served[0].sha256)
    assert found.code == 0
    assert found.table()[0]["version"] == "71"
    ids = cli_here("versions", "by-hash", served[0].sha256, "0" * 64, "--ids", "--json")
    assert json.loads(ids.out) == [{"modelVersionId": 71, "modelId": 7, "hash": served[0].sha256}]
    missing = cli_here("versions", "by-hash", "A" * 64, "B" * 64)
    assert missing.code == 4
    assert missing.err == "civitai: error: Civitai knows no file with any of these hashes\n"


@pytest.mark.parametrize(
    ("args", "option"),
    [
        (
            ["models", "search", "--sort", "Best"],
            "--sort: unknown value Best (one of: 'Highest Rated', ",
        ),
        (
            ["models", "search", "--type", "LORAX"],
            "--type: unknown value LORAX; did you mean LORA?",
        ),
        (["models", "search", "--limit", "-1"], "--limit: must be between 0 and 100"),
        (["models", "search", "--period", "Decade"], "--period: unknown value Decade"),
        (["models", "search", "lora", "--page", "2"], "--page: cannot be combined with query"),
        (["images", "search", "--nsfw", "Spicy"], "--nsfw: unknown value Spicy"),
        (["images", "search", "--limit", "500"], "--limit: must be between 0 and 200"),
        (["creators", "search", "--limit", "0"], "--limit: must be between 1 and 200"),
        (["versions", "by-hash", "XYZ"], "HASHES: must be a hexadecimal hash"),
        (["versions", "get", "0"], "VERSION_ID: must be between 1"),
        (["models", "get", "abc"], "Invalid value for MODEL_ID"),
        (["download", "not-a-target"], "'not-a-target' is not a version id, an AIR"),
        (
            ["download", "5", "--layout", "invokeai"],
            "--layout: must be one of a1111, comfyui; got",
        ),
        (["download", "5", "--jobs", "0"], "--jobs: must be at least 1"),
        (["download", "5", "--format", "Zip"], "--format: unknown value Zip"),
        (["download", "5", "--root", "ui"], "--root: goes with --layout"),
        (["download"], "nothing to download"),
        (["hash", "x", "--algo", "md5"], "--algo: unknown value md5"),
        (["models", "search", "--host", "example.com"], "--host: must be civitai.com or"),
    ],
)
def test_bad_input_is_one_line_exit_2_and_sends_nothing(
    cli_here, civitai: FakeCivitai, args: list[str], option: str
) -> None:
    ran = cli_here(*args)
    assert ran.code == 2
    first, *rest = ran.err.splitlines()
    assert first.startswith("civitai: error: ")
    assert option in first
    assert all(line.startswith("hint: ") for line in rest)
    assert ran.out == ""
    assert civitai.log == []


@pytest.mark.parametrize(
    ("setup", "args", "code"),
    [
        ({}, ["me"], 3),  # no key: 401
        ({"me_status": 403}, ["me", "--token", "x"], 3),
        ({"me_status": 429}, ["me"], 6),
        ({"me_status": 500}, ["me"], 5),
        ({"me_status": 503}, ["me"], 5),
        ({}, ["versions", "get", "999"], 4),
        ({}, ["versions", "mini", "999"], 4),
        ({}, ["models", "get", "999"], 4),
        ({}, ["hash", "missing.safetensors"], 4),
        ({}, ["identify", "empty-folder"], 4),
    ],
)
def test_exit_codes(
    cli_here, civitai: FakeCivitai, tmp_path, setup: dict[str, int], args: list[str], code: int
) -> None:
    (tmp_path / "empty-folder").mkdir()
    for name, value in setup.items():
        setattr(civitai.behaviour, name, value)
    ran = cli_here(*args)
    assert ran.code == code, ran.err
    assert ran.err.startswith("civitai: error: ") or args[0] == "hash"


def test_me_with_a_key(cli_here, civitai: FakeCivitai) -> None:
    ran = cli_here("me", "--token", "abc")
    assert ran.code == 0
    assert "user    1 tester" in ran.out
    assert civitai.seen("api")[0].headers["authorization"] == "Bearer abc"
