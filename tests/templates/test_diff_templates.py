"""`make diff-templates` (scripts/diff_templates.py), run as the Makefile runs it."""

from __future__ import annotations

import subprocess
import sys
from importlib import metadata, resources
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
SCRIPT = REPO_ROOT / "scripts" / "diff_templates.py"
OURS = REPO_ROOT / "openapi" / "templates"
STOCK = Path(str(resources.files("openapi_python_client") / "templates"))


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args],
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        check=False,
    )


def test_each_template_is_shown_against_the_installed_generators_own() -> None:
    done = run()
    assert done.returncode == 0, done.stderr
    label = f"openapi-python-client {metadata.version('openapi-python-client')}"
    ours = sorted(path.name for path in OURS.glob("*.jinja"))
    replaced = [name for name in ours if (STOCK / name).is_file()]
    assert "model.py.jinja" in replaced
    for name in replaced:
        assert f"--- {label}/{name}\n+++ openapi/templates/{name}\n" in done.stdout
    alone = [name for name in ours if name not in replaced]
    assert f"has no template of that name): {', '.join(alone)}" in done.stdout


def test_the_diff_shows_exactly_what_differs(tmp_path: Path) -> None:
    model = (OURS / "model.py.jinja").read_text(encoding="utf-8")
    (tmp_path / "model.py.jinja").write_text(
        model.replace("from __future__ import annotations", "OLD LINE", 1), encoding="utf-8"
    )
    (tmp_path / "types.py.jinja").write_text(
        (OURS / "types.py.jinja").read_text(encoding="utf-8"), encoding="utf-8"
    )
    done = run("--upstream", str(tmp_path), "model.py.jinja", "types.py.jinja")
    assert done.returncode == 0, done.stderr
    changed = [
        line
        for line in done.stdout.splitlines()
        if line.startswith(("+", "-")) and not line.startswith(("+++", "---"))
    ]
    assert changed == ["-OLD LINE", "+from __future__ import annotations"]
    assert f"The same as {tmp_path}'s: types.py.jinja" in done.stdout


def test_an_unknown_template_or_folder_is_refused_with_what_exists(tmp_path: Path) -> None:
    done = run("model.py")
    assert done.returncode == 2
    assert "not a template of openapi/templates: model.py" in done.stderr
    assert "model.py.jinja" in done.stderr
    done = run("--upstream", str(tmp_path / "missing"))
    assert done.returncode == 2
    assert "no templates folder at" in done.stderr
