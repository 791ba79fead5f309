"""`/permissions/check`: an object keyed by entity id."""

from __future__ import annotations

from typing import Any

import pytest

from civitai_api_generated.api.permissions import check_permissions
from civitai_api_generated.models import PermissionsCheck
from civitai_api_generated.types import Response

from .calls import acall, call


def check_permissions_answer(response: Response[Any]) -> None:
    assert response.status_code == 200
    answer = response.parsed
    assert isinstance(answer, PermissionsCheck)
    # an object keyed by entity id
    assert answer.additional_properties == {"127062": True, "13966": False}


@pytest.mark.vcr("permissions_check.yaml")
def test_permissions_check_sync() -> None:
    check_permissions_answer(call(check_permissions, entity_ids=[127062, 13966]))


@pytest.mark.vcr("permissions_check.yaml")
@pytest.mark.anyio
async def test_permissions_check_async() -> None:
    check_permissions_answer(await acall(check_permissions, entity_ids=[127062, 13966]))
