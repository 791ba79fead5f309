"""One rule for Civitai's names: every option whose values are Civitai's names takes any letter
case, sends Civitai's spelling, and answers a wrong value with the nearest right one."""

from __future__ import annotations

import dataclasses
import typing
import urllib.parse

import pytest
from civitai_api.cli import (
    account,
    community,
    download,
    export,
    files,
    images,
    library,
    models,
)
from civitai_api.cli._options import canonical_name
from civitai_api.enums import BaseModel, FileFp, ModelFileType, ModelSort, ModelType
from cyclopts import Parameter
from support.cli_runs import add_model
from support.fake_civitai import FakeCivitai

# One page of an export, written as JSON Lines (no pyarrow needed).
EXPORT_MODELS = ["export", "models", "out", "--format", "jsonl", "--max-pages", "1"]
EXPORT_IMAGES = ["export", "images", "out", "--format", "jsonl", "--max-pages", "1"]
# (command, option, typed, query parameter, what Civitai must receive)
SENT = [
    (["models", "search"], "--type", "lora", "types", "LORA"),
    (["models", "search"], "--base-model", "sdxl 1.0", "baseModels", "SDXL 1.0"),
    (["models", "search"], "--sort", "highest-rated", "sort", "Highest Rated"),
    (["models", "search"], "--period", "alltime", "period", "AllTime"),
    (["models", "search"], "--period-mode", "Published", "periodMode", "published"),
    (["models", "search"], "--checkpoint-type", "MERGE", "checkpointType", "Merge"),
    (["models", "search"], "--status", "published", "status", "Published"),
    (["models", "search"], "--file-format", "safetensor", "fileFormats", "SafeTensor"),
    (["models", "search"], "--commercial-use", "rent_civit", "allowCommercialUse", "RentCivit"),
    (["images", "search"], "--type", "VIDEO", "type", "video"),
    (["images", "search"], "--sort", "most reactions", "sort", "Most Reactions"),
    (["images", "search"], "--period", "WEEK", "period", "Week"),
    (["images", "search"], "--nsfw", "soft", "nsfw", "Soft"),
    (["images", "search"], "--nsfw", "TRUE", "nsfw", "true"),
    (["images", "search"], "--base-model", "flux.1 d", "baseModels", "Flux.1 D"),
    (["articles", "search"], "--sort", "most bookmarks", "sort", "Most Bookmarks"),
    (["collections", "search"], "--sort", "NEWEST", "sort", "Newest"),
    (["vault", "items"], "--type", "locon", "types", "LoCon"),
    (["vault", "items"], "--base-model", "pony", "baseModels", "Pony"),
    (["vault", "items"], "--sort", "model-name", "sort", "Model Name"),
    (["download", "--username", "tester"], "--model-type", "Lora", "types", "LORA"),
    (["download", "--username", "tester"], "--base-model", "sd 1.5", "baseModels", "SD 1.5"),
    (EXPORT_MODELS, "--type", "lora", "types", "LORA"),
    (EXPORT_MODELS, "--base-model", "sdxl 1.0", "baseModels", "SDXL 1.0"),
    (EXPORT_MODELS, "--sort", "highest-rated", "sort", "Highest Rated"),
    (EXPORT_MODELS, "--period", "alltime", "period", "AllTime"),
    (EXPORT_MODELS, "--checkpoint-type", "MERGE", "checkpointType", "Merge"),
    (EXPORT_MODELS, "--file-format", "safetensor", "fileFormats", "SafeTensor"),
    (EXPORT_MODELS, "--commercial-use", "rent_civit", "allowCommercialUse", "RentCivit"),
    (EXPORT_IMAGES, "--type", "VIDEO", "type", "video"),
    (EXPORT_IMAGES, "--sort", "most reactions", "sort", "Most Reactions"),
    (EXPORT_IMAGES, "--period", "WEEK", "period", "Week"),
    (EXPORT_IMAGES, "--nsfw", "soft", "nsfw", "Soft"),
    (EXPORT_IMAGES, "--base-model", "flux.1 d", "baseModels", "Flux.1 D"),
]
# Options matched on this side (no query): (command, option, typed, where the value shows)
LOCAL = [
    (["hash", "m.safetensors"], "--algo", "sha256", "\tSHA256\t"),
    (["download", "70", "--dry-run"], "--type", "model", "m7-v70.safetensors"),
    (["download", "70", "--dry-run"], "--format", "SAFETENSOR", "m7-v70.safetensors"),
    (["download", "70", "--dry-run"], "--size", "FULL", "m7-v70.safetensors"),
    (["download", "70", "--dry-run"], "--fp", "FP16", "m7-v70.safetensors"),
    (["library", "ls"], "--type", "lora", "no files match"),
    (["library", "ls"], "--base-model", "sd 1.5", "no files match"),
]
# (command, option, typo, the suggestion named)
TYPOS = [
    (["models", "search"], "--type", "Lroa", "did you mean LORA?"),
    (["models", "search"], "--sort", "most-downloded", "did you mean 'Most Downloaded'?"),
    (["models", "search"], "--period", "mnth", "did you mean Month?"),
    (["models", "search"], "--period-mode", "stat", "did you mean stats?"),
    (["models", "search"], "--checkpoint-type", "traind", "did you mean Trained?"),
    (["models", "search"], "--status", "publishd", "did you mean Published?"),
    (["models", "search"], "--file-format", "safetensors", "did you mean SafeTensor?"),
    (["models", "search"], "--commercial-use", "sel", "did you mean Sell?"),
    (["images", "search"], "--type", "vidoe", "did you mean video?"),
    (["images", "search"], "--sort", "newst", "did you mean Newest?"),
    (["images", "search"], "--period", "yaer", "did you mean Year?"),
    (["images", "search"], "--nsfw", "matur", "did you mean Mature?"),
    (["articles", "search"], "--sort", "most comment", "did you mean 'Most Comments'?"),
    (["collections", "search"], "--sort", "newset", "did you mean Newest?"),
    (["vault", "items"], "--type", "checkpoints", "did you mean Checkpoint?"),
    (["vault", "items"], "--sort", "model sise", "did you mean 'Model Size'?"),
    (["download", "--username", "tester"], "--model-type", "embeding", None),
    (["download", "5"], "--format", "gguff", "did you mean GGUF?"),
    (["download", "5"], "--size", "prunde", "did you mean pruned?"),
    (["hash", "m.safetensors"], "--algo", "autov22", "did you mean AutoV2?"),
    (EXPORT_MODELS, "--type", "Lroa", "did you mean LORA?"),
    (EXPORT_IMAGES, "--nsfw", "matur", "did you mean Mature?"),
]
# Open sets: an unknown name is sent as given, with a warning naming the nearest.
OPEN = [
    (["models", "search"], "--base-model", "SDXL 1.1", "baseModels", "'SDXL 1.0'"),
    (["images", "search"], "--base-model", "Ponyy", "baseModels", "Pony"),
    (["vault", "items"], "--base-model", "Illustrius", "baseModels", "Illustrious"),
]


