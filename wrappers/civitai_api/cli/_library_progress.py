"""Progress of library scans, update checks and verifications, on stderr (update downloads:
`_updates_progress.py`).

On a terminal: a rich line with a bar (a moving one while a scan's total is unknown), what
is being done, and the counts (files, files read and their bytes, requests). When stderr is
a file or a pipe: a plain line when a phase first starts, then at most one every few
seconds, so logs stay short. `--quiet`: nothing.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any, Final

from . import _render
from ._library_render import plural

if TYPE_CHECKING:
    from ..library import Progress

__all__ = ["LibraryProgress"]

# Seconds between two plain progress lines of the same phase.
_LINE_INTERVAL: Final = 2.0
_LABELS: Final = {
    "hashing": "hashing",
    "lookup": "identifying",
    "previews": "fetching previews",
    "updates": "checking updates",
    "verify": "verifying",
}


def describe(progress: Progress) -> tuple[str, str]:
    """What is being done, and the counts so far, in words."""
    phase = str(progress.phase)
    label = _LABELS.get(phase, phase)
    files = f"{progress.files}/{progress.total}" if progress.total else f"{progress.files}"
    counts = [f"{files} {plural(progress.total or progress.files, 'file')}"]
    if progress.hashed:
        counts.append(f"{progress.hashed} read ({_render.human_size(progress.bytes_hashed)})")
    if progress.requests:
        counts.append(f"{progress.requests} {plural(progress.requests, 'request')}")
    return label, ", ".join(counts)


class LibraryProgress:
    """A `progress=` callback for the library's functions that shows it on stderr.

    Args:
        quiet: Show nothing.

    Attributes:
        last: The last report received (for a summary after an interruption).
    """

    def __init__(self, *, quiet: bool = False) -> None:
        self.last: Progress | None = None
        self._quiet = quiet
        self._bars: Any = None
        self._task: Any = None
        self._printed: dict[str, float] = {}
        console = _render.stderr_console()
        if not quiet and console.is_terminal:
            from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

            self._bars = Progress(
                TextColumn("{task.description}", style="bold"),
                BarColumn(),
                TextColumn("{task.fields[counts]}"),
                TimeElapsedColumn(),
                console=console,
                transient=True,  # the summary that follows says it all
            )

    def __enter__(self) -> LibraryProgress:
        if self._bars is not None:
            self._bars.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def stop(self) -> None:
        """Stop drawing (before printing results)."""
        if self._bars is not None:
            self._bars.stop()

    def __call__(self, progress: Progress) -> None:
        self.last = progress
        if self._quiet:
            return
        if self._bars is not None:
            self._draw(progress)
        else:
            self._line(progress)

    def _draw(self, progress: Progress) -> None:
        label, counts = describe(progress)
        if self._task is None:
            self._task = self._bars.add_task(label, total=None, counts="")
        self._bars.update(
            self._task,
            description=label,
            completed=progress.files,
            total=progress.total,
            counts=counts,
        )

    def _line(self, progress: Progress) -> None:
        phase = str(progress.phase)
        now = time.monotonic()
        last = self._printed.get(phase)
        if last is None or now - last >= _LINE_INTERVAL:
            self._printed[phase] = now
            label, counts = describe(progress)
            _render.err(f"{label}: {counts}")
