"""Failures as the command line reports them, against a fake Civitai that fails.

- Errors from concurrent work are the real error: every task group (parallel downloads,
  `--username`, `--model --all-versions`, `library updates --download`) reports the
  underlying error with its own message and exit code, never an exception-group text.
- Partial failure is partial: every file that is available is downloaded, each failure is one
  line, and the exit code is the first failure's.
- The command line's own words: options as typed, plain OS errors with the path, a hint.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from support.cli_runs import add_model, run_command
from support.fake_civitai import FakeCivitai

XML_500 = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>InternalError</Code>'
    b"<Message>We encountered an internal error. Please try again.</Message></Error>"
)
SLOW_DOWN = (429, b'{"error":"Slow down"}', "application/json")


@pytest.fixture
def closed_port() -> str:
    """A loopback URL nothing listens on: connecting is refused."""
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    return f"http://127.0.0.1:{port}"


@pytest.fixture
def two_models(civitai: FakeCivitai) -> FakeCivitai:
    """Model 1 (versions 12 newest, 11) and model 2 (version 21), all by `maker`."""
    add_model(civitai, 1, [12, 11], username="maker")
    add_model(civitai, 2, [21], username="maker")
    civitai.behaviour.error_retry_after = "3600"  # a 429 is given up at once, not retried
    return civitai


def no_group_text(err: str) -> None:
    assert "TaskGroup" not in err
    assert "sub-exception" not in err
    assert "Traceback" not in err


# Errors from concurrent work ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("fault", "code", "shown"),
    [
        ("storage 404", 4, "FAILED  12: The file host (storage) failed: NoSuchKey (HTTP 404"),
        ("429", 6, "FAILED  12: Slow down (HTTP 429"),
    ],
)
def test_parallel_downloads_report_each_failure_with_its_code(
    cli_here, two_models: FakeCivitai, fault: str, code: int, shown: str
) -> None:
    if fault == "429":
        two_models.behaviour.api_error = SLOW_DOWN
    else:
        two_models.behaviour.storage_error = (404, b"<Error><Code>NoSuchKey</Code></Error>", "x")
    ran = cli_here("download", "12", "21", "-j", "2", "-q")
    assert ran.code == code
    assert shown in ran.err
    assert "FAILED  21: " in ran.err
    assert "summary: 2 failed" in ran.err
    no_group_text(ran.err)


@pytest.mark.slow
def test_a_closed_port_is_a_network_error_on_every_concurrent_path(
    cli_here, two_models: FakeCivitai, closed_port: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CIVITAI_HOST", closed_port)
    # (each waits for the client's retries, about 3.5 s: the paths that differ only)
    for args in (("download", "12", "21", "-j", "2"), ("download", "--username", "maker")):
        ran = cli_here(*args, "-q")
        assert ran.code == 5, (args, ran.err)
        assert "The request failed before Civitai answered (ConnectError: " in ran.err
        assert "[Errno" not in ran.err
        assert "check the connection and run the command again" in ran.err
        no_group_text(ran.err)


@pytest.mark.parametrize(
    ("failure", "code", "shown"),
    [
        ((404, b'{"error":"User not found"}'), 4, "civitai: error: User not found (HTTP 404"),
        ((429, b'{"error":"Slow down"}'), 6, "civitai: error: Slow down (HTTP 429"),
    ],
)
def test_a_creators_models_that_cannot_be_listed(
    cli_here, two_models: FakeCivitai, failure: tuple[int, bytes], code: int, shown: str
) -> None:
    two_models.behaviour.list_failures[""] = [failure]
    ran = cli_here("download", "--username", "maker")
    assert ran.code == code
    assert ran.err.startswith(shown)
    no_group_text(ran.err)


def test_a_creator_with_no_matching_models_is_not_found(cli_here, two_models: FakeCivitai) -> None:
    ran = cli_here("download", "--username", "nobody")
    assert (ran.code, ran.err) == (4, "civitai: error: nobody has no models matching the filters\n")


@pytest.mark.parametrize(("fault", "code"), [("model 404", 4), ("429", 6)])
def test_all_versions_of_a_model_that_fails(
    cli_here, two_models: FakeCivitai, fault: str, code: int
) -> None:
    if fault == "429":
        two_models.behaviour.api_error = SLOW_DOWN
    else:
        two_models.behaviour.model_status[1] = 404
    ran = cli_here("download", "--model", "1", "--all-versions", "-q")
    assert ran.code == code
    assert "FAILED  --model 1" in ran.err
    no_group_text(ran.err)


@pytest.mark.parametrize(
    ("fault", "code", "shown"),
    [
        ("storage 404", 4, "The file host (storage) failed: NoSuchKey (HTTP 404"),
        ("429", 6, "Slow down (HTTP 429"),
    ],
)
def test_library_updates_download_reports_the_failures_code(
    cli_here,
    two_models: FakeCivitai,
    tmp_path: Path,
    fault: str,
    code: int,
    shown: str,
) -> None:
    assert cli_here("download", "11", "--out-dir", "lib", "-q").code == 0
    assert cli_here("library", "scan", "lib", "-q").code == 0  # 11 is older than 12
    if fault == "429":
        two_models.behaviour.api_error = SLOW_DOWN
    else:
        two_models.behaviour.storage_error = (404, b"<Error><Code>NoSuchKey</Code></Error>", "x")
    ran = cli_here("library", "updates", "--download", "--json", "-q")
    assert ran.code == code, ran.err
    (row,) = ran.json()
    assert row["status"] == "failed"  # its download failed; the old file stays
    assert shown in row["error"]
    no_group_text(ran.err)
    assert not (tmp_path / "lib" / "m1-v12.safetensors").exists()


# Partial failure is partial -----------------------------------------------------------------


def test_all_versions_download_every_version_that_is_there(
    cli, two_models: FakeCivitai, tmp_path: Path
) -> None:
    two_models.behaviour.missing_versions.add(12)  # listed by model 1, but its GET is a 404
    ran = cli("download", "--model", "1", "--all-versions", "--out-dir", "out")
    assert ran.code == 4  # the first failure's
    assert ran.out == f"{tmp_path / 'out' / 'm1-v11.safetensors'}\n"
    failed = [line for line in ran.err.splitlines() if line.startswith("FAILED")]
    assert failed == [
        "FAILED  --model 1 version 12: Model not found (HTTP 404, GET "
        f"{two_models.api_url}/api/v1/model-versions/12)"
    ]
    assert "summary: 1 downloaded, 1 failed" in ran.err


def test_a_creators_model_that_fails_stops_no_other(
    cli, two_models: FakeCivitai, tmp_path: Path
) -> None:
    two_models.behaviour.model_status[1] = 404
    ran = cli("download", "--username", "maker", "--out-dir", "out")
    assert ran.code == 4
    assert ran.out == f"{tmp_path / 'out' / 'm2-v21.safetensors'}\n"
    failed = [line for line in ran.err.splitlines() if line.startswith("FAILED")]
    assert failed == [
        f"FAILED  maker: model 1: No model with id 1 (HTTP 404, GET {two_models.api_url}"
        "/api/v1/models/1)"
    ]
    assert "summary: 1 downloaded, 1 failed" in ran.err


# The command line's own words ---------------------------------------------------------------


def test_an_existing_different_file_says_force(
    cli, two_models: FakeCivitai, tmp_path: Path
) -> None:
    (tmp_path / "m1-v12.safetensors").write_bytes(b"something else")
    ran = cli("download", "12")
    assert ran.code == 1
    assert ran.err.splitlines() == [
        f"FAILED  12: {tmp_path / 'm1-v12.safetensors'} exists and is not this file",
        "summary: 1 failed",
        "hint: add --force to replace it, or move it away and run the command again",
    ]
    assert (tmp_path / "m1-v12.safetensors").read_bytes() == b"something else"
    forced = cli("download", "12", "--force", "-q")
    assert forced.code == 0, forced.err


def test_a_size_no_file_has_names_the_option_and_the_files(cli, two_models: FakeCivitai) -> None:
    ran = cli("download", "12", "--size", "pruned")
    assert ran.code == 4
    assert ran.err.splitlines() == [
        "FAILED  12: no file matches --size pruned in this version; its files: "
        "m1-v12.safetensors (id 120: Model, SafeTensor, primary)",
        "summary: 1 failed",
        "hint: pick a file with --file NAME (or --type, --format, --size, --fp, --quant), "
        "or take every file with --all-files",
    ]


def test_a_file_hosts_500_with_an_xml_body_names_the_file_host(
    cli, two_models: FakeCivitai
) -> None:
    two_models.behaviour.storage_error = (500, XML_500, "application/xml")
    ran = cli("download", "12", "-q")
    assert ran.code == 5
    first = ran.err.splitlines()[0]
    assert first.startswith(
        "FAILED  12: The file host (storage) failed: InternalError: We encountered an internal "
        "error. Please try again. (HTTP 500, GET "
    )
    assert "HTML" not in ran.err
    assert "JSON" not in ran.err


def without_root_powers() -> list[str]:
    """A command prefix under which file permissions apply: none for a normal user; for root,
    `setpriv` dropping the capabilities that let root write anywhere (skip when neither)."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return []
    drop = "-dac_override,-dac_read_search"
    prefix = ["setpriv", "--bounding-set", drop, "--inh-caps", drop]
    if shutil.which("setpriv") is None or subprocess.run([*prefix, "true"]).returncode != 0:
        pytest.skip("running as root without setpriv: root may write anywhere")
    return prefix


