"""Run many `civitai` commands in the terminal this runs in, one process each, started fast.

Started inside a pseudo-terminal by the table tests: `python pty_commands.py COMMANDS.json`,
where the file lists `{"args": [...], "cwd": "...", "env": {...}, "columns": N}` objects. It
loads the installed `civitai` console script's function once, imports the command modules,
then forks one child per command: the child runs the command as the console script would
(its own process, its own exit status, the terminal as stdout and stderr), without paying
Python's start-up and imports each time. Before each command it resizes the terminal to
`columns` (as a user resizing the window) and prints `MARK index`, so the reader can cut
the output into one screen per command.
"""

from __future__ import annotations

import fcntl
import importlib
import json
import os
import struct
import sys
import termios
from importlib.metadata import entry_points

MARK = "==civitai-command=="
# What the commands import lazily, imported once before forking.
_WARM = (
    "civitai_api.v1",
    "civitai_api.library",
    "civitai_api.identify",
    "civitai_api.cli.account",
    "civitai_api.cli.community",
    "civitai_api.cli.download",
    "civitai_api.cli.files",
    "civitai_api.cli.images",
    "civitai_api.cli.library",
    "civitai_api.cli.models",
    "civitai_api.cli.versions",
    "civitai_api.cli._app",
    "httpx",
    "rich.table",
    "rich.progress",
)


def main() -> None:
    (script,) = entry_points(group="console_scripts", name="civitai")
    run = script.load()
    for name in _WARM:
        importlib.import_module(name)
    with open(sys.argv[1], encoding="utf-8") as handle:
        commands = json.load(handle)
    for index, command in enumerate(commands):
        rows = os.get_terminal_size(sys.stdout.fileno()).lines
        size = struct.pack("HHHH", rows, command["columns"], 0, 0)
        fcntl.ioctl(sys.stdout.fileno(), termios.TIOCSWINSZ, size)
        sys.stdout.write(f"{MARK} {index}\n")
        sys.stdout.flush()
        child = os.fork()
        if child == 0:
            os.chdir(command["cwd"])
            os.environ.update(command["env"])
            try:
                code = run(command["args"])
            except SystemExit as stop:
                code = stop.code if isinstance(stop.code, int) else 1
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(code or 0)
        os.waitpid(child, 0)


if __name__ == "__main__":
    main()
