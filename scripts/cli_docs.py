"""Render docs/cli.md, the reference of every `civitai` command and option, from the app itself.

Usage: ``make docs`` writes the page; ``make check-docs`` (part of ``make test``) fails when the
committed page differs from what the command renders now.

Cyclopts renders the page (`App.generate_docs`). The root app registers its commands by import
path and loads them on use, so every command module is imported first: the page then lists
every option of every command. The output depends on nothing but the code: Markdown has no
terminal width, and the options' help names environment variables, never this machine's paths.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

from civitai_api.cli._app import COMMANDS, app

PAGE = Path(__file__).resolve().parents[1] / "docs" / "cli.md"
NOTICE = (
    "<!-- Rendered from the `civitai` command by `make docs` (scripts/cli_docs.py); "
    "do not edit by hand. -->\n\n"
)


def render() -> str:
    """The page: every command module loaded, then the whole app rendered as Markdown."""
    for name, path, _help in COMMANDS:
        module, _, attribute = path.partition(":")
        if not hasattr(importlib.import_module(module), attribute):
            raise SystemExit(f"command {name}: {path} does not exist")
    text = app.generate_docs(output_format="markdown", recursive=True)
    missing = [name for name, _path, _help in COMMANDS if f"## civitai {name}\n" not in text]
    if missing:
        raise SystemExit(f"the rendered page lacks these commands: {', '.join(missing)}")
    return NOTICE + text.rstrip("\n") + "\n"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if docs/cli.md is stale")
    check = parser.parse_args(argv).check
    text = render()
    if not check:
        PAGE.write_text(text, encoding="utf-8")
        print(f"wrote {PAGE.name}: {len(text.splitlines())} lines")
        return 0
    committed = PAGE.read_text(encoding="utf-8") if PAGE.is_file() else ""
    if committed != text:
        print("docs/cli.md differs from what the civitai command renders: run `make docs`")
        return 1
    print("check-docs: docs/cli.md matches the civitai command")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
