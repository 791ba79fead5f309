"""Fixtures of the contract tests: the spec and a JSON Schema registry holding it."""

from __future__ import annotations

from typing import Any

import pytest
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012
from support.contract import SPEC_URI, load_spec


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    return load_spec()


@pytest.fixture(scope="session")
def spec_registry(spec: dict[str, Any]) -> Registry[Any]:
    # OpenAPI 3.1 schemas are JSON Schema 2020-12, so the whole document is one resource.
    resource = Resource.from_contents(spec, default_specification=DRAFT202012)
    return Registry().with_resource(SPEC_URI, resource)
