"""What every generated endpoint module keeps, now that its bodies are one line each.

`sync`, `asyncio_detailed` and `asyncio` pass their own `locals()` on to `sync_detailed` (or
`_get_kwargs`), so the four must take the same parameters; their answers are built by the
helpers of `civitai_api_generated.api`, tested here through one endpoint against a real
server on 127.0.0.1, sync and async under asyncio and trio.
"""

from __future__ import annotations

import importlib
import inspect
import json
import pkgutil
from types import ModuleType
from typing import Any

import anyio
import pytest
from support.fault_server import FaultServer, Reply

import civitai_api_generated.api
from civitai_api_generated.api.models import get_model
from civitai_api_generated.client import AuthenticatedClient
from civitai_api_generated.errors import UnexpectedStatus
from civitai_api_generated.models.error_response import ErrorResponse
from civitai_api_generated.models.model import Model
from civitai_api_generated.types import Response


def endpoint_modules() -> list[ModuleType]:
    api = civitai_api_generated.api
    modules = []
    for tag in pkgutil.iter_modules(api.__path__, f"{api.__name__}."):
        package = importlib.import_module(tag.name)
        for module in pkgutil.iter_modules(package.__path__, f"{package.__name__}."):
            modules.append(importlib.import_module(module.name))
    return modules


MODULES = endpoint_modules()


def parameters(function: Any) -> list[inspect.Parameter]:
    return list(inspect.signature(function).parameters.values())


def test_every_endpoint_module_is_found() -> None:
    assert len(MODULES) >= 20
    assert get_model in MODULES


@pytest.mark.parametrize("module", MODULES, ids=lambda module: module.__name__.split(".")[-1])
def test_the_four_functions_take_the_same_parameters(module: ModuleType) -> None:
    detailed = parameters(module.sync_detailed)
    assert parameters(module.sync) == detailed
    assert parameters(module.asyncio_detailed) == detailed
    assert parameters(module.asyncio) == detailed
    assert parameters(module._get_kwargs) == [p for p in detailed if p.name != "client"]
    assert inspect.iscoroutinefunction(module.asyncio_detailed)
    assert inspect.iscoroutinefunction(module.asyncio)


@pytest.mark.parametrize("module", MODULES, ids=lambda module: module.__name__.split(".")[-1])
def test_the_arguments_are_documented_once_and_pointed_to(module: ModuleType) -> None:
    detailed = inspect.getdoc(module.sync_detailed) or ""
    assert "Raises:" in detailed
    assert "Returns:" in detailed
    for name in ("sync", "asyncio_detailed", "asyncio"):
        doc = inspect.getdoc(getattr(module, name)) or ""
        assert "Args:" not in doc
        assert "`sync_detailed`" in doc or "`sync`" in doc
    summary = detailed.splitlines()[0]
    assert (inspect.getdoc(module.asyncio) or "").startswith(summary)


MODEL = {"id": 7, "name": "A model", "type": "LORA", "nsfw": False, "modelVersions": []}


def run(driver: str, function: str, server: FaultServer, **client_options: Any) -> Any:
    """Call `get_model.<function>(7)` the way `driver` says, with a fresh client."""
    client = AuthenticatedClient(base_url=server.url, token="t", **client_options)
    if driver == "sync":
        with client:
            return getattr(get_model, function)(7, client=client)

    async def main() -> Any:
        async with client:
            return await getattr(get_model, function.replace("sync", "asyncio"))(7, client=client)

    return anyio.run(main, backend=driver)


def test_a_documented_status_is_parsed_into_a_response(
    driver: str, fault_server: FaultServer
) -> None:
    body = json.dumps(MODEL).encode()
    fault_server.script(Reply(200, body, {"Content-Type": "application/json"}))
    response = run(driver, "sync_detailed", fault_server)
    assert isinstance(response, Response)
    assert response.status_code == 200
    assert response.content == body
    assert response.headers["content-type"] == "application/json"
    assert isinstance(response.parsed, Model)
    assert response.parsed.id == 7
    assert fault_server.requests[0].path == "/api/v1/models/7"


def test_statuses_in_one_branch_each_parse_as_the_spec_says(
    driver: str, fault_server: FaultServer
) -> None:
    error = json.dumps({"error": "Too many requests"}).encode()
    fault_server.script(Reply(429, error), Reply(404, error))
    assert isinstance(run(driver, "sync", fault_server), ErrorResponse)
    assert run(driver, "sync_detailed", fault_server).status_code == 404


def test_an_undocumented_status_parses_to_none_or_raises_when_asked(
    driver: str, fault_server: FaultServer
) -> None:
    fault_server.script(Reply(418, b"teapot"), Reply(418, b"teapot"), Reply(418, b"teapot"))
    response = run(driver, "sync_detailed", fault_server)
    assert (response.status_code, response.content, response.parsed) == (418, b"teapot", None)
    assert run(driver, "sync", fault_server) is None
    with pytest.raises(UnexpectedStatus) as raised:
        run(driver, "sync", fault_server, raise_on_unexpected_status=True)
    assert (raised.value.status_code, raised.value.content) == (418, b"teapot")
