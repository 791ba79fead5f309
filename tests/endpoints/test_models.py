"""models, get_model_by_id, get_model_by_versionId, get_model_by_hash on cassettes."""

from __future__ import annotations

import pytest
from civitai_api import NotFoundError
from civitai_api.enums import ModelSort, ModelType
from civitai_api.v1 import Models_API_Opts
from support.wrapper_calls import AUTH_HEADERS, Caller

from civitai_api_generated.models.model import Model
from civitai_api_generated.models.model_version_detail import ModelVersionDetail
from civitai_api_generated.models.models_response import ModelsResponse
from civitai_api_generated.types import UNSET

BLAKE3 = "253BD9C3037584A20AD46C833E9BC90A1F8F7EA031FD81BF1E8392DBC9C45F3E"


@pytest.mark.vcr
@pytest.mark.default_cassette("models_list.yaml")
def test_models_lists_a_page_with_a_cursor(call: Caller) -> None:
    opts = Models_API_Opts(
        limit=[2],
        tag=["girls_frontline"],
        types=[ModelType.LORA, "Poses"],
        sort=[ModelSort.Highest_Rated],
    )
    page = call("models", opts, headers=AUTH_HEADERS)
    assert isinstance(page, ModelsResponse)
    assert [model.id for model in page.items] == [11821, 1600240]
    assert page.items[0].type_ == ModelType.LORA
    assert page.metadata.next_cursor == "120|0|1600240"


@pytest.mark.vcr
@pytest.mark.default_cassette("models_list_civitai_red.yaml")
def test_models_follow_a_civitai_red_base_url(call: Caller) -> None:
    opts = Models_API_Opts(limit=[1], username=["LeonDoesntDraw"])
    page = call("models", opts, base_url="https://civitai.red")
    assert page.items[0].id == 11821


@pytest.mark.vcr
@pytest.mark.default_cassette("models_by_ids.yaml")
def test_models_by_ids_for_an_update_check(call: Caller) -> None:
    # What identification and the local library send: models by id, NSFW ones included.
    page = call("models", Models_API_Opts(ids=[11821], limit=[100], nsfw=[True]))
    assert [model.id for model in page.items] == [11821]
    assert page.items[0].model_versions[0].id == 127062  # the newest version first
    assert page.metadata.next_cursor is UNSET


@pytest.mark.vcr
@pytest.mark.default_cassette("model_11821.yaml")
def test_get_model_by_id(call: Caller) -> None:
    model = call("get_model_by_id", 11821)
    assert isinstance(model, Model)
    assert model.id == 11821
    assert any(version.id == 127062 for version in model.model_versions)


@pytest.mark.vcr
@pytest.mark.default_cassette("model_404.yaml")
def test_get_model_by_id_missing_is_not_found(call: Caller) -> None:
    with pytest.raises(FileNotFoundError) as caught:
        call("get_model_by_id", 999999999)
    error = caught.value
    assert isinstance(error, NotFoundError)
    assert error.status_code == 404
    assert error.message == "No model with id 999999999"
    assert error.url == "https://civitai.com/api/v1/models/999999999"


@pytest.mark.vcr
@pytest.mark.default_cassette("model_version_127062.yaml")
def test_get_model_by_version_id(call: Caller) -> None:
    version = call("get_model_by_versionId", 127062)
    assert isinstance(version, ModelVersionDetail)
    assert (version.id, version.model_id) == (127062, 11821)


@pytest.mark.vcr
@pytest.mark.default_cassette("model_version_404.yaml")
def test_get_model_by_version_id_missing_is_not_found(call: Caller) -> None:
    with pytest.raises(NotFoundError) as caught:
        call("get_model_by_versionId", 999999999)
    assert caught.value.status_code == 404


@pytest.mark.vcr
@pytest.mark.default_cassette("model_version_by_hash.yaml")
def test_get_model_by_hash_accepts_lower_case(call: Caller) -> None:
    version = call("get_model_by_hash", BLAKE3.lower())
    assert isinstance(version, ModelVersionDetail)
    assert version.id == 127062
