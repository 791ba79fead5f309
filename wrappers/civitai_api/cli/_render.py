"""Printing: tables for people, JSON for programs, messages on stderr.

stdout carries results only (a table, JSON, JSON Lines, or downloaded paths); everything else
(progress, warnings, errors, "more results" notes) goes to stderr. On a terminal tables are
drawn by rich; when stdout is a pipe or a file they are plain tab-separated lines with a
header row, easy to `cut` and `sort`. `NO_COLOR` turns colour off (rich reads it).
"""

from __future__ import annotations

import dataclasses
import json
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import Console

__all__ = [
    "Column",
    "Row",
    "err",
    "field",
    "human_size",
    "print_detail",
    "print_either",
    "print_json",
    "print_json_line",
    "print_table",
    "stderr_console",
    "stdout_console",
    "warn",
]

Row = Mapping[str, Any]


@dataclasses.dataclass(frozen=True)
class Column:
    """One table column: its header and how to read a cell from an item's JSON.

    A column that does not `wrap` (short values: a status, a size, a date) keeps each value
    on one line; the others give way when the terminal is narrow.
    """

    header: str
    read: Callable[[Row], object]
    justify: str = "left"
    wrap: bool = True


@cache
def stdout_console() -> Console:
    """The console for results (stdout)."""
    from rich.console import Console

    return Console(soft_wrap=False, highlight=False)


@cache
def stderr_console() -> Console:
    """The console for messages and progress (stderr)."""
    from rich.console import Console

    return Console(stderr=True, highlight=False)


def field(row: object, *path: str | int) -> object:
    """The value at `path` inside nested JSON (dicts and lists), or None when absent."""
    value: object = row
    for key in path:
        if isinstance(key, int) and isinstance(value, list) and -len(value) <= key < len(value):
            value = value[key]
        elif isinstance(key, str) and isinstance(value, Mapping):
            value = value.get(key)
        else:
            return None
    return value


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, list | tuple):
        return ", ".join(_cell(item) for item in value)
    return " ".join(str(value).split())


def human_size(size: float | None) -> str:
    """Bytes as `72.2 MiB` (binary units, one decimal), or empty when unknown."""
    if size is None:
        return ""
    value = float(size)
    for unit in ("B", "KiB", "MiB", "GiB"):
        if value < 1024 or unit == "GiB":
            return f"{value:,.0f} {unit}" if unit == "B" else f"{value:,.1f} {unit}"
        value /= 1024
    return f"{value:,.1f} TiB"  # unreachable: GiB is the last unit


def print_table(
    columns: Sequence[Column],
    rows: Iterable[Row],
    title: str | None = None,
    *,
    stderr: bool = False,
    drop_empty: bool = False,
) -> None:
    """Print rows as a table (terminal) or tab-separated lines (pipe, file); on stdout, or
    on stderr for notes that are not the command's result. With `drop_empty`, a terminal
    table leaves out the columns that have no value in any row (a pipe keeps every one)."""
    console = stderr_console() if stderr else stdout_console()
    cells = [[_cell(column.read(row)) for column in columns] for row in rows]
    if drop_empty and console.is_terminal and cells:
        kept = [i for i in range(len(columns)) if any(line[i] for line in cells)]
        columns = [columns[i] for i in kept]
        cells = [[line[i] for i in kept] for line in cells]
    if not console.is_terminal:
        out = sys.stderr if stderr else sys.stdout
        out.write("\t".join(column.header for column in columns) + "\n")
        for line in cells:
            out.write("\t".join(cell.replace("\t", " ") for cell in line) + "\n")
        out.flush()
        return
    from rich import box
    from rich.table import Table
    from rich.text import Text

    table = Table(title=title, box=box.SIMPLE_HEAD, title_justify="left", pad_edge=False)
    for column in columns:
        table.add_column(
            column.header,
            justify=column.justify,  # type: ignore[arg-type]
            overflow="fold",
            no_wrap=not column.wrap,
        )
    for line in cells:
        table.add_row(*(Text(cell) for cell in line))  # text, never markup: "[SDXL] ..."
    console.print(table)


def print_detail(pairs: Sequence[tuple[str, object]], *, stderr: bool = False) -> None:
    """Print `label  value` lines for one object (values left out when empty), on stdout or
    stderr."""
    shown = [(label, _cell(value)) for label, value in pairs if _cell(value)]
    width = max((len(label) for label, _ in shown), default=0)
    from rich.markup import escape

    console = stderr_console() if stderr else stdout_console()
    out = sys.stderr if stderr else sys.stdout
    for label, value in shown:
        if console.is_terminal:
            console.print(f"[bold]{label.ljust(width)}[/]  {escape(value)}", markup=True)
        else:
            out.write(f"{label.ljust(width)}  {value}\n")
    out.flush()


def print_either(data: Any, as_json: bool, show: Callable[[Any], object]) -> None:
    """Print Civitai's JSON (`--json`), or show it to people with `show`."""
    if as_json:
        print_json(data)
    else:
        show(data)


def print_json(data: object) -> None:
    """Print one JSON document on stdout (indented on a terminal)."""
    indent = 2 if sys.stdout.isatty() else None
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=indent) + "\n")
    sys.stdout.flush()


def print_json_line(data: object) -> None:
    """Print one JSON Lines record on stdout."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n")
    sys.stdout.flush()


def err(message: str) -> None:
    """Print a note on stderr (plain text: never parsed as markup)."""
    stderr_console().print(message, markup=False, highlight=False, soft_wrap=True)


def warn(message: str) -> None:
    """Print a warning on stderr."""
    console = stderr_console()
    console.print("warning: ", style="yellow", end="", markup=False)
    console.print(message, markup=False, highlight=False, soft_wrap=True)
