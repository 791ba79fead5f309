"""Where the API key comes from, and the key stored by `civitai auth login`.

The key is looked for in this order, the first non-empty one wins:

1. the key passed in (`build_client(api_key=...)`, `civitai --token`);
2. the environment: `CIVITAI_API_KEY`, then `CIVITAI_TOKEN`, then `CIVITAI_API_TOKEN` (all
   three names are in use among Civitai tools);
3. the stored key: the file `api-key` in the package's config folder
   (`~/.config/civitai-api/api-key` on Linux), written by `store_api_key` or
   `civitai auth login`, readable by its owner only.

Nothing here logs or prints a key; `ApiKey`'s repr names the source only.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
from pathlib import Path
from typing import Final

from ._paths import user_config_dir

__all__ = [
    "KEY_ENV_VARIABLES",
    "ApiKey",
    "delete_stored_api_key",
    "find_api_key",
    "store_api_key",
    "stored_api_key_path",
]

KEY_ENV_VARIABLES: Final = ("CIVITAI_API_KEY", "CIVITAI_TOKEN", "CIVITAI_API_TOKEN")
STORED_KEY_FILENAME: Final = "api-key"
# The source names `ApiKey.source` takes besides the environment variables' names.
SOURCE_ARGUMENT: Final = "argument"
SOURCE_STORED: Final = "stored"
SOURCE_NONE: Final = "none"


@dataclasses.dataclass(frozen=True)
class ApiKey:
    """The key to use and where it was found.

    Attributes:
        key: The key, or None for anonymous requests. Never shown by `repr`.
        source: `argument`, the environment variable's name (`CIVITAI_API_KEY`, ...),
            `stored`, or `none`.
        path: The stored key's file, when the key came from it.
    """

    key: str | None = dataclasses.field(repr=False)
    source: str
    path: Path | None = None

    def describe(self) -> str:
        """Where the key comes from, in words (never the key itself)."""
        if self.source == SOURCE_ARGUMENT:
            return "given on the command line" if self.key else "none (anonymous, as asked)"
        if self.source == SOURCE_STORED:
            return f"stored key ({self.path})"
        if self.source == SOURCE_NONE:
            return "none (anonymous requests)"
        return f"environment variable {self.source}"


def _clean(value: str | None) -> str | None:
    value = value.strip() if value else None
    return value or None


def stored_api_key_path() -> Path:
    """The file `store_api_key` writes: `api-key` in the package's config folder."""
    return user_config_dir() / STORED_KEY_FILENAME


def find_api_key(api_key: str | None = None) -> ApiKey:
    """Find the key to use, in the order described in this module.

    Args:
        api_key: A key given explicitly; wins when not None (an empty string means
            "anonymous").

    Returns:
        The key (or None) and its source.
    """
    if api_key is not None:
        return ApiKey(_clean(api_key), SOURCE_ARGUMENT)
    for variable in KEY_ENV_VARIABLES:
        value = _clean(os.environ.get(variable))
        if value is not None:
            return ApiKey(value, variable)
    path = stored_api_key_path()
    try:
        stored = _clean(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        stored = None
    if stored is not None:
        return ApiKey(stored, SOURCE_STORED, path)
    return ApiKey(None, SOURCE_NONE)


def store_api_key(api_key: str) -> Path:
    """Save a key for later runs (`find_api_key` reads it when no other key is given).

    The file is created readable and writable by its owner only (mode 0600) before the key
    is written, then moved into place, so it is never readable by others, not even for a
    moment; its folder is created with mode 0700.

    Args:
        api_key: The key; surrounding whitespace is dropped.

    Returns:
        The file written.

    Raises:
        ValueError: The key is empty.
        OSError: The file cannot be written.
    """
    key = _clean(api_key)
    if key is None:
        raise ValueError("the API key is empty")
    path = stored_api_key_path()
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with contextlib.suppress(FileNotFoundError):
        temporary.unlink()
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(key + "\n")
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    return path


def delete_stored_api_key() -> bool:
    """Delete the stored key.

    Returns:
        True when a stored key was deleted, False when there was none.
    """
    try:
        stored_api_key_path().unlink()
    except FileNotFoundError:
        return False
    return True
