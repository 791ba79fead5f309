"""Real and documented Civitai bodies against the spec and the generated models.

For every body of the corpus (`manifest.json`): it validates against the spec's response
schema for its operation and status, it parses through the generated client's own response
parser into the model the spec names, and the parsed model writes back the same JSON
(date-times compared as instants).
"""

from __future__ import annotations

from typing import Any

import pytest
from jsonschema import Draft202012Validator
from referencing import Registry
from support.contract import (
    NO_CORPUS,
    corpus_dir,
    entry_body,
    first_round_trip_difference,
    manifest_entries,
    model_names,
    parse_with_generated_client,
    response_schema_uri,
)


def _corpus_params() -> list[Any]:
    if corpus_dir() is None:
        return [pytest.param(None, id="no-corpus", marks=pytest.mark.skip(reason=NO_CORPUS))]
    return [pytest.param(entry, id=entry["file"]) for entry in manifest_entries()]


def _parse(entry: dict[str, Any]) -> Any:
    return parse_with_generated_client(
        entry["method"], entry["path"], entry["status"], entry_body(entry)
    )


@pytest.mark.parametrize("entry", _corpus_params())
def test_body_validates_against_spec(
    entry: dict[str, Any], spec: dict[str, Any], spec_registry: Registry[Any]
) -> None:
    uri = response_schema_uri(spec, entry["method"], entry["path"], entry["status"])
    validator = Draft202012Validator({"$ref": uri}, registry=spec_registry)
    errors = sorted(validator.iter_errors(entry_body(entry)), key=lambda error: error.json_path)
    assert not errors, "\n".join(f"{error.json_path}: {error.message}" for error in errors[:5])


@pytest.mark.parametrize("entry", _corpus_params())
def test_body_parses_through_generated_models(entry: dict[str, Any], spec: dict[str, Any]) -> None:
    parsed = _parse(entry)
    assert parsed is not None, f"no parser for status {entry['status']}"
    expected = model_names(spec, entry["method"], entry["path"], entry["status"])
    for model in parsed if isinstance(parsed, list) else [parsed]:
        assert type(model).__name__ in expected, f"parsed into {type(model).__name__}"


@pytest.mark.parametrize("entry", _corpus_params())
def test_body_round_trips(entry: dict[str, Any]) -> None:
    difference = first_round_trip_difference(entry_body(entry), _parse(entry))
    assert difference is None, f"first difference at {difference}"


def test_manifest_paths_exist_in_spec(spec: dict[str, Any]) -> None:
    if corpus_dir() is None:
        pytest.skip(NO_CORPUS)
    missing = {
        f"{entry['method']} {entry['path']}"
        for entry in manifest_entries()
        if entry["method"].lower() not in spec["paths"].get(entry["path"], {})
    }
    assert not missing, f"operations in the corpus but not in the spec: {sorted(missing)}"
