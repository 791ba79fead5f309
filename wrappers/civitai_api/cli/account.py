"""`civitai me`, `civitai vault ...`, `civitai permissions`, `civitai enums`."""

from __future__ import annotations

from typing import Any

from cyclopts import App

from . import _render
from ._options import BaseModels, Connection, ModelTypes, Output, VaultSortName, build_opts
from ._render import Column
from ._session import fetch_json

__all__ = ["enums", "me", "permissions", "vault"]

vault = App(
    name="vault", help="Your Vault: summary, items, add and remove.", help_format="markdown"
)

VAULT_COLUMNS = (
    Column("version", lambda row: row.get("modelVersionId"), "right", priority=0),
    Column("model", lambda row: row.get("modelId"), "right"),
    Column("model name", lambda row: row.get("modelName"), priority=0, narrowest=12),
    Column("version name", lambda row: row.get("versionName"), priority=0, narrowest=10),
    Column("type", lambda row: row.get("type"), priority=2),
    Column("base model", lambda row: row.get("baseModel"), priority=2, narrowest=10),
    Column("status", lambda row: row.get("status")),
)


def me(*, output: Output = Output(), connection: Connection = Connection()) -> None:
    """Show the account the API key belongs to (GET /api/v1/me; needs a key)."""
    from ..v1 import get_me

    _render.print_either(fetch_json(connection, get_me), output.json, _show_me)


def _show_me(body: dict[str, Any]) -> None:
    _render.print_detail(
        [
            ("user", f"{body.get('id')}  {body.get('username') or ''}"),
            ("status", body.get("status")),
            ("member", body.get("isMember")),
            ("tier", body.get("tier")),
            ("subscriptions", body.get("subscriptions")),
        ]
    )


@vault.command(name="get")
def vault_get(*, output: Output = Output(), connection: Connection = Connection()) -> None:
    """Show your Vault's storage (GET /api/v1/vault/get; needs a key)."""
    from ..v1 import get_vault

    _render.print_either(fetch_json(connection, get_vault), output.json, _show_vault)


def _show_vault(body: dict[str, Any]) -> None:
    summary = body.get("vault")
    if not isinstance(summary, dict):
        _render.err("no Vault: it comes with a Civitai membership")
        return
    _render.print_detail(
        [
            ("used", _render.human_size(_kb(summary.get("usedStorageKb")))),
            ("storage", _render.human_size(_kb(summary.get("storageKb")))),
            ("updated", str(summary.get("updatedAt") or "")[:10]),
        ]
    )


def _kb(value: object) -> float | None:
    return value * 1024 if isinstance(value, int | float) else None


@vault.command(name="items")
def vault_items(
    *,
    query: str | None = None,
    type: ModelTypes = None,
    base_model: BaseModels = None,
    category: list[str] | None = None,
    sort: VaultSortName = None,
    limit: int | None = None,
    page: int | None = None,
    output: Output = Output(),
    connection: Connection = Connection(),
) -> None:
    """List the model versions in your Vault (GET /api/v1/vault/all; needs a key).

    Args:
        query: Text to search for.
        type: Model type (repeatable).
        base_model: Base model (repeatable).
        category: Category (repeatable).
        sort: "Recently Added", "Recently Created", "Model Name", "Model Size".
        limit: Items per page (1-200).
        page: The page to show.
    """
    from ..v1 import VaultItems_API_Opts, get_vault_items

    opts = build_opts(
        VaultItems_API_Opts,
        query=query,
        types=type,
        baseModels=base_model,
        categories=category,
        sort=sort,
        limit=limit,
        page=page,
    )
    body = fetch_json(connection, lambda client: get_vault_items(client, opts))
    if output.json:
        _render.print_json(body)
        return
    _render.print_table(VAULT_COLUMNS, body.get("items") or [])
    current, total = body.get("currentPage"), body.get("totalPages")
    if isinstance(current, int) and isinstance(total, int) and current < total:
        _render.err(f"page {current} of {total}: add --page {current + 1} for more")


@vault.command(name="check")
def vault_check(
    version_ids: list[int], /, *, output: Output = Output(), connection: Connection = Connection()
) -> None:
    """Say which model versions are in your Vault (GET /api/v1/vault/check-vault).

    Args:
        version_ids: Model version ids.
    """
    from ..v1 import check_vault

    columns = (
        Column("version", lambda row: row.get("modelVersionId"), "right"),
        Column("in vault", lambda row: row.get("vaultItem") is not None),
    )
    found = fetch_json(connection, lambda client: check_vault(client, version_ids))
    _render.print_either(found, output.json, lambda rows: _render.print_table(columns, rows))


@vault.command(name="toggle")
def vault_toggle(
    version_id: int, /, *, output: Output = Output(), connection: Connection = Connection()
) -> None:
    """Add a model version to your Vault, or remove it if it is there
    (POST /api/v1/vault/toggle-version).

    Args:
        version_id: The model version's id.
    """
    from ..v1 import toggle_vault_version

    body = fetch_json(connection, lambda client: toggle_vault_version(client, version_id))
    _render.print_either(body, output.json, _show_pairs)


def _show_pairs(body: dict[str, Any]) -> None:
    _render.print_detail([(str(key), value) for key, value in body.items()])


def permissions(
    version_ids: list[int],
    /,
    *,
    user_id: int | None = None,
    output: Output = Output(),
    connection: Connection = Connection(),
) -> None:
    """Check what the key's user (or another user) may do with model versions
    (GET /api/v1/permissions/check).

    Args:
        version_ids: Model version ids.
        user_id: Check for this user instead of the key's owner.
    """
    from ..v1 import check_permissions

    body = fetch_json(connection, lambda client: check_permissions(client, version_ids, user_id))
    _render.print_either(body, output.json, _show_pairs)


def enums(*, output: Output = Output(), connection: Connection = Connection()) -> None:
    """List the values Civitai accepts for types, sorts, base models, ... (GET /api/v1/enums)."""
    from ..v1 import get_enums

    _render.print_either(fetch_json(connection, get_enums), output.json, _show_enums)


def _show_enums(body: dict[str, Any]) -> None:
    columns = (
        Column("enum", lambda row: row.get("name"), priority=0),
        Column("values", lambda row: row.get("values"), priority=0, narrowest=20, wrap=True),
    )
    _render.print_table(columns, [{"name": name, "values": v} for name, v in body.items()])
