"""Answers that differ from the corpus in the ways Civitai's answers have differed over time.

From every corpus body (`manifest.json`), three kinds of variation:

* each optional key dropped in turn, in every object at every depth (list items included):
  the object still parses with its generated model and writes back exactly the reduced
  object; and the whole body with every optional key dropped at once still validates,
  parses through the endpoint's own parser and round-trips;
* an unknown key added to every object: the body validates, parses, and `to_dict()` gives
  the key back unchanged, at every depth;
* every count set to null (creators can hide their metrics): validates, parses, round-trips.

One test per body and variation; each collects every failing path before failing, so one
run shows all of them.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from referencing import Registry
from support.contract import (
    NO_CORPUS,
    FoundObject,
    corpus_dir,
    entry_body,
    first_round_trip_difference,
    load_spec,
    manifest_entries,
    model_class,
    objects_in,
    parse_with_generated_client,
    response_schema_uri,
)

UNKNOWN_KEY = "keyCivitaiAddsTomorrow"
# The only keys a response schema may require: those Civitai has sent in every era since the
# first v1 release (2022-11), i.e. ids, names and envelopes. Widening this list needs the
# same evidence; anything added, renamed or dropped at some point stays optional.
ALWAYS_SENT = {
    "ModelsResponse": {"items", "metadata"},
    "ImagesResponse": {"items", "metadata"},
    "CreatorsResponse": {"items", "metadata"},
    "TagsResponse": {"items", "metadata"},
    "ArticlesResponse": {"items", "metadata"},
    "CollectionsResponse": {"items", "metadata"},
    "UsersResponse": {"items"},
    "VaultItemsResponse": {"items"},
    "VaultResponse": {"vault"},
    "PageMetadata": {"totalItems", "currentPage", "pageSize", "totalPages"},
    "Model": {"id", "name", "type", "modelVersions"},
    "ModelCreator": {"username"},
    "ModelVersion": {"id", "name"},
    "ModelVersionDetail": {"id", "modelId", "name"},
    "ModelSummary": {"name", "type"},
    "ModelFile": {"id", "name"},
    "ModelImage": {"url"},
    "VersionImage": {"url"},
    "HashMatch": {"modelVersionId", "hash"},
    "ModelVersionMini": {"versionName", "modelName"},
    "Image": {"id", "url"},
    "TagRef": {"id", "name"},
    "Creator": {"username"},
    "Tag": {"name"},
    "Me": {"id", "username"},
    "User": {"id", "username"},
    "Article": {"id", "title"},
    "ArticleTag": {"id", "name"},
    "Collection": {"id", "name"},
    "CollectionDetail": {"id", "name"},
    "VaultItem": {"id", "modelVersionId", "modelId"},
    "VaultCheckItem": {"modelVersionId"},
}
UNKNOWN_VALUE = {"nested": ["text", 1, 2.5, True, None, {"deeper": {}}]}


def _entries(wanted: str) -> list[Any]:
    """Corpus entries holding at least one object the variation `wanted` changes."""
    if corpus_dir() is None:
        return [pytest.param(None, id="no-corpus", marks=pytest.mark.skip(reason=NO_CORPUS))]
    chosen = []
    for entry in manifest_entries():
        found = _objects(entry, entry_body(entry))
        if any(_changes(wanted, item) for item in found):
            chosen.append(pytest.param(entry, id=entry["file"]))
    return chosen


def _objects(entry: dict[str, Any], body: Any) -> list[FoundObject]:
    return objects_in(entry["method"], entry["path"], entry["status"], body)


def _optional_keys(found: FoundObject) -> list[str]:
    return [key for key in found.value if key in found.properties and key not in found.required]


def _count_keys(found: FoundObject) -> list[str]:
    return [key for key in found.value if key in found.properties and key.endswith("Count")]


def _changes(wanted: str, found: FoundObject) -> bool:
    if wanted == "drop":
        return bool(_optional_keys(found))
    if wanted == "null":
        return bool(_count_keys(found))
    return not found.is_map


def _check_whole_body(entry: dict[str, Any], body: Any, registry: Registry[Any]) -> list[str]:
    """Problems of a changed body: spec validation, then parse and round trip."""
    uri = response_schema_uri(load_spec(), entry["method"], entry["path"], entry["status"])
    validator = Draft202012Validator({"$ref": uri}, registry=registry)
    problems = [f"invalid at {e.json_path}: {e.message}" for e in validator.iter_errors(body)]
    parsed = parse_with_generated_client(entry["method"], entry["path"], entry["status"], body)
    difference = first_round_trip_difference(body, parsed)
    if difference is not None:
        problems.append(f"round trip: {difference}")
    return problems


@pytest.mark.parametrize("entry", _entries("drop"))
def test_each_optional_key_can_be_missing(entry: dict[str, Any]) -> None:
    failures: list[str] = []
    dropped = 0
    for found in _objects(entry, entry_body(entry)):
        model = model_class(found.name)
        for key in _optional_keys(found):
            reduced = {name: value for name, value in found.value.items() if name != key}
            dropped += 1
            try:
                parsed = model.from_dict(reduced)
            except Exception as error:  # every failure is reported below
                failures.append(f"{found.path} without {key}: {type(error).__name__} {error}")
                continue
            difference = first_round_trip_difference(reduced, parsed)
            if difference is not None:
                failures.append(f"{found.path} without {key}: {difference}")
    assert dropped
    assert not failures, f"{len(failures)} of {dropped} drops failed:\n" + "\n".join(failures)


@pytest.mark.parametrize("entry", _entries("drop"))
def test_all_optional_keys_can_be_missing_at_once(
    entry: dict[str, Any], spec_registry: Registry[Any]
) -> None:
    body = copy.deepcopy(entry_body(entry))
    for found in _objects(entry, body):  # outermost first: dropped subtrees are not visited
        for key in _optional_keys(found):
            del found.value[key]
    assert body != entry_body(entry)
    problems = _check_whole_body(entry, body, spec_registry)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("entry", _entries("unknown"))
def test_unknown_keys_survive_to_dict(entry: dict[str, Any], spec_registry: Registry[Any]) -> None:
    body = copy.deepcopy(entry_body(entry))
    changed = [found for found in _objects(entry, body) if not found.is_map]
    for found in changed:
        found.value[UNKNOWN_KEY] = copy.deepcopy(UNKNOWN_VALUE)
    assert changed
    problems = _check_whole_body(entry, body, spec_registry)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("entry", _entries("unknown"))
def test_unknown_keys_land_in_additional_properties(entry: dict[str, Any]) -> None:
    missing = []
    for found in _objects(entry, copy.deepcopy(entry_body(entry))):
        if found.is_map:
            continue
        found.value[UNKNOWN_KEY] = UNKNOWN_VALUE
        parsed = model_class(found.name).from_dict(found.value)
        if parsed.additional_properties.get(UNKNOWN_KEY) != UNKNOWN_VALUE:
            missing.append(f"{found.path} ({found.name})")
    assert not missing, "unknown key not kept in additional_properties:\n" + "\n".join(missing)


@pytest.mark.parametrize("entry", _entries("null"))
def test_every_count_can_be_null(entry: dict[str, Any], spec_registry: Registry[Any]) -> None:
    body = copy.deepcopy(entry_body(entry))
    nulled = 0
    for found in _objects(entry, body):
        for key in _count_keys(found):
            found.value[key] = None
            nulled += 1
    assert nulled
    problems = _check_whole_body(entry, body, spec_registry)
    assert not problems, f"{nulled} counts set to null:\n" + "\n".join(problems)


def test_every_count_in_the_spec_is_nullable() -> None:
    schemas = load_spec()["components"]["schemas"]
    counts = {
        f"{name}.{key}": prop
        for name, schema in schemas.items()
        for key, prop in schema.get("properties", {}).items()
        if key.endswith("Count")
    }
    assert len(counts) > 20
    not_nullable = sorted(
        name
        for name, prop in counts.items()
        if "null" not in (prop.get("type") if isinstance(prop.get("type"), list) else [])
    )
    assert not not_nullable, f"counts that refuse null: {not_nullable}"


def test_no_object_schema_forbids_unknown_keys() -> None:
    schemas = load_spec()["components"]["schemas"]
    closed = sorted(name for name, s in schemas.items() if s.get("additionalProperties") is False)
    assert not closed, f"schemas rejecting unknown keys: {closed}"


def test_only_keys_sent_in_every_era_are_required() -> None:
    schemas = load_spec()["components"]["schemas"]
    extra = {
        name: sorted(set(schema.get("required", [])) - ALWAYS_SENT.get(name, set()))
        for name, schema in schemas.items()
    }
    assert not {name: keys for name, keys in extra.items() if keys}
