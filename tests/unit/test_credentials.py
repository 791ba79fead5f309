"""Where the API key comes from, the stored key file, and the API host."""

from __future__ import annotations

import os
import stat

import civitai_api as c
import pytest
from civitai_api._client import resolve_api_key


def test_the_order_is_argument_then_three_variables_then_the_stored_key(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert c.find_api_key().source == "none"
    assert c.find_api_key().key is None
    c.store_api_key("stored-key")
    assert (c.find_api_key().key, c.find_api_key().source) == ("stored-key", "stored")
    monkeypatch.setenv("CIVITAI_API_TOKEN", "api-token")
    assert c.find_api_key().source == "CIVITAI_API_TOKEN"
    monkeypatch.setenv("CIVITAI_TOKEN", "token")
    assert c.find_api_key().source == "CIVITAI_TOKEN"
    monkeypatch.setenv("CIVITAI_API_KEY", "api-key")
    assert (c.find_api_key().key, c.find_api_key().source) == ("api-key", "CIVITAI_API_KEY")
    assert c.find_api_key("given").key == "given"
    assert c.find_api_key("").key is None  # explicitly anonymous
    assert resolve_api_key() == "api-key"


def test_empty_variables_are_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CIVITAI_API_KEY", "  ")
    monkeypatch.setenv("CIVITAI_TOKEN", "token")
    assert c.find_api_key().source == "CIVITAI_TOKEN"


def test_the_stored_key_is_private_and_its_repr_hides_it() -> None:
    path = c.store_api_key("  secret-value \n")
    assert path == c.stored_api_key_path()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert path.read_text() == "secret-value\n"
    found = c.find_api_key()
    assert "secret-value" not in repr(found)
    assert "secret-value" not in found.describe()
    assert c.delete_stored_api_key() is True
    assert c.delete_stored_api_key() is False
    assert not path.exists()


def test_storing_replaces_the_previous_key_and_leaves_no_temporary_file() -> None:
    c.store_api_key("first")
    path = c.store_api_key("second")
    assert c.find_api_key().key == "second"
    assert sorted(os.listdir(path.parent)) == ["api-key"]


def test_an_empty_key_is_not_stored() -> None:
    with pytest.raises(ValueError, match="empty"):
        c.store_api_key("   ")


def test_build_client_uses_the_stored_key() -> None:
    c.store_api_key("from-login")
    with c.build_client() as client:
        assert client.headers["Authorization"] == "Bearer from-login"


@pytest.mark.parametrize(
    ("host", "url"),
    [
        (None, "https://civitai.com"),
        ("civitai.red", "https://civitai.red"),
        ("Civitai.com", "https://civitai.com"),
        ("http://127.0.0.1:8000/", "http://127.0.0.1:8000"),
        ("https://civitai.red", "https://civitai.red"),
    ],
)
def test_resolve_base_url(host: str | None, url: str) -> None:
    assert c.resolve_base_url(host) == url


def test_the_host_variable_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CIVITAI_HOST", "civitai.red")
    assert c.resolve_base_url() == "https://civitai.red"
    with c.build_client() as client:
        assert str(client.base_url) == "https://civitai.red"


@pytest.mark.parametrize("host", ["example.com", "ftp://civitai.com", "http://"])
def test_a_bad_host_is_refused(host: str) -> None:
    with pytest.raises(c.QueryParamsError) as caught:
        c.resolve_base_url(host)
    assert caught.value.param == "host"
