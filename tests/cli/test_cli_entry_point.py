"""The `civitai` entry point: version, help, lazy loading, and the missing-extra message."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import civitai_api
from civitai_api.cli import INSTALL_HINT
from civitai_api.cli._app import COMMANDS


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_version_and_help(cli) -> None:
    version = cli("--version")
    assert (version.code, version.out) == (0, f"{civitai_api.__version__}\n")
    shown = cli("--help")
    assert shown.code == 0
    for name, _path, help_text in COMMANDS:
        assert name in shown.out
        assert help_text[:30] in shown.out


def test_help_loads_no_command_module() -> None:
    ran = run_python(
        """
        import sys
        from civitai_api.cli import main
        assert main(["--help"]) == 0
        loaded = sorted(name for name in sys.modules if name.startswith("civitai_api.cli."))
        print(loaded)
        """
    )
    assert ran.returncode == 0, ran.stderr
    assert (
        ran.stdout.strip().splitlines()[-1]
        == "['civitai_api.cli._app', 'civitai_api.cli._exit', 'civitai_api.cli._help']"
    )


def test_every_command_group_has_help(cli_here) -> None:
    for name, _path, _help in COMMANDS:
        ran = cli_here(name, "--help")
        assert ran.code == 0, (name, ran.err)
        assert ran.out.startswith("Usage: civitai ")


def test_without_the_cli_extra_it_says_how_to_install_it() -> None:
    ran = run_python(
        """
        import importlib.abc, sys

        class Blocked(importlib.abc.MetaPathFinder):
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in ("cyclopts", "rich"):
                    raise ModuleNotFoundError(f"No module named {name!r}")
                return None

        sys.meta_path.insert(0, Blocked())
        from civitai_api.cli import main
        code = main(["models", "search"])
        assert "cyclopts" not in sys.modules and "rich" not in sys.modules
        sys.exit(code)
        """
    )
    assert ran.returncode == 1
    assert ran.stdout == ""
    assert "cyclopts, rich not installed" in ran.stderr
    assert INSTALL_HINT in ran.stderr
