"""Progress of `civitai library updates`, on stderr: the update check as the other library
commands show it, then the downloads as `civitai download` shows them (a bar per file and
one for the total on a terminal; else a line per file at every tenth, and a total line as
each file finishes).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from . import _render
from ._download_progress import Callback, DownloadProgress
from ._library_progress import LibraryProgress

if TYPE_CHECKING:
    from ..library import Progress

__all__ = ["UpdatesProgress"]


class UpdatesProgress:
    """A `progress=` callback for `library.updates` that shows it on stderr.

    Args:
        quiet: Show nothing.
    """

    def __init__(self, *, quiet: bool = False) -> None:
        self.checks = LibraryProgress(quiet=quiet)
        self._quiet = quiet
        self._downloads: DownloadProgress | None = None
        self._files: dict[Path, Callback] = {}
        self._finished: dict[Path, int] = {}
        self._count = 0
        self._total_bytes: int | None = None

    def __enter__(self) -> UpdatesProgress:
        self.checks.__enter__()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def stop(self) -> None:
        """Stop drawing (before printing results)."""
        self.checks.stop()
        if self._downloads is not None:
            self._downloads.__exit__(None, None, None)
            self._downloads = None

    def __call__(self, progress: Progress) -> None:
        if str(progress.phase) != "download":
            self.checks(progress)
            return
        if progress.path is None:  # the downloads start: how many, how large in all
            self.checks.stop()
            self._count, self._total_bytes = progress.total or 0, progress.bytes_total
            self._downloads = DownloadProgress(progress.bytes_total, quiet=self._quiet)
            self._downloads.__enter__()
            return
        if self._downloads is None:
            return
        path = progress.path
        report = self._files.get(path)
        if report is None:
            report = self._files[path] = self._downloads.file(
                str(path), path.name, progress.bytes_total
            )
        report(progress.bytes_done, progress.bytes_total)
        if progress.bytes_done == progress.bytes_total and path not in self._finished:
            self._finished[path] = progress.bytes_done
            self._total_line()

    def _total_line(self) -> None:
        """On a pipe or a file: how many files and bytes are done, after each file."""
        if self._quiet or _render.stderr_console().is_terminal:
            return
        done = _render.human_size(sum(self._finished.values()))
        of = f" of {_render.human_size(self._total_bytes)}" if self._total_bytes else ""
        _render.err(f"total: {len(self._finished)}/{self._count} files, {done}{of}")
