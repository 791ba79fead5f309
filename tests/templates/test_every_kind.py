"""The model and endpoint templates on every kind of property, not only those Civitai's spec uses.

`every_kind.yaml` declares one object with a property of each kind the generator renders
(required, optional, nullable, const, enums, date-times, dates, UUIDs, nested models, lists,
lists of lists, unions of models, of lists, lists of unions, free-form objects, typed
`additionalProperties`, a closed object, an untyped value). It is rendered with the
repository's templates into a temporary package, which must type-check under
`mypy --strict`, pass ruff, parse, and write every body back unchanged.
"""

from __future__ import annotations

import copy
import datetime
import json
import pickle
import re
import uuid
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
import yaml
from render_support import lint, load, render, type_check

SPEC = Path(__file__).with_name("every_kind.yaml")
PACKAGE = "every_kind_client"

FULL: dict[str, Any] = {
    "id": 1,
    "name": "one",
    "kind": "thing",
    "nickname": None,
    "score": 2.5,
    "active": True,
    "color": "red",
    "level": 2,
    "created": "2025-12-18T09:16:12.062Z",
    "updated": None,
    "birthday": "2024-02-29",
    "uid": "12345678-1234-5678-1234-567812345678",
    "part": {"name": "p", "weight": 1.5, "extra": [1]},
    "spare": {"name": "s"},
    "parts": [{"name": "a"}, {"name": "b", "weight": 0}],
    "tags": ["x", "y"],
    "colors": ["green", "red"],
    "matrix": [[{"name": "m"}], []],
    "either": {"code": 7},
    "partOrText": "text",
    "mixed": [{"name": "q"}, 3],
    "stampsOrText": ["2025-01-01T00:00:00.000Z", "2025-01-02T03:04:05.678Z"],
    "idOrName": "abc",
    "free": {"anything": {"nested": [1, 2]}, "n": None},
    "counts": {"a": 1, "b": 2},
    "partsByName": {"x": {"name": "x"}},
    "closed": {"a": "kept"},
    "anything": [1, "two", None],
    "unknownKey": {"kept": True},
}
REQUIRED_ONLY: dict[str, Any] = {
    "id": 2,
    "name": "two",
    "kind": "thing",
    "created": "2025-01-01T00:00:00.000Z",
    "part": {"name": "p"},
    "parts": [],
    "either": {"name": "e"},
}


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    return render(spec, PACKAGE, tmp_path_factory.mktemp("every_kind"))


@pytest.fixture(scope="module")
def thing_module(package: Path) -> ModuleType:
    return load(package, "models.thing")


def parse(module: ModuleType, body: dict[str, Any]) -> Any:
    return module.Thing.from_dict(body)


@pytest.mark.slow
def test_rendered_package_type_checks_strictly(package: Path) -> None:
    assert type_check(package) == ""


def test_rendered_package_passes_ruff(package: Path) -> None:
    assert lint(package) == ""


def test_rendered_from_dict_defines_no_closure_and_copies_nothing(package: Path) -> None:
    source = (package / "models" / "thing.py").read_text(encoding="utf-8")
    # Up to the next method, or the end of the class (its last method) when there is none.
    from_dict = re.split(r"\n    def |\n(?=\S)", source.split("def from_dict", 1)[1], maxsplit=1)[0]
    assert "def _parse" not in from_dict
    assert "dict(src_dict)" not in from_dict
    assert "import" not in from_dict
    assert ".pop(" not in from_dict


