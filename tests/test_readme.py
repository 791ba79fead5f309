"""The README's and the docs' Python examples stay true to the package: they compile, every name
they import from civitai_api or reach as `civitai_api.<name>` exists, and the quick start and
the migration example run against the demo's stand-in Civitai. Every page of the docs is
reachable from the README, and every link between them leads somewhere."""

from __future__ import annotations

import ast
import contextlib
import importlib
import io
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import civitai_api
import pytest

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
# The README first, then every page of docs/ and CONTRIBUTING.md: the pages users read.
PAGES = [README, *sorted((ROOT / "docs").glob("*.md")), ROOT / "CONTRIBUTING.md"]


def python_blocks(page: Path) -> list[str]:
    return re.findall(r"```python\n(.*?)```", page.read_text(encoding="utf-8"), flags=re.S)


BLOCKS = [
    (f"{page.relative_to(ROOT)} block {index}", source)
    for page in PAGES
    for index, source in enumerate(python_blocks(page))
]


def test_the_readme_and_the_docs_have_python_examples() -> None:
    assert len(python_blocks(README)) >= 3
    assert len(BLOCKS) >= 15


@pytest.mark.parametrize(("name", "source"), BLOCKS, ids=[name for name, _source in BLOCKS])
def test_example_compiles_and_names_exist(name: str, source: str) -> None:
    tree = compile(source, name, "exec", ast.PyCF_ONLY_AST | ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    assert isinstance(tree, ast.Module)
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("civitai_api"):
            module = importlib.import_module(node.module or "")
            for alias in node.names:
                assert hasattr(module, alias.name), f"{node.module} has no {alias.name}"
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("civitai_api"):
                    importlib.import_module(alias.name)
        elif (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id == "civitai_api"
        ):
            assert hasattr(civitai_api, node.attr), f"civitai_api has no {node.attr}"


def test_the_quick_start_uses_todays_names() -> None:
    quick_start = python_blocks(README)[0]
    assert "from civitai_api import" in quick_start
    assert "civitai_api.v1" not in quick_start
    assert "Response_Models_Type" not in quick_start


# Links: `[text](target)` outside code blocks, the target a relative path with an optional anchor.
LINK = re.compile(r"\]\(([^)\s]+)\)")


def prose(page: Path) -> str:
    return re.sub(r"```.*?```", "", page.read_text(encoding="utf-8"), flags=re.S)


def anchors(page: Path) -> set[str]:
    """The anchors GitHub makes of a page's headings: lower case, punctuation dropped, spaces
    as hyphens."""
    found = set()
    for heading in re.findall(r"^#+ (.+)$", prose(page), flags=re.M):
        slug = re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")
        found.add(slug)
    return found


def local_links(page: Path) -> Iterator[tuple[Path, str]]:
    for target in LINK.findall(prose(page)):
        if re.match(r"[a-z]+:", target):
            continue  # https:, mailto:
        path, _, anchor = target.partition("#")
        yield (page.parent / path).resolve() if path else page, anchor


@pytest.mark.parametrize("page", PAGES, ids=[str(page.relative_to(ROOT)) for page in PAGES])
def test_every_link_leads_to_a_page_and_heading_that_exist(page: Path) -> None:
    for target, anchor in local_links(page):
        assert target.exists(), f"{page.name} links to {target}, which does not exist"
        if anchor:
            assert anchor in anchors(target), f"{page.name} links to {target.name}#{anchor}"


def test_every_page_is_reachable_from_the_readme() -> None:
    linked = {target for target, _anchor in local_links(README)}
    assert set(PAGES[1:]) <= linked, sorted(str(p) for p in set(PAGES[1:]) - linked)


@pytest.fixture
def stand_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The demo's stand-in Civitai (with a small model file), as CIVITAI_HOST, and no key."""
    monkeypatch.syspath_prepend(str(ROOT / "scripts"))
    demo_server = importlib.import_module("demo_server")
    for name in ("CIVITAI_API_KEY", "CIVITAI_TOKEN", "CIVITAI_API_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("CIVITAI_HASH_CACHE", "off")
    monkeypatch.chdir(tmp_path)
    with demo_server.serving(tmp_path, size=64 * 1024) as demo:
        monkeypatch.setenv("CIVITAI_HOST", demo.url)
        yield demo.url


def run_example(source: str, **names: object) -> str:
    """Run an example as a script; what it printed."""
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(source, "example", "exec"), {"__name__": "__example__", **names})
    return printed.getvalue()


def test_the_quick_start_runs(stand_in: str, tmp_path: Path) -> None:
    printed = run_example(python_blocks(README)[0])
    assert "11821 VSK-94 | Girls' Frontline SD 1.5\n" in printed
    assert (tmp_path / "models" / "Lora" / "VSK.safetensors").stat().st_size == 64 * 1024
    async_example = python_blocks(README)[1]
    assert run_example(async_example) == "VSK-94 | Girls' Frontline\n"


def test_the_migration_example_runs(stand_in: str) -> None:
    example = python_blocks(ROOT / "docs" / "migrating.md")[0]
    with civitai_api.build_client() as client:
        printed = run_example(example, client=client)
    assert re.fullmatch(r"\S+ 11821\n", printed), printed


def test_make_test_fails_when_the_command_reference_is_stale() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    prerequisites = re.search(r"^test:(.*)$", makefile, re.M)
    assert prerequisites is not None
    assert "check-docs" in prerequisites.group(1).split()
    for target, command in (("docs", "cli_docs.py"), ("check-docs", "cli_docs.py --check")):
        recipe = re.search(rf"^{target}:.*\n\t(.*)$", makefile, re.M)
        assert recipe is not None, target
        assert recipe.group(1).endswith(f"scripts/{command}"), target
    assert (ROOT / "docs" / "cli.md").read_text(encoding="utf-8").startswith("<!-- Rendered")


def test_the_command_reference_is_current_whatever_the_terminal_and_machine(tmp_path: Path) -> None:
    """docs/cli.md renders the same on a narrow terminal, for another user, host and key."""
    env = {
        **os.environ,
        "COLUMNS": "40",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "CIVITAI_HOST": "http://127.0.0.1:9",
        "CIVITAI_API_KEY": "a-key-the-page-must-not-show",
    }
    checked = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "cli_docs.py"), "--check"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
