"""The rules of the whole suite, and where its shared fixtures come from.

No test may open a connection to anything but the loopback interface (`_loopback_only`), nor
see the user's own folders and settings (`_isolated_user_folders`). The fixtures every folder
may use (the sync/asyncio/trio `driver`, `anyio_backend`, the fake Civitai, the fault server)
live in `support/fixtures.py`, loaded here; `README.md` here says which folder tests what.
"""

from __future__ import annotations

import ipaddress
import os
import re
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

TESTS_DIR = Path(__file__).parent
CASSETTES_DIR = TESTS_DIR / "cassettes"
RECORDING = os.environ.get("CIVITAI_RECORD") == "1"

pytest_plugins = ["support.fixtures"]


def _is_loopback(address: Any) -> bool:
    if not isinstance(address, tuple):  # AF_UNIX paths and the like
        return True
    host = address[0]
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@pytest.fixture(autouse=True, scope="session")
def _loopback_only() -> Iterator[None]:
    """Refuse any socket connection outside 127.0.0.0/8 and ::1 (unless re-recording)."""
    if RECORDING:
        yield
        return
    original_connect = socket.socket.connect
    original_connect_ex = socket.socket.connect_ex

    def guarded_connect(self: socket.socket, address: Any) -> Any:
        if not _is_loopback(address):
            raise OSError(f"test tried to reach {address!r}: only loopback is allowed")
        return original_connect(self, address)

    def guarded_connect_ex(self: socket.socket, address: Any) -> Any:
        if not _is_loopback(address):
            raise OSError(f"test tried to reach {address!r}: only loopback is allowed")
        return original_connect_ex(self, address)

    socket.socket.connect = guarded_connect  # type: ignore[method-assign]
    socket.socket.connect_ex = guarded_connect_ex  # type: ignore[method-assign]
    try:
        yield
    finally:
        socket.socket.connect = original_connect  # type: ignore[method-assign]
        socket.socket.connect_ex = original_connect_ex  # type: ignore[method-assign]


# Variables through which a developer's own setup could leak into a test: keys, host, offline
# mode, catalog and the XDG folders (where a stored key, the catalog and caches live).
_USER_VARIABLES = (
    "CIVITAI_TOKEN",
    "CIVITAI_API_TOKEN",
    "CIVITAI_HOST",
    "CIVITAI_OFFLINE",
    "CIVITAI_CATALOG",
    "NO_COLOR",
    "FORCE_COLOR",
)


@pytest.fixture(autouse=True)
def _isolated_user_folders(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Give every test empty config, data and cache folders, and none of the user's settings.

    Returns:
        The folder holding the test's `config`, `data` and `cache` folders.
    """
    home = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    for name in _USER_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    if not RECORDING:
        monkeypatch.delenv("CIVITAI_API_KEY", raising=False)
    return home


# `nextPage` echoes every query parameter, `token=<key>` included.
_TOKEN_PARAM = re.compile(r"(token=)[^&\"'\s<>]+", re.IGNORECASE)
_SECRET_HEADERS = {"set-cookie", "cookie", "authorization"}


def _scrub_text(text: str | bytes) -> str | bytes:
    """Replace `token=<value>` and the literal key from CIVITAI_API_KEY with REDACTED."""
    as_text = text.decode("utf-8", "replace") if isinstance(text, bytes) else text
    scrubbed = _TOKEN_PARAM.sub(r"\1REDACTED", as_text)
    key = os.environ.get("CIVITAI_API_KEY", "")
    if key:
        scrubbed = scrubbed.replace(key, "REDACTED")
    if scrubbed == as_text:
        return text  # leave untouched bodies (binary ones too) byte for byte
    return scrubbed.encode() if isinstance(text, bytes) else scrubbed


def _scrub_request(request: Any) -> Any:
    """Drop the key wherever it hides in a request vcrpy is about to store."""
    request.uri = _scrub_text(request.uri)
    if isinstance(request.body, str | bytes) and request.body:
        request.body = _scrub_text(request.body)
    return request


def _scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    """Drop cookies and the key from a response vcrpy is about to store."""
    headers = response.get("headers", {})
    for name in list(headers):
        if name.lower() in _SECRET_HEADERS:
            del headers[name]
        else:
            headers[name] = [_scrub_text(value) for value in headers[name]]
    body = response.get("body", {})
    if body.get("string"):
        body["string"] = _scrub_text(body["string"])
    return response


@pytest.fixture(scope="module")
def vcr_config() -> dict[str, Any]:
    """Replay only; when re-recording, scrub the key, tokens and cookies."""
    return {
        "record_mode": "rewrite" if RECORDING else "none",
        "filter_headers": [("authorization", "REDACTED"), ("cookie", None)],
        "filter_query_parameters": [("token", "REDACTED")],
        "filter_post_data_parameters": [("token", "REDACTED")],
        "before_record_request": _scrub_request,
        "before_record_response": _scrub_response,
        "decode_compressed_response": True,
    }


@pytest.fixture(scope="module")
def vcr_cassette_dir() -> str:
    return str(CASSETTES_DIR)
