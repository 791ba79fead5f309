"""The `civitai` command line: a thin shell over the library.

Each command parses its options, calls library functions (`civitai_api.v1`, downloads,
hashing, identification), renders the result (a rich table, JSON, progress bars) and lets
library exceptions through; `main` turns them into one line on stderr and an exit code
(`_exit.py`: 0 ok, 1 other, 2 usage or HTTP 400, 3 authentication, 4 not found, 5 network,
6 rate limited, 130 interrupted, 141 output pipe closed: quietly). Decisions a Python program
would also want (reading targets, choosing files, folder layouts, key lookup) live in the
library, not here.

Modules:

- `__init__`: `main`, the console script. It checks that the `cli` extra is installed
  before importing anything from it, and answers `--version` without loading the app.
- `_app`: the root app. Commands are registered by import path and loaded on first use, so
  `civitai --help` imports neither httpx nor any command module. `--host`, `--token`,
  `--json` and `-q` typed before the command are moved after it, where the command reads them.
- `_options`: option groups shared by commands (`Connection`, `Output`, `Paging`), and the
  one converter of options whose values are Civitai's names (any case, did-you-mean).
- `_session`: clients built from `Connection`; `hold_interrupts` for atomic output steps.
- `_listing`: one page or every page of a list endpoint, with resume cursors.
- `_render`: tables, JSON, messages on stderr. `_exit`: exit codes and error lines.
- command modules: `models`, `versions`, `images`, `community`, `account`, `download`
  (with `_targets_cli` and `_progress`), `files` (hash, identify), `auth` (auth, env),
  `library` (scan, ls, updates, verify, pin; with `_library_args`, `_library_render` and
  `_library_progress`).

Adding a command group, e.g. `civitai library ...`:

1. Write `civitai_api/cli/library.py` with `app = cyclopts.App(name="library", help=...)`
   and one function per command, decorated with `@app.command`. Take the shared options
   as keyword parameters (`connection: Connection = Connection()`, `output: Output =
   Output()`), import library code inside the function (keeps `--help` fast), call it,
   and print with `_render` (results on stdout, notes on stderr). Raise library exceptions
   or `_exit.CommandError(message, code, hint=...)`; return nothing (exit 0) or an exit code.
2. Add one line to `COMMANDS` in `_app.py`:
   `("library", "civitai_api.cli.library:app", "One-line help.")`.
3. Test it through the real entry point in `tests/cli/` (see `tests/cli/conftest.py`).
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Sequence
from importlib.util import find_spec
from typing import Final

__all__ = ["INSTALL_HINT", "main"]

INSTALL_HINT: Final = 'pip install "civitai-api[cli]"'
# The `cli` extra's packages, checked before any of them is imported.
_EXTRA_MODULES: Final = ("cyclopts", "rich", "platformdirs")


def _installed(module: str) -> bool:
    try:
        return find_spec(module) is not None
    except (ImportError, ValueError):  # a broken or blocked install counts as missing
        return False


def main(argv: Sequence[str] | None = None) -> int:
    """Run `civitai` with `argv` (default: the process's arguments); return the exit code.

    When the reader of the output goes away (`civitai enums | head -1`), the command stops at
    once and quietly with 141, as the shell's own tools do.
    """
    try:
        code = _main(list(sys.argv[1:] if argv is None else argv))
        sys.stdout.flush()  # output still buffered meets a closed pipe here, not at exit
    except BrokenPipeError:
        return _reader_gone()
    except SystemExit as stop:  # how rich ends the process when its stream's reader is gone
        if not isinstance(stop.__context__, BrokenPipeError):
            raise
        return _reader_gone()
    return code


def _main(args: list[str]) -> int:
    missing = [module for module in _EXTRA_MODULES if not _installed(module)]
    if missing:
        sys.stderr.write(
            f"civitai: the command line needs the cli extra ({', '.join(missing)} not "
            f"installed). Install it with:\n    {INSTALL_HINT}\n"
        )
        return 1
    if args == ["--version"]:  # no need to build the app for this
        from .. import __version__

        sys.stdout.write(f"{__version__}\n")
        return 0
    from ._app import run

    return run(args)


def _reader_gone() -> int:
    """End quietly after a write to a closed pipe: 141, what a shell reports for a program
    that SIGPIPE stopped (128 + 13).

    As Python's documentation advises (signal module, "Note on SIGPIPE"), a stream that
    cannot be flushed is pointed at /dev/null, so the flush at interpreter exit does not fail
    again and print "Exception ignored ...".
    """
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            with contextlib.suppress(OSError, ValueError):
                devnull = os.open(os.devnull, os.O_WRONLY)
                os.dup2(devnull, stream.fileno())
                os.close(devnull)
    from ._exit import BROKEN_PIPE

    return BROKEN_PIPE
