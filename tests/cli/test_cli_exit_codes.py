"""The one mapping from failures to exit codes, and the error lines users see."""

from __future__ import annotations

import asyncio
import datetime
import errno

import civitai_api as c
import cyclopts
import httpx
import pytest
from civitai_api._download.gate import error_page
from civitai_api._download.plan import FileCriteria, FileInfo, find_file, select_file
from civitai_api._error_mapping import error_from_transport
from civitai_api.cli import _exit
from civitai_api.cli._exit import CommandError, exit_code, message_for, option_name


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (c.QueryParamsError("sort must be one of [...]", param="sort"), 2),
        (c.QueryParamsError("Bad Request", status_code=400), 2),
        (c.APIStatusError("Bad Request", status_code=400), 2),
        (cyclopts.ValidationError(msg="bad"), 2),
        (c.PageLimitError("too deep", status_code=429), 2),
        (c.AuthenticationError("Unauthorized", status_code=401), 3),
        (c.PermissionDeniedError("Forbidden", status_code=403), 3),
        (c.EarlyAccessError("Early Access", deadline=datetime.datetime(2030, 1, 1)), 3),
        (c.NotFoundError("Not found", status_code=404), 4),
        (c.NotFoundError("Archived", status_code=410), 4),
        (c.FileSelectionError("no such file"), 4),
        (CommandError("nothing matched", _exit.NOT_FOUND), 4),
        (c.APIConnectionError("refused"), 5),
        (c.APITimeoutError("timed out"), 5),
        (c.APIStatusError("Internal error", status_code=500), 5),
        (c.APIStatusError("Origin timeout", status_code=524), 5),
        (c.RateLimitError("Overloaded", status_code=503), 5),
        (c.RateLimitError("Slow down", status_code=429), 6),
        (c.APIStatusError("Region blocked", status_code=451), 1),
        (c.HashMismatchError("SHA256 differs", expected="A", actual="B"), 1),
        (c.DownloadError("cannot save"), 1),
        (c.ResponseValidationError("not JSON"), 1),
        (c.PaginationError("cursor repeated"), 1),
        (FileNotFoundError(2, "No such file"), 1),
        (PermissionError(13, "Permission denied"), 1),
        (ImportError("blake3 missing"), 1),
        (KeyboardInterrupt(), 130),
        (CommandError("usage", _exit.USAGE), 2),
    ],
)
def test_exit_code_table(error: BaseException, code: int) -> None:
    assert exit_code(error) == code


@pytest.mark.parametrize(
    ("param", "option"),
    [
        ("sort", "--sort"),
        ("baseModels", "--base-model"),
        ("types", "--type"),
        ("periodMode", "--period-mode"),
        ("allowCommercialUse", "--commercial-use"),
        ("algorithms", "--algo"),
        ("quant_type", "--quant"),
        ("limit", "--limit"),
        ("modelVersionId", "VERSION_ID"),
        ("hash", "HASHES"),
    ],
)
def test_option_names_follow_the_api_in_kebab_case(param: str, option: str) -> None:
    assert option_name(param) == option


def test_a_bad_value_names_the_option_and_the_accepted_values() -> None:
    with pytest.raises(c.QueryParamsError) as caught:
        c.Models_API_Opts(sort=["Best"])
    message, hint = message_for(caught.value)
    assert message.startswith("--sort: must be one of ['Highest Rated', 'Most Downloaded'")
    assert message.endswith("got 'Best'")
    assert hint is None


def test_an_authentication_failure_says_how_to_give_a_key() -> None:
    request = httpx.Request("GET", "https://civitai.com/api/v1/me")
    error = c.AuthenticationError("Unauthorized", status_code=401, url=str(request.url))
    message, hint = message_for(error)
    assert "Unauthorized" in message
    assert hint is not None
    assert "civitai auth login" in hint


def _raised(call: object) -> BaseException:
    try:
        call()  # type: ignore[operator]
    except BaseException as error:  # the error is the value under test
        return error
    raise AssertionError("no error raised")


def _unwritable_part() -> c.DownloadError:
    error = c.DownloadError(
        "Cannot write '/dl/a.safetensors.part': No space left on device",
        path="/dl/a.safetensors.part",
        reason="unwritable",
        part="/dl/a.safetensors.part",
    )
    error.__cause__ = OSError(errno.ENOSPC, "No space left on device")
    return error


_FILES = [
    FileInfo(110, "a.safetensors", type="Model", format="SafeTensor", primary=True),
    FileInfo(111, "a.gguf", type="Model", format="GGUF", quant_type="Q4_K_M"),
]


