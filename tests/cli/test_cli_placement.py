"""Options where people put them: connection and output options before the command as well as
after it, and options that cannot go together refused in one line."""

from __future__ import annotations

import pytest
from civitai_api.cli._app import hoist_global_options
from support.cli_runs import add_model
from support.fake_civitai import FakeCivitai

CLOSED_PORT = "http://127.0.0.1:9"  # nothing listens there: only --host can reach the fake


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        (
            ["--host", "H", "--json", "models", "get", "1"],
            ["models", "get", "1", "--host", "H", "--json"],
        ),
        (
            ["--host=H", "-q", "download", "5", "--", "-x"],
            ["download", "5", "--host=H", "-q", "--", "-x"],
        ),
        (["--token", "K", "me"], ["me", "--token", "K"]),
        (["models", "get", "1", "--json"], ["models", "get", "1", "--json"]),
        (["--help"], ["--help"]),
        (["--json", "--help"], ["--json", "--help"]),
        (["--json=yes", "enums"], ["--json=yes", "enums"]),
        (["--host"], ["--host"]),
        (["--json"], ["--json"]),
    ],
)
def test_global_options_move_after_the_command(typed: list[str], read: list[str]) -> None:
    assert hoist_global_options(typed) == read


def test_another_option_before_the_command_says_where_it_goes(cli_here) -> None:
    ran = cli_here("--limit", "5", "models", "search")
    assert ran.code == 2
    assert ran.err == (
        "civitai: error: --limit goes after the command (only --host, --token, --json and "
        "-q/--quiet may come before it)\n"
    )


@pytest.mark.slow
@pytest.mark.parametrize(
    ("before", "after"),
    [
        (
            ["--host", "{url}", "--json", "models", "get", "7"],
            ["models", "get", "7", "--host", "{url}", "--json"],
        ),
        (
            ["-q", "--token=KEY", "--host={url}", "download", "70", "--dry-run"],
            ["download", "70", "--dry-run", "-q", "--token=KEY", "--host={url}"],
        ),
        (
            ["--json", "--quiet", "hash", "m.safetensors", "--algo", "sha256"],
            ["hash", "m.safetensors", "--algo", "sha256", "--json", "--quiet"],
        ),
    ],
)
def test_options_before_the_command_give_the_same_result(
    cli, civitai: FakeCivitai, tmp_path, before: list[str], after: list[str]
) -> None:
    add_model(civitai, 7, [70])
    (tmp_path / "m.safetensors").write_bytes(b"\1" * 100)
    env = {"CIVITAI_HOST": CLOSED_PORT}
    first = cli(*(arg.format(url=civitai.api_url) for arg in before), env=env)
    second = cli(*(arg.format(url=civitai.api_url) for arg in after), env=env)
    assert first.code == 0, first.err
    assert (first.code, first.out, first.err) == (second.code, second.out, second.err)
    assert first.out.strip()


def test_every_command_takes_quiet(cli_here, civitai: FakeCivitai) -> None:
    add_model(civitai, 7, [70])
    ran = cli_here("-q", "models", "get", "7")
    assert ran.code == 0, ran.err
    assert "m7-v70.safetensors" in ran.out


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (
            ["download", "5", "--layout", "a1111", "--out-dir", "x"],
            "civitai: error: --out-dir: cannot be combined with --layout",
        ),
        (
            ["download", "5", "--file", "a", "--all-files"],
            "civitai: error: --file: cannot be combined with --all-files",
        ),
        (["identify", ".", "--same-base-model"], "civitai: error: --same-base-model goes with"),
        (["download", "5", "--max-models", "3"], "civitai: error: --model-type, --base-model and"),
        (["download", "5", "--all-versions"], "civitai: error: --all-versions needs a model"),
        (
            ["models", "search", "--cursor", "5", "--page", "2"],
            "civitai: error: --cursor cannot be combined with --page",
        ),
        (
            ["images", "search", "--cursor", "5", "--page", "2"],
            "civitai: error: --cursor cannot be combined with --page",
        ),
    ],
)
def test_options_that_cannot_go_together_exit_2_in_one_line(
    cli_here, civitai: FakeCivitai, args: list[str], line: str
) -> None:
    ran = cli_here(*args)
    assert ran.code == 2
    assert ran.err.startswith(line)
    assert len(ran.err.splitlines()) == 1
    assert civitai.log == []
