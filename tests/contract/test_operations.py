"""Every operation of the public contract exists, with its tag, operationId and 200 body."""

from __future__ import annotations

from typing import Any

import pytest
from support.contract import generated_module, operation

HTTP_METHODS = ("get", "post", "put", "patch", "delete")

# Every operation of the public contract: (method, path, tag, operationId, 200 schema).
# A 200 schema "list[X]" is an array of X; None means no body (the download redirect).
OPERATIONS = [
    ("GET", "/api/v1/models", "models", "get_models", "ModelsResponse"),
    ("GET", "/api/v1/models/{modelId}", "models", "get_model", "Model"),
    (
        "GET",
        "/api/v1/model-versions/{modelVersionId}",
        "model_versions",
        "get_model_version",
        "ModelVersionDetail",
    ),
    (
        "GET",
        "/api/v1/model-versions/by-hash/{hash}",
        "model_versions",
        "get_model_version_by_hash",
        "ModelVersionDetail",
    ),
    (
        "POST",
        "/api/v1/model-versions/by-hash",
        "model_versions",
        "get_model_versions_by_hashes",
        "list[ModelVersionDetail]",
    ),
    (
        "POST",
        "/api/v1/model-versions/by-hash/ids",
        "model_versions",
        "get_model_version_ids_by_hashes",
        "list[HashMatch]",
    ),
    (
        "GET",
        "/api/v1/model-versions/mini/{modelVersionId}",
        "model_versions",
        "get_model_version_mini",
        "ModelVersionMini",
    ),
    ("GET", "/api/v1/images", "images", "get_images", "ImagesResponse"),
    ("GET", "/api/v1/creators", "creators", "get_creators", "CreatorsResponse"),
    ("GET", "/api/v1/tags", "tags", "get_tags", "TagsResponse"),
    ("GET", "/api/v1/me", "users", "get_me", "Me"),
    ("GET", "/api/v1/users", "users", "get_users", "UsersResponse"),
    ("GET", "/api/v1/enums", "enums", "get_enums", "Enums"),
    (
        "GET",
        "/api/v1/permissions/check",
        "permissions",
        "check_permissions",
        "PermissionsCheck",
    ),
    ("GET", "/api/v1/articles", "articles", "get_articles", "ArticlesResponse"),
    ("GET", "/api/v1/articles/{id}", "articles", "get_article", "Article"),
    ("GET", "/api/v1/collections", "collections", "get_collections", "CollectionsResponse"),
    ("GET", "/api/v1/collections/{id}", "collections", "get_collection", "CollectionDetail"),
    ("GET", "/api/v1/vault/get", "vault", "get_vault", "VaultResponse"),
    ("GET", "/api/v1/vault/all", "vault", "get_vault_items", "VaultItemsResponse"),
    ("GET", "/api/v1/vault/check-vault", "vault", "check_vault", "list[VaultCheckItem]"),
    (
        "POST",
        "/api/v1/vault/toggle-version",
        "vault",
        "toggle_vault_version",
        "VaultToggleResult",
    ),
    (
        "GET",
        "/api/download/models/{modelVersionId}",
        "downloads",
        "download_model_version",
        None,
    ),
]


@pytest.mark.parametrize(
    ("method", "path", "tag", "operation_id", "body_schema"),
    OPERATIONS,
    ids=[row[3] for row in OPERATIONS],
)
def test_contract_operation_exists(
    spec: dict[str, Any],
    method: str,
    path: str,
    tag: str,
    operation_id: str,
    body_schema: str | None,
) -> None:
    found = operation(spec, method, path)
    assert found["operationId"] == operation_id
    assert found["tags"] == [tag]
    module = generated_module(spec, method, path)
    for function in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
        assert callable(getattr(module, function, None)), f"{module.__name__}.{function}"

    success = "307" if body_schema is None else "200"
    response = found["responses"][success]
    if body_schema is None:
        assert "content" not in response
        assert "Location" in response["headers"]
        return
    schema = response["content"]["application/json"]["schema"]
    refs = [schema.get("$ref")] + [item.get("$ref") for item in schema.get("oneOf", [])]
    if body_schema.startswith("list["):
        assert schema["type"] == "array"
        refs = [schema["items"]["$ref"]]
        body_schema = body_schema.removeprefix("list[").removesuffix("]")
    assert f"#/components/schemas/{body_schema}" in refs


def test_every_spec_operation_is_in_the_contract(spec: dict[str, Any]) -> None:
    declared = {
        (method.upper(), path)
        for path, item in spec["paths"].items()
        for method in item
        if method in HTTP_METHODS
    }
    assert declared == {(method, path) for method, path, *_ in OPERATIONS}
