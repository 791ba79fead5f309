"""The templates on a looser Civitai spec: every property optional and nullable.

The spec will keep moving toward optional and nullable properties (older answers lack keys,
creators hide counts). This variant of `openapi/civitai-v1.yaml` has no `required` list left
and a `null` allowed for every property, so every model renders with the union and `Unset`
branches of the templates. The rendered package must type-check, pass ruff, and parse every
body of the corpus into models that write the same JSON back.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from render_support import lint, load, render, type_check
from support.contract import (
    NO_CORPUS,
    SPEC_PATH,
    corpus_dir,
    entry_body,
    first_round_trip_difference,
    manifest_entries,
)

PACKAGE = "civitai_all_optional"


def _loosen(schema: Any) -> None:
    """Drop every `required` list and let each property be null, in place, recursively."""
    if isinstance(schema, list):
        for item in schema:
            _loosen(item)
        return
    if not isinstance(schema, dict):
        return
    if isinstance(schema.get("required"), list):
        del schema["required"]
    for name, prop in (schema.get("properties") or {}).items():
        schema["properties"][name] = _nullable(prop)
    for value in schema.values():
        _loosen(value)


def _nullable(prop: dict[str, Any]) -> dict[str, Any]:
    null = {"type": "null"}
    if "$ref" in prop:
        rest = {key: value for key, value in prop.items() if key != "$ref"}
        return {**rest, "oneOf": [{"$ref": prop["$ref"]}, null]}
    if "oneOf" in prop:
        if null not in prop["oneOf"]:
            return {**prop, "oneOf": [*prop["oneOf"], null]}
        return prop
    kind = prop.get("type")
    if "enum" in prop or kind is None:
        return prop
    kinds = kind if isinstance(kind, list) else [kind]
    return prop if "null" in kinds else {**prop, "type": [*kinds, "null"]}


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    spec = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    _loosen(spec["components"]["schemas"])
    _loosen(spec["paths"])
    return render(spec, PACKAGE, tmp_path_factory.mktemp("all_optional"))


def test_loosened_spec_has_no_required_property(package: Path) -> None:
    spec = yaml.safe_load((package.parent / "spec.yaml").read_text(encoding="utf-8"))
    model = spec["components"]["schemas"]["Model"]
    assert "required" not in model
    assert {"type": "null"} in model["properties"]["stats"]["oneOf"]
    assert model["properties"]["id"]["type"] == ["integer", "null"]


@pytest.mark.slow
def test_rendered_package_type_checks_strictly(package: Path) -> None:
    assert type_check(package) == ""


def test_rendered_package_passes_ruff(package: Path) -> None:
    assert lint(package) == ""


def _corpus_params() -> list[Any]:
    if corpus_dir() is None:
        return [pytest.param(None, id="no-corpus", marks=pytest.mark.skip(reason=NO_CORPUS))]
    return [pytest.param(entry, id=entry["file"]) for entry in manifest_entries()]


@pytest.mark.parametrize("entry", _corpus_params())
def test_corpus_body_parses_and_round_trips(package: Path, entry: dict[str, Any]) -> None:
    spec = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    operation = spec["paths"][entry["path"]][entry["method"].lower()]
    module = load(package, f"api.{operation['tags'][0]}.{operation['operationId']}")
    client = load(package, "client").Client(
        base_url="https://civitai.com", raise_on_unexpected_status=True
    )
    body = entry_body(entry)
    response = httpx.Response(entry["status"], json=body)
    parsed = module._parse_response(client=client, response=response)
    assert parsed is not None
    difference = first_round_trip_difference(body, parsed)
    assert difference is None, f"first difference at {difference}"
