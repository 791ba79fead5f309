"""`/models` and `/models/{id}` through the generated client, replayed from cassettes."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from civitai_api_generated.api.models import get_model, get_models
from civitai_api_generated.client import Client
from civitai_api_generated.models import ErrorDetail, ErrorResponse, Model, ModelsResponse
from civitai_api_generated.models.model_sort import ModelSort
from civitai_api_generated.models.model_type import ModelType
from civitai_api_generated.types import UNSET, Response

from .calls import CIVITAI, CIVITAI_RED, acall, call

VSK_BLAKE3 = "253BD9C3037584A20AD46C833E9BC90A1F8F7EA031FD81BF1E8392DBC9C45F3E"
LIST_ARGS: dict[str, Any] = {
    "limit": 2,
    "tag": "girls_frontline",
    "types": [ModelType.LORA, ModelType.POSES],
    "sort": ModelSort.HIGHEST_RATED,
}
NEXT_CURSOR = "120|0|1600240"


def check_first_page(response: Response[Any]) -> None:
    assert response.status_code == 200
    page = response.parsed
    assert isinstance(page, ModelsResponse)
    assert [model.id for model in page.items] == [11821, 1600240]
    assert page.metadata.next_cursor == NEXT_CURSOR
    assert isinstance(page.metadata.next_page, str)
    assert page.metadata.next_page.startswith(f"{CIVITAI}/api/v1/models?")
    assert "cursor=120%7C0%7C1600240" in page.metadata.next_page
    assert page.metadata.current_page is UNSET  # cursor mode: no page numbers

    vsk, style = page.items
    assert vsk.name == "VSK-94 | Girls' Frontline"
    assert vsk.type_ == "LORA"
    assert vsk.creator is not UNSET
    assert vsk.creator.username == "LeonDoesntDraw"
    assert vsk.allow_commercial_use == ["Image", "RentCivit", "Rent", "Sell"]
    assert "girls_frontline" in vsk.tags
    assert vsk.cosmetic is None
    assert vsk.mode is UNSET
    assert vsk.user_id is UNSET
    assert vsk.additional_properties == {}
    version = vsk.model_versions[0]
    assert version.id == 127062
    assert version.published_at == datetime(2023, 7, 27, 10, 41, 45, 737000, tzinfo=UTC)
    assert version.vae_id is None
    assert version.paid_access is None
    (file,) = version.files
    assert file.primary is True
    assert file.hashes.blake3 == VSK_BLAKE3
    assert file.hashes.auto_v3 == "A799B2202ECC"
    assert file.size_kb == pytest.approx(73888.6953125)
    (image,) = version.images
    assert image.id == 1743595
    assert image.nsfw_level == 1  # an int inside models

    assert style.allow_commercial_use == "{Image,Sell}"  # unparsed pg array
    assert style.creator is not UNSET
    assert style.creator.image is None
    assert style.stats.download_count is None
    assert style.stats.tipped_amount_count is None
    assert style.user_id == 5012733
    assert style.base_models == ["Illustrious", "Pony"]
    assert style.additional_properties == {"lastVersionAt": "2026-07-31T08:15:00.000Z"}
    early, older = style.model_versions
    assert early.base_model_type is None
    assert early.availability == "EarlyAccess"
    assert early.early_access_deadline == datetime(2026, 8, 14, 8, 15, tzinfo=UTC)
    assert early.paid_access is not None
    assert early.paid_access is not UNSET
    assert early.paid_access.permanent is False
    model_file, dataset = early.files
    assert model_file.primary is True
    assert dataset.primary is UNSET  # true or absent in /models
    assert dataset.type_ == "Training Data"
    assert dataset.hashes.sha256 is UNSET
    assert dataset.hashes.to_dict() == {}
    assert dataset.scanned_at is None
    assert dataset.download_url.endswith("?type=Training%20Data")
    assert older.images == []


@pytest.mark.vcr("models_list.yaml")
def test_models_list_sync() -> None:
    check_first_page(call(get_models, **LIST_ARGS))


@pytest.mark.vcr("models_list.yaml")
@pytest.mark.anyio
async def test_models_list_async() -> None:
    check_first_page(await acall(get_models, **LIST_ARGS))


def check_last_page(response: Response[Any]) -> None:
    assert response.status_code == 200
    page = response.parsed
    assert isinstance(page, ModelsResponse)
    # the last page has neither nextCursor nor nextPage
    assert page.metadata.next_cursor is UNSET
    assert page.metadata.next_page is UNSET
    (archived,) = page.items
    assert archived.id == 45213
    assert archived.mode == "Archived"
    assert archived.creator is UNSET  # omitted for Civitai's own models
    (version,) = archived.model_versions
    assert version.files == []
    assert version.download_url is UNSET


@pytest.mark.vcr("models_list_last_page.yaml")
def test_models_list_last_page_sync() -> None:
    check_last_page(call(get_models, cursor=NEXT_CURSOR, **LIST_ARGS))


@pytest.mark.vcr("models_list_last_page.yaml")
@pytest.mark.anyio
async def test_models_list_last_page_async() -> None:
    check_last_page(await acall(get_models, cursor=NEXT_CURSOR, **LIST_ARGS))


def check_civitai_red(response: Response[Any]) -> None:
    assert response.status_code == 200
    page = response.parsed
    assert isinstance(page, ModelsResponse)
    assert [model.id for model in page.items] == [11821]
    # absolute URLs echo the host that was called
    assert isinstance(page.metadata.next_page, str)
    assert page.metadata.next_page.startswith(f"{CIVITAI_RED}/api/v1/models?")


@pytest.mark.vcr("models_list_civitai_red.yaml")
def test_models_list_civitai_red_sync() -> None:
    response = call(get_models, base_url=CIVITAI_RED, limit=1, username="LeonDoesntDraw")
    check_civitai_red(response)


@pytest.mark.vcr("models_list_civitai_red.yaml")
@pytest.mark.anyio
async def test_models_list_civitai_red_async() -> None:
    response = await acall(get_models, base_url=CIVITAI_RED, limit=1, username="LeonDoesntDraw")
    check_civitai_red(response)


def check_model_11821(model: Model | ErrorResponse | None) -> None:
    assert isinstance(model, Model)
    assert model.id == 11821
    assert [version.id for version in model.model_versions] == [127062, 13966]
    newest, first = model.model_versions
    # detail versions carry covered/status/createdAt, not supportsGeneration
    assert newest.covered is True
    assert newest.supports_generation is UNSET
    assert newest.status == "Published"
    assert newest.created_at == datetime(2023, 7, 27, 10, 36, 7, 312000, tzinfo=UTC)
    assert newest.vae_id is UNSET  # removeEmpty dropped the null
    assert first.description is UNSET
    assert all(image.id is UNSET for image in newest.images)  # detail images have no id
    assert len(newest.images) == 2
    newest_meta = newest.files[0].metadata
    first_meta = first.files[0].metadata
    assert newest_meta is not UNSET
    assert first_meta is not UNSET
    assert newest_meta.format_ == "SafeTensor"
    assert newest_meta.size is UNSET
    assert (first_meta.size, first_meta.fp) == ("full", "fp16")
    assert first.files[0].hashes.sha256 == (
        "5E8CA396E45A596CC3F5B376B869EE4095617839B63ED2A352CAD7C9CA5712E2"
    )


@pytest.mark.vcr("model_11821.yaml")
def test_model_by_id_sync() -> None:
    with Client(base_url=CIVITAI) as client:
        check_model_11821(get_model.sync(client=client, model_id=11821))


@pytest.mark.vcr("model_11821.yaml")
@pytest.mark.anyio
async def test_model_by_id_async() -> None:
    async with Client(base_url=CIVITAI) as client:
        check_model_11821(await get_model.asyncio(client=client, model_id=11821))


def check_not_found(response: Response[Any]) -> None:
    assert response.status_code == 404
    assert isinstance(response.parsed, ErrorResponse)
    assert response.parsed.error == "No model with id 999999999"


@pytest.mark.vcr("model_404.yaml")
def test_model_not_found_sync() -> None:
    check_not_found(call(get_model, model_id=999999999))


@pytest.mark.vcr("model_404.yaml")
@pytest.mark.anyio
async def test_model_not_found_async() -> None:
    check_not_found(await acall(get_model, model_id=999999999))


def check_zod_400(response: Response[Any]) -> None:
    assert response.status_code == 400
    assert isinstance(response.parsed, ErrorResponse)
    # zod v4 puts the issues, as JSON text, in `message`
    detail = response.parsed.error
    assert isinstance(detail, ErrorDetail)
    assert detail.name == "ZodError"
    assert isinstance(detail.message, str)
    assert '"too_big"' in detail.message


@pytest.mark.vcr("models_list_400.yaml")
def test_models_list_bad_limit_sync() -> None:
    check_zod_400(call(get_models, limit=500))


@pytest.mark.vcr("models_list_400.yaml")
@pytest.mark.anyio
async def test_models_list_bad_limit_async() -> None:
    check_zod_400(await acall(get_models, limit=500))


def check_page_cap(response: Response[Any]) -> None:
    assert response.status_code == 429
    assert isinstance(response.parsed, ErrorResponse)
    assert response.parsed.error == "You've requested too many pages, please use cursors instead"
    assert "retry-after" not in response.headers  # a cap, not a rate limit


@pytest.mark.vcr("models_list_429_page_cap.yaml")
def test_models_list_page_cap_sync() -> None:
    check_page_cap(call(get_models, limit=100, page=11))


@pytest.mark.vcr("models_list_429_page_cap.yaml")
@pytest.mark.anyio
async def test_models_list_page_cap_async() -> None:
    check_page_cap(await acall(get_models, limit=100, page=11))
