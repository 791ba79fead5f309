"""Options several commands share: where to connect, how to print, how far to page.

Each is a dataclass flattened into a command's options (`Parameter(name="*")`), so
`civitai models search --host civitai.red --json --all` reads as one list of options while
the help groups them under "Connection", "Output" and "Pages".
"""

from __future__ import annotations

import dataclasses
from typing import Annotated

from cyclopts import Group, Parameter

__all__ = ["CONNECTION", "OUTPUT", "PAGES", "Connection", "Output", "Paging", "as_lists"]

CONNECTION = Group("Connection", sort_key=90)
OUTPUT = Group("Output", sort_key=80)
PAGES = Group("Pages", sort_key=70)


@Parameter(name="*", group=CONNECTION)
@dataclasses.dataclass(frozen=True)
class Connection:
    """Where requests go and which key they carry."""

    host: Annotated[str | None, Parameter(show_default=False)] = None
    """Civitai host: civitai.com, civitai.red, or a base URL such as http://127.0.0.1:8000.
    Default: $CIVITAI_HOST, else civitai.com."""

    token: Annotated[str | None, Parameter(show_default=False)] = None
    """API key. Default: $CIVITAI_API_KEY, $CIVITAI_TOKEN, $CIVITAI_API_TOKEN, else the key
    saved by `civitai auth login`."""


@Parameter(name="*", group=OUTPUT)
@dataclasses.dataclass(frozen=True)
class Output:
    """How results are printed."""

    json: Annotated[bool, Parameter(negative=(), show_default=False)] = False
    """Print Civitai's JSON on stdout, and nothing else, instead of a table."""


@Parameter(name="*", group=PAGES)
@dataclasses.dataclass(frozen=True)
class Paging:
    """How many results, and where to start."""

    limit: Annotated[int | None, Parameter(show_default=False)] = None
    """Results per page (Civitai's default when left out)."""

    all: Annotated[bool, Parameter(negative=(), show_default=False)] = False
    """Follow the pages to the last one (with --json: one item per line, JSON Lines)."""

    max: Annotated[int | None, Parameter(show_default=False)] = None
    """Follow the pages until this many results."""

    @property
    def walks(self) -> bool:
        """Whether to follow pages rather than print one."""
        return self.all or self.max is not None


def as_lists(**values: object) -> dict[str, list[object]]:
    """Option values in the library's list style: None and empty lists left out, a single
    value wrapped (`limit=5` → `limit=[5]`), lists kept."""
    lists: dict[str, list[object]] = {}
    for name, value in values.items():
        if value is None:
            continue
        items = list(value) if isinstance(value, list | tuple) else [value]
        if items:
            lists[name] = items
    return lists
