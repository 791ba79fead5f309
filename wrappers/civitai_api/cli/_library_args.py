"""What the `civitai library` commands share: the catalog option, and the checks of their
values.

Every check runs before the catalog is opened or a request is sent: a bad value is a usage
error (exit 2) whose one line names the option and the values it accepts.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime
import re
from collections.abc import Iterator, Sequence
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Final

from cyclopts import Group, Parameter

from ..enums import BrowsingLevel
from ._exit import NOT_FOUND, USAGE, CommandError
from ._options import Connection, canonical_name

if TYPE_CHECKING:
    import httpx

__all__ = [
    "LIBRARY",
    "CatalogChoice",
    "check_paths_found",
    "client_unless_offline",
    "offline_flag",
    "parse_duration",
    "parse_duration_option",
    "parse_max_age",
    "preview_level",
    "sidecar_names",
    "sort_key",
    "statuses",
]

LIBRARY = Group("Library", sort_key=60)

# Seconds in each unit a duration may use.
_UNITS: Final = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
_DURATION: Final = re.compile(r"(?:\d+(?:\.\d+)?[smhdw])+")
_DURATION_PART: Final = re.compile(r"(\d+(?:\.\d+)?)([smhdw])")
# Civitai's NSFW levels are bits; a preview may have the level named or any below it.
# The levels a preview may be limited to, from Civitai's flags (Blocked is not one).
_NSFW_LEVELS: Final = {
    name.lower(): int(level)
    for name, level in BrowsingLevel.__members__.items()
    if level is not BrowsingLevel.Blocked
}


@Parameter(name="*", group=LIBRARY)
@dataclasses.dataclass(frozen=True)
class CatalogChoice:
    """Which catalog the command reads and writes."""

    catalog: Annotated[Path | None, Parameter(show_default=False)] = None
    """The catalog database (one SQLite file). Default: $CIVITAI_CATALOG, else
    catalog.sqlite3 in the data folder (`civitai env` shows it)."""

    def existing(self) -> Path:
        """The catalog's path, which must exist (commands that only read it)."""
        from .. import default_catalog_path

        path = self.catalog if self.catalog is not None else default_catalog_path()
        if not path.is_file():
            raise CommandError(
                f"no library catalog at {path}",
                NOT_FOUND,
                hint="run `civitai library scan PATH...` first (or give --catalog)",
            )
        return path


def check_paths_found(paths: Sequence[Path] | None, found: bool) -> None:
    """Exit 4 when nothing matched and a PATH given does not exist: the catalog may list
    files that are gone (status missing), so a missing PATH is only an error when it has
    nothing in the catalog either."""
    gone = [path for path in paths or () if not path.exists()]
    if gone and not found:
        raise CommandError(
            f"{gone[0]}: no such file or folder, and nothing under it in the catalog", NOT_FOUND
        )


def parse_duration(text: str) -> datetime.timedelta:
    """A duration such as `30m`, `24h`, `7d`, `1h30m`, `90s`, `2w` or `0`.

    Units: s (seconds), m (minutes), h (hours), d (days), w (weeks); numbers may have
    decimals (`1.5h`). A bare number other than 0 is refused: `24` could mean anything.

    Raises:
        ValueError: Not a duration, or a negative one.
    """
    compact = text.strip().lower().replace(" ", "")
    if re.fullmatch(r"0+(?:\.0*)?", compact):
        return datetime.timedelta(0)
    if compact.startswith("-") and _DURATION.fullmatch(compact[1:]):
        raise ValueError(f"must not be negative, got {text!r}")
    if not _DURATION.fullmatch(compact):
        raise ValueError(
            f"expected a duration such as 30m, 24h, 7d or 0 (units s, m, h, d, w), got {text!r}"
        )
    seconds = sum(float(number) * _UNITS[unit] for number, unit in _DURATION_PART.findall(compact))
    return datetime.timedelta(seconds=seconds)


def parse_max_age(text: str) -> datetime.timedelta:
    """`--max-age` as a timedelta (a usage error when it is not a duration)."""
    return parse_duration_option("--max-age", text)


def parse_duration_option(option: str, text: str) -> datetime.timedelta:
    """A duration option's value as a timedelta (a usage error naming `option` when it is
    not a duration)."""
    try:
        return parse_duration(text)
    except ValueError as error:
        raise CommandError(f"{option}: {error}", USAGE) from None


def sidecar_names(values: Sequence[str] | None) -> list[str] | None:
    """`--sidecars` values (repeatable, comma-separated; `none` for none), checked; None
    when not given (the library's default)."""
    if values is None:
        return None
    from ..library import Sidecar, sidecar_kinds

    names = [part.strip() for value in values for part in value.split(",") if part.strip()]
    if [name.lower() for name in names] == ["none"]:
        return []
    try:
        return sorted(str(kind) for kind in sidecar_kinds(_spelled(names, Sidecar)))
    except ValueError as error:
        raise CommandError(
            f"--sidecars: {error} (or none){_guess(names, Sidecar)}", USAGE
        ) from None


def statuses(values: Sequence[str] | None) -> list[str]:
    """`--status` values, checked."""
    from ..library import FileStatus, parse_status

    try:
        return [str(parse_status(value)) for value in _spelled(values, FileStatus)]
    except ValueError as error:
        raise CommandError(f"--status: {error}{_guess(values, FileStatus)}", USAGE) from None


def sort_key(value: str) -> str:
    """`--sort`, checked."""
    from ..library import SortKey, parse_sort_key

    try:
        return str(parse_sort_key(_spelled([value], SortKey)[0]))
    except ValueError as error:
        raise CommandError(f"--sort: {error}{_guess([value], SortKey)}", USAGE) from None


def _spelled(values: Sequence[str] | None, names: type[StrEnum]) -> list[str]:
    """Each value as spelled in `names` when it is one of them in another case or with other
    separators (`not_found` → `not-found`); the others unchanged."""
    allowed = [item.value for item in names]
    return [canonical_name(value, allowed)[0] or value for value in values or ()]


def _guess(values: Sequence[str] | None, names: type[StrEnum]) -> str:
    """`; did you mean X?` for the first value not among `names`, or nothing."""
    allowed = [item.value for item in names]
    for value in values or ():
        found, nearest = canonical_name(value, allowed)
        if found is None:
            return f"; did you mean {nearest}?" if nearest else ""
    return ""


def preview_level(value: str | None) -> int | None:
    """`--max-preview-nsfw`: a level's name (pg, pg13, r, x, xxx) or number (1, 2, 4, 8,
    16); None when not given."""
    if value is None:
        return None
    name = value.strip().lower().replace("-", "")
    if name in _NSFW_LEVELS:
        return _NSFW_LEVELS[name]
    if name.isdigit() and int(name) in _NSFW_LEVELS.values():
        return int(name)
    raise CommandError(
        "--max-preview-nsfw: expected one of "
        + ", ".join(f"{name} ({number})" for name, number in _NSFW_LEVELS.items())
        + f", got {value!r}",
        USAGE,
    )


def offline_flag(offline: bool) -> bool:
    """Whether to send nothing: `--offline`, else `$CIVITAI_OFFLINE`."""
    from ..library import is_offline

    return is_offline(True if offline else None)


@contextlib.contextmanager
def client_unless_offline(connection: Connection, offline: bool) -> Iterator[httpx.Client | None]:
    """A client for the options' host and key; None offline (no key needed, nothing sent)."""
    if offline:
        yield None
        return
    from ._session import sync_client

    with sync_client(connection) as client:
        yield client
