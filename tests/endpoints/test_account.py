"""get_me and the Vault functions (all need a key) on cassettes."""

from __future__ import annotations

import pytest
from civitai_api import AuthenticationError
from civitai_api.v1 import VaultItems_API_Opts
from support.keys import API_KEY
from support.wrapper_calls import AUTH_HEADERS, Caller

from civitai_api_generated.models.me import Me
from civitai_api_generated.models.vault_items_response import VaultItemsResponse
from civitai_api_generated.models.vault_response import VaultResponse
from civitai_api_generated.models.vault_toggle_result import VaultToggleResult


@pytest.mark.vcr
@pytest.mark.default_cassette("me.yaml")
def test_get_me(call: Caller) -> None:
    me = call("get_me", headers=AUTH_HEADERS)
    assert isinstance(me, Me)
    assert (me.id, me.username) == (4412087, "cassette_user")


@pytest.mark.vcr
@pytest.mark.default_cassette("me_401.yaml")
def test_get_me_with_a_bad_key_is_an_authentication_error(call: Caller) -> None:
    with pytest.raises(AuthenticationError) as caught:
        call("get_me", headers=AUTH_HEADERS)
    assert caught.value.status_code == 401
    assert caught.value.message == "Unauthorized"
    assert API_KEY not in str(caught.value) + repr(caught.value)


@pytest.mark.vcr
@pytest.mark.default_cassette("vault_get.yaml")
def test_get_vault(call: Caller) -> None:
    vault = call("get_vault", headers=AUTH_HEADERS)
    assert isinstance(vault, VaultResponse)
    assert vault.vault is not None


@pytest.mark.vcr
@pytest.mark.default_cassette("vault_all.yaml")
def test_get_vault_items(call: Caller) -> None:
    page = call("get_vault_items", VaultItems_API_Opts(limit=[2], page=[1]), headers=AUTH_HEADERS)
    assert isinstance(page, VaultItemsResponse)
    assert page.items[0].model_version_id == 127062


@pytest.mark.vcr
@pytest.mark.default_cassette("vault_check.yaml")
def test_check_vault(call: Caller) -> None:
    checked = call("check_vault", [127062, 13966], headers=AUTH_HEADERS)
    assert [item.model_version_id for item in checked] == [127062, 13966]
    assert checked[0].vault_item is not None


@pytest.mark.vcr
@pytest.mark.default_cassette("vault_toggle.yaml")
def test_toggle_vault_version(call: Caller) -> None:
    result = call("toggle_vault_version", 127062, headers=AUTH_HEADERS)
    assert isinstance(result, VaultToggleResult)
    assert result.success is True
