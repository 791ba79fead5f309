"""The command line is built on the library's public names only: no module of
`civitai_api/cli/` imports a private module (`civitai_api._x`, `civitai_api.library._y`) of
the package outside `cli`. What a command needs, a Python program can have too."""

from __future__ import annotations

import ast
import importlib
import inspect
import re
from pathlib import Path

import civitai_api
import civitai_api.cli
import pytest

CLI = Path(civitai_api.cli.__file__).parent
PACKAGE = "civitai_api"
# The lazily imported commands of `_app.py` ("civitai_api.cli.models:app").
_MODULE_TEXT = re.compile(r"civitai_api(\.\w+)+(:\w+)?")


def _package(path: Path) -> str:
    """The package a module file belongs to (`civitai_api.cli` for `cli/files.py`)."""
    return ".".join(path.parent.relative_to(CLI.parent.parent).parts)


def _absolute(package: str, node: ast.ImportFrom) -> str:
    """The absolute module an import reads from, in a module of `package`."""
    if node.level == 0:
        return node.module or ""
    parts = package.split(".")
    base = parts[: len(parts) - (node.level - 1)]
    return ".".join([*base, node.module] if node.module else base)


def _private_outside_cli(module: str) -> bool:
    """A module of the package outside `cli` with a private component."""
    parts = module.split(".")
    if parts[0] != PACKAGE or module == "civitai_api.cli" or module.startswith("civitai_api.cli."):
        return False
    return any(part.startswith("_") for part in parts[1:])


def private_imports(path: Path) -> list[str]:
    """`file:line: what` for each private import of the package outside cli in `path`."""
    package = _package(path)
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            source = _absolute(package, node)
            names = [source]
            # `from civitai_api import _client` imports a private module by name
            names += [
                f"{source}.{alias.name}"
                for alias in node.names
                if alias.name.startswith("_") and not alias.name.startswith("__")
            ]
        elif (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and _MODULE_TEXT.fullmatch(node.value)
        ):
            names = [node.value.split(":")[0]]
        for name in names:
            if _private_outside_cli(name):
                found.append(f"{path.relative_to(CLI.parent.parent)}:{node.lineno}: {name}")
    return found


CLI_MODULES = sorted(CLI.rglob("*.py"))


def test_every_cli_module_is_checked() -> None:
    names = {path.name for path in CLI_MODULES}
    assert {"__init__.py", "_app.py", "download.py", "files.py", "library.py"} <= names


@pytest.mark.parametrize("path", CLI_MODULES, ids=lambda path: path.name)
def test_the_command_line_imports_public_modules_only(path: Path) -> None:
    assert private_imports(path) == []


def test_the_check_finds_private_imports(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The same check over a made-up cli module: each kind of private import is named.
    cli = tmp_path / "civitai_api" / "cli"
    cli.mkdir(parents=True)
    sample = cli / "sample.py"
    sample.write_text(
        "from .._download.plan import FileInfo\n"
        "from ..library._retire import parse_retire\n"
        "from .. import _client\n"
        "import civitai_api._paths\n"
        "from ._render import Column\n"
        "from .. import __version__, hash_file\n"
        "from ..library import scan\n"
        "COMMANDS = [('x', 'civitai_api._hashing:hash_file'), ('y', 'civitai_api.cli.x:y')]\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(f"{__name__}.CLI", cli)
    assert private_imports(sample) == [
        "civitai_api/cli/sample.py:1: civitai_api._download.plan",
        "civitai_api/cli/sample.py:2: civitai_api.library._retire",
        "civitai_api/cli/sample.py:3: civitai_api._client",
        "civitai_api/cli/sample.py:4: civitai_api._paths",
        "civitai_api/cli/sample.py:8: civitai_api._hashing",
    ]


@pytest.mark.parametrize(
    ("module", "names"),
    [
        (
            "civitai_api",
            [
                "HASH_ALGORITHMS",
                "default_cache_path",
                "default_catalog_path",
                "user_cache_dir",
                "user_config_dir",
                "user_data_dir",
                "version_ids_of",
            ],
        ),
        ("civitai_api.download", None),
        (
            "civitai_api.library",
            ["is_offline", "parse_retire", "parse_sort_key", "parse_status", "sidecar_kinds"],
        ),
        ("civitai_api.identify", ["FoundFiles", "collect_files", "find_files"]),
    ],
)
def test_what_the_command_line_uses_is_public_and_documented(
    module: str, names: list[str] | None
) -> None:
    home = importlib.import_module(module)
    listed = list(home.__all__)
    for name in names if names is not None else listed:
        assert name in listed, f"{module}.{name} is not in __all__"
        value = getattr(home, name)
        if inspect.isfunction(value) or inspect.isclass(value):
            assert inspect.getdoc(value), f"{module}.{name} has no docstring"
