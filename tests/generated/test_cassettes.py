"""Every cassette is a vcrpy cassette, has one source, holds no secret, and is replayed."""

from __future__ import annotations

import importlib
import json
import re
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest
from vcr.request import Request
from vcr.serialize import deserialize
from vcr.serializers import yamlserializer

TESTS_DIR = Path(__file__).resolve().parent.parent
SCRIPTS_DIR = TESTS_DIR.parent / "scripts"
CASSETTES = sorted((TESTS_DIR / "cassettes").glob("*.yaml"))
HOSTS = {"civitai.com", "civitai.red"}

# One recorded answer at least for each operation (method, path pattern).
OPERATIONS = [
    ("GET", r"/api/v1/models"),
    ("GET", r"/api/v1/models/\d+"),
    ("GET", r"/api/v1/model-versions/\d+"),
    ("GET", r"/api/v1/model-versions/by-hash/[0-9A-F]+"),
    ("POST", r"/api/v1/model-versions/by-hash"),
    ("POST", r"/api/v1/model-versions/by-hash/ids"),
    ("GET", r"/api/v1/model-versions/mini/\d+"),
    ("GET", r"/api/v1/images"),
    ("GET", r"/api/v1/creators"),
    ("GET", r"/api/v1/tags"),
    ("GET", r"/api/v1/me"),
    ("GET", r"/api/v1/users"),
    ("GET", r"/api/v1/enums"),
    ("GET", r"/api/v1/permissions/check"),
    ("GET", r"/api/v1/articles"),
    ("GET", r"/api/v1/articles/\d+"),
    ("GET", r"/api/v1/collections"),
    ("GET", r"/api/v1/collections/\d+"),
    ("GET", r"/api/v1/vault/get"),
    ("GET", r"/api/v1/vault/all"),
    ("GET", r"/api/v1/vault/check-vault"),
    ("POST", r"/api/v1/vault/toggle-version"),
    ("GET", r"/api/download/models/\d+"),
]


def load(path: Path) -> list[tuple[Request, dict[str, Any]]]:
    requests, responses, *_ = deserialize(path.read_text(encoding="utf-8"), yamlserializer)
    return list(zip(requests, responses, strict=True))


def all_interactions() -> list[tuple[Request, dict[str, Any]]]:
    return [interaction for path in CASSETTES for interaction in load(path)]


def test_there_are_cassettes() -> None:
    assert len(CASSETTES) >= 30


def test_one_set_of_cassettes_for_both_layers() -> None:
    # tests/generated and tests/endpoints replay the same files: no per-layer subfolders
    assert sorted((TESTS_DIR / "cassettes").rglob("*.yaml")) == CASSETTES


def build_script(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(SCRIPTS_DIR))
    return importlib.import_module("build_cassettes")


def test_every_cassette_comes_from_the_build_script(monkeypatch: pytest.MonkeyPatch) -> None:
    built = set(build_script(monkeypatch).all_cassettes())
    assert built == {path.stem for path in CASSETTES}


@pytest.mark.parametrize("path", CASSETTES, ids=lambda path: path.stem)
def test_cassette_is_clean(path: Path) -> None:
    interactions = load(path)
    assert interactions, "an empty cassette replays nothing"
    for request, response in interactions:
        url = urlsplit(request.uri)
        assert (url.scheme, url.hostname) in {("https", host) for host in HOSTS}
        tokens = [value for name, value in parse_qsl(url.query) if name.lower() == "token"]
        assert set(tokens) <= {"REDACTED"}
        assert request.headers.get("authorization", "REDACTED") == "REDACTED"
        assert "cookie" not in {name.lower() for name in request.headers}
        headers = {name.lower(): values for name, values in response["headers"].items()}
        assert "set-cookie" not in headers
        body = response["body"]["string"]
        assert isinstance(body, bytes)
        assert re.search(rb"token=(?!REDACTED)", body) is None
        if any("application/json" in value for value in headers.get("content-type", [])):
            json.loads(body)


@pytest.mark.parametrize(("method", "pattern"), OPERATIONS, ids=[p for _, p in OPERATIONS])
def test_every_operation_has_a_cassette(method: str, pattern: str) -> None:
    paths = {request.path for request, _ in all_interactions() if request.method.upper() == method}
    assert any(re.fullmatch(pattern, path) for path in paths)


def test_civitai_red_is_recorded() -> None:
    assert any(request.host == "civitai.red" for request, _ in all_interactions())


@pytest.mark.parametrize("path", CASSETTES, ids=lambda path: path.stem)
def test_cassette_is_used_by_a_test(path: Path) -> None:
    sources = "".join(file.read_text(encoding="utf-8") for file in TESTS_DIR.rglob("test_*.py"))
    assert f'"{path.name}"' in sources
