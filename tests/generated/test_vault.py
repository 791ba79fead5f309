"""The vault (`/vault/*`): authenticated, top-level page numbers, nullable items."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from civitai_api_generated.api.vault import (
    check_vault,
    get_vault,
    get_vault_items,
    toggle_vault_version,
)
from civitai_api_generated.models import (
    VaultCheckItem,
    VaultItem,
    VaultItemsResponse,
    VaultResponse,
    VaultToggleResult,
)
from civitai_api_generated.types import UNSET, Response

from .calls import RECORDING, acall, call


def check_vault_answer(response: Response[Any]) -> None:
    assert response.status_code == 200
    assert isinstance(response.parsed, VaultResponse)
    vault = response.parsed.vault
    assert vault is not None
    assert vault.storage_kb == 10485760
    assert vault.used_storage_kb == 73889
    assert vault.updated_at == datetime(2026, 8, 1, 9, 30, tzinfo=UTC)
    assert vault.meta is not UNSET
    assert vault.meta.additional_properties == {}


@pytest.mark.vcr("vault_get.yaml")
def test_vault_sync() -> None:
    check_vault_answer(call(get_vault, authed=True))


@pytest.mark.vcr("vault_get.yaml")
@pytest.mark.anyio
async def test_vault_async() -> None:
    check_vault_answer(await acall(get_vault, authed=True))


def check_no_vault(response: Response[Any]) -> None:
    assert response.status_code == 200
    assert isinstance(response.parsed, VaultResponse)
    assert response.parsed.vault is None  # non-members


not_member = pytest.mark.skipif(RECORDING, reason="depends on the recording account")


@not_member
@pytest.mark.vcr("vault_get_not_member.yaml")
def test_vault_not_member_sync() -> None:
    check_no_vault(call(get_vault, authed=True))


@not_member
@pytest.mark.vcr("vault_get_not_member.yaml")
@pytest.mark.anyio
async def test_vault_not_member_async() -> None:
    check_no_vault(await acall(get_vault, authed=True))


def check_stored_item(item: object) -> None:
    assert isinstance(item, VaultItem)
    assert (item.model_version_id, item.model_id) == (127062, 11821)
    assert item.refreshed_at is None
    assert item.notes is None
    assert item.meta is not UNSET
    assert item.meta.additional_properties == {"failures": 0}
    assert item.files is not UNSET
    assert item.files[0].display_name == "VSK.safetensors"


def check_items(response: Response[Any]) -> None:
    assert response.status_code == 200
    page = response.parsed
    assert isinstance(page, VaultItemsResponse)
    # page numbers at the top level, no metadata wrapper
    assert (page.total_items, page.current_page, page.page_size, page.total_pages) == (1, 1, 2, 1)
    (item,) = page.items
    check_stored_item(item)


@pytest.mark.vcr("vault_all.yaml")
def test_vault_items_sync() -> None:
    check_items(call(get_vault_items, authed=True, limit=2, page=1))


@pytest.mark.vcr("vault_all.yaml")
@pytest.mark.anyio
async def test_vault_items_async() -> None:
    check_items(await acall(get_vault_items, authed=True, limit=2, page=1))


def check_checked(response: Response[Any]) -> None:
    assert response.status_code == 200
    assert isinstance(response.parsed, list)
    stored, absent = response.parsed
    assert isinstance(stored, VaultCheckItem)
    assert isinstance(absent, VaultCheckItem)
    check_stored_item(stored.vault_item)
    assert (absent.model_version_id, absent.vault_item) == (13966, None)


@pytest.mark.vcr("vault_check.yaml")
def test_check_vault_sync() -> None:
    check_checked(call(check_vault, authed=True, model_version_ids=[127062, 13966]))


@pytest.mark.vcr("vault_check.yaml")
@pytest.mark.anyio
async def test_check_vault_async() -> None:
    check_checked(await acall(check_vault, authed=True, model_version_ids=[127062, 13966]))


def check_toggled(response: Response[Any]) -> None:
    assert response.status_code == 200
    assert isinstance(response.parsed, VaultToggleResult)
    assert response.parsed.success is True
    assert response.parsed.vault_id == 4412087


# Toggling changes the account's vault, so re-recording would edit real data.
@pytest.mark.skipif(RECORDING, reason="toggling would change the recording account's vault")
@pytest.mark.vcr("vault_toggle.yaml")
def test_toggle_vault_version_sync() -> None:
    check_toggled(call(toggle_vault_version, authed=True, model_version_id=127062))


@pytest.mark.skipif(RECORDING, reason="toggling would change the recording account's vault")
@pytest.mark.vcr("vault_toggle.yaml")
@pytest.mark.anyio
async def test_toggle_vault_version_async() -> None:
    check_toggled(await acall(toggle_vault_version, authed=True, model_version_id=127062))
