"""`civitai versions get|mini|by-hash`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from cyclopts import App

from . import _render
from ._exit import NOT_FOUND, CommandError
from ._options import Connection, Flag, Output
from ._render import Column, cut_path, field

__all__ = ["app"]

app = App(
    name="versions",
    help="Show model versions, find them by file hash.",
    help_format="markdown",
)

FILE_COLUMNS = (
    Column("file id", lambda row: row.get("id"), "right"),
    Column("name", lambda row: row.get("name"), priority=0, narrowest=16, shorten=cut_path),
    Column("type", lambda row: row.get("type"), priority=2),
    Column("format", lambda row: field(row, "metadata", "format"), priority=2),
    Column("size", lambda row: _render.human_size(_bytes(row.get("sizeKB"))), "right"),
    Column("primary", lambda row: row.get("primary") is True, priority=3),
    Column("SHA256", lambda row: field(row, "hashes", "SHA256"), priority=4, narrowest=12),
    Column("scans", lambda row: _scans(row), priority=3),
)
MATCH_COLUMNS = (
    Column("version", lambda row: row.get("id"), "right", priority=0),
    Column("model", lambda row: row.get("modelId"), "right"),
    Column("model name", lambda row: field(row, "model", "name"), priority=0, narrowest=12),
    Column("version name", lambda row: row.get("name"), priority=0, narrowest=10),
    Column("base model", lambda row: row.get("baseModel"), priority=2, narrowest=10),
    Column("AIR", lambda row: row.get("air"), priority=3),
)


def _scans(row: Mapping[str, Any]) -> str:
    """Civitai's virus and pickle scan results (`Success` when both passed)."""
    from ..download import scan_summary

    virus, pickle = row.get("virusScanResult"), row.get("pickleScanResult")
    return scan_summary(
        virus if isinstance(virus, str) else None, pickle if isinstance(pickle, str) else None
    )


def _bytes(size_kb: object) -> float | None:
    return size_kb * 1024 if isinstance(size_kb, int | float) and size_kb >= 0 else None


def print_version(body: dict[str, Any]) -> None:
    """The human view of one model version: facts, then its files."""
    _render.print_detail(
        [
            ("version", f"{body.get('id')}  {body.get('name')}"),
            ("model", f"{body.get('modelId')}  {field(body, 'model', 'name') or ''}"),
            ("type", field(body, "model", "type")),
            ("base model", body.get("baseModel")),
            ("published", str(body.get("publishedAt") or "")[:10]),
            ("AIR", body.get("air")),
            ("trained words", body.get("trainedWords")),
        ]
    )
    files = body.get("files")
    _render.print_table(FILE_COLUMNS, files if isinstance(files, list) else [])


@app.command
def get(
    version_id: int, /, *, output: Output = Output(), connection: Connection = Connection()
) -> None:
    """Show one model version and its files (GET /api/v1/model-versions/{id}).

    Args:
        version_id: The version's id (`modelVersionId=` in a model page's URL).
    """
    from ..v1 import get_model_by_versionId
    from ._session import fetch_json

    body = fetch_json(connection, lambda client: get_model_by_versionId(client, version_id))
    _render.print_either(body, output.json, print_version)


@app.command
def mini(
    version_id: int,
    /,
    *,
    file_id: int | None = None,
    output: Output = Output(),
    connection: Connection = Connection(),
) -> None:
    """Show the short form of a version: one file, whether downloads need a key
    (GET /api/v1/model-versions/mini/{id}).

    Args:
        version_id: The version's id.
        file_id: Describe this file instead of the primary one.
    """
    from ..v1 import get_model_version_mini
    from ._session import fetch_json

    body = fetch_json(
        connection, lambda client: get_model_version_mini(client, version_id, file_id)
    )
    _render.print_either(body, output.json, _show_mini)


def key_needed(require_auth: object, availability: object) -> str:
    """Whether a download needs a key, in Civitai's own words (the mini endpoint's
    `requireAuth`; early access always does). `download --dry-run` says the same."""
    if str(availability) == "EarlyAccess":
        return "yes (early access)"
    if isinstance(require_auth, bool):
        return "yes" if require_auth else "no"
    return "unknown"


def _show_mini(body: dict[str, Any]) -> None:
    _render.print_detail(
        [
            ("model", body.get("modelName")),
            ("version", body.get("versionName")),
            ("base model", body.get("baseModel")),
            ("AIR", body.get("air")),
            ("availability", body.get("availability")),
            ("file", body.get("fileName")),
            ("size", _render.human_size(_bytes(body.get("size")))),
            ("SHA256", field(body, "hashes", "SHA256")),
            ("needs a key", key_needed(body.get("requireAuth"), body.get("availability"))),
        ]
    )


def unknown_hashes(hashes: list[str], found: list[dict[str, Any]], *, ids: bool) -> list[str]:
    """The hashes (as given) that no answer matched: with `--ids` each answer names its hash;
    otherwise the hash is among the hashes of a version's files."""
    known: set[str] = set()
    for item in found:
        if ids:
            known.add(str(item.get("hash") or "").upper())
            continue
        for listed in item.get("files") or ():
            values = listed.get("hashes") if isinstance(listed, dict) else None
            known.update(str(value).upper() for value in (values or {}).values())
    return [text for text in dict.fromkeys(hashes) if text.strip().upper() not in known]


def _these(hashes: list[str]) -> str:
    return f"hash {hashes[0]}" if len(hashes) == 1 else "any of these hashes"


@app.command
def by_hash(
    hashes: list[str],
    /,
    *,
    ids: Flag = False,
    output: Output = Output(),
    connection: Connection = Connection(),
) -> None:
    """Find the versions that own files with these hashes.

    One hash of any type (SHA256, AutoV2, BLAKE3, ...) uses GET /model-versions/by-hash/{hash};
    several SHA256 hashes (up to 100) one POST /model-versions/by-hash; with `--ids`, up to
    10,000 SHA256 hashes give only the matching ids. The hashes Civitai does not know are
    named on stderr; exit code 4 when it knows none of them.

    Args:
        hashes: File hashes (hex).
        ids: Print only the matching version and model ids (POST /model-versions/by-hash/ids).
    """
    from .. import NotFoundError
    from ..v1 import (
        get_model_by_hash,
        get_model_version_ids_by_hashes,
        get_model_versions_by_hashes,
    )
    from ._session import sync_client

    with sync_client(connection) as client:
        if ids:
            found: Any = [m.to_dict() for m in get_model_version_ids_by_hashes(client, hashes)]
        elif len(hashes) == 1:
            try:
                found = get_model_by_hash(client, hashes[0]).to_dict()
            except NotFoundError:
                found = []
        else:
            found = [v.to_dict() for v in get_model_versions_by_hashes(client, hashes)]
    # one hash: Civitai answered for it (or 404 ended the command above)
    unknown = unknown_hashes(hashes, found, ids=ids) if isinstance(found, list) else []
    if not found:
        raise CommandError(f"Civitai knows no file with {_these(hashes)}", NOT_FOUND)
    if unknown:
        _render.err(f"not on Civitai: {' '.join(unknown)}")
    if output.json:
        _render.print_json(found)
    elif ids:
        _render.print_table(
            (
                Column("hash", lambda row: row.get("hash"), priority=0, narrowest=16),
                Column("version", lambda row: row.get("modelVersionId"), "right", priority=0),
                Column("model", lambda row: row.get("modelId"), "right", priority=0),
            ),
            found,
        )
    else:
        _render.print_table(MATCH_COLUMNS, found if isinstance(found, list) else [found])