@pytest.mark.parametrize(
    ("error", "code", "message", "hint"),
    [
        (
            PermissionError(errno.EACCES, "Permission denied", "/x/y.part"),
            1,
            "cannot write /x/y.part: permission denied",
            "choose a folder you may write to (or change its permissions), then run the "
            "command again",
        ),
        (
            OSError(errno.ENOSPC, "No space left on device", "/x/y.part"),
            1,
            "cannot write /x/y.part: no space left on the device",
            "free some space, then run the command again",
        ),
        (
            OSError(errno.EROFS, "Read-only file system", "/mnt/y"),
            1,
            "cannot write /mnt/y: the file system is read-only",
            "choose a folder on a writable disk, then run the command again",
        ),
        (
            FileNotFoundError(errno.ENOENT, "No such file", "/x"),
            1,
            "/x: no such file or folder",
            None,
        ),
        (OSError(errno.EMFILE, "Too many open files"), 1, "too many open files", None),
        (OSError(errno.EIO, "Input/output error", "/x"), 1, "/x: input/output error", None),
        (
            _unwritable_part(),
            1,
            "cannot write /dl/a.safetensors.part: no space left on the device",
            "free some space, then run the command again; what was downloaded is kept in "
            "/dl/a.safetensors.part: run the same command again to resume, or delete it to "
            "start over",
        ),
        (
            c.DownloadError("'/dl/a' exists; pass overwrite=True", path="/dl/a", reason="exists"),
            1,
            "/dl/a exists and is not this file",
            "add --force to replace it, or move it away and run the command again",
        ),
        (
            c.DownloadError(
                "'/dl/b' already exists; pass overwrite=True to replace it",
                path="/dl/b",
                reason="taken",
                part="/dl/a.part",
            ),
            1,
            "/dl/b exists and is not this file (the download is kept in /dl/a.part)",
            "add --force to replace it, or move it away and run the command again",
        ),
        (
            _raised(lambda: select_file(_FILES, FileCriteria(size="pruned", fp="fp16"))),
            4,
            "no file matches --size pruned --fp fp16 in this version; its files: "
            "a.safetensors (id 110: Model, SafeTensor, primary); a.gguf (id 111: Model, GGUF, "
            "Q4_K_M)",
            "pick a file with --file NAME (or --type, --format, --size, --fp, --quant), or "
            "take every file with --all-files",
        ),
        (
            _raised(lambda: find_file(_FILES, "a.")),
            4,
            "--file a. matches several files in this version; its files: a.safetensors (id "
            "110: Model, SafeTensor, primary); a.gguf (id 111: Model, GGUF, Q4_K_M)",
            "pick a file with --file NAME (or --type, --format, --size, --fp, --quant), or "
            "take every file with --all-files",
        ),
        (
            c.HashMismatchError("SHA256 differs", expected="A", actual="B", path="/dl/a.part"),
            1,
            "SHA256 differs",
            "run the same command again to download the file afresh; --no-verify skips the "
            "check (only for a file Civitai lists wrongly)",
        ),
        (
            ExceptionGroup("unhandled errors in a TaskGroup", [c.NotFoundError("Gone")]),
            4,
            "Gone",
            None,
        ),
        (
            BaseExceptionGroup(
                "outer",
                [
                    BaseExceptionGroup("inner", [asyncio.CancelledError()]),
                    ExceptionGroup("x", [c.RateLimitError("Slow down", status_code=429)]),
                ],
            ),
            6,
            "Slow down (HTTP 429)",
            "Civitai is limiting requests: wait a minute and run the command again",
        ),
        (
            error_from_transport(
                httpx.ConnectError(
                    "[Errno 111] Connection refused",
                    request=httpx.Request("GET", "http://127.0.0.1:9/api/v1/models"),
                )
            ),
            5,
            "The request failed before Civitai answered (ConnectError: Connection refused) "
            "(GET http://127.0.0.1:9/api/v1/models)",
            "Civitai (or its file host) could not be reached or kept failing: check the "
            "connection and run the command again",
        ),
        (
            error_page(
                url=httpx.URL("https://b2.civitai.com/file/x.safetensors?X-Amz-Signature=s"),
                status=500,
                headers={"content-type": "application/xml"},
                body=b"<?xml version='1.0'?><Error><Code>InternalError</Code>"
                b"<Message>Try again.</Message></Error>",
            ),
            5,
            "The file host (storage) failed: InternalError: Try again. (HTTP 500, GET "
            "https://b2.civitai.com/file/x.safetensors?X-Amz-Signature=REDACTED)",
            "Civitai (or its file host) could not be reached or kept failing: check the "
            "connection and run the command again",
        ),
        (
            error_page(
                url=httpx.URL("https://b2.civitai.com/file/x.safetensors"),
                status=404,
                headers={"content-type": "application/xml"},
                body=b"<Error><Code>NoSuchKey</Code></Error>",
            ),
            4,
            "The file host (storage) failed: NoSuchKey (HTTP 404, GET "
            "https://b2.civitai.com/file/x.safetensors)",
            None,
        ),
    ],
)
def test_messages_speak_the_command_lines_words(
    error: BaseException, code: int, message: str, hint: str | None
) -> None:
    assert exit_code(error) == code
    assert message_for(error) == (message, hint)
    for python_words in ("[Errno", "overwrite=", "precision_size", "file_id=", "Error("):
        assert python_words not in message


def test_a_broken_pipe_is_141_even_inside_a_group() -> None:
    assert exit_code(BrokenPipeError()) == _exit.BROKEN_PIPE == 141
    assert _exit.is_broken_pipe(ExceptionGroup("g", [BrokenPipeError()]))
    assert not _exit.is_broken_pipe(ExceptionGroup("g", [ConnectionResetError()]))


def test_python_names_of_download_options_are_said_as_options() -> None:
    assert [option_name(p) for p in ("precision_size", "overwrite", "quant_type")] == [
        "--size",
        "--force",
        "--quant",
    ]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The file host (storage) failed: NoSuchKey (HTTP 404, GET https://b2/x)", 4),
        ("Slow down (HTTP 429, GET https://civitai.com/api/download/models/1)", 6),
        ("Unauthorized (HTTP 401)", 3),
        ("The request failed before Civitai answered (ConnectError: refused) (GET x)", 5),
        ("The connection to the file host (storage) broke (ReadError: reset) (GET x)", 5),
        ("/x/y.part: Permission denied", 1),
        ("SHA256 A of the download differs from Civitai's B", 1),
    ],
)
def test_a_failure_known_by_its_message_gets_its_code(text: str, code: int) -> None:
    assert _exit.code_for_message(text) == code
