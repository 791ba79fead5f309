"""`civitai hash` and `civitai identify`: local files, Civitai's hash types, bulk lookups."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import _render
from ._exit import NOT_FOUND, OTHER, USAGE, CommandError, exit_code
from ._options import Connection, Flag, HashTypes, Output
from ._render import Column, cut_path, path_column

if TYPE_CHECKING:
    from ..identify import FoundFiles

__all__ = ["hash_files", "identify"]


def _default_algorithms() -> list[str]:
    from importlib.util import find_spec

    from .. import HASH_ALGORITHMS

    if find_spec("blake3") is None:
        _render.err("BLAKE3 left out: it needs `pip install civitai-api[blake3]`")
        return [name for name in HASH_ALGORITHMS if name != "BLAKE3"]
    return list(HASH_ALGORITHMS)


def _missing(paths: list[Path]) -> list[Path]:
    """The paths that do not exist, each reported on stderr (their command exits 4)."""
    missing = [path for path in paths if not path.exists() and not path.is_symlink()]
    for path in missing:
        _render.err(f"{path}: no such file or folder")
    return missing


def _files_in(present: list[Path], verb: str) -> FoundFiles:
    """The files given and the model files under the folders given, walked as `library scan`
    walks them, with what the walk skipped (a link loop, a link leaving the folder, a folder
    that cannot be read): not fatal, listed by `print_problem_list` after the results.

    Raises:
        CommandError: No file at all (exit 4), once the problems are listed.
    """
    from ..identify import find_files

    found = find_files(present)
    if not found.files:
        _list_problems(found)
        raise _nothing_found(verb, present)
    return found


def _list_problems(found: FoundFiles) -> None:
    """What the walk skipped, on stderr, as `library scan` lists its problems."""
    from ._library_render import print_problem_list

    print_problem_list([problem.to_dict() for problem in found.problems])


def _nothing_found(verb: str, present: list[Path]) -> CommandError:
    """The error when no file is left to work on (exit 4)."""
    if not present:
        return CommandError(f"nothing to {verb}", NOT_FOUND)
    return CommandError(f"no model files found in {', '.join(map(str, present))}", NOT_FOUND)


def hash_files(
    paths: list[Path],
    /,
    *,
    algo: HashTypes = None,
    no_cache: Flag = False,
    output: Output = Output(),
) -> int:
    """Compute Civitai's hash types of files (`civitai hash --help`).

    Args:
        paths: Files and folders (searched recursively for model files, as `identify` does).
        algo: SHA256, AutoV1, AutoV2, AutoV3, CRC32, BLAKE3 (repeatable; default: all).
        no_cache: Neither read nor write the hash cache.
    """
    from .. import hash_file

    missing = _missing(paths)
    present = [path for path in paths if path not in missing]
    found = _files_in(present, "hash")
    names = list(dict.fromkeys(algo)) if algo else _default_algorithms()
    results: list[dict[str, Any]] = []
    failure: int | None = NOT_FOUND if missing else None
    for path in found.files:
        try:
            hashes = hash_file(path, names, cache=not no_cache)
            results.append({"path": str(path), "size": path.stat().st_size, "hashes": hashes})
        except OSError as error:
            failure = failure or OTHER
            _render.err(f"{path}: {error.strerror or error}")
    if output.json:
        _render.print_json(results)
    else:
        rows = [
            {"path": item["path"], "type": name, "hash": value}
            for item in results
            for name, value in item["hashes"].items()
        ]
        columns = (
            Column("file", lambda row: row["path"], priority=0, narrowest=16, shorten=cut_path),
            Column("type", lambda row: row["type"], priority=0),
            Column("hash", lambda row: row["hash"], priority=0, narrowest=16),
        )
        _render.print_table(columns, rows)
    _list_problems(found)
    return failure or 0


def _identified_row(item: Any) -> dict[str, Any]:
    error = item.error
    return {
        "path": str(item.path),
        "sha256": item.sha256,
        "known": item.known,
        "model_id": item.model_id,
        "model_name": item.model_name,
        "model_type": item.model_type,
        "version_id": item.version_id,
        "version_name": item.version_name,
        "base_model": item.base_model,
        "file_id": item.file_id,
        "update_available": item.update_available,
        "latest_version_id": item.latest_version_id,
        "latest_version_name": item.latest_version_name,
        "error": None if error is None else _render_error(error),
    }


def _render_error(error: BaseException) -> str:
    from ._exit import message_for

    return message_for(error)[0]


def _status(row: Mapping[str, Any], updates: bool) -> str:
    if row["error"]:
        return f"error: {row['error']}"
    if not row["known"]:
        return "not on Civitai"
    if not updates:
        return ""
    if row["update_available"]:
        return f"update: {row['latest_version_id']} {row['latest_version_name']}"
    return "latest" if row["update_available"] is False else ""


def identify(
    paths: list[Path],
    /,
    *,
    updates: Flag = False,
    same_base_model: Flag = False,
    output: Output = Output(),
    connection: Connection = Connection(),
) -> int:
    """Identify local model files on Civitai (`civitai identify --help`).

    Args:
        paths: Files and folders.
        updates: Also say whether each model has a newer version (one request per model).
        same_base_model: With --updates, only count newer versions on the same base model.
    """
    from ..identify import identify_files
    from ._session import sync_client

    if same_base_model and not updates:
        raise CommandError("--same-base-model goes with --updates", USAGE)
    missing = _missing(paths)
    present = [path for path in paths if path not in missing]
    walked = _files_in(present, "identify")
    with sync_client(connection) as client:
        found = identify_files(
            client, walked.files, check_updates=updates, same_base_model=same_base_model
        )
    rows = [_identified_row(item) for item in found]
    if output.json:
        _render.print_json(rows)
    else:
        columns = [
            path_column("file", lambda row: Path(row["path"]).name),
            Column(
                "model",
                lambda row: _join(row["model_id"], row["model_name"]),
                priority=0,
                narrowest=10,
            ),
            Column(
                "version",
                lambda row: _join(row["version_id"], row["version_name"]),
                priority=0,
                narrowest=9,
            ),
            Column("base model", lambda row: row["base_model"], priority=2, narrowest=10),
            Column("type", lambda row: row["model_type"], priority=2),
            Column(
                "status",
                lambda row: _status(row, updates),
                priority=0,
                narrowest=14,
                brief=lambda row: "error" if row["error"] else _status(row, updates),
            ),
            Column("error", lambda row: row["error"], below=True, piped=False),
        ]
        _render.print_table(columns, rows)
    _list_problems(walked)
    if missing:
        return NOT_FOUND
    errors = [item.error for item in found if item.error is not None]
    return exit_code(errors[0]) if errors else 0


def _join(number: object, name: object) -> str:
    return "" if number is None else f"{number} {name or ''}".strip()
