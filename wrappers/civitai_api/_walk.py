"""Find the model files under the given paths, one at a time, never leaving those paths.

The walk streams: files are handed out as the folder listing yields them (in the file
system's order) and only the names of subfolders still to visit are kept, so a library of
any size, even one folder of 100,000 files, costs the same memory. Symbolic links:

- a link to a file inside the given paths is a file of its own (UIs read the sidecars next
  to the link); its bytes are hashed once, since the hash cache keys on the resolved path;
- a link to a folder is never followed: a folder inside the given paths is walked under its
  real path anyway, and one that contains the link is a loop;
- a link pointing outside the given paths, a broken link and a link loop are reported.

`.part` files (unfinished downloads) never match, since only model file extensions do.

It is the one walk over model folders: the library's scan, updates and verify use it, and
so do `identify_files` and `civitai hash` (through `civitai_api.identify.find_files`).
"""

from __future__ import annotations

import dataclasses
import errno
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from ._constants import MODEL_FILE_EXTENSIONS
from ._problems import Problem, ProblemKind

__all__ = ["Found", "is_model_file", "walk"]


@dataclasses.dataclass(frozen=True)
class Found:
    """A model file: its path (as reached from the given path), size and modification time."""

    path: Path
    size: int
    mtime_ns: int


def is_model_file(name: str) -> bool:
    """Whether a file name has a model file extension (`.safetensors`, `.ckpt`, ...)."""
    return os.path.splitext(name)[1].lower() in MODEL_FILE_EXTENSIONS


class _Roots:
    """The real paths of the given paths, to tell whether a link points inside them."""

    def __init__(self, paths: Iterable[str]) -> None:
        self.real = [os.path.realpath(path) for path in paths]

    def contain(self, real: str) -> bool:
        return any(
            real == root or real.startswith(root.rstrip(os.sep) + os.sep) for root in self.real
        )


def walk(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Found | Problem]:
    """Yield every model file under `paths` (files given are taken as they are), and a
    `Problem` for everything skipped."""
    given = [os.path.abspath(os.fspath(path)) for path in paths]
    roots = _Roots(given)
    visited: set[tuple[int, int]] = set()
    for path in given:
        try:
            stat = os.stat(path)
        except OSError as exc:
            yield _problem_for(path, exc, ProblemKind.NOT_FOUND)
            continue
        if os.path.isdir(path):
            yield from _walk_folder(path, roots, visited)
        elif not is_model_file(path):
            yield Problem(Path(path), ProblemKind.NOT_A_MODEL, "not a model file extension")
        else:
            yield Found(Path(path), stat.st_size, stat.st_mtime_ns)


def _problem_for(path: str, error: OSError, missing: ProblemKind) -> Problem:
    if error.errno == errno.ELOOP:
        return Problem(Path(path), ProblemKind.SYMLINK_LOOP, "the link points to itself")
    if isinstance(error, FileNotFoundError):
        return Problem(Path(path), missing, "does not exist")
    return Problem(Path(path), ProblemKind.UNREADABLE, str(error.strerror or error))


def _walk_folder(
    top: str, roots: _Roots, visited: set[tuple[int, int]]
) -> Iterator[Found | Problem]:
    pending = [top]
    while pending:
        folder = pending.pop()
        try:
            identity = os.stat(folder)
            key = (identity.st_dev, identity.st_ino)
            if key in visited:
                continue
            visited.add(key)
            listing = os.scandir(folder)
        except OSError as exc:
            yield _problem_for(folder, exc, ProblemKind.UNREADABLE)
            continue
        with listing:
            for entry in listing:
                if entry.is_symlink():
                    found = _link(entry, roots)
                    if found is not None:
                        yield found
                elif entry.is_dir(follow_symlinks=False):
                    pending.append(entry.path)
                elif entry.is_file(follow_symlinks=False) and is_model_file(entry.name):
                    yield _regular_file(entry)


def _regular_file(entry: os.DirEntry[str]) -> Found | Problem:
    try:
        stat = entry.stat(follow_symlinks=False)
    except OSError as exc:
        return _problem_for(entry.path, exc, ProblemKind.UNREADABLE)
    return Found(Path(entry.path), stat.st_size, stat.st_mtime_ns)


def _link(entry: os.DirEntry[str], roots: _Roots) -> Found | Problem | None:
    """A symbolic link: a model file inside the given paths, a problem, or nothing to do."""
    try:
        stat = os.stat(entry.path)
    except OSError as exc:
        if not is_model_file(entry.name) and exc.errno != errno.ELOOP:
            return None
        return _problem_for(entry.path, exc, ProblemKind.BROKEN_LINK)
    real = os.path.realpath(entry.path)
    folder = os.path.isdir(real)
    if not folder and not is_model_file(entry.name):
        return None
    if not roots.contain(real):
        return Problem(Path(entry.path), ProblemKind.OUTSIDE, f"points to {real}")
    if folder:
        here = os.path.realpath(os.path.dirname(entry.path))
        if here == real or here.startswith(real.rstrip(os.sep) + os.sep):
            return Problem(Path(entry.path), ProblemKind.SYMLINK_LOOP, f"points to {real}")
        return None  # walked under its real path
    return Found(Path(entry.path), stat.st_size, stat.st_mtime_ns)
