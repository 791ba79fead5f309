"""`/api/download/models/{id}`: the 307 to a signed storage URL."""

from __future__ import annotations

from typing import Any

import pytest

from civitai_api_generated.api.downloads import download_model_version
from civitai_api_generated.types import Response

from .calls import acall, call


def check_redirect(response: Response[Any]) -> None:
    assert response.status_code == 307
    assert response.parsed is None
    location = response.headers["location"]
    assert location.startswith("https://civitai-delivery-worker-prod.")
    assert "filename%3D%22VSK.safetensors%22" in location
    assert response.headers["cache-control"] == "no-store, max-age=0"
    assert "token=" not in location


@pytest.mark.vcr("download_127062.yaml")
def test_download_redirect_sync() -> None:
    check_redirect(call(download_model_version, authed=True, model_version_id=127062))


@pytest.mark.vcr("download_127062.yaml")
@pytest.mark.anyio
async def test_download_redirect_async() -> None:
    check_redirect(await acall(download_model_version, authed=True, model_version_id=127062))
