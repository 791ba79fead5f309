"""Fitting tables to a terminal's width (`cli._columns`), and the units of download speeds."""

from __future__ import annotations

import pytest
from civitai_api.cli._columns import Fit, cut_end, cut_middle, cut_path, fit_widths
from civitai_api.cli._download_progress import speed
from rich.cells import cell_len

FILE = Fit(natural=60, narrowest=20, priority=0)
MODEL = Fit(natural=30, narrowest=10, priority=0)
STATUS = Fit(natural=13, narrowest=13, priority=0)
TYPE = Fit(natural=10, narrowest=10, priority=2)
SIZE = Fit(natural=9, narrowest=9, priority=3)
DATE = Fit(natural=12, narrowest=12, priority=3)


def used(widths: list[int | None], gap: int = 2) -> int:
    kept = [width for width in widths if width is not None]
    return sum(kept) + gap * (len(kept) - 1)


@pytest.mark.parametrize(
    ("width", "expected"),
    [
        # Everything fits: every column at its natural width.
        (200, [60, 30, 13, 10, 9, 12]),
        # The identifying columns fit at up to twice their narrowest (40, 20): nothing is
        # dropped; the widest gives way.
        (120, [36, 30, 13, 10, 9, 12]),
        # The rightmost of the least important (3) goes first...
        (100, [30, 30, 13, 10, 9, None]),
        # ... then the other, then the type; the identifying columns share what is left.
        (80, [33, 30, 13, None, None, None]),
        (60, [22, 21, 13, None, None, None]),
        # Too narrow even for the identifying columns at their narrowest: they shrink
        # further, so the table is never wider than the terminal.
        (40, [13, 10, 13, None, None, None]),
    ],
)
def test_low_priority_columns_are_dropped_and_identifying_ones_shrink(
    width: int, expected: list[int | None]
) -> None:
    widths = fit_widths([FILE, MODEL, STATUS, TYPE, SIZE, DATE], width)
    assert widths == expected
    assert used(widths) <= width


def test_the_least_important_columns_give_way_before_identifying_ones() -> None:
    prompt = Fit(natural=60, narrowest=16, priority=1)
    widths = fit_widths([FILE, prompt], 90)
    assert widths == [60, 28]  # the prompt shrinks, the file keeps its natural width


def test_a_column_that_never_shrinks_is_dropped_whole() -> None:
    url = Fit(natural=70, narrowest=70, priority=4)
    assert fit_widths([MODEL, url], 80) == [30, None]
    assert fit_widths([MODEL, url], 102) == [30, 70]


def test_gaps_and_edges_count() -> None:
    columns = [Fit(10, 10, 0), Fit(10, 10, 1)]
    assert fit_widths(columns, 22, gap=2) == [10, 10]
    assert fit_widths(columns, 21, gap=2) == [10, None]
    assert fit_widths(columns, 24, gap=2, edges=2) == [10, 10]


@pytest.mark.parametrize(
    ("path", "width", "expected"),
    [
        ("models/Lora/style/vsk.safetensors", 40, "models/Lora/style/vsk.safetensors"),
        ("models/Lora/style/vsk.safetensors", 28, "…/Lora/style/vsk.safetensors"),
        ("models/Lora/style/vsk.safetensors", 22, "…/vsk.safetensors"),
        ("/abs/path/name.ckpt", 14, "…/name.ckpt"),
        # A file name too long on its own: its start and end, and its whole extension.
        ("models/Lora/a_very_long_name_v2_final.safetensors", 30, "a_very_l…_v2_final.safetensors"),
        ("models/Lora/a_very_long_name_v2_final.safetensors", 20, "a_v…inal.safetensors"),
        # Narrower than a readable extension: cut in the middle all the same.
        ("vsk.safetensors", 10, "vsk.…nsors"),
    ],
)
def test_a_path_is_shortened_in_the_middle_keeping_its_file_name(
    path: str, width: int, expected: str
) -> None:
    assert cut_path(path, width) == expected
    assert cell_len(expected) <= width


@pytest.mark.parametrize(
    ("text", "width", "expected"),
    [
        ("VSK-94 | Girls' Frontline", 30, "VSK-94 | Girls' Frontline"),
        ("VSK-94 | Girls' Frontline", 10, "VSK-94 | …"),
        ("少女前線 VSK-94", 8, "少女前…"),  # wide characters count two cells
        ("abc", 1, "a"),
    ],
)
def test_a_name_is_cut_with_an_ellipsis(text: str, width: int, expected: str) -> None:
    assert cut_end(text, width) == expected
    assert cell_len(cut_end(text, width)) <= width


def test_cut_middle_keeps_both_ends() -> None:
    assert cut_middle("abcdefghij", 7) == "abc…hij"
    assert cut_middle("abcdefghij", 10) == "abcdefghij"


@pytest.mark.parametrize(
    ("rate", "expected"),
    [
        (None, "?"),
        (512, "512 B/s"),
        (5.2 * 1024 * 1024, "5.2 MiB/s"),
        (1.5 * 1024**3, "1.5 GiB/s"),
    ],
)
def test_download_speed_is_in_binary_units_like_the_sizes(
    rate: float | None, expected: str
) -> None:
    assert speed(rate) == expected


def test_detail_lines_wrap_under_their_value_on_a_narrow_terminal(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`library show` at 60 columns: a long value continues under itself, not under the labels."""
    import io

    from civitai_api.cli import _render
    from rich.console import Console

    screen = io.StringIO()
    console = Console(file=screen, force_terminal=True, width=60, color_system=None)
    monkeypatch.setattr(_render, "stdout_console", lambda: console)
    sha = "626C77B933F95BA6C18563A55B33F1CAA18730AB97590B606F1A7E33F8D0BC1D"
    _render.print_detail([("file", "VSK.safetensors"), ("SHA256", sha), ("[bold]x", "[red]y")])
    lines = screen.getvalue().splitlines()
    assert all(len(line) <= 60 for line in lines)
    assert lines[0].split() == ["file", "VSK.safetensors"]
    assert lines[1].startswith("SHA256  ")
    assert lines[2].startswith(" " * 8)  # the rest of the hash, under its start
    assert "".join(line[8:].strip() for line in lines[1:3]) == sha
    assert lines[3].split() == ["[bold]x", "[red]y"]  # text, never markup
