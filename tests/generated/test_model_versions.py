"""`/model-versions/*`: by id, by hash (GET and both POSTs) and mini."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from civitai_api_generated.api.model_versions import (
    get_model_version,
    get_model_version_by_hash,
    get_model_version_ids_by_hashes,
    get_model_version_mini,
    get_model_versions_by_hashes,
)
from civitai_api_generated.models import (
    ErrorResponse,
    HashMatch,
    ModelVersionDetail,
    ModelVersionMini,
)
from civitai_api_generated.types import UNSET, Response

from .calls import acall, call

VSK_SHA256 = "260F2989F160C67B09FD68482D1CC45DE61A33EEC5D2FA6FCD6CF7E09BBA7D47"
VSK_BLAKE3 = "253BD9C3037584A20AD46C833E9BC90A1F8F7EA031FD81BF1E8392DBC9C45F3E"
HASHES = [VSK_SHA256, "0" * 64]


def check_version(version: object) -> ModelVersionDetail:
    assert isinstance(version, ModelVersionDetail)
    assert (version.id, version.model_id) == (127062, 11821)
    assert version.air == "urn:air:sd1:lora:civitai:11821@127062"
    assert version.model.name == "VSK-94 | Girls' Frontline"
    assert version.model.type_ == "LORA"
    assert version.created_at == datetime(2023, 7, 27, 10, 36, 7, 312000, tzinfo=UTC)
    assert version.training_status is None
    assert version.training_details is None
    assert version.licensing_fee is None
    assert version.paid_access is None
    assert version.early_access_ends_at is UNSET  # removed 2026-07-27
    (file,) = version.files
    assert file.primary is True  # always present here
    assert file.metadata is not UNSET
    assert (file.metadata.format_, file.metadata.size, file.metadata.fp) == (
        "SafeTensor",
        None,
        None,
    )
    assert file.hashes.sha256 == VSK_SHA256
    assert file.hashes.blake3 == VSK_BLAKE3
    (image,) = version.images
    assert image.nsfw_level == 1
    assert image.availability == "Public"
    assert image.meta is not None
    assert image.meta is not UNSET
    assert image.meta.additional_properties["seed"] == 3141592653
    assert image.meta.additional_properties["Clip skip"] == "2"
    return version


def check_by_id(response: Response[Any]) -> None:
    assert response.status_code == 200
    version = check_version(response.parsed)
    assert version.files[0].override_name is UNSET
    assert version.download_url == "https://civitai.com/api/download/models/127062"


@pytest.mark.vcr("model_version_127062.yaml")
def test_model_version_sync() -> None:
    check_by_id(call(get_model_version, model_version_id=127062))


@pytest.mark.vcr("model_version_127062.yaml")
@pytest.mark.anyio
async def test_model_version_async() -> None:
    check_by_id(await acall(get_model_version, model_version_id=127062))


def check_by_hash(response: Response[Any]) -> None:
    assert response.status_code == 200
    version = check_version(response.parsed)
    assert version.files[0].override_name is None  # by-hash selects it
    assert "s-maxage=3600" in response.headers["cache-control"]


@pytest.mark.vcr("model_version_by_hash.yaml")
def test_model_version_by_hash_sync() -> None:
    check_by_hash(call(get_model_version_by_hash, hash_=VSK_BLAKE3))


@pytest.mark.vcr("model_version_by_hash.yaml")
@pytest.mark.anyio
async def test_model_version_by_hash_async() -> None:
    check_by_hash(await acall(get_model_version_by_hash, hash_=VSK_BLAKE3))


def check_by_hashes(response: Response[Any]) -> None:
    assert response.status_code == 200
    assert isinstance(response.parsed, list)
    (version,) = response.parsed  # the unknown hash is dropped silently
    check_version(version)
    assert version.download_url == "https://undefined/api/download/models/127062"


@pytest.mark.vcr("model_versions_by_hashes.yaml")
def test_model_versions_by_hashes_sync() -> None:
    check_by_hashes(call(get_model_versions_by_hashes, body=HASHES))


@pytest.mark.vcr("model_versions_by_hashes.yaml")
@pytest.mark.anyio
async def test_model_versions_by_hashes_async() -> None:
    check_by_hashes(await acall(get_model_versions_by_hashes, body=HASHES))


def check_ids_by_hashes(response: Response[Any]) -> None:
    assert response.status_code == 200
    assert isinstance(response.parsed, list)
    (match,) = response.parsed
    assert isinstance(match, HashMatch)
    assert (match.model_version_id, match.model_id, match.hash_) == (127062, 11821, VSK_SHA256)


@pytest.mark.vcr("model_version_ids_by_hashes.yaml")
def test_model_version_ids_by_hashes_sync() -> None:
    check_ids_by_hashes(call(get_model_version_ids_by_hashes, body=HASHES))


@pytest.mark.vcr("model_version_ids_by_hashes.yaml")
@pytest.mark.anyio
async def test_model_version_ids_by_hashes_async() -> None:
    check_ids_by_hashes(await acall(get_model_version_ids_by_hashes, body=HASHES))


def check_mini(response: Response[Any]) -> None:
    assert response.status_code == 200
    mini = response.parsed
    assert isinstance(mini, ModelVersionMini)
    assert mini.air == "urn:air:sd1:lora:civitai:11821@127062"
    assert mini.file_name == "VSK.safetensors"
    assert mini.size == pytest.approx(73888.6953125)
    assert mini.hashes.auto_v2 == "260F2989F1"
    assert mini.download_urls == ["https://civitai.com/api/download/models/127062"]
    assert mini.fees == []
    assert mini.payout_enabled is False
    assert mini.early_access_ends_at is UNSET  # only with checkPermission
    assert mini.published_at == datetime(2023, 7, 27, 10, 41, 45, 737000, tzinfo=UTC)


@pytest.mark.vcr("model_version_mini_127062.yaml")
def test_model_version_mini_sync() -> None:
    check_mini(call(get_model_version_mini, model_version_id=127062))


@pytest.mark.vcr("model_version_mini_127062.yaml")
@pytest.mark.anyio
async def test_model_version_mini_async() -> None:
    check_mini(await acall(get_model_version_mini, model_version_id=127062))


def check_not_found(response: Response[Any]) -> None:
    assert response.status_code == 404
    assert isinstance(response.parsed, ErrorResponse)
    assert response.parsed.error == "Model not found"


@pytest.mark.vcr("model_version_404.yaml")
def test_model_version_not_found_sync() -> None:
    check_not_found(call(get_model_version, model_version_id=999999999))


@pytest.mark.vcr("model_version_404.yaml")
@pytest.mark.anyio
async def test_model_version_not_found_async() -> None:
    check_not_found(await acall(get_model_version, model_version_id=999999999))
