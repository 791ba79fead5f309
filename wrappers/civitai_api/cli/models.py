"""`civitai models search|get`."""

from __future__ import annotations

from typing import Any

from cyclopts import App

from . import _render
from ._filters import ModelFilters
from ._listing import Listing, run_listing
from ._options import (
    Connection,
    ModelStatuses,
    Output,
    Paging,
    PeriodModeName,
    build_opts,
    one_start,
)
from ._render import Column, cut_path, field

__all__ = ["app"]

app = App(name="models", help="Search models, show one model.", help_format="markdown")

COLUMNS = (
    Column("id", lambda row: row.get("id"), "right", priority=0),
    Column("name", lambda row: row.get("name"), priority=0, narrowest=16),
    Column("type", lambda row: row.get("type"), priority=2),
    Column("creator", lambda row: field(row, "creator", "username"), narrowest=10),
    Column(
        "base model",
        lambda row: field(row, "modelVersions", 0, "baseModel"),
        priority=2,
        narrowest=10,
    ),
    Column("latest version", lambda row: field(row, "modelVersions", 0, "id"), "right", priority=3),
)


def _listing() -> Listing:
    from ..v1 import iter_models, models

    return Listing(models, iter_models, COLUMNS)


@app.command
def search(
    query: str | None = None,
    *,
    filters: ModelFilters = ModelFilters(),
    period_mode: PeriodModeName = None,
    nsfw: bool | None = None,
    status: ModelStatuses = None,
    id: list[int] | None = None,
    version_id: list[int] | None = None,
    early_access: bool | None = None,
    favorites: bool | None = None,
    hidden: bool | None = None,
    cursor: str | None = None,
    page: int | None = None,
    paging: Paging = Paging(),
    output: Output = Output(),
    connection: Connection = Connection(),
) -> int:
    """Search and filter models (GET /api/v1/models).

    Options named like the API's parameters; repeat an option to give several values
    (--type LORA --type LoCon). Values take any letter case (--type lora, --sort
    highest-rated) and are checked before anything is sent; `civitai enums` lists them.

    Args:
        query: Text to search for in model names.
        period_mode: Published or Stats.
        nsfw: Include (--nsfw) or exclude (--no-nsfw) NSFW models.
        status: Model status (needs a moderator key), repeatable.
        id: Only these model ids (repeatable).
        version_id: Only the models of these version ids (repeatable).
        early_access: Only models in early access.
        favorites: Only your favourites (needs a key).
        hidden: Only models you hid (needs a key).
        cursor: Start from this cursor (printed by an earlier page or an interrupted --all).
        page: Start from this page (at most 1000 results deep; not with a query).
    """
    one_start(cursor, page)
    from ..v1 import Models_API_Opts

    opts = build_opts(
        Models_API_Opts,
        query=query,
        **filters.api_values(),
        periodMode=period_mode,
        nsfw=nsfw,
        status=status,
        ids=id,
        modelVersionIds=version_id,
        earlyAccess=early_access,
        favorites=favorites,
        hidden=hidden,
        cursor=cursor,
        page=page,
        limit=paging.limit,
    )
    return run_listing(_listing(), opts, connection, output, paging, start=cursor or page)


VERSION_COLUMNS = (
    Column("version", lambda row: row.get("id"), "right", priority=0),
    Column("name", lambda row: row.get("name"), priority=0, narrowest=10),
    Column("base model", lambda row: row.get("baseModel"), priority=2, narrowest=10),
    Column("published", lambda row: str(row.get("publishedAt") or "")[:10], priority=3),
    Column(
        "file", lambda row: field(row, "file", "name"), priority=0, narrowest=16, shorten=cut_path
    ),
    Column("size", lambda row: _render.human_size(_kb(field(row, "file", "sizeKB"))), "right"),
    Column("SHA256", lambda row: field(row, "file", "hashes", "SHA256"), priority=4, narrowest=12),
)


def _kb(value: object) -> float | None:
    return value * 1024 if isinstance(value, int | float) and value >= 0 else None


def version_file_rows(versions: list[dict[str, object]]) -> list[dict[str, object]]:
    """One row per file of each version (a version without files gets one row)."""
    rows: list[dict[str, object]] = []
    for version in versions:
        files = version.get("files")
        for item in files if isinstance(files, list) and files else [None]:
            rows.append({**version, "file": item})
    return rows


@app.command
def get(
    model_id: int,
    /,
    *,
    output: Output = Output(),
    connection: Connection = Connection(),
) -> None:
    """Show one model with its versions and files (GET /api/v1/models/{id}).

    Args:
        model_id: The model's id (the number in `https://civitai.com/models/<id>`).
    """
    from ..v1 import get_model_by_id
    from ._session import fetch_json

    body = fetch_json(connection, lambda client: get_model_by_id(client, model_id))
    _render.print_either(body, output.json, _show_model)


def _show_model(body: dict[str, Any]) -> None:
    _render.print_detail(
        [
            ("model", f"{body.get('id')}  {body.get('name')}"),
            ("type", body.get("type")),
            ("creator", field(body, "creator", "username")),
            ("tags", body.get("tags")),
            ("nsfw", body.get("nsfw")),
            ("availability", body.get("availability")),
        ]
    )
    versions = body.get("modelVersions")
    _render.print_table(
        VERSION_COLUMNS, version_file_rows(versions if isinstance(versions, list) else [])
    )
