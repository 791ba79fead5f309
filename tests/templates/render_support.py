"""Render an OpenAPI document with the repository's generator settings and templates.

The package is written under a name of its own, so it can be imported next to
`civitai_api_generated` in the same interpreter.
"""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml

REPO_ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
TEMPLATES = REPO_ROOT / "openapi" / "templates"


def _tool_env() -> dict[str, str]:
    # The generator's post-hooks run the pinned ruff, which lives next to this interpreter.
    return {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}


def render(
    spec: dict[str, Any], package: str, into: Path, settings: dict[str, Any] | None = None
) -> Path:
    """Generate `package` from `spec` into the folder `into`; return the package folder.

    `settings` are generator settings that override the repository's generator_config.yaml.
    """
    into.mkdir(parents=True, exist_ok=True)
    spec_path = into / "spec.yaml"
    spec_path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    config = yaml.safe_load((REPO_ROOT / "generator_config.yaml").read_text(encoding="utf-8"))
    config.update(settings or {})
    config["project_name_override"] = package.replace("_", "-")
    config["package_name_override"] = package
    config_path = into / "config.yaml"
    config_path.write_text(yaml.safe_dump(config), encoding="utf-8")
    output = into / package
    done = subprocess.run(
        [
            str(BIN / "openapi-python-client"),
            "generate",
            "--path",
            str(spec_path),
            "--config",
            str(config_path),
            "--meta",
            "none",
            "--output-path",
            str(output),
            "--custom-template-path",
            str(TEMPLATES),
        ],
        capture_output=True,
        text=True,
        env=_tool_env(),
        cwd=into,
        check=False,
    )
    report = done.stdout + done.stderr
    assert done.returncode == 0, report
    assert "warning" not in report.lower(), report
    return output


def type_check(package_dir: Path) -> str:
    """Run `mypy --strict` on a rendered package; return its report (empty when it passes)."""
    done = subprocess.run(
        [
            str(BIN / "mypy"),
            "--strict",
            "--cache-dir",
            str(package_dir.parent / ".mypy_cache"),
            package_dir.name,
        ],
        capture_output=True,
        text=True,
        cwd=package_dir.parent,
        env=_tool_env(),
        check=False,
    )
    return "" if done.returncode == 0 else done.stdout + done.stderr


# Long lines are left alone: docstrings carry the spec's descriptions as written.
LINT_RULES = ["--select", "E,F,W,I,UP,B,SIM", "--ignore", "E501", "--line-length", "100"]


def lint(package_dir: Path) -> str:
    """Run ruff on a rendered package; return its report (empty when clean)."""
    done = subprocess.run(
        [str(BIN / "ruff"), "check", "--isolated", "--no-cache", *LINT_RULES, package_dir.name],
        capture_output=True,
        text=True,
        cwd=package_dir.parent,
        env=_tool_env(),
        check=False,
    )
    return "" if done.returncode == 0 else done.stdout + done.stderr


def load(package_dir: Path, module: str) -> ModuleType:
    """Import `module` (dotted, below the package) from a rendered package."""
    folder = str(package_dir.parent)
    if folder not in sys.path:
        sys.path.insert(0, folder)
    return importlib.import_module(f"{package_dir.name}.{module}")
