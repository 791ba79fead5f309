"""The README's Python examples stay true to the package: they compile, and every name they
import from civitai_api or reach as `civitai_api.<name>` exists."""

from __future__ import annotations

import ast
import importlib
import re
from pathlib import Path

import civitai_api
import pytest

README = Path(__file__).resolve().parents[1] / "README.md"
BLOCKS = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.S)


def test_the_readme_has_python_examples() -> None:
    assert len(BLOCKS) >= 10


@pytest.mark.parametrize("index", range(len(BLOCKS)))
def test_example_compiles_and_names_exist(index: int) -> None:
    source = BLOCKS[index]
    tree = compile(
        source, f"README block {index}", "exec", ast.PyCF_ONLY_AST | ast.PyCF_ALLOW_TOP_LEVEL_AWAIT
    )
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