def _queries(civitai: FakeCivitai) -> list[dict[str, list[str]]]:
    return [
        urllib.parse.parse_qs(urllib.parse.urlsplit(seen.path).query)
        for seen in civitai.log
        if seen.server == "api"
    ]


@pytest.mark.parametrize(("command", "option", "typed", "param", "sent"), SENT)
def test_any_case_is_sent_as_civitai_spells_it(
    cli_here, civitai: FakeCivitai, command, option, typed, param, sent
) -> None:
    add_model(civitai, 7, [70])
    ran = cli_here(*command, option, typed, "--token", "k")
    assert "unknown value" not in ran.err, ran.err
    assert "warning" not in ran.err, ran.err
    assert any(sent in query.get(param, []) for query in _queries(civitai)), _queries(civitai)


@pytest.mark.parametrize(("command", "option", "typed", "shown"), LOCAL)
def test_any_case_is_matched_where_no_query_is_sent(
    cli_here, civitai: FakeCivitai, tmp_path, command, option, typed, shown
) -> None:
    add_model(civitai, 7, [70])
    (tmp_path / "m.safetensors").write_bytes(b"\0" * 64)
    if command[0] == "library":
        assert cli_here("library", "scan", "m.safetensors", "--offline").code == 0
    ran = cli_here(*command, option, typed)
    assert "unknown value" not in ran.err, ran.err
    assert "warning" not in ran.err, ran.err
    assert shown in ran.out + ran.err


