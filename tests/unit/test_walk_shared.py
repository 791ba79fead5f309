"""One folder walk: `identify`'s file collection (`find_files`) and the library's scan see
the same files and report the same links and loops; identify keeps its paths as given, in
sorted order."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from civitai_api import library
from civitai_api.identify import collect_files, find_files
from civitai_api.library import ProblemKind


def make_tree(root: Path, outside: Path) -> None:
    """Model files in nested folders, and every kind of link the walk tells apart."""
    (root / "Lora" / "style").mkdir(parents=True)
    (root / "Checkpoints").mkdir()
    outside.mkdir()
    (root / "Lora" / "style" / "a.safetensors").write_bytes(b"a" * 64)
    (root / "Lora" / "b.SAFETENSORS").write_bytes(b"b" * 64)
    (root / "Checkpoints" / "c.ckpt").write_bytes(b"c" * 64)
    (root / "Checkpoints" / "d.gguf").write_bytes(b"d" * 64)
    (root / "notes.txt").write_text("not a model")
    (root / "unfinished.safetensors.part").write_bytes(b"part")
    (outside / "secret.safetensors").write_bytes(b"outside")
    os.symlink(root / "Lora" / "b.SAFETENSORS", root / "alias.safetensors")  # inside
    os.symlink(root / "Checkpoints", root / "Lora" / "checkpoints")  # inside: walked once
    os.symlink(outside / "secret.safetensors", root / "leaving.safetensors")
    os.symlink(outside, root / "leaving-folder")
    os.symlink(root, root / "Lora" / "style" / "loop")
    os.symlink("self.safetensors", root / "self.safetensors")
    os.symlink(root / "nothing.safetensors", root / "broken.safetensors")


def test_identify_and_the_library_scan_see_the_same_files_and_problems(
    tmp_path: Path, private_hash_cache: Path
) -> None:
    root = tmp_path / "models"
    make_tree(root, tmp_path / "elsewhere")
    found = find_files([root])
    catalog = tmp_path / "catalog.sqlite3"
    report = library.scan([root], offline=True, catalog=catalog)
    scanned = {entry.path for entry in library.ls(catalog)}
    assert set(found.files) == scanned
    assert sorted(path.relative_to(root).as_posix() for path in found.files) == [
        "Checkpoints/c.ckpt",
        "Checkpoints/d.gguf",
        "Lora/b.SAFETENSORS",
        "Lora/style/a.safetensors",
        "alias.safetensors",
    ]
    problems = {(problem.path, problem.kind) for problem in found.problems}
    assert problems == {(problem.path, problem.kind) for problem in report.problems}
    assert problems == {
        (root / "leaving.safetensors", ProblemKind.OUTSIDE),
        (root / "leaving-folder", ProblemKind.OUTSIDE),
        (root / "Lora" / "style" / "loop", ProblemKind.SYMLINK_LOOP),
        (root / "self.safetensors", ProblemKind.SYMLINK_LOOP),
        (root / "broken.safetensors", ProblemKind.BROKEN_LINK),
    }


def test_paths_stay_as_given_sorted_per_folder_and_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "models" / "sub").mkdir(parents=True)
    (tmp_path / "more").mkdir()
    for name in ("models/z.safetensors", "models/a.ckpt", "models/sub/m.pt", "more/b.bin"):
        (tmp_path / name).write_bytes(b"x")
    (tmp_path / "notes.txt").write_text("given by name: taken as it is")
    # a link from one folder given into another is a file of its own, not a link leaving
    os.symlink(tmp_path / "models" / "a.ckpt", tmp_path / "more" / "to-models.ckpt")
    found = find_files(["models", "models/sub", "notes.txt", "more", "missing.safetensors"])
    assert found.files == [
        Path("models/a.ckpt"),
        Path("models/sub/m.pt"),
        Path("models/z.safetensors"),
        Path("notes.txt"),
        Path("more/b.bin"),
        Path("more/to-models.ckpt"),
        Path("missing.safetensors"),
    ]
    assert found.problems == []
    assert collect_files(["models/sub", "models"])[0] == Path("models/sub/m.pt")


def test_problems_keep_the_folder_as_given(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "models" / "sub").mkdir(parents=True)
    os.symlink("..", tmp_path / "models" / "sub" / "up")
    found = find_files(["models"])
    assert found.files == []
    assert [(problem.path, problem.kind) for problem in found.problems] == [
        (Path("models/sub/up"), ProblemKind.SYMLINK_LOOP)
    ]
