"""Where the package keeps its own files: configuration, data and caches.

One rule for every folder the package writes to, so the stored API key (configuration), the
library catalog (data) and the hash cache (cache) always sit side by side:

- config: `~/.config/civitai-api` on Linux, `~/Library/Application Support/civitai-api` on
  macOS, `%LOCALAPPDATA%\\civitai-api` on Windows;
- data: `~/.local/share/civitai-api`, `~/Library/Application Support/civitai-api`,
  `%LOCALAPPDATA%\\civitai-api`;
- cache: `~/.cache/civitai-api`, `~/Library/Caches/civitai-api`, `%LOCALAPPDATA%\\civitai-api`.

On Linux and macOS the XDG variables (`XDG_CONFIG_HOME`, `XDG_DATA_HOME`, `XDG_CACHE_HOME`)
move them when set to an absolute path.

These are platformdirs' user folders for the application name `civitai-api` with no author
level. When platformdirs is installed (it comes with the `cli` extra) it answers; otherwise
the same rule, written out below, does, so the core library needs no extra dependency and
both give the same folders. Nothing here creates a folder: callers create what they write.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from typing import Final, Literal

__all__ = [
    "APP_DIR_NAME",
    "CATALOG_ENV",
    "default_catalog_path",
    "user_cache_dir",
    "user_config_dir",
    "user_data_dir",
]

APP_DIR_NAME: Final = "civitai-api"
# Where the local model library keeps its catalog, when set (a path to a SQLite file).
CATALOG_ENV: Final = "CIVITAI_CATALOG"
CATALOG_FILENAME: Final = "catalog.sqlite3"

_Kind = Literal["config", "data", "cache"]
# The XDG variable and the default under the home folder, per kind (Linux; macOS honours the
# variables too, with its own defaults).
_XDG: Final[dict[_Kind, tuple[str, str]]] = {
    "config": ("XDG_CONFIG_HOME", ".config"),
    "data": ("XDG_DATA_HOME", ".local/share"),
    "cache": ("XDG_CACHE_HOME", ".cache"),
}
_MACOS: Final[dict[_Kind, str]] = {
    "config": "Library/Application Support",
    "data": "Library/Application Support",
    "cache": "Library/Caches",
}


def user_config_dir() -> Path:
    """The folder for the package's configuration (the stored API key)."""
    return _user_dir("config")


def user_data_dir() -> Path:
    """The folder for the package's data (the local model library's catalog)."""
    return _user_dir("data")


def user_cache_dir() -> Path:
    """The folder for the package's caches (the hash cache)."""
    return _user_dir("cache")


def default_catalog_path() -> Path:
    """The local model library's catalog: `$CIVITAI_CATALOG`, else `catalog.sqlite3` in the
    data folder."""
    configured = os.environ.get(CATALOG_ENV, "").strip()
    if configured:
        return Path(configured).expanduser()
    return user_data_dir() / CATALOG_FILENAME


def _user_dir(kind: _Kind) -> Path:
    if importlib.util.find_spec("platformdirs") is not None:
        return _from_platformdirs(kind)
    return _written_out(kind, sys.platform)


def _from_platformdirs(kind: _Kind) -> Path:
    import platformdirs  # optional, and only needed here

    if kind == "config":
        return Path(platformdirs.user_config_dir(APP_DIR_NAME, appauthor=False))
    if kind == "data":
        return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))
    return Path(platformdirs.user_cache_dir(APP_DIR_NAME, appauthor=False, opinion=False))


def _written_out(kind: _Kind, platform: str) -> Path:
    """platformdirs' rule for `kind`, for when platformdirs is not installed."""
    if platform == "win32":
        local = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(local) / APP_DIR_NAME
    variable, linux_default = _XDG[kind]
    configured = os.environ.get(variable, "")
    if os.path.isabs(configured):  # platformdirs ignores relative or empty values
        return Path(configured) / APP_DIR_NAME
    default = _MACOS[kind] if platform == "darwin" else linux_default
    return Path.home() / default / APP_DIR_NAME
