"""The pure decisions of an update: the line (base model), early access, the matching file,
retire's options and destinations."""

from __future__ import annotations

import dataclasses
import datetime
from pathlib import Path

import pytest
from civitai_api._download.plan import FileInfo
from civitai_api._lookup import VersionSummary
from civitai_api.library import Retire
from civitai_api.library._retire import library_root, moved_to, parse_retire
from civitai_api.library._update_choice import (
    choose_file,
    early_access_until,
    installed_file,
    update_target,
)

NOW = datetime.datetime(2026, 12, 6, 12, 0, tzinfo=datetime.UTC)

# Newest first: a model with an Illustrious and a Pony line.
LINES = (
    VersionSummary(4, "v4", "Pony"),
    VersionSummary(3, "v3", "Illustrious"),
    VersionSummary(2, "v2", "Pony"),
    VersionSummary(1, "v1", "Illustrious"),
)


@pytest.mark.parametrize(
    ("installed", "base", "any_base", "expected"),
    [
        (1, "Illustrious", False, (True, 3, None)),
        (2, "Pony", False, (True, 4, None)),
        (3, "Illustrious", False, (False, 3, 4)),  # newer only on Pony
        (3, "illustrious ", False, (False, 3, 4)),  # case and spaces aside
        (3, "Illustrious", True, (True, 4, None)),
        (4, "Pony", False, (False, 4, None)),
        (1, None, False, (True, 4, None)),  # base model unknown: any line
        (99, "Pony", False, (True, 4, None)),  # no longer listed: every version is newer
        (99, "SD 1.5", False, (False, None, 4)),  # newer ones on other lines only
    ],
)
def test_update_target_follows_the_line(
    installed: int, base: str | None, any_base: bool, expected: tuple[object, ...]
) -> None:
    target = update_target(LINES, installed, base, any_base)
    latest = target.latest.id if target.latest else None
    other = target.other_line.id if target.other_line else None
    assert (target.newer, latest, other) == expected


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({}, None),
        ({"availability": "Public"}, None),
        ({"early_access_deadline": "2026-12-20T00:00:00.000Z"}, "2026-12-20"),
        ({"early_access_deadline": "2026-12-01T00:00:00Z"}, None),  # passed
        # A deadline that passed wins over a stale availability.
        ({"availability": "EarlyAccess", "early_access_deadline": "2026-12-01T00:00:00Z"}, None),
        ({"availability": "EarlyAccess"}, "no end"),
        ({"paid_access": True, "paid_access_ends": "2027-01-02T00:00:00Z"}, "2027-01-02"),
        ({"paid_access": True, "paid_access_permanent": True}, "no end"),
        ({"paid_access": True}, "no end"),
        ({"paid_access": True, "paid_access_ends": "2026-11-02T00:00:00Z"}, None),
    ],
)
def test_early_access_until(fields: dict[str, object], expected: str | None) -> None:
    version = dataclasses.replace(VersionSummary(9, "v9", "Pony"), **fields)  # type: ignore[arg-type]
    early = early_access_until(version, NOW)
    if expected is None:
        assert early is None
    elif expected == "no end":
        assert early is not None
        assert early.until is None
    else:
        assert early is not None
        assert early.until is not None
        assert early.until.date().isoformat() == expected


def file(file_id: int, **facts: object) -> FileInfo:
    return FileInfo(id=file_id, name=f"f{file_id}", **facts)  # type: ignore[arg-type]


NEWER = [
    file(1, type="Model", format="SafeTensor", precision_size="full", fp="fp32", primary=True),
    file(2, type="Model", format="SafeTensor", precision_size="pruned", fp="fp16"),
    file(3, type="Model", format="GGUF", quant_type="Q4_K_M"),
    file(4, type="Model", format="GGUF", quant_type="Q8_0"),
    file(5, type="Training Data", format="Other"),
]


@pytest.mark.parametrize(
    ("installed", "expected", "why"),
    [
        (
            file(0, type="Model", format="SafeTensor", precision_size="pruned", fp="fp16"),
            2,
            "same type, format, size, fp",
        ),
        (
            file(0, type="Model", format="GGUF", quant_type="Q8_0"),
            4,
            "same type, format, quant_type",
        ),
        # No Q5: another GGUF, never a SafeTensor.
        (file(0, type="Model", format="GGUF", quant_type="Q5_K_M"), 3, "same type, format"),
        # fp given up before pruning.
        (
            file(0, type="Model", format="SafeTensor", precision_size="pruned", fp="bf16"),
            2,
            "same type, format, size",
        ),
        (file(0, type="Pruned Model", format="SafeTensor"), 1, "primary (no file matched)"),
        (file(0, format="GGUF"), 3, "same format"),  # told by the extension only
        (file(0), 1, "primary (no file matched)"),
    ],
)
def test_choose_file_matches_the_installed_variant(
    installed: FileInfo, expected: int, why: str
) -> None:
    choice = choose_file(installed, NEWER)
    assert (choice.file.id, choice.describe()) == (expected, why)


def test_installed_file_from_the_catalog_else_from_its_name() -> None:
    listed = file(7, type="Model", format="GGUF", quant_type="Q4_K_M")
    versions = [VersionSummary(70, files=(listed,))]
    assert installed_file(versions, 70, 7, "/m/a.gguf", 10) is listed
    guessed = installed_file(versions, 71, 8, "/m/b.GGUF", 10)
    assert (guessed.format, guessed.size, guessed.type) == ("GGUF", 10, None)


def test_version_summaries_keep_their_files_through_json() -> None:
    version = VersionSummary(70, "v", "Pony", files=(NEWER[1],), paid_access=True)
    rebuilt = VersionSummary(**dataclasses.asdict(version))
    assert rebuilt == version
    assert isinstance(rebuilt.files[0], FileInfo)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("keep", (Retire.KEEP, None)),
        ("DELETE", (Retire.DELETE, None)),
        ("move:/old", (Retire.MOVE, Path("/old"))),
    ],
)
def test_parse_retire(text: str, expected: tuple[Retire, Path | None]) -> None:
    assert parse_retire(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("trash", "expected keep, move:DIR or delete, got 'trash'"),
        ("move", "move needs a folder: move:DIR"),
        ("delete:/x", "only move takes a folder, got 'delete:/x'"),
    ],
)
def test_parse_retire_refuses(text: str, message: str) -> None:
    with pytest.raises(ValueError, match="^" + message.replace("(", r"\(")):
        parse_retire(text)


def test_move_keeps_the_place_below_the_deepest_root() -> None:
    roots = [Path("/lib"), Path("/lib/models")]
    old = Path("/lib/models/Lora/sdxl/a.safetensors")
    root = library_root(old, roots)
    assert root == Path("/lib/models")
    assert moved_to(old, root, Path("/retired")) == Path("/retired/Lora/sdxl/a.safetensors")
    assert library_root(Path("/else/b.gguf"), roots) == Path("/else")
