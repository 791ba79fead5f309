"""Fitting a table to the terminal's width: which columns stay, how wide each is, and how a
value too long for its column is shortened.

Every column has a priority and a narrowest readable width. When the table is wider than
the terminal, the least important column is dropped (the rightmost among equals), as
`ls -l`, `kubectl get` and `docker ps` do, until the rest fit at up to twice their
narrowest widths; identifying columns (priority 0) are never dropped. Then the columns
shrink to the width, the least important first (the widest first among equals), none below
its narrowest. Widths are terminal cells, so wide characters (CJK) count twice.

Only a terminal's table is fitted: a pipe or `--json` gets every column in full. rich (which
measures the cells) is imported when a value is shortened, not with this module.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

__all__ = ["ELLIPSIS", "Fit", "cell_len", "cut_end", "cut_middle", "cut_path", "fit_widths"]

ELLIPSIS = "…"


@dataclasses.dataclass(frozen=True)
class Fit:
    """What fitting needs to know of one column.

    Attributes:
        natural: The width of its widest cell (header included).
        narrowest: The narrowest width it may shrink to (`natural` or more: never shrinks).
        priority: 0 for identifying columns (never dropped); higher numbers are dropped first.
    """

    natural: int
    narrowest: int
    priority: int


def fit_widths(
    columns: Sequence[Fit], width: int, *, gap: int = 2, edges: int = 0
) -> list[int | None]:
    """The width of each column in a table at most `width` cells wide (None: dropped).

    `gap` is what separates two columns, `edges` what the table adds on its sides. When
    even the identifying columns at their narrowest do not fit, they shrink further, so the
    table never gets wider than `width` (down to one cell a column).
    """
    kept = list(range(len(columns)))
    narrowest = [min(c.narrowest, c.natural) for c in columns]
    # Before a less important column is kept, the more important ones get up to twice
    # their narrowest width: a file name in full rather than a type or a date.
    wanted = [min(c.natural, 2 * c.narrowest) for c in columns]

    def room() -> int:
        return width - edges - gap * max(len(kept) - 1, 0)

    while sum(wanted[i] for i in kept) > room():
        droppable = [i for i in kept if columns[i].priority > 0]
        if not droppable:
            break
        kept.remove(max(droppable, key=lambda i: (columns[i].priority, i)))
    widths = {i: columns[i].natural for i in kept}
    excess = sum(widths.values()) - room()
    # The least important columns give way first; among equals, the widest.
    for level in sorted({columns[i].priority for i in kept}, reverse=True):
        excess = _shrink(
            widths, [i for i in kept if columns[i].priority == level], narrowest, excess
        )
    if excess > 0:  # even the identifying columns at their narrowest are too wide
        _shrink(widths, kept, [1] * len(columns), excess)
    return [widths.get(i) for i in range(len(columns))]


def _shrink(widths: dict[int, int], among: list[int], floor: list[int], excess: int) -> int:
    """Take up to `excess` cells from the widest of `among`, one at a time, none below its
    floor; returns what is left to take."""
    while excess > 0:
        shrinkable = [i for i in among if widths[i] > floor[i]]
        if not shrinkable:
            break
        widest = max(shrinkable, key=lambda i: (widths[i], i))  # the rightmost among equals
        widths[widest] -= 1
        excess -= 1
    return excess


def cell_len(text: str) -> int:
    """How many terminal cells `text` takes."""
    from rich.cells import cell_len as measure

    return measure(text)


def _take(text: str, width: int, *, from_end: bool = False) -> str:
    """The longest start (or end) of `text` that fits in `width` cells."""
    from rich.cells import get_character_cell_size

    taken: list[str] = []
    used = 0
    for char in reversed(text) if from_end else text:
        size = get_character_cell_size(char)
        if used + size > width:
            break
        taken.append(char)
        used += size
    return "".join(reversed(taken) if from_end else taken)


def cut_end(text: str, width: int) -> str:
    """`text` cut to `width` cells with an ellipsis at the end: `VSK-94 | Girls' Fr…`."""
    if cell_len(text) <= width:
        return text
    if width <= 1:
        return _take(text, width)
    return _take(text, width - 1) + ELLIPSIS


def cut_middle(text: str, width: int) -> str:
    """`text` cut in the middle, keeping its start and its end (a file's extension):
    `a_really_lo…_final.safetensors`."""
    if cell_len(text) <= width:
        return text
    if width <= 1:
        return _take(text, width)
    tail = _take(text, (width - 1) // 2 + (width - 1) % 2, from_end=True)
    head = _take(text, width - 1 - cell_len(tail))
    return head + ELLIPSIS + tail


def cut_path(text: str, width: int) -> str:
    """A path shortened in the middle, keeping its file name and as many of the folders
    just above it as fit: `…/Lora/style/vsk.safetensors`. A file name too long on its own
    is cut in its middle, keeping its extension: `a_really_l….safetensors`."""
    if cell_len(text) <= width:
        return text
    parts = text.split("/")
    kept = parts[-1]
    if len(parts) > 1 and cell_len(ELLIPSIS + "/" + kept) <= width:
        for part in reversed(parts[:-1]):
            longer = part + "/" + kept
            if cell_len(ELLIPSIS + "/" + longer) > width:
                break
            kept = longer
        return ELLIPSIS + "/" + kept
    stem, dot, extension = kept.rpartition(".")
    # Keep the whole extension when a few characters of the name stay before it.
    if dot and stem and cell_len(extension) + 1 + 5 <= width:
        return cut_middle(stem, width - cell_len(extension) - 1) + "." + extension
    return cut_middle(kept, width)