def test_every_kind_parses_into_its_python_type(package: Path, thing_module: ModuleType) -> None:
    models = load(package, "models")
    thing = parse(thing_module, FULL)
    assert thing.color is models.Color.RED
    assert thing.level is models.Level.VALUE_2
    assert thing.created == datetime.datetime(2025, 12, 18, 9, 16, 12, 62000, tzinfo=datetime.UTC)
    assert thing.updated is None
    assert thing.nickname is None
    assert thing.birthday == datetime.date(2024, 2, 29)
    assert thing.uid == uuid.UUID(FULL["uid"])
    assert isinstance(thing.part, models.Part)
    assert thing.part.additional_properties == {"extra": [1]}
    assert isinstance(thing.spare, models.Part)
    assert [part.name for part in thing.parts] == ["a", "b"]
    assert thing.colors == [models.Color.GREEN, models.Color.RED]
    assert isinstance(thing.matrix[0][0], models.Part)
    assert thing.matrix[1] == []
    # The first member (Part) lacks `name`, so the union moves on to Other.
    assert isinstance(thing.either, models.Other)
    assert thing.either.code == 7
    assert thing.part_or_text == "text"
    assert isinstance(thing.mixed[0], models.Part)
    assert thing.mixed[1] == 3
    assert all(isinstance(stamp, datetime.datetime) for stamp in thing.stamps_or_text)
    assert thing.id_or_name == "abc"
    assert thing.free.additional_properties == FULL["free"]
    assert thing.counts["b"] == 2
    assert isinstance(thing.parts_by_name["x"], models.Part)
    assert thing.closed.a == "kept"
    assert thing.anything == [1, "two", None]
    assert thing.additional_properties == {"unknownKey": {"kept": True}}


@pytest.mark.parametrize("body", [FULL, REQUIRED_ONLY], ids=["every-key", "required-only"])
def test_round_trip_is_byte_exact(thing_module: ModuleType, body: dict[str, Any]) -> None:
    written = parse(thing_module, body).to_dict()
    assert written == body
    # Keys come back in the spec's order, then the unknown ones: the same JSON text.
    assert json.dumps(written) == json.dumps(body)


def test_absent_optional_keys_are_unset(package: Path, thing_module: ModuleType) -> None:
    unset = load(package, "types").UNSET
    thing = parse(thing_module, REQUIRED_ONLY)
    for name in ("nickname", "color", "updated", "spare", "tags", "matrix", "free", "anything"):
        assert getattr(thing, name) is unset, name
    assert thing.additional_properties == {}


def test_each_optional_key_can_be_dropped_alone(thing_module: ModuleType) -> None:
    required = set(REQUIRED_ONLY)
    for key in set(FULL) - required:
        body = {name: value for name, value in FULL.items() if name != key}
        assert parse(thing_module, body).to_dict() == body, key


def test_from_dict_leaves_its_input_alone(thing_module: ModuleType) -> None:
    body = copy.deepcopy(FULL)
    thing = parse(thing_module, body)
    assert body == FULL
    thing.free.additional_properties["added"] = 1
    thing.additional_properties["added"] = 1
    assert body == FULL


def test_union_members_that_fail_fall_back_to_the_raw_value(thing_module: ModuleType) -> None:
    body = {
        **REQUIRED_ONLY,
        "spare": {"weight": 1},  # a Part without its required `name`
        "partOrText": {"weight": 1},
        "mixed": [{"weight": 1}, 2],
        "updated": "not a date",
    }
    thing = parse(thing_module, body)
    assert thing.spare == {"weight": 1}
    assert thing.part_or_text == {"weight": 1}
    assert thing.mixed == [{"weight": 1}, 2]
    assert thing.updated == "not a date"
    assert thing.to_dict() == body


@pytest.mark.parametrize(
    ("change", "error"),
    [
        ({"name": None}, None),  # a plain value is not checked
        ({"either": 5}, TypeError),  # no member of the union is an int
        ({"color": "blue"}, ValueError),
        ({"kind": "other"}, ValueError),
        ({"created": "yesterday"}, ValueError),
        ({"part": {"weight": 1}}, KeyError),
    ],
)
def test_values_a_type_cannot_hold_raise(
    thing_module: ModuleType, change: dict[str, Any], error: type[Exception] | None
) -> None:
    body = {**REQUIRED_ONLY, **change}
    if error is None:
        assert parse(thing_module, body).to_dict() == body
    else:
        with pytest.raises(error):
            parse(thing_module, body)


def test_a_missing_required_key_raises_key_error(thing_module: ModuleType) -> None:
    body = {key: value for key, value in REQUIRED_ONLY.items() if key != "name"}
    with pytest.raises(KeyError, match="name"):
        parse(thing_module, body)


