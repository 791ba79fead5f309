"""The public surface: exact exports, sync/async twins, the original `civitai_api`'s imports."""

from __future__ import annotations

import inspect
import subprocess
import sys
import textwrap
import typing

import civitai_api
import civitai_api.v1 as v1
import httpx
import pytest
from civitai_api.v1.models import (
    articles,
    collections,
    creators,
    images,
    models,
    users,
    vault,
)

V1_FUNCTIONS = {
    "articles",
    "check_permissions",
    "check_vault",
    "collections",
    "creators",
    "get_article",
    "get_collection",
    "get_enums",
    "get_me",
    "get_model_by_hash",
    "get_model_by_id",
    "get_model_by_versionId",
    "get_model_version_ids_by_hashes",
    "get_model_version_mini",
    "get_model_versions_by_hashes",
    "get_vault",
    "get_vault_items",
    "images",
    "models",
    "tags",
    "toggle_vault_version",
    "users",
}
V1_OPTS = {
    "Articles_API_Opts",
    "Collections_API_Opts",
    "Creators_API_Opts",
    "Images_API_Opts",
    "Models_API_Opts",
    "Tags_API_Opts",
    "Users_API_Opts",
    "VaultItems_API_Opts",
}


def test_v1_all_is_exact() -> None:
    expected = V1_FUNCTIONS | {f"async_{name}" for name in V1_FUNCTIONS} | V1_OPTS
    listed = ("articles", "collections", "creators", "images", "models", "tags")
    expected |= {f"{prefix}iter_{name}" for name in listed for prefix in ("", "async_")}
    assert set(v1.__all__) == expected | {"QueryParamsError"}
    assert v1.__all__ == sorted(v1.__all__)


def test_top_level_exports_every_endpoint_option_exception_and_enum() -> None:
    exported = set(civitai_api.__all__)
    endpoints = V1_FUNCTIONS | {f"async_{name}" for name in V1_FUNCTIONS} | V1_OPTS
    assert endpoints <= exported
    iterators = {name for name in v1.__all__ if "iter_" in name}
    assert len(iterators) == 12
    assert iterators <= exported
    for name in (
        "CivitaiError",
        "NotFoundError",
        "RateLimitError",
        "PageLimitError",
        "EarlyAccessError",
        "ResponseValidationError",
        "APITimeoutError",
        "ModelType",
        "Response_Models_Type",
        "ModelSort",
        "ImageSort",
        "NsfwLevel",
        "BrowsingLevel",
        "IgnoredParameterWarning",
    ):
        assert name in exported
    assert civitai_api.__all__ == sorted(civitai_api.__all__)
    for name in civitai_api.__all__:
        assert hasattr(civitai_api, name), name


@pytest.mark.parametrize("name", sorted(V1_FUNCTIONS))
def test_every_function_has_an_async_twin_with_the_same_parameters(name: str) -> None:
    sync, twin = getattr(v1, name), getattr(v1, f"async_{name}")
    assert not inspect.iscoroutinefunction(sync)
    assert inspect.iscoroutinefunction(twin)
    sync_params = list(inspect.signature(sync).parameters.values())
    twin_params = list(inspect.signature(twin).parameters.values())
    assert [p.name for p in sync_params] == [p.name for p in twin_params]
    assert [p.kind for p in sync_params] == [p.kind for p in twin_params]
    assert [p.default for p in sync_params] == [p.default for p in twin_params]
    assert sync_params[0].name == "client"
    assert sync_params[0].annotation == "httpx.Client"
    assert twin_params[0].annotation == "httpx.AsyncClient"
    assert [p.annotation for p in sync_params[1:]] == [p.annotation for p in twin_params[1:]]
    assert inspect.signature(sync).return_annotation == inspect.signature(twin).return_annotation