def test_a_folder_that_cannot_be_written_says_so_plainly(
    cli_env: dict[str, str], two_models: FakeCivitai, tmp_path: Path
) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    prefix, options = without_root_powers(), ("--out-dir", "locked", "-q")
    folder.chmod(0o555)
    try:
        command = [*prefix, sys.executable, "-m", "civitai_api", "download", "12", *options]
        ran = run_command(command, cwd=tmp_path, env=cli_env)
    finally:
        folder.chmod(0o755)
    assert ran.code == 1
    assert ran.err.splitlines() == [
        f"FAILED  12: cannot write {folder / 'm1-v12.safetensors.part'}: permission denied",
        "summary: 1 failed",
        "hint: choose a folder you may write to (or change its permissions), then run the "
        "command again",
    ]
    assert list(folder.iterdir()) == []


def test_a_file_where_the_folder_should_be_says_so_plainly(
    cli, two_models: FakeCivitai, tmp_path: Path
) -> None:
    (tmp_path / "models").write_text("a file, not a folder")
    ran = cli("download", "12", "--out-dir", "models/lora", "-q")
    assert ran.code == 1
    assert ran.err.splitlines() == [
        "FAILED  12: models/lora: a part of the path is not a folder",
        "summary: 1 failed",
        "hint: a file stands where a folder is needed: move it away or choose another folder",
    ]


def test_a_targets_file_that_is_not_there(cli_here, two_models: FakeCivitai) -> None:
    ran = cli_here("download", "-i", "missing.txt")
    assert (ran.code, ran.err) == (
        4,  # a missing path exits 4 in every command
        "civitai: error: cannot read missing.txt: no such file or folder\n",
    )


def test_a_download_cut_off_again_and_again_keeps_its_part_and_says_how_to_resume(
    cli_here, two_models: FakeCivitai, tmp_path: Path
) -> None:
    behaviour = two_models.behaviour
    behaviour.ranges, behaviour.drop_after, behaviour.drops = False, 20_000, 100
    ran = cli_here("download", "12", "-q")
    assert ran.code == 5
    part = Path("m1-v12.safetensors.part")
    assert ran.err.splitlines()[0].startswith(
        "FAILED  12: The connection to the file host (storage) broke (RemoteProtocolError: "
    )
    assert ran.err.splitlines()[-1] == (
        f"hint: what was downloaded is kept in {part}: run the same command again to resume, "
        "or delete the .part to start over"
    )
    assert (tmp_path / part).stat().st_size == 20_000
