"""Error and edge bodies Civitai's server sends but the corpus lacks.

Each must validate against its response schema, parse into one of the models the spec names
for that response, and write back the same JSON, like a corpus body.
"""

from __future__ import annotations

from typing import Any

import pytest
from jsonschema import Draft202012Validator
from referencing import Registry
from support.contract import (
    first_round_trip_difference,
    model_names,
    parse_with_generated_client,
    response_schema_uri,
)

# (method, path, status, body): validation errors of both library versions, auth, limits,
# region blocks, empty permission checks, non-member vaults, download errors.
DOCUMENTED_BODIES = [
    (
        "GET",
        "/api/v1/models",
        400,
        {"error": {"name": "ZodError", "message": '[\n  {"code": "x"}\n]'}},
    ),
    (
        "GET",
        "/api/v1/models",
        400,
        {"error": {"issues": [{"code": "invalid_type", "path": ["limit", 0], "message": "Bad"}]}},
    ),
    ("GET", "/api/v1/models", 401, {"error": "Unauthorized"}),
    (
        "GET",
        "/api/v1/models",
        429,
        {"error": "You've requested too many pages, please use cursors instead"},
    ),
    (
        "GET",
        "/api/v1/models",
        503,
        {"error": "Model search is temporarily overloaded — please retry."},
    ),
    (
        "GET",
        "/api/v1/model-versions/{modelVersionId}",
        400,
        {"error": "✖ Invalid input\n  → at id"},
    ),
    ("GET", "/api/v1/images", 500, {"error": "Something failed", "code": "INTERNAL_SERVER_ERROR"}),
    (
        "GET",
        "/api/v1/creators",
        400,
        [{"code": "too_small", "minimum": 1, "path": ["limit"], "message": "Too small"}],
    ),
    ("GET", "/api/v1/users", 400, {"name": "ZodError", "message": "[]"}),
    ("GET", "/api/v1/permissions/check", 200, []),
    (
        "GET",
        "/api/v1/permissions/check",
        500,
        {"message": "An unexpected error occurred", "error": {"code": "P1"}},
    ),
    ("GET", "/api/v1/articles", 429, {"error": "Rate limit exceeded, please retry shortly."}),
    ("GET", "/api/v1/vault/get", 200, {"vault": None}),
    (
        "GET",
        "/api/v1/me",
        451,
        {"error": "Access denied in your region.", "code": "REGION_BLOCKED"},
    ),
    (
        "GET",
        "/api/download/models/{modelVersionId}",
        403,
        {
            "error": "Early Access",
            "deadline": "2026-08-10T00:00:00.000Z",
            "message": "Early Access",
        },
    ),
    (
        "GET",
        "/api/download/models/{modelVersionId}",
        401,
        {"error": "Unauthorized", "message": "Log in"},
    ),
]


@pytest.mark.parametrize(
    ("method", "path", "status", "body"),
    DOCUMENTED_BODIES,
    ids=[f"{method} {path} {status}" for method, path, status, _ in DOCUMENTED_BODIES],
)
def test_documented_body(
    spec: dict[str, Any],
    spec_registry: Registry[Any],
    method: str,
    path: str,
    status: int,
    body: Any,
) -> None:
    uri = response_schema_uri(spec, method, path, status)
    errors = list(Draft202012Validator({"$ref": uri}, registry=spec_registry).iter_errors(body))
    assert not errors, errors[0].message
    parsed = parse_with_generated_client(method, path, status, body)
    expected = model_names(spec, method, path, status)
    for model in parsed if isinstance(parsed, list) else [parsed]:
        assert type(model).__name__ in expected, f"parsed into {type(model).__name__}"
    difference = first_round_trip_difference(body, parsed)
    assert difference is None, f"first difference at {difference}"
