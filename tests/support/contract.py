"""Helpers for the contract tests (and the corpus lookup of the export tests): the spec, the
corpus, the generated parsers, JSON diffs."""

from __future__ import annotations

import dataclasses
import functools
import importlib
import json
import os
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import yaml

from civitai_api_generated.client import Client

REPO_ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = REPO_ROOT / "openapi" / "civitai-v1.yaml"
# The spec is registered under this URI, so `<SPEC_URI>#/paths/...` reaches any schema and the
# spec's own `#/components/...` references resolve inside it.
SPEC_URI = "urn:civitai-api:openapi"
NO_CORPUS = (
    "Civitai corpus not found: set CIVITAI_CORPUS or place it at ../shared/civitai-corpus "
    "relative to the repository root"
)

# ------------------------------------------------------------------------------ the corpus


def corpus_dir() -> Path | None:
    """The corpus directory: `$CIVITAI_CORPUS`, else `../shared/civitai-corpus`, if present."""
    configured = os.environ.get("CIVITAI_CORPUS")
    candidate = Path(configured) if configured else REPO_ROOT.parent / "shared" / "civitai-corpus"
    return candidate if (candidate / "manifest.json").is_file() else None


def manifest_entries() -> list[dict[str, Any]]:
    """The corpus manifest's entries (none without a corpus)."""
    directory = corpus_dir()
    if directory is None:
        return []
    manifest = json.loads((directory / "manifest.json").read_text(encoding="utf-8"))
    entries: list[dict[str, Any]] = manifest["entries"]
    return entries


def entry_body(entry: dict[str, Any]) -> Any:
    """The JSON body of a manifest entry, wrapped into a whole response where asked."""
    directory = corpus_dir()
    assert directory is not None
    body = json.loads((directory / entry["file"]).read_text(encoding="utf-8"))
    if entry["wrap"] == "items":
        # The file holds one element of the response's `items` (manifest "about").
        return {"items": [body], "metadata": {}}
    return body


# ------------------------------------------------------------------------------ the spec


@functools.cache
def load_spec() -> dict[str, Any]:
    """Read the OpenAPI document (once)."""
    with SPEC_PATH.open(encoding="utf-8") as handle:
        spec: dict[str, Any] = yaml.safe_load(handle)
    return spec


def operation(spec: dict[str, Any], method: str, path: str) -> dict[str, Any]:
    found: dict[str, Any] = spec["paths"][path][method.lower()]
    return found


def _response_pointer(spec: dict[str, Any], method: str, path: str, status: int) -> str:
    """The JSON pointer, inside the spec, of the response object for one status."""
    responses = operation(spec, method, path)["responses"]
    assert str(status) in responses, f"{method} {path} declares no {status} response"
    response = responses[str(status)]
    if "$ref" in response:
        return str(response["$ref"]).removeprefix("#")
    escaped_path = path.replace("~", "~0").replace("/", "~1")
    return f"/paths/{escaped_path}/{method.lower()}/responses/{status}"


def _resolve(spec: dict[str, Any], pointer: str) -> Any:
    node: Any = spec
    for part in pointer.strip("/").split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def response_schema_uri(spec: dict[str, Any], method: str, path: str, status: int) -> str:
    """The URI, inside the registered spec, of the JSON schema for one response."""
    pointer = _response_pointer(spec, method, path, status)
    return f"{SPEC_URI}#{pointer}/content/application~1json/schema"


def model_names(spec: dict[str, Any], method: str, path: str, status: int) -> set[str]:
    """Component names a body of this response may parse into (the item type for arrays)."""
    response = _resolve(spec, _response_pointer(spec, method, path, status))
    schema = response["content"]["application/json"]["schema"]
    names: set[str] = set()
    for candidate in [schema, schema.get("items", {}), *schema.get("oneOf", [])]:
        if "$ref" not in candidate:
            continue
        ref = str(candidate["$ref"])
        component = _resolve(spec, ref.removeprefix("#"))
        item_ref = (
            component.get("items", {}).get("$ref") if component.get("type") == "array" else None
        )
        names.add((item_ref or ref).rsplit("/", 1)[-1])
    return names


def generated_module(spec: dict[str, Any], method: str, path: str) -> ModuleType:
    """The generated endpoint module of an operation (`api/<tag>/<operationId>.py`)."""
    found = operation(spec, method, path)
    tag = found["tags"][0]
    return importlib.import_module(f"civitai_api_generated.api.{tag}.{found['operationId']}")


def parse_with_generated_client(method: str, path: str, status: int, body: Any) -> Any:
    """Parse a body exactly as the generated endpoint function does for that status."""
    module = generated_module(load_spec(), method, path)
    client = Client(base_url="https://civitai.com", raise_on_unexpected_status=True)
    response = httpx.Response(status, json=body)
    return module._parse_response(client=client, response=response)


# ------------------------------------------------------------------------------ comparison

_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")


def normalised(value: Any) -> Any:
    """JSON with ISO-8601 date-time strings turned into aware datetimes (naive = UTC)."""
    if isinstance(value, dict):
        return {key: normalised(item) for key, item in value.items()}
    if isinstance(value, list):
        return [normalised(item) for item in value]
    if isinstance(value, str) and _DATE_TIME.match(value):
        try:
            instant = datetime.fromisoformat(value)
        except ValueError:
            return value
        return instant if instant.tzinfo else instant.replace(tzinfo=UTC)
    return value


