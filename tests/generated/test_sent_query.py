"""The generated client sends only the query parameters the caller set.

The spec keeps the server's defaults in the parameter descriptions, not as schema `default`s:
openapi-python-client would render a `default` as the argument's default value and send it on
every call, so the generated layer and the wrapper would ask different questions.
"""

from __future__ import annotations

import datetime
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
import yaml

from civitai_api_generated.api.articles import get_articles
from civitai_api_generated.api.collections import get_collections
from civitai_api_generated.api.creators import get_creators
from civitai_api_generated.api.images import get_images
from civitai_api_generated.api.models import get_models
from civitai_api_generated.api.permissions import check_permissions
from civitai_api_generated.api.tags import get_tags
from civitai_api_generated.api.users import get_users
from civitai_api_generated.api.vault import get_vault_items
from civitai_api_generated.client import Client
from civitai_api_generated.models.model_sort import ModelSort
from civitai_api_generated.models.model_type import ModelType
from civitai_api_generated.models.nsfw_level_name import NsfwLevelName

SPEC = Path(__file__).resolve().parents[2] / "openapi" / "civitai-v1.yaml"

# Operations whose query parameters all have server defaults or are optional, with the
# required arguments only.
BARE_CALLS: list[tuple[ModuleType, dict[str, Any], str]] = [
    (get_models, {}, ""),
    (get_images, {}, ""),
    (get_creators, {}, ""),
    (get_tags, {}, ""),
    (get_users, {}, ""),
    (get_articles, {}, ""),
    (get_collections, {}, ""),
    (get_vault_items, {}, ""),
    (check_permissions, {"entity_ids": [127062]}, "entityIds=127062"),
]


def sent_query(operation: ModuleType, **arguments: Any) -> str:
    """The query string ``operation`` sends (answered by a mock transport, no network)."""
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(418)  # undeclared: parsed as None, never raised

    transport = httpx.MockTransport(answer)
    client = Client(base_url="https://civitai.com", httpx_args={"transport": transport})
    with client:
        operation.sync_detailed(client=client, **arguments)
    assert len(sent) == 1
    return sent[0].url.query.decode()


@pytest.mark.parametrize(
    ("operation", "arguments", "expected"),
    BARE_CALLS,
    ids=[operation.__name__.rsplit(".", 1)[-1] for operation, _, _ in BARE_CALLS],
)
def test_unset_arguments_are_not_sent(
    operation: ModuleType, arguments: dict[str, Any], expected: str
) -> None:
    assert sent_query(operation, **arguments) == expected


def test_server_defaults_are_not_sent_unless_asked() -> None:
    # nsfw, primaryFileOnly, withMeta, withTags default to false
    assert "nsfw" not in sent_query(get_models, limit=2)
    assert sent_query(get_models, nsfw=False, primary_file_only=False) == (
        "nsfw=false&primaryFileOnly=false"
    )
    assert sent_query(get_images, with_meta=False, with_tags=False) == (
        "withMeta=false&withTags=false"
    )
    assert sent_query(get_creators, page=1) == "page=1"


def query_parameters() -> list[tuple[str, str, dict[str, Any]]]:
    """Every query parameter of the spec as (path, name, parameter)."""
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    found = []
    for path, item in spec["paths"].items():
        for operation in item.values():
            for parameter in operation.get("parameters", []):
                if parameter.get("in") == "query":
                    found.append((path, parameter["name"], parameter))
    return found


def resolved(schema: dict[str, Any], components: dict[str, Any]) -> dict[str, Any]:
    ref = schema.get("$ref", "")
    return dict(components[ref.rsplit("/", 1)[-1]]) if ref else schema


def test_each_kind_of_query_value_is_written_as_civitai_reads_it() -> None:
    # enums by value, lists as repeated keys in order, date-times in ISO 8601, a union of a
    # boolean and an enum either way; the order is the spec's
    assert sent_query(
        get_models,
        types=[ModelType.LORA, ModelType.CHECKPOINT],
        sort=ModelSort.NEWEST,
        base_models=["SDXL 1.0"],
        ids=[1, 2],
    ) == ("types=LORA&types=Checkpoint&baseModels=SDXL+1.0&sort=Newest&ids=1&ids=2")
    assert sent_query(get_images, nsfw=NsfwLevelName.MATURE) == "nsfw=Mature"
    assert sent_query(get_images, nsfw=True) == "nsfw=true"
    moment = datetime.datetime(2024, 1, 2, 3, 4, 5, 123000, tzinfo=datetime.UTC)
    assert sent_query(get_vault_items, date_created_from=moment) == (
        "dateCreatedFrom=2024-01-02T03%3A04%3A05.123000%2B00%3A00"
    )


def test_spec_query_parameters_carry_no_schema_default() -> None:
    components = yaml.safe_load(SPEC.read_text(encoding="utf-8"))["components"]["schemas"]
    parameters = query_parameters()
    assert len(parameters) > 50
    with_default = []
    for path, name, parameter in parameters:
        schema = resolved(parameter["schema"], components)
        items = resolved(schema.get("items", {}), components)
        if "default" in schema or "default" in items:
            with_default.append(f"{path} {name}")
    assert with_default == []


def test_spec_still_documents_the_server_defaults() -> None:
    documented = {
        (path, name): parameter.get("description", "")
        for path, name, parameter in query_parameters()
    }
    assert "Default: `100` (server side)." in documented[("/api/v1/models", "limit")]
    assert "Default: `false` (server side)." in documented[("/api/v1/images", "withMeta")]
    assert "Default: `1` (server side)." in documented[("/api/v1/creators", "page")]
    assert "Default: `Recently Added` (server side)." in documented[("/api/v1/vault/all", "sort")]
    assert (
        "Default: `ModelVersion` (server side)."
        in documented[("/api/v1/permissions/check", "entityType")]
    )