def test_original_civitai_api_signatures() -> None:
    assert list(inspect.signature(v1.get_model_by_id).parameters) == ["client", "modelId"]
    assert list(inspect.signature(v1.get_model_by_versionId).parameters) == [
        "client",
        "modelVersionId",
    ]
    assert list(inspect.signature(v1.get_model_by_hash).parameters) == ["client", "hash"]
    for name in ("models", "images", "creators", "tags"):
        params = inspect.signature(getattr(v1, name)).parameters
        assert list(params) == ["client", "opts"]
        assert params["opts"].default is None


def test_original_civitai_api_enum_members() -> None:
    from civitai_api.v1.models.images import NsfwLevel
    from civitai_api.v1.models.images import Sort as ImageSort
    from civitai_api.v1.models.models import AllowCommercialUse, Period, Response_Models_Type, Sort

    original_types = "Checkpoint TextualInversion Hypernetwork AestheticGradient LORA Controlnet "
    original_types += "Poses LoCon DoRA Other MotionModule Upscaler VAE Wildcards Workflows"
    for member in original_types.split():
        assert Response_Models_Type[member].value == member
    assert Sort.Highest_Rated == "Highest Rated"
    assert Sort.Most_Downloaded == "Most Downloaded"
    assert Sort.Newest == "Newest"
    assert ImageSort.Most_Reactions == "Most Reactions"
    assert ImageSort.Most_Comments == "Most Comments"
    assert [p.value for p in Period] == ["AllTime", "Day", "Week", "Month", "Year"]
    assert AllowCommercialUse.None_ == "None"
    assert [m.name for m in AllowCommercialUse] == ["None_", "Image", "RentCivit", "Rent", "Sell"]
    assert [m.name for m in NsfwLevel] == ["None_", "Soft", "Mature", "X"]


IMPORT_FORMS = [
    "import civitai_api.v1.models.models as m; assert m.Models_API_Opts and m.Sort.Newest",
    "from civitai_api.v1.models.models import Models_API_Opts, Sort, Period, "
    "Response_Models_Type, AllowCommercialUse",
    "from civitai_api.v1 import models, async_models; assert callable(models)",
    "from civitai_api.v1.models.images import Images_API_Opts, NsfwLevel, Sort, Period",
    "from civitai_api.v1.models.creators import Creators_API_Opts",
    "from civitai_api.v1.models.tags import Tags_API_Opts",
    "from civitai_api.v1 import QueryParamsError; assert issubclass(QueryParamsError, ValueError)",
    # The order must not matter: a later submodule import never rebinds v1.models.
    "import civitai_api.v1.models.images as i\n"
    "import civitai_api.v1.models.tags\n"
    "import civitai_api.v1 as v1\n"
    "assert callable(v1.models) and v1.models.images is i",
    "from civitai_api.v1 import models\n"
    "import civitai_api.v1.models.models as m\n"
    "import civitai_api.v1.models.vault\n"
    "from civitai_api.v1 import models as again\n"
    "assert again is models and m.models is models",
    "import civitai_api\n"
    "assert civitai_api.models is civitai_api.v1.models and callable(civitai_api.models)",
]


