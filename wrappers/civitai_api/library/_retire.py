"""Retiring an old model file once its update is downloaded and verified: keep it, move it
(with its sidecars and previews) below another folder, keeping its place below the library's
root, or delete it; the catalog follows.

Called only for a file whose update is verified on disk: a failed download never reaches
here. A move never replaces a file already at the destination.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Sequence
from pathlib import Path

from ._catalog import Catalog
from ._known import sidecar_path
from ._preview import PREVIEW_EXTENSIONS
from ._types import Retire

__all__ = [
    "STAGING",
    "companions",
    "library_root",
    "moved_to",
    "parse_retire",
    "put_in_place",
    "retire_file",
]

# The folder, next to an old file, that receives an update of the same name: the update
# takes the old file's place only once that one is retired.
STAGING = ".civitai-update"

# The files next to `<base>.<ext>` that belong to it: the sidecars this package and other
# tools write, and preview images (`<base>.preview.png`, `<base>.png`, ...).
_SIDECAR_SUFFIXES = (
    ".civitai.info",
    ".json",
    ".cm-info.json",
    ".metadata.json",
    *(f"{infix}.{extension}" for infix in (".preview", "") for extension in PREVIEW_EXTENSIONS),
)
# `<base>.examples/`: the example images `scan --examples` saves, with their generation data.
_EXAMPLES_SUFFIX = ".examples"


def parse_retire(text: str | Retire) -> tuple[Retire, Path | None]:
    """`keep`, `delete` or `move:DIR` as the action and the folder (for `move`).

    Raises:
        ValueError: Anything else, or `move` without a folder.
    """
    name, _, folder = str(text).partition(":")
    try:
        action = Retire(name.strip().lower())
    except ValueError:
        raise ValueError(f"expected keep, move:DIR or delete, got {str(text)!r}") from None
    if action == Retire.MOVE and not folder.strip():
        raise ValueError("move needs a folder: move:DIR")
    if action != Retire.MOVE and folder:
        raise ValueError(f"only move takes a folder, got {str(text)!r}")
    return action, Path(folder).expanduser().absolute() if folder.strip() else None


def companions(model: Path) -> list[Path]:
    """The sidecars and previews of `model` that exist, and its folder of saved examples."""
    found = []
    for suffix in _SIDECAR_SUFFIXES:
        path = sidecar_path(model, suffix)
        if path != model and path.is_file():
            found.append(path)
    examples = sidecar_path(model, _EXAMPLES_SUFFIX)
    if examples.is_dir():
        found.append(examples)
    return found


def library_root(path: Path, roots: Sequence[Path]) -> Path:
    """The deepest of `roots` that holds `path` (its folder when none does)."""
    holding = [root for root in roots if path == root or root in path.parents]
    return max(holding, key=lambda root: len(root.parts)) if holding else path.parent


def moved_to(path: Path, root: Path, folder: Path) -> Path:
    """Where `move:folder` puts `path`: at its place below `root`, under `folder`."""
    relative = path.relative_to(root) if root != path else Path(path.name)
    return folder / relative


def retire_file(
    db: Catalog, path: Path, action: Retire, folder: Path | None, root: Path
) -> Path | None:
    """Move or delete an old file with its sidecars and previews; the catalog follows.

    Returns:
        Where the file was moved (None after a delete).

    Raises:
        OSError: The move's destination is taken, or a file could not be moved or deleted
            (the model file is handled first: its sidecars stay with it when it fails).
    """
    extras = companions(path)
    if action == Retire.DELETE:
        path.unlink()
        db.forget([path])
        db.commit()
        for extra in extras:
            if extra.is_dir():
                shutil.rmtree(extra, ignore_errors=True)
            else:
                extra.unlink(missing_ok=True)
        return None
    assert folder is not None
    target = moved_to(path, root, folder)
    if target.exists():
        raise FileExistsError(f"{target} already exists: the old file was kept")
    target.parent.mkdir(parents=True, exist_ok=True)
    _move_with(db, path, target, extras)
    return target


def put_in_place(db: Catalog, staged: Path, final: Path) -> None:
    """Move an update out of `STAGING` into the place its retired namesake left, with its
    sidecars and previews; the catalog follows.

    Raises:
        OSError: `final` is taken (the update stays where it is).
    """
    if final.exists():
        raise FileExistsError(f"{final} already exists: the update stays in {staged.parent}")
    _move_with(db, staged, final, companions(staged))
    with contextlib.suppress(OSError):
        staged.parent.rmdir()  # only when nothing else is left there


def _move_with(db: Catalog, source: Path, target: Path, extras: Sequence[Path]) -> None:
    """Move a model file, then (the catalog following it) its sidecars and previews, each
    beside it unless one of that name is already there."""
    _move(source, target)
    db.move_path(source, target)
    db.commit()
    for extra in extras:
        destination = target.parent / extra.name
        if not destination.exists():
            _move(extra, destination)


def _move(source: Path, target: Path) -> None:
    try:
        os.rename(source, target)
    except OSError:
        shutil.move(source, target)  # another file system: copied, then removed
