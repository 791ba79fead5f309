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
from typing import TYPE_CHECKING, Any, Literal

from ._columns import Fit, cut_end, cut_path, fit_widths

if TYPE_CHECKING:
    from rich.console import Console

__all__ = [
    "Column",
    "Row",
    "cut_end",
    "cut_path",
    "err",
    "field",
    "human_size",
    "path_column",
    "print_detail",
    "print_either",
    "print_json",
    "print_json_line",
    "print_problems",
    "print_table",
    "stderr_console",
    "stdout_console",
    "warn",
]

Row = Mapping[str, Any]


@dataclasses.dataclass(frozen=True)
class Column:
    """One table column: its header, how to read a cell from an item's JSON, and how it
    gives way on a narrow terminal (see `_columns`; a pipe always gets every column in full).

    Attributes:
        header: The column's name (the header row).
        read: The cell's value, from an item's JSON.
        justify: `left` or `right` (numbers).
        priority: 0 for the identifying columns (the file, the model, the version): never
            dropped. On a terminal too narrow for every column, the highest numbers are
            dropped first.
        narrowest: The narrowest readable width its values may be shortened to; None for
            short values (an id, a status, a size, a date) that are shown whole or not at all.
        shorten: How a value is shortened to a width: `cut_end` (an ellipsis at the end),
            `cut_path` (a path shortened in the middle, keeping its file name).
        brief: What a terminal shows instead of `read`'s value (e.g. a status without the
            error that `below` lists).
        below: Long free text (an error): a terminal lists it under the table, after the
            row's identifying value, instead of as a column.
        piped: Whether a pipe gets this column (False: a terminal's alone).
        wrap: Wrap long values inside the column instead of shortening them (a list of
            values that is the point of the table).
    """

    header: str
    read: Callable[[Row], object]
    justify: Literal["left", "right"] = "left"
    priority: int = 1
    narrowest: int | None = None
    shorten: Callable[[str, int], str] = cut_end
    brief: Callable[[Row], object] | None = None
    below: bool = False
    piped: bool = True
    wrap: bool = False


def path_column(header: str, read: Callable[[Row], object], *, narrowest: int = 20) -> Column:
    """An identifying column of paths or file names: shortened in the middle, keeping the
    file name (`…/Lora/style/vsk.safetensors`)."""
    return Column(header, read, priority=0, narrowest=narrowest, shorten=cut_path)


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
    on stderr for notes that are not the command's result.

    On a terminal the table is fitted to its width (`_columns`): low-priority columns
    dropped, long values shortened, `below` columns listed under it as problems; with
    `drop_empty`, the columns that have no value in any row are left out. A pipe gets every
    column in full.
    """
    console = stderr_console() if stderr else stdout_console()
    rows = list(rows)
    if not console.is_terminal:
        piped = [column for column in columns if column.piped]
        out = sys.stderr if stderr else sys.stdout
        out.write("\t".join(column.header for column in piped) + "\n")
        for row in rows:
            line = (_cell(column.read(row)).replace("\t", " ") for column in piped)
            out.write("\t".join(line) + "\n")
        out.flush()
        return
    shown = [column for column in columns if not column.below]
    cells = [[_cell((column.brief or column.read)(row)) for column in shown] for row in rows]
    if drop_empty and cells:
        kept = [i for i in range(len(shown)) if any(line[i] for line in cells)]
        shown = [shown[i] for i in kept]
        cells = [[line[i] for i in kept] for line in cells]
    _draw(console, shown, cells, title)
    problems = [
        (_identity(shown, columns, row), _cell(column.read(row)))
        for row in rows
        for column in columns
        if column.below and _cell(column.read(row))
    ]
    if problems:
        print_problems(problems, stderr=stderr)


def _identity(shown: Sequence[Column], columns: Sequence[Column], row: Row) -> str:
    """What names a row in the problems list: its first identifying column's value."""
    for column in [*shown, *columns]:
        if column.priority == 0 and not column.below:
            return _cell(column.read(row))
    return ""


def _draw(
    console: Console, columns: Sequence[Column], cells: list[list[str]], title: str | None
) -> None:
    from rich import box
    from rich.cells import cell_len
    from rich.table import Table
    from rich.text import Text

    fits = []
    for i, column in enumerate(columns):
        natural = max([cell_len(column.header), *(cell_len(line[i]) for line in cells)])
        narrowest = natural if column.narrowest is None else column.narrowest
        fits.append(Fit(natural, narrowest, column.priority))
    # Columns two cells apart (one of padding, one of the box's blank rule), no edges.
    widths = fit_widths(fits, console.width, gap=2, edges=0)
    table = Table(
        title=title,
        box=box.SIMPLE_HEAD,
        title_justify="left",
        pad_edge=False,
        show_edge=False,
        collapse_padding=True,
    )
    kept = [i for i, width in enumerate(widths) if width is not None]
    for i in kept:
        width = widths[i] or 1
        table.add_column(
            cut_end(columns[i].header, width),
            justify=columns[i].justify,
            width=width,
            no_wrap=not columns[i].wrap,
            overflow="fold" if columns[i].wrap else "ellipsis",
        )
    for line in cells:
        # Text, never markup: "[SDXL] ...".
        table.add_row(*(Text(_fitted(columns[i], line[i], widths[i] or 1)) for i in kept))
    console.print(table)


def _fitted(column: Column, cell: str, width: int) -> str:
    return cell if column.wrap else column.shorten(cell, width)


def print_problems(problems: Sequence[tuple[str, str]], *, stderr: bool = False) -> None:
    """On a terminal, the long free text of a table's rows, under it: `problems:`, then the
    rows' identifying values (a path keeps its file name) and, indented below them, the
    whole text they share, wrapped at the terminal's width (one outage: one text)."""
    from rich.padding import Padding
    from rich.text import Text

    console = stderr_console() if stderr else stdout_console()
    console.print(Text("problems:", style="bold"))
    grouped: dict[str, list[str]] = {}
    for what, detail in problems:
        grouped.setdefault(detail, []).append(what)
    for detail, names in grouped.items():
        for what in filter(None, names):
            console.print(Text("  " + cut_path(what, console.width - 2)))
        console.print(Padding(Text(detail), (0, 0, 0, 4)))


def print_detail(pairs: Sequence[tuple[str, object]], *, stderr: bool = False) -> None:
    """Print `label  value` lines for one object (values left out when empty), on stdout or
    stderr."""
    shown = [(label, _cell(value)) for label, value in pairs if _cell(value)]
    width = max((len(label) for label, _ in shown), default=0)
    console = stderr_console() if stderr else stdout_console()
    out = sys.stderr if stderr else sys.stdout
    if console.is_terminal:
        # Two columns: a long value (a hash, a URL, a list) wraps under itself, not under the
        # labels. Values are Text, never markup.
        from rich.table import Table
        from rich.text import Text

        grid = Table.grid(padding=(0, 2))
        grid.add_column(style="bold", no_wrap=True)
        grid.add_column(overflow="fold")
        for label, value in shown:
            grid.add_row(Text(label), Text(value))
        console.print(grid)
    else:
        for label, value in shown:
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
