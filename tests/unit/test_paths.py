"""The package's folders: one rule, the same with and without platformdirs installed."""

from __future__ import annotations

from pathlib import Path

import platformdirs
import pytest
from civitai_api import _paths

KINDS = ("config", "data", "cache")


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("xdg", ["unset", "absolute", "relative", "empty"])
def test_written_out_rule_matches_platformdirs_on_linux(
    kind: str, xdg: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    variable = {"config": "XDG_CONFIG_HOME", "data": "XDG_DATA_HOME", "cache": "XDG_CACHE_HOME"}
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    values = {"absolute": str(tmp_path / "xdg"), "relative": "relative/dir", "empty": ""}
    if xdg == "unset":
        monkeypatch.delenv(variable[kind], raising=False)
    else:
        monkeypatch.setenv(variable[kind], values[xdg])
    written = _paths._written_out(kind, "linux")  # type: ignore[arg-type]
    assert written == _paths._from_platformdirs(kind)  # type: ignore[arg-type]
    if xdg == "absolute":
        assert written == tmp_path / "xdg" / "civitai-api"
    else:
        assert written.is_relative_to(tmp_path / "home")


def test_public_functions_follow_xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "c"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "d"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "k"))
    assert _paths.user_config_dir() == tmp_path / "c" / "civitai-api"
    assert _paths.user_data_dir() == tmp_path / "d" / "civitai-api"
    assert _paths.user_cache_dir() == tmp_path / "k" / "civitai-api"
    assert Path(platformdirs.user_config_dir("civitai-api", appauthor=False)) == (
        _paths.user_config_dir()
    )


def test_windows_and_macos_rules(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "local"))
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    assert _paths._written_out("cache", "win32") == tmp_path / "local" / "civitai-api"
    assert _paths._written_out("cache", "darwin") == (
        tmp_path / "home" / "Library" / "Caches" / "civitai-api"
    )
    assert _paths._written_out("config", "darwin") == (
        tmp_path / "home" / "Library" / "Application Support" / "civitai-api"
    )


def test_nothing_is_created(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "d"))
    _paths.user_data_dir()
    assert not (tmp_path / "d").exists()


def test_catalog_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "d"))
    assert _paths.default_catalog_path() == tmp_path / "d" / "civitai-api" / "catalog.sqlite3"
    monkeypatch.setenv("CIVITAI_CATALOG", str(tmp_path / "mine.db"))
    assert _paths.default_catalog_path() == tmp_path / "mine.db"
