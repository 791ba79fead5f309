"""Keys: `auth login|status|logout`, the order keys are looked for, and no key in any output."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
from civitai_api import stored_api_key_path
from support.cli_runs import add_model
from support.fake_civitai import FakeCivitai
from support.keys import API_KEY


def test_login_stores_a_private_file_that_later_commands_use(
    cli, cli_here, civitai: FakeCivitai
) -> None:
    ran = cli("auth", "login", stdin=API_KEY + "\n")  # piped, as from a password manager
    assert ran.code == 0, ran.err
    path = stored_api_key_path()  # in the test's own config folder (XDG_CONFIG_HOME)
    assert path.parent.parent.name == "config"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert path.read_text() == API_KEY + "\n"
    status = cli_here("auth", "status")
    assert status.code == 0
    assert f"stored key ({path})" in status.out
    me = cli_here("me")
    assert me.code == 0, me.err
    assert civitai.seen("api")[-1].headers["authorization"] == f"Bearer {API_KEY}"
    logout = cli_here("auth", "logout")
    assert "Deleted the stored API key" in logout.err
    assert not path.exists()
    assert cli_here("auth", "status").code == 3
    for output in (ran, status, me, logout):
        assert API_KEY not in output.out + output.err


@pytest.mark.parametrize(
    ("variables", "token", "used"),
    [
        ({"CIVITAI_API_TOKEN": "c"}, None, "c"),
        ({"CIVITAI_TOKEN": "b", "CIVITAI_API_TOKEN": "c"}, None, "b"),
        ({"CIVITAI_API_KEY": "a", "CIVITAI_TOKEN": "b", "CIVITAI_API_TOKEN": "c"}, None, "a"),
        ({"CIVITAI_API_KEY": "a"}, "t", "t"),
        ({}, None, "stored"),
    ],
)
def test_key_precedence(
    cli_here,
    civitai: FakeCivitai,
    monkeypatch: pytest.MonkeyPatch,
    variables: dict[str, str],
    token: str | None,
    used: str,
) -> None:
    assert cli_here("auth", "login", "--token", "stored").code == 0
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    ran = cli_here("me", *(["--token", token] if token else []))
    assert ran.code == 0, ran.err
    assert civitai.seen("api")[-1].headers["authorization"] == f"Bearer {used}"
    status = json.loads(
        cli_here("auth", "status", "--json", *(["--token", token] if token else [])).out
    )
    expected = "argument" if token else next(iter(variables), "stored")
    assert status["source"] == expected


def test_no_key_in_any_output(cli, cli_here, civitai: FakeCivitai, tmp_path: Path) -> None:
    add_model(civitai, 1, [10])
    (tmp_path / "local.safetensors").write_bytes(civitai.versions[10].files[0].data)
    civitai.behaviour.api_error = (401, b'{"error":"Unauthorized"}', "application/json")
    commands = [
        ["auth", "status"],
        ["env"],
        ["me"],
        ["versions", "get", "10", "--json"],
        ["versions", "get", "999"],
        ["download", "10", "--dry-run"],
        ["download", "10", "--out-dir", "out"],  # 401 from the download endpoint
        ["identify", "local.safetensors", "--updates", "--json"],
        ["models", "search", "--sort", "Best"],
    ]
    outputs = [cli_here(*args, "--token", API_KEY) for args in commands]
    outputs.append(
        cli("download", "10", "--out-dir", "out", "--json", env={"CIVITAI_TOKEN": API_KEY})
    )
    outputs.append(cli("env", env={"CIVITAI_API_KEY": API_KEY}))
    assert [ran.code for ran in outputs] == [0, 0, 0, 0, 4, 0, 3, 0, 2, 3, 0]
    for ran in outputs:
        assert API_KEY not in ran.out
        assert API_KEY not in ran.err
    assert "environment variable CIVITAI_API_KEY" in outputs[-1].out
