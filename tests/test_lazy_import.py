"""`import civitai_api` is light: each part loads when first used, and every name still resolves.

The module checks run a fresh interpreter, since this one has loaded everything long ago.
"""

from __future__ import annotations

import ast
import importlib
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import civitai_api
import civitai_api.v1 as v1
import pytest

PACKAGE_INIT = Path(civitai_api.__file__)

# What `import civitai_api` must leave unloaded: the HTTP stack and every part of the package.
HEAVY = [
    "httpx",
    "httpcore",
    "anyio",
    "tenacity",
    "trio",
    "attrs",
    "orjson",
    "civitai_api_generated",
    "civitai_api.v1",
    "civitai_api.cli",
    "civitai_api.identify",
    "civitai_api._client",
    "civitai_api.v1._call",
    "civitai_api._download",
    "civitai_api.download",
    "civitai_api._hashing",
    "civitai_api._hash_cache",
    "civitai_api._pagination",
    "civitai_api._retry",
    "civitai_api._walk",
    "civitai_api.export",
    "pyarrow",
    "msgspec",
    "duckdb",
]
# What the endpoint functions (`civitai_api.v1`) must still leave unloaded.
NOT_FOR_ENDPOINTS = [
    "anyio",
    "tenacity",
    "trio",
    "civitai_api.cli",
    "civitai_api.identify",
    "civitai_api._download",
    "civitai_api._hashing",
    "civitai_api._hash_cache",
    "civitai_api._pagination",
    "civitai_api._retry",
    "civitai_api.v1._iterators",
]


def loaded_after(code: str) -> set[str]:
    """The modules a fresh interpreter has loaded after running `code`."""
    script = textwrap.dedent(code) + "\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    done = subprocess.run(
        [sys.executable, "-W", "error", "-c", script],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return set(json.loads(done.stdout.splitlines()[-1]))


def loaded_prefixes(modules: set[str], names: list[str]) -> list[str]:
    return [name for name in names if any(m == name or m.startswith(name + ".") for m in modules)]


def test_import_loads_none_of_the_heavy_parts() -> None:
    modules = loaded_after("import civitai_api")
    assert loaded_prefixes(modules, HEAVY) == []


def test_endpoints_load_neither_downloads_hashing_nor_pagination() -> None:
    modules = loaded_after("import civitai_api\ncivitai_api.get_model_by_id")
    assert "civitai_api.v1" in modules
    assert loaded_prefixes(modules, NOT_FOR_ENDPOINTS) == []


def test_each_part_loads_on_first_use() -> None:
    modules = loaded_after("import civitai_api\ncivitai_api.hash_file")
    assert "civitai_api._hashing" in modules
    assert loaded_prefixes(modules, ["civitai_api.v1", "civitai_api._download", "httpx"]) == []
    modules = loaded_after("import civitai_api\ncivitai_api.iter_models")
    assert {"civitai_api._pagination", "civitai_api.v1._iterators"} <= modules
    modules = loaded_after("import civitai_api\ncivitai_api.download_model_version")
    assert "civitai_api._download.engine" in modules


def test_every_exported_name_resolves_in_a_fresh_interpreter() -> None:
    code = """
        import importlib
        import civitai_api
        for name in civitai_api.__all__:
            value = getattr(civitai_api, name)
            assert value is not None, name
        from civitai_api import *
        assert callable(models) and civitai_api.models is civitai_api.v1.models
        assert civitai_api.enums.ModelType.LORA == "LORA"
        assert civitai_api.identify.identify_files is civitai_api.identify_files
    """
    loaded_after(code)


def test_exported_names_are_the_objects_of_their_modules() -> None:
    for name, module in civitai_api._EXPORTS.items():
        home = importlib.import_module(module, "civitai_api")
        assert getattr(civitai_api, name) is getattr(home, name), name


def test_all_is_the_export_table() -> None:
    assert set(civitai_api.__all__) == set(civitai_api._EXPORTS) | {"__version__"}
    assert civitai_api.__all__ == sorted(civitai_api.__all__)


def test_type_checking_imports_match_the_export_table() -> None:
    tree = ast.parse(PACKAGE_INIT.read_text(encoding="utf-8"))
    block = next(
        node
        for node in tree.body
        if isinstance(node, ast.If) and getattr(node.test, "id", None) == "TYPE_CHECKING"
    )
    imported = {
        alias.name: "." * node.level + (node.module or "")
        for node in block.body
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
    }
    assert imported == civitai_api._EXPORTS


def test_dir_lists_every_name_and_public_submodule() -> None:
    listed = set(dir(civitai_api))
    assert set(civitai_api.__all__) <= listed
    assert {"v1", "enums", "identify"} <= listed
    assert set(v1.__all__) <= set(dir(v1))


def test_unknown_names_raise_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no_such_name"):
        _ = civitai_api.no_such_name  # type: ignore[attr-defined]
    assert not hasattr(civitai_api, "__no_such_dunder__")
    with pytest.raises(AttributeError, match="iter_nothing"):
        _ = v1.iter_nothing  # type: ignore[attr-defined]


def test_v1_iterators_load_with_pagination_on_first_use() -> None:
    modules = loaded_after("import civitai_api.v1 as v1")
    assert "civitai_api._pagination" not in modules
    modules = loaded_after(
        "from civitai_api.v1 import iter_models, async_iter_tags\nassert callable(iter_models)"
    )
    assert "civitai_api._pagination" in modules


def test_help_of_civitai_and_of_export_loads_no_pyarrow() -> None:
    for argv in (["--help"], ["export", "--help"], ["export", "images", "--help"]):
        modules = loaded_after(
            "import contextlib, io\n"
            "from civitai_api.cli import main\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            f"    assert main({argv!r}) == 0"
        )
        assert loaded_prefixes(modules, ["pyarrow", "msgspec", "civitai_api.export"]) == [], argv
