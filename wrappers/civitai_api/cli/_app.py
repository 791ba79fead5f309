"""The root `civitai` app: every command group registered by import path, loaded on use.

`civitai --help` reads the one-line help given here and imports no command module, no httpx
and no generated client; `civitai models --help` imports `civitai_api.cli.models` only.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Final

from cyclopts import App, CycloptsError, Parameter, UnusedCliTokensError

from .. import __version__
from . import _exit
from ._help import GROUP_HELP, HELP

__all__ = ["COMMANDS", "GLOBAL_OPTIONS", "app", "hoist_global_options", "run"]

# (name, "module:attribute", help), in the order `civitai --help` lists them.
COMMANDS: Final = (
    ("download", "civitai_api.cli.download:download", HELP["download"]),
    ("models", "civitai_api.cli.models:app", "Search models, show one model."),
    ("versions", "civitai_api.cli.versions:app", "Show model versions, find them by file hash."),
    ("images", "civitai_api.cli.images:app", "Search images and their generation data."),
    (
        "export",
        "civitai_api.cli.export:app",
        "Export every model or image of a query as a dataset.",
    ),
    ("creators", "civitai_api.cli.community:creators", "Search creators."),
    ("users", "civitai_api.cli.community:users", "Search users."),
    ("tags", "civitai_api.cli.community:tags", "Search tags."),
    ("articles", "civitai_api.cli.community:articles", "Search articles, show one."),
    ("collections", "civitai_api.cli.community:collections", "Search collections, show one."),
    ("hash", "civitai_api.cli.files:hash_files", HELP["hash"]),
    ("identify", "civitai_api.cli.files:identify", HELP["identify"]),
    ("library", "civitai_api.cli.library:app", GROUP_HELP["library"]),
    ("me", "civitai_api.cli.account:me", HELP["me"]),
    ("vault", "civitai_api.cli.account:vault", "Your Vault: summary, items, add and remove."),
    ("permissions", "civitai_api.cli.account:permissions", HELP["permissions"]),
    ("enums", "civitai_api.cli.account:enums", HELP["enums"]),
    ("auth", "civitai_api.cli.auth:app", "Log in (store an API key), show or remove it."),
    ("env", "civitai_api.cli.auth:env", HELP["env"]),
)

# Options that may come before the command too (`civitai --host URL --json models get 1`), and
# whether each takes a value. They are moved after the command, where it reads them.
GLOBAL_OPTIONS: Final = {
    "--host": True,
    "--token": True,
    "--json": False,
    "--quiet": False,
    "-q": False,
}

_COMMAND_NAMES: Final = frozenset(name for name, _path, _help in COMMANDS)

app = App(
    name="civitai",
    help=(
        "Civitai from the command line: search, download (verified, resumable, parallel), "
        "hash and identify model files. Exit codes: 0 ok, 1 other, 2 usage or HTTP 400, "
        "3 authentication, 4 not found, 5 network, 6 rate limited, 7 unsafe file, 130 interrupted, "
        "141 output pipe closed (as by `| head`). "
        "--host, --token, --json and -q/--quiet may come before the command as well as after it."
    ),
    version=__version__,
    help_format="plaintext",
    version_format="plaintext",
    default_parameter=Parameter(negative_iterable=()),
    suppress_keyboard_interrupt=False,
)
# Command groups are Apps with their own help format; for a function the App is made here.
for _order, (_name, _path, _help) in enumerate(COMMANDS):
    _format = {"help_format": "markdown"} if _name in HELP else {}
    app.command(_path, name=_name, help=_help, sort_key=_order, **_format)


def hoist_global_options(argv: Sequence[str]) -> list[str]:
    """The command line with the global options given before the command moved after it
    (before a `--`, if any), so the command reads them as its own: `--host URL --json models
    get 1` → `models get 1 --host URL --json`. Anything else before the command (`--help`,
    `--version`, an unknown option) leaves the line unchanged."""
    tokens = list(argv)
    moved: list[str] = []
    index = 0
    while index < len(tokens) and tokens[index].startswith("-"):
        name, has_value, _ = tokens[index].partition("=")
        if name not in GLOBAL_OPTIONS and name not in ("--help", "-h", "--version"):
            if any(token in _COMMAND_NAMES for token in tokens[index:]):
                raise _exit.CommandError(
                    f"{name} goes after the command (only --host, --token, --json and "
                    "-q/--quiet may come before it)",
                    _exit.USAGE,
                )
            return tokens
        if name not in GLOBAL_OPTIONS or (has_value and not GLOBAL_OPTIONS[name]):
            return tokens
        width = 2 if GLOBAL_OPTIONS[name] and not has_value else 1
        if index + width > len(tokens):
            return tokens  # `--host` with no value: let the parser say so
        moved += tokens[index : index + width]
        index += width
    rest = tokens[index:]
    if not moved or not rest:
        return tokens
    end = rest.index("--") if "--" in rest else len(rest)
    return [*rest[:end], *moved, *rest[end:]]


def run(argv: Sequence[str]) -> int:
    """Run one command line; return its exit code. Errors print one line on stderr."""
    try:
        argv = hoist_global_options(argv)
    except _exit.CommandError as error:
        _report(error)
        return _exit.USAGE
    try:
        result = app(
            list(argv), exit_on_error=False, print_error=False, result_action="return_value"
        )
    except UnusedCliTokensError as error:
        extra = " ".join(error.unused_tokens or [])
        sys.stderr.write(
            f"civitai: error: unexpected argument(s): {extra}\n"
            "hint: put every target before the options, and repeat an option for each value "
            "(--model 1 --model 2); see --help\n"
        )
        return _exit.USAGE
    except CycloptsError as error:
        _report(error)
        return _exit.USAGE
    except KeyboardInterrupt:
        sys.stderr.write("civitai: interrupted\n")
        return _exit.INTERRUPTED
    except Exception as error:
        if _exit.is_broken_pipe(error):  # the entry point ends quietly (`main`)
            raise BrokenPipeError from error
        _report(error)
        return _exit.exit_code(error)
    return result if isinstance(result, int) and not isinstance(result, bool) else _exit.OK


def _report(error: BaseException) -> None:
    message, hint = _exit.message_for(error)
    sys.stderr.write(f"civitai: error: {message}\n")
    if hint:
        sys.stderr.write(f"hint: {hint}\n")
