"""The fake Civitai stays quiet when a client hangs up (as cancelled downloads do), so the
suite prints no server traceback; a real failure of its handler is still printed."""

from __future__ import annotations

import socket
import struct
import time

import pytest
from support.fake_civitai import FakeCivitai


def _address(url: str) -> tuple[str, int]:
    host, port = url.removeprefix("http://").split(":")
    return host, int(port)


def _hang_up_abruptly(url: str) -> None:
    """Open a connection, send half a request line, and reset it (RST, not FIN)."""
    with socket.create_connection(_address(url)) as sock:
        sock.sendall(b"GET /api/v1/models HTTP/1.1\r\nHost: x")
        time.sleep(0.05)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))


def test_a_client_hanging_up_prints_nothing(capfd: pytest.CaptureFixture[str]) -> None:
    fake = FakeCivitai()
    try:
        for _ in range(3):
            _hang_up_abruptly(fake.api_url)
        time.sleep(0.2)  # the server threads meet the reset
    finally:
        fake.close()
    assert capfd.readouterr().err == ""


def test_a_failing_handler_is_still_reported(capfd: pytest.CaptureFixture[str]) -> None:
    fake = FakeCivitai()
    try:
        fake.behaviour.model_status = None  # type: ignore[assignment]  # breaks GET /models/1
        fake.add_version(1, [], model_id=1)
        with socket.create_connection(_address(fake.api_url)) as sock:
            sock.sendall(b"GET /api/v1/models/1 HTTP/1.1\r\nHost: x\r\n\r\n")
            sock.settimeout(5)
            sock.recv(1)  # the server closes the connection without an answer
    finally:
        fake.close()
    err = capfd.readouterr().err
    assert "Exception occurred during processing of request" in err
    assert "AttributeError" in err
