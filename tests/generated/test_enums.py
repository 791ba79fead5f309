"""`/enums`: the open lists of model types, file types and base models."""

from __future__ import annotations

from typing import Any

import pytest

from civitai_api_generated.api.enums import get_enums
from civitai_api_generated.models import Enums
from civitai_api_generated.types import Response

from .calls import acall, call


def check_enums(response: Response[Any]) -> None:
    assert response.status_code == 200
    enums = response.parsed
    assert isinstance(enums, Enums)
    assert {"LORA", "Checkpoint", "TextualInversion"} <= set(enums.model_type)
    assert "Training Data" in enums.model_file_type
    assert enums.base_model_type == ["Standard", "Inpainting", "Refiner", "Pix2Pix"]
    # hidden base models are listed in BaseModel only
    assert "SD 3" in enums.base_model
    assert "SD 3" not in enums.active_base_model
    assert set(enums.active_base_model) < set(enums.base_model)
    assert "Flux.1 D" in enums.active_base_model


@pytest.mark.vcr("enums.yaml")
def test_enums_sync() -> None:
    check_enums(call(get_enums))


@pytest.mark.vcr("enums.yaml")
@pytest.mark.anyio
async def test_enums_async() -> None:
    check_enums(await acall(get_enums))