def test_date_times_keep_their_instant_in_any_offset(thing_module: ModuleType) -> None:
    cases = {
        "2025-12-18T09:16:12Z": "2025-12-18T09:16:12.000Z",
        "2025-12-18T09:16:12.062+00:00": "2025-12-18T09:16:12.062Z",
        "2025-12-18T10:16:12.062+01:00": "2025-12-18T10:16:12.062000+01:00",
        "2025-12-18T09:16:12.0621Z": "2025-12-18T09:16:12.062100+00:00",
        "2025-12-18T09:16:12.062": "2025-12-18T09:16:12.062000",
    }
    for sent, written in cases.items():
        thing = parse(thing_module, {**REQUIRED_ONLY, "created": sent})
        assert thing.to_dict()["created"] == written
        assert datetime.datetime.fromisoformat(written) == thing.created


def test_endpoint_decodes_and_parses_each_response(package: Path) -> None:
    get_either = load(package, "api.things.get_either")
    list_things = load(package, "api.things.list_things")
    get_thing = load(package, "api.things.get_thing")
    get_numbers = load(package, "api.things.get_numbers")
    client = load(package, "client").Client(base_url="https://example.invalid")

    def parse_response(module: ModuleType, status: int, body: object) -> Any:
        response = httpx.Response(status, content=json.dumps(body).encode())
        return module._parse_response(client=client, response=response)

    assert parse_response(get_either, 200, FULL).to_dict() == FULL
    assert parse_response(get_either, 200, [1, 2]) == [1, 2]
    with pytest.raises(TypeError):
        parse_response(get_either, 200, "neither")
    assert [t.to_dict() for t in parse_response(list_things, 200, [FULL, REQUIRED_ONLY])] == [
        FULL,
        REQUIRED_ONLY,
    ]
    assert parse_response(get_thing, 404, {"code": 404}).code == 404
    assert parse_response(get_numbers, 200, [1.5, 2]) == [1.5, 2]


def test_models_pickle_and_copy_to_equal_models(package: Path, thing_module: ModuleType) -> None:
    unset = load(package, "types").UNSET
    for body in (FULL, REQUIRED_ONLY):
        thing = parse(thing_module, body)
        assert pickle.loads(pickle.dumps(thing)) == thing
        assert copy.deepcopy(thing) == thing
    assert pickle.loads(pickle.dumps(unset)) is unset
    assert copy.copy(unset) is unset
    assert "nickname=UNSET" in repr(parse(thing_module, REQUIRED_ONLY))


def test_file_properties_of_a_multipart_body_parse_and_dump(package: Path) -> None:
    models = load(package, "models")
    upload = models.Upload.from_dict({"file": b"weights", "note": "n"})
    assert upload.file.payload.read() == b"weights"
    assert upload.thumbnail is load(package, "types").UNSET
    upload.file.payload.seek(0)
    assert upload.to_dict() == {"file": upload.file.to_tuple(), "note": "n"}
    assert upload.to_dict()["file"][1].read() == b"weights"
    assert [name for name, _ in upload.to_multipart()] == ["file", "note"]


@pytest.fixture(scope="module")
def literal_package(package: Path) -> Path:
    """every_kind.yaml with the generator's `literal_enums` setting: its enums become `Literal`
    types checked by a function (the literal_enum kind) instead of Enum classes. Rendered next
    to `package`, so mypy reuses the cache of its first run."""
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    return render(spec, f"{PACKAGE}_literal", package.parent, {"literal_enums": True})


def test_literal_enums_type_check_strictly_and_pass_ruff(literal_package: Path) -> None:
    assert type_check(literal_package) == ""
    assert lint(literal_package) == ""


def test_literal_enums_parse_to_their_values_and_write_them_back(literal_package: Path) -> None:
    module = load(literal_package, "models.thing")
    thing = parse(module, FULL)
    assert (thing.color, thing.level, thing.colors) == ("red", 2, ["green", "red"])
    assert type(thing.color) is str
    for body in (FULL, REQUIRED_ONLY):
        assert json.dumps(parse(module, body).to_dict()) == json.dumps(body)
    with pytest.raises(TypeError, match="blue"):
        parse(module, {**REQUIRED_ONLY, "color": "blue"})
    with pytest.raises(TypeError):
        parse(module, {**REQUIRED_ONLY, "colors": ["red", "blue"]})
