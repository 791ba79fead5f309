"""The one mapping from failures to exit codes, and the error lines users see."""

from __future__ import annotations

import datetime

import civitai_api as c
import cyclopts
import httpx
import pytest
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