def to_json(parsed: Any) -> Any:
    """What the generated models write back (`to_dict()`, element-wise for lists)."""
    if hasattr(parsed, "to_dict"):
        return parsed.to_dict()
    if isinstance(parsed, list):
        return [to_json(item) for item in parsed]
    return parsed


def _both_numbers(left: Any, right: Any) -> bool:
    return all(
        isinstance(value, int | float) and not isinstance(value, bool) for value in (left, right)
    )


def differences(expected: Any, actual: Any, path: str = "$") -> Iterator[str]:
    """Yield the paths where two JSON values differ, in document order."""
    if isinstance(expected, dict) and isinstance(actual, dict):
        for key in expected:
            if key not in actual:
                yield f"{path}.{key}: missing after round trip"
            else:
                yield from differences(expected[key], actual[key], f"{path}.{key}")
        for key in actual:
            if key not in expected:
                yield f"{path}.{key}: added by round trip ({actual[key]!r})"
    elif isinstance(expected, list) and isinstance(actual, list):
        if len(expected) != len(actual):
            yield f"{path}: {len(expected)} items became {len(actual)}"
        for index, (left, right) in enumerate(zip(expected, actual, strict=False)):
            yield from differences(left, right, f"{path}[{index}]")
    elif type(expected) is not type(actual) and not _both_numbers(expected, actual):
        yield f"{path}: {expected!r} ({type(expected).__name__}) became {actual!r}"
    elif expected != actual:
        yield f"{path}: {expected!r} became {actual!r}"


def first_round_trip_difference(body: Any, parsed: Any) -> str | None:
    """The first path where the parsed JSON differs from the body (date-times as instants)."""
    return next(differences(normalised(body), normalised(to_json(parsed))), None)


# ------------------------------------------------------------------------------ walking bodies


@dataclasses.dataclass(frozen=True)
class FoundObject:
    """A JSON object of a body and the spec component that describes it.

    Attributes:
        path: Where it is in the body (`$.items[0].modelVersions[2]`).
        value: The object itself (the body's own dict, not a copy).
        name: The component name (also the generated model's class name).
        schema: The component schema.
    """

    path: str
    value: dict[str, Any]
    name: str
    schema: dict[str, Any]

    @property
    def required(self) -> set[str]:
        return set(self.schema.get("required", []))

    @property
    def properties(self) -> dict[str, Any]:
        found: dict[str, Any] = self.schema.get("properties", {})
        return found

    @property
    def is_map(self) -> bool:
        """Whether every key is data (`additionalProperties` typed), e.g. PermissionsCheck."""
        return isinstance(self.schema.get("additionalProperties"), dict)


def _json_type(value: Any) -> str:
    if isinstance(value, dict):
        return "object"
    if isinstance(value, list):
        return "array"
    return "scalar"


def _schema_type(spec: dict[str, Any], schema: dict[str, Any]) -> str:
    if "$ref" in schema:
        return _schema_type(spec, _resolve(spec, str(schema["$ref"]).removeprefix("#")))
    declared = schema.get("type")
    types = declared if isinstance(declared, list) else [declared]
    if "object" in types or "properties" in schema:
        return "object"
    return "array" if "array" in types else "scalar"


def _walk(
    spec: dict[str, Any], schema: dict[str, Any], value: Any, path: str, name: str | None
) -> Iterator[FoundObject]:
    if "$ref" in schema:
        ref = str(schema["$ref"])
        target = _resolve(spec, ref.removeprefix("#"))
        yield from _walk(spec, target, value, path, ref.rsplit("/", 1)[-1])
        return
    if "oneOf" in schema:
        kind = _json_type(value)
        for alternative in schema["oneOf"]:
            if kind != "scalar" and _schema_type(spec, alternative) == kind:
                yield from _walk(spec, alternative, value, path, None)
                return
        return
    if isinstance(value, dict) and _schema_type(spec, schema) == "object":
        assert name is not None, f"{path}: an inline object schema has no generated model"
        found = FoundObject(path, value, name, schema)
        yield found
        extra = schema.get("additionalProperties")
        for key, item in value.items():
            child = found.properties.get(key, extra if isinstance(extra, dict) else None)
            if child is not None:
                yield from _walk(spec, child, item, f"{path}.{key}", None)
    elif isinstance(value, list) and isinstance(schema.get("items"), dict):
        for index, item in enumerate(value):
            yield from _walk(spec, schema["items"], item, f"{path}[{index}]", None)


def objects_in(method: str, path: str, status: int, body: Any) -> list[FoundObject]:
    """Every object of a response body that the spec describes, outermost first.

    Free-form objects (generation metadata, training details, ...) are listed, but not the
    objects nested inside them, which are plain data.
    """
    spec = load_spec()
    response = _resolve(spec, _response_pointer(spec, method, path, status))
    schema = response["content"]["application/json"]["schema"]
    return list(_walk(spec, schema, body, "$", None))


def model_class(name: str) -> Any:
    """The generated model class of a component."""
    return getattr(importlib.import_module("civitai_api_generated.models"), name)
