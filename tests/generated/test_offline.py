"""The suite cannot reach the internet, and a cassette replays only what it recorded."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from vcr.errors import CannotOverwriteExistingCassetteException

from civitai_api_generated.api.models import get_model, get_models
from civitai_api_generated.models.model_sort import ModelSort
from civitai_api_generated.models.model_type import ModelType

from .calls import RECORDING, acall, call

pytestmark = pytest.mark.skipif(RECORDING, reason="re-recording talks to the live API")

# TEST-NET-1 (RFC 5737): never routed, so nothing can answer even if the guard failed open.
UNROUTABLE = "https://192.0.2.1"
LIST_ARGS = {
    "limit": 2,
    "tag": "girls_frontline",
    "types": [ModelType.LORA, ModelType.POSES],
    "sort": ModelSort.HIGHEST_RATED,
}


def guard_refused(error: BaseException | None) -> bool:
    """Whether the loopback guard's refusal is somewhere in ``error``'s causes."""
    if error is None:
        return False
    if "only loopback is allowed" in str(error):
        return True
    inner = list(error.exceptions) if isinstance(error, BaseExceptionGroup) else []
    causes = [error.__cause__, error.__context__, *inner]
    return any(guard_refused(cause) for cause in causes if cause is not error)


def test_plain_httpx_cannot_leave_loopback() -> None:
    with pytest.raises(httpx.ConnectError, match="only loopback is allowed"):
        httpx.get(f"{UNROUTABLE}/api/v1/models", timeout=5)


def test_generated_client_without_cassette_cannot_leave_loopback() -> None:
    with pytest.raises(httpx.ConnectError, match="only loopback is allowed"):
        call(get_model, base_url=UNROUTABLE, model_id=11821)


@pytest.mark.anyio
async def test_async_generated_client_cannot_leave_loopback() -> None:
    # anyio and trio wrap the refusal in their own "all attempts failed" error
    with pytest.raises(httpx.ConnectError) as caught:
        await acall(get_model, base_url=UNROUTABLE, model_id=11821)
    assert guard_refused(caught.value)


@pytest.mark.vcr("no_such_cassette.yaml")
def test_missing_cassette_fails(vcr_cassette_dir: str) -> None:
    with pytest.raises(CannotOverwriteExistingCassetteException):
        call(get_model, model_id=11821)
    assert not (Path(vcr_cassette_dir) / "no_such_cassette.yaml").exists()


@pytest.mark.vcr("models_list.yaml")
def test_request_not_in_cassette_fails() -> None:
    assert call(get_models, **LIST_ARGS).status_code == 200
    with pytest.raises(CannotOverwriteExistingCassetteException):
        call(get_models, **{**LIST_ARGS, "limit": 3})  # another query string


@pytest.mark.vcr("models_list.yaml")
@pytest.mark.anyio
async def test_recorded_answer_is_played_once() -> None:
    assert (await acall(get_models, **LIST_ARGS)).status_code == 200
    with pytest.raises(CannotOverwriteExistingCassetteException):
        await acall(get_models, **LIST_ARGS)
