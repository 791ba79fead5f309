"""Download progress on stderr: rich bars on a terminal, plain lines otherwise, or nothing.

On a terminal each file gets a bar (name, bytes, speed, time left) under one bar for the
total. When stderr is a file or a pipe (CI logs), each file prints a line when it starts and
then at every further tenth of its size, so logs stay short. `--quiet` prints nothing. Sizes
and speeds are in binary units throughout (`MiB`, `MiB/s`).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from types import TracebackType
from typing import Any

from . import _render

__all__ = ["DownloadProgress", "speed"]

Callback = Callable[[int, "int | None"], None]


def speed(bytes_per_second: float | None) -> str:
    """A transfer speed in the sizes' binary units: `5.2 MiB/s` (`?` while unknown)."""
    return "?" if bytes_per_second is None else f"{_render.human_size(bytes_per_second)}/s"


def _speed_column() -> Any:
    """A rich progress column showing `speed` (rich's own speaks decimal units: `MB/s`)."""
    from rich.progress import ProgressColumn, Task
    from rich.text import Text

    class SpeedColumn(ProgressColumn):
        def render(self, task: Task) -> Text:
            return Text(speed(task.finished_speed or task.speed), style="progress.data.speed")

    return SpeedColumn()


class DownloadProgress:
    """Progress for several files downloading at once.

    Args:
        total_bytes: The sum of the files' sizes, when all are known (for the total bar).
        quiet: Show nothing.
    """

    def __init__(self, total_bytes: int | None, *, quiet: bool = False) -> None:
        self._quiet = quiet
        self._lock = threading.Lock()
        self._done: dict[str, int] = {}
        self._tasks: dict[str, Any] = {}
        self._bars: Any = None
        self._total_task: Any = None
        self._total_bytes = total_bytes
        console = _render.stderr_console()
        if not quiet and console.is_terminal:
            from rich.progress import (
                BarColumn,
                DownloadColumn,
                Progress,
                TextColumn,
                TimeRemainingColumn,
            )

            self._bars = Progress(
                TextColumn("{task.description}", style="bold"),
                BarColumn(),
                DownloadColumn(binary_units=True),
                _speed_column(),
                TimeRemainingColumn(),
                console=console,
                transient=False,
            )
            self._total_task = self._bars.add_task("total", total=total_bytes)

    def __enter__(self) -> DownloadProgress:
        if self._bars is not None:
            self._bars.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if self._bars is not None:
            self._bars.stop()

    def file(self, key: str, name: str, size: int | None) -> Callback:
        """Start showing one file; returns the callback the download reports to."""
        if self._quiet:
            return lambda done, total: None
        if self._bars is not None:
            return self._bar(key, name, size)
        return self._lines(name, size)

    def already_there(self, key: str, size: int) -> None:
        """A file found complete on disk: its bar shows it whole (no speed, nothing left),
        not as a download that never started. A pipe gets no line: the summary says it."""
        if self._bars is None or key not in self._tasks:
            return
        with self._lock:
            previous = self._done.get(key, 0)
            self._done[key] = size
            self._bars.update(self._tasks[key], completed=size, total=size)
            self._bars.advance(self._total_task, size - previous)

    def _bar(self, key: str, name: str, size: int | None) -> Callback:
        task = self._tasks[key] = self._bars.add_task(name, total=size)

        def report(done: int, total: int | None) -> None:
            with self._lock:
                previous = self._done.get(key, 0)
                self._done[key] = done
                self._bars.update(task, completed=done, total=total)
                self._bars.advance(self._total_task, done - previous)

        return report

    def _lines(self, name: str, size: int | None) -> Callback:
        state = {"step": -1, "started": time.monotonic()}

        def report(done: int, total: int | None) -> None:
            known = total if total is not None else size
            step = 0 if not known else min(10, done * 10 // max(known, 1))
            if step <= state["step"]:
                return
            state["step"] = step
            if known:
                elapsed = max(time.monotonic() - state["started"], 1e-6)
                rate = speed(done / elapsed) if step else ""
                size_text = f"{_render.human_size(done)} of {_render.human_size(known)}"
                _render.err(f"{name}: {step * 10}% ({size_text}) {rate}".rstrip())
            else:
                _render.err(f"{name}: {_render.human_size(done)}")

        return report
