"""The async library scan against a Civitai that fails (asyncio and trio): each failure is
recorded on its files with its own error, never raised as an exception group."""

from __future__ import annotations

import socket
from pathlib import Path

import anyio
import httpx
import pytest
from civitai_api import library
from support.fake_civitai import CLIENT_TIMEOUT, FakeCivitai
from support.library import add_model_files


def _closed_port() -> str:
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    return f"http://127.0.0.1:{port}"


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("fault", "detail"),
    [
        ("404", "(HTTP 404, POST "),
        ("429", "(HTTP 429, POST "),
        ("closed port", "The request failed before Civitai answered (ConnectError: "),
    ],
)
async def test_async_scan_records_each_failure_on_its_files(
    civitai: FakeCivitai, tmp_path: Path, catalog_path: Path, fault: str, detail: str
) -> None:
    files = add_model_files(civitai, tmp_path / "models", models=3)
    url = _closed_port() if fault == "closed port" else civitai.api_url
    if fault != "closed port":
        civitai.behaviour.by_hash_status = int(fault)
    with anyio.fail_after(30):
        async with httpx.AsyncClient(base_url=url, timeout=CLIENT_TIMEOUT) as client:
            report = await library.async_scan(
                [tmp_path / "models"], client=client, catalog=catalog_path
            )
    problems = {problem.path.name: problem for problem in report.problems}
    assert sorted(problems) == sorted(path.name for path in files)
    for problem in problems.values():
        assert str(problem.kind) == "lookup-failed"
        assert detail in problem.detail
        assert "[Errno" not in problem.detail
