"""`make diff-templates`: each template of openapi/templates against the generator's own.

For every template here that replaces one of openapi-python-client's, a unified diff: the
generator's template of the same name on the `---` side, ours on the `+++` side. Templates the
generator has no counterpart for (the conversions we add) are named at the end. By default the
generator is the one installed next to this interpreter (the version pinned in pyproject.toml);
`--upstream DIR` compares against another copy of its `templates/` folder, such as one
unpacked from the wheel of the version being moved to (see docs/generator.md).
"""

from __future__ import annotations

import argparse
import difflib
import sys
from collections.abc import Iterator, Sequence
from importlib import metadata, resources
from pathlib import Path

OURS = Path(__file__).resolve().parents[1] / "openapi" / "templates"
GENERATOR = "openapi-python-client"


def installed_templates() -> Path:
    """The `templates/` folder of the installed generator."""
    return Path(str(resources.files("openapi_python_client") / "templates"))


def template_names(folder: Path) -> list[str]:
    """The templates below `folder`, as paths relative to it (how the generator names them)."""
    return sorted(path.relative_to(folder).as_posix() for path in folder.rglob("*.jinja"))


def template_diff(name: str, upstream: Path, upstream_label: str) -> Iterator[str]:
    """The unified diff from the generator's template `name` to ours, line by line."""
    theirs = (upstream / name).read_text(encoding="utf-8").splitlines(keepends=True)
    ours = (OURS / name).read_text(encoding="utf-8").splitlines(keepends=True)
    for line in difflib.unified_diff(
        theirs, ours, f"{upstream_label}/{name}", f"openapi/templates/{name}"
    ):
        yield line if line.endswith("\n") else line + "\n\\ No newline at end of file\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--upstream",
        type=Path,
        help="the generator's templates folder to compare with (default: the installed one)",
    )
    parser.add_argument("names", nargs="*", help="only these templates (default: all of ours)")
    args = parser.parse_args(argv)

    if args.upstream is None:
        upstream = installed_templates()
        label = f"{GENERATOR} {metadata.version(GENERATOR)}"
    else:
        upstream = args.upstream
        label = str(upstream)
    if not upstream.is_dir():
        print(f"diff-templates: no templates folder at {upstream}", file=sys.stderr)
        return 2
    ours = template_names(OURS)
    unknown = [name for name in args.names if name not in ours]
    if unknown:
        print(
            f"diff-templates: not a template of openapi/templates: {', '.join(unknown)}"
            f" (these are: {', '.join(ours)})",
            file=sys.stderr,
        )
        return 2

    ours_alone, same = [], []
    for name in args.names or ours:
        if not (upstream / name).is_file():
            ours_alone.append(name)
            continue
        lines = list(template_diff(name, upstream, label))
        if lines:
            sys.stdout.writelines(lines)
        else:
            same.append(name)
    if same:
        print(f"\nThe same as {label}'s: {', '.join(same)}")
    if ours_alone:
        print(f"\nOurs alone ({label} has no template of that name): {', '.join(ours_alone)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