@pytest.mark.parametrize(("command", "option", "typo", "suggestion"), TYPOS)
def test_a_typo_names_the_nearest_value_and_exits_2(
    cli_here, civitai: FakeCivitai, tmp_path, command, option, typo, suggestion
) -> None:
    (tmp_path / "m.safetensors").write_bytes(b"\0" * 64)
    ran = cli_here(*command, option, typo)
    assert ran.code == 2
    assert ran.err.startswith(f"civitai: error: {option}: unknown value ")
    assert len(ran.err.splitlines()) == 1
    assert (suggestion or "(one of: ") in ran.err
    assert civitai.log == []


@pytest.mark.parametrize(("command", "option", "typed", "param", "nearest"), OPEN)
def test_an_unknown_name_of_an_open_set_is_sent_with_a_warning(
    cli_here, civitai: FakeCivitai, command, option, typed, param, nearest
) -> None:
    ran = cli_here(*command, option, typed, "--token", "k")
    assert f"warning: {option}: " in ran.err
    assert f"did you mean {nearest}?" in ran.err
    assert any(typed in query.get(param, []) for query in _queries(civitai))


def _names_options(function: typing.Any) -> set[str]:
    """The options of a command that go through the names converter."""
    found = set()
    for name, hint in typing.get_type_hints(function, include_extras=True).items():
        if dataclasses.is_dataclass(hint):  # a group flattened into the options
            found |= _names_options(hint)
        for extra in getattr(hint, "__metadata__", ()):
            converter = getattr(extra, "converter", None) if isinstance(extra, Parameter) else None
            if converter is not None and "civitai_names" in converter.__qualname__:
                found.add("--" + name.replace("_", "-"))
    return found


@pytest.mark.parametrize(
    ("command", "function"),
    [
        ("models search", models.search),
        ("images search", images.search),
        ("articles search", community.search_articles),
        ("collections search", community.search_collections),
        ("vault items", account.vault_items),
        ("download", download.download),
        ("hash", files.hash_files),
        ("library ls", library.list_entries),
        ("export models", export.models),
        ("export images", export.images),
    ],
)
def test_the_tables_cover_every_names_option(command: str, function: typing.Any) -> None:
    tested = {
        option
        for rows in (SENT, LOCAL, TYPOS, OPEN)
        for args, option, *_ in rows
        if " ".join(arg for arg in args[:2] if not arg.startswith("-")).startswith(command)
    }
    assert _names_options(function) <= tested
    assert _names_options(function)


def test_names_compare_without_case_or_separators() -> None:
    sorts = [member.value for member in ModelSort]
    assert canonical_name("MOST_downloaded", sorts) == ("Most Downloaded", None)
    assert canonical_name("highest", sorts) == (None, "Highest Rated")  # a unique start
    assert canonical_name("Best", sorts) == (None, None)
    assert canonical_name("flux1d", [m.value for m in BaseModel]) == ("Flux.1 D", None)
    for names in (ModelType, BaseModel, FileFp, ModelFileType):
        values = [member.value for member in names]
        assert [canonical_name(value.upper(), values)[0] for value in values] == values


@pytest.mark.parametrize(
    ("args", "suggestion"),
    [
        (["library", "ls", "--status", "identifed"], "did you mean identified?"),
        (["library", "ls", "--sort", "sise"], "did you mean size?"),
        (["library", "scan", ".", "--sidecars", "civitai-info,previw"], "did you mean preview?"),
    ],
)
def test_the_library_names_the_nearest_of_its_own_values(
    cli_here, civitai: FakeCivitai, args: list[str], suggestion: str
) -> None:
    ran = cli_here(*args)
    assert ran.code == 2
    assert ran.err.startswith("civitai: error: --")
    assert ran.err.rstrip().endswith(suggestion)
    assert len(ran.err.splitlines()) == 1


def test_the_library_takes_its_own_values_in_any_case(cli_here, tmp_path) -> None:
    (tmp_path / "m.safetensors").write_bytes(b"\0" * 64)
    assert cli_here("library", "scan", ".", "--offline", "--sidecars", "Civitai_Info").code == 0
    ran = cli_here("library", "ls", "--status", "HASHED", "--sort", "Base_Model")
    assert ran.code == 0, ran.err
    assert "m.safetensors" in ran.out
