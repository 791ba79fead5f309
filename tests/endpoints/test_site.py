"""get_enums and check_permissions on cassettes."""

from __future__ import annotations

import pytest
from civitai_api.enums import ModelType
from support.wrapper_calls import Caller

from civitai_api_generated.models.enums import Enums
from civitai_api_generated.models.permissions_check import PermissionsCheck


@pytest.mark.vcr
@pytest.mark.default_cassette("enums.yaml")
def test_get_enums_lists_every_model_type_we_know(call: Caller) -> None:
    enums = call("get_enums")
    assert isinstance(enums, Enums)
    assert {member.value for member in ModelType} <= set(enums.model_type)


@pytest.mark.vcr
@pytest.mark.default_cassette("permissions_check.yaml")
def test_check_permissions(call: Caller) -> None:
    result = call("check_permissions", [127062, 13966])
    assert isinstance(result, PermissionsCheck)
    assert result["127062"] is True
    assert result["13966"] is False
