"""Arguments shared by the library's functions, checked and normalised once."""

from __future__ import annotations

import contextlib
import datetime
import os
from collections.abc import AsyncIterator, Iterable, Iterator
from enum import StrEnum
from typing import TypeVar

import httpx

from .._client import build_async_client, build_client
from ._types import FileStatus, Sidecar, SortKey

__all__ = [
    "DEFAULT_MAX_AGE",
    "DEFAULT_MAX_PREVIEW_NSFW",
    "DEFAULT_RECHECK_NOT_FOUND",
    "DEFAULT_SIDECARS",
    "OFFLINE_ENV",
    "async_client_for",
    "client_for",
    "is_offline",
    "member",
    "parse_sort_key",
    "parse_status",
    "seconds",
    "sidecar_kinds",
]

# Answer from the catalog alone, sending nothing, when set to 1/true/yes/on.
OFFLINE_ENV = "CIVITAI_OFFLINE"
_TRUE = frozenset({"1", "true", "yes", "on"})
DEFAULT_MAX_AGE = datetime.timedelta(hours=24)
# A hash Civitai did not know is asked about again after this long (private merges stay so).
DEFAULT_RECHECK_NOT_FOUND = datetime.timedelta(days=7)
DEFAULT_SIDECARS: frozenset[Sidecar] = frozenset({Sidecar.CIVITAI_INFO, Sidecar.PREVIEW})
# Civitai's NSFW levels are bits: 1 PG, 2 PG-13, 4 R, 8 X, 16 XXX. Previews stay at PG-13.
DEFAULT_MAX_PREVIEW_NSFW = 2


E = TypeVar("E", bound=StrEnum)


def member(kind: type[E], value: object, what: str) -> E:
    """`value` as a member of `kind`.

    Raises:
        ValueError: It is not one (the message names `what` and the values allowed).
    """
    try:
        return kind(str(value).strip().lower())
    except ValueError:
        allowed = ", ".join(item.value for item in kind)
        raise ValueError(f"unknown {what} {value!r}; expected one of {allowed}") from None


def parse_status(value: FileStatus | str) -> FileStatus:
    """A `FileStatus` from its name (`identified`, `not-found`, ...; any case), as `ls` reads
    its `statuses`.

    Raises:
        ValueError: An unknown status (the message lists the known ones).
    """
    return member(FileStatus, value, "status")


def parse_sort_key(value: SortKey | str) -> SortKey:
    """A `SortKey` from its name (`path`, `name`, `size`, ...; any case), as `ls` reads its
    `sort`.

    Raises:
        ValueError: An unknown sort key (the message lists the known ones).
    """
    return member(SortKey, value, "sort key")


def is_offline(offline: bool | None) -> bool:
    """`offline` when given, else whether `$CIVITAI_OFFLINE` is set to a true value."""
    if offline is not None:
        return offline
    return os.environ.get(OFFLINE_ENV, "").strip().lower() in _TRUE


def seconds(max_age: datetime.timedelta | float) -> float:
    """A maximum age in seconds (a `timedelta`, or seconds), never negative."""
    value = max_age.total_seconds() if isinstance(max_age, datetime.timedelta) else max_age
    if value < 0:
        raise ValueError(f"max_age must not be negative, got {max_age!r}")
    return float(value)


def sidecar_kinds(sidecars: Iterable[Sidecar | str]) -> frozenset[Sidecar]:
    """The sidecars asked for; a single string may list several, comma-separated.

    Raises:
        ValueError: An unknown sidecar name (the message lists the known ones).
    """
    names = [sidecars] if isinstance(sidecars, str) else list(sidecars)
    kinds = set()
    for name in names:
        for part in str(name).split(","):
            if not part.strip():
                continue
            kinds.add(member(Sidecar, part, "sidecar"))
    return frozenset(kinds)


@contextlib.contextmanager
def client_for(client: httpx.Client | None, offline: bool) -> Iterator[httpx.Client | None]:
    """The client given; else, unless offline, one built from the environment and closed
    after; offline and none given: None."""
    if client is not None or offline:
        yield client
        return
    with build_client() as built:
        yield built


@contextlib.asynccontextmanager
async def async_client_for(
    client: httpx.AsyncClient | None, offline: bool
) -> AsyncIterator[httpx.AsyncClient | None]:
    """Async twin of `client_for`."""
    if client is not None or offline:
        yield client
        return
    async with build_async_client() as built:
        yield built