@pytest.mark.parametrize("code", IMPORT_FORMS)
def test_import_forms_in_a_fresh_interpreter(code: str) -> None:
    result = subprocess.run(
        [sys.executable, "-W", "error", "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_import_forms_in_this_interpreter() -> None:
    import civitai_api.v1.models.models as m

    assert m is models
    assert v1.models.models is m  # type: ignore[attr-defined]
    assert callable(v1.models)


@pytest.mark.parametrize(
    ("module", "spec_name", "generated"),
    [
        (models, "MODELS_QUERY", "civitai_api_generated.api.models.get_models"),
        (images, "IMAGES_QUERY", "civitai_api_generated.api.images.get_images"),
        (creators, "CREATORS_QUERY", "civitai_api_generated.api.creators.get_creators"),
        (articles, "ARTICLES_QUERY", "civitai_api_generated.api.articles.get_articles"),
        (collections, "COLLECTIONS_QUERY", "civitai_api_generated.api.collections.get_collections"),
        (users, "USERS_QUERY", "civitai_api_generated.api.users.get_users"),
        (vault, "VAULT_ITEMS_QUERY", "civitai_api_generated.api.vault.get_vault_items"),
    ],
)
def test_every_option_reaches_a_generated_parameter(
    module: object, spec_name: str, generated: str
) -> None:
    import importlib

    target = importlib.import_module(generated)
    accepted = set(inspect.signature(target.sync_detailed).parameters) - {"client"}
    spec = getattr(module, spec_name)
    sent = {param.keyword for param in spec.params}
    assert sent == accepted


@pytest.mark.parametrize(
    "name", ["export_models", "export_images", "async_export_models", "async_export_images"]
)
def test_export_functions_show_their_parameters(name: str) -> None:
    # written once (civitai_api._signature), seen by inspect, help() and get_type_hints
    from civitai_api import export

    function = getattr(export, name)
    assert inspect.iscoroutinefunction(function) == name.startswith("async_")
    signature = inspect.signature(function)
    kinds = {p.name: p.kind for p in signature.parameters.values()}
    assert list(kinds) == [
        "folder",
        "opts",
        "client",
        "api_key",
        "base_url",
        "format",
        "update",
        "rate",
        "page_retries",
        "max_pages",
        "on_progress",
    ]
    assert kinds["folder"] == kinds["opts"] == inspect.Parameter.POSITIONAL_OR_KEYWORD
    assert {kinds[p] for p in list(kinds)[2:]} == {inspect.Parameter.KEYWORD_ONLY}
    assert signature.parameters["format"].default == "parquet"
    assert signature.parameters["page_retries"].default == 4
    assert signature.return_annotation == "ExportReport"
    hints = typing.get_type_hints(function)
    assert hints["return"] is export.ExportReport
    assert hints["update"] is bool
    if not name.startswith("async_"):  # (the async twin raises it when awaited)
        with pytest.raises(TypeError, match="positional"):
            function("folder", None, None)


def test_ls_and_ls_json_show_the_same_parameters() -> None:
    from civitai_api.library import ls, ls_json

    shown = inspect.signature(ls)
    assert list(shown.parameters) == [
        "catalog",
        "paths",
        "types",
        "base_models",
        "statuses",
        "sort",
        "descending",
        "corrupt",
    ]
    assert shown.parameters["catalog"].kind == inspect.Parameter.POSITIONAL_OR_KEYWORD
    assert shown.parameters["corrupt"].kind == inspect.Parameter.KEYWORD_ONLY
    assert list(inspect.signature(ls_json).parameters.values()) == list(shown.parameters.values())
    assert typing.get_type_hints(ls)["descending"] is bool
    assert inspect.isgeneratorfunction(ls_json)


def test_build_client_and_its_async_twin_show_their_parameters() -> None:
    shown = inspect.signature(civitai_api.build_client)
    twin = inspect.signature(civitai_api.build_async_client)
    assert list(shown.parameters) == [
        "api_key",
        "base_url",
        "proxy",
        "timeout",
        "max_retries",
        "retry_policy",
        "trust_env",
    ]
    assert list(twin.parameters.values()) == list(shown.parameters.values())
    assert shown.parameters["api_key"].kind == inspect.Parameter.POSITIONAL_OR_KEYWORD
    assert shown.parameters["trust_env"].kind == inspect.Parameter.KEYWORD_ONLY
    assert shown.parameters["trust_env"].default is True
    assert typing.get_type_hints(civitai_api.build_client)["return"] is httpx.Client
    assert typing.get_type_hints(civitai_api.build_async_client)["return"] is httpx.AsyncClient
    with pytest.raises(TypeError, match="positional"):
        civitai_api.build_client(None, "https://civitai.com")
