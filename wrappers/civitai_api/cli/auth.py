"""`civitai auth login|status|logout` and `civitai env`.

The key is looked for in this order: `--token`, `CIVITAI_API_KEY`, `CIVITAI_TOKEN`,
`CIVITAI_API_TOKEN`, then the key `auth login` stored (a file readable by its owner only, in
the config folder `civitai env` shows). The library's `build_client()` follows the same order,
so Python programs use the stored key too. No command prints the key.
"""

from __future__ import annotations

import getpass
import importlib.metadata
import platform
import sys
from typing import Annotated

from cyclopts import App, Parameter

from . import _render
from ._exit import AUTH, USAGE, CommandError
from ._options import Connection, Output

__all__ = ["app", "env"]

app = App(name="auth", help="Log in (store an API key), show or remove it.", help_format="markdown")


def _read_key() -> str:
    if sys.stdin.isatty():
        return getpass.getpass("Civitai API key (typing is hidden): ")
    return sys.stdin.readline()  # piped in: `civitai auth login < key.txt`


@app.command
def login(*, token: Annotated[str | None, Parameter(show_default=False)] = None) -> None:
    """Store an API key for later commands (and for `build_client()` in Python).

    Asks for the key without showing it, reads it from stdin when piped, or takes `--token`.
    Create a key at https://civitai.com/user/account (API Keys).

    Args:
        token: The key (prefer the prompt: command lines end up in shell history).
    """
    from .. import find_api_key, store_api_key

    key = token if token is not None else _read_key()
    if not key.strip():
        raise CommandError(
            "no key given", USAGE, hint="paste the key at the prompt, or pass --token"
        )
    path = store_api_key(key)
    _render.err(f"Saved the API key to {path} (readable by you only).")
    used = find_api_key()  # an environment variable comes before the stored key
    if used.key is not None and used.source != "stored":
        _render.warn(f"{used.source} is set and is used instead of the stored key")


@app.command
def status(*, output: Output = Output(), connection: Connection = Connection()) -> int:
    """Say which API key commands use and where it comes from (never the key itself).

    Exit code 3 when there is no key.
    """
    from .. import find_api_key, stored_api_key_path

    found = find_api_key(connection.token)
    stored = stored_api_key_path()
    if output.json:
        _render.print_json(
            {
                "has_key": found.key is not None,
                "source": found.source,
                "stored_key_file": str(stored),
                "stored_key_present": stored.is_file(),
            }
        )
    else:
        _render.print_detail(
            [
                ("key", found.describe()),
                ("stored key", f"{stored} ({'present' if stored.is_file() else 'none'})"),
            ]
        )
    return 0 if found.key is not None else AUTH


@app.command
def logout() -> None:
    """Delete the stored API key (keys in environment variables stay in effect)."""
    from .. import delete_stored_api_key, find_api_key, stored_api_key_path

    if delete_stored_api_key():
        _render.err(f"Deleted the stored API key ({stored_api_key_path()}).")
    else:
        _render.err("There was no stored API key.")
    still = find_api_key()
    if still.key is not None:
        _render.warn(f"a key is still in use: {still.describe()}")


def _version(distribution: str) -> str:
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def env(*, output: Output = Output(), connection: Connection = Connection()) -> None:
    """Print versions, host, key source and the package's folders, for bug reports."""
    from .. import (
        __version__,
        default_cache_path,
        default_catalog_path,
        find_api_key,
        resolve_base_url,
        stored_api_key_path,
        user_cache_dir,
        user_config_dir,
        user_data_dir,
    )

    stored = stored_api_key_path()
    facts = {
        "civitai-api": __version__,
        "python": f"{platform.python_version()} ({sys.executable})",
        "platform": platform.platform(),
        **{name: _version(name) for name in ("httpx", "cyclopts", "rich", "platformdirs")},
        # the optional extras: BLAKE3 hashing, fast JSON decoding, and the trio event loop
        **{name: _version(name) for name in ("blake3", "orjson", "trio")},
        "host": resolve_base_url(connection.host),
        "key": find_api_key(connection.token).describe(),
        "config folder": str(user_config_dir()),
        "stored key file": f"{stored} ({'present' if stored.is_file() else 'none'})",
        "data folder": str(user_data_dir()),
        "cache folder": str(user_cache_dir()),
        "hash cache": str(default_cache_path()),
        "catalog": str(default_catalog_path()),
    }
    if output.json:
        _render.print_json(facts)
    else:
        _render.print_detail(list(facts.items()))
