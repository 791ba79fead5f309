"""`connections=N` on a large file: one connection first, moved to several only when that one
is slow (a host limiting each connection's rate), never on a fast host."""

from __future__ import annotations

import random
import time
from pathlib import Path

import civitai_api
import httpx
import pytest
from civitai_api._download import wire
from support.fake_civitai import FakeCivitai, ServedFile

MiB = 1024 * 1024


@pytest.fixture(autouse=True)
def small_thresholds(monkeypatch: pytest.MonkeyPatch) -> None:
    """Files above 1 MiB count as large, timed for 0.1 s (the real ones: 64 MiB, 0.2 s)."""
    monkeypatch.setattr(wire, "SPLIT_MEASURE_ABOVE", MiB)
    monkeypatch.setattr(wire, "SPLIT_PROBE_SECONDS", 0.1)


def add_default(civitai: FakeCivitai, size: int) -> ServedFile:
    served = ServedFile(101, "model.safetensors", random.Random(5).randbytes(size), primary=True)
    civitai.add_version(1, [served])
    return served


def test_a_throttled_connection_is_split_and_the_file_comes_faster(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path
) -> None:
    served = add_default(civitai, 6 * MiB)
    rate = 6 * MiB  # one connection needs a whole second
    civitai.behaviour.rate_per_connection = rate
    started = time.monotonic()
    result = civitai_api.download_model_version(client, 1, tmp_path, connections=4)
    elapsed = time.monotonic() - started
    assert result.path.read_bytes() == served.data
    assert result.verified
    ranges = [seen.headers.get("range") for seen in civitai.seen("storage")]
    assert ranges[0] is None  # the first connection asked for the whole file
    assert len(ranges) >= 3
    assert all(ranges[1:])
    # one connection for the first 2 MiB (timed on whole 1 MiB buffers), then four
    assert elapsed < 0.75 * len(served.data) / rate


def test_a_fast_host_keeps_one_connection(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path
) -> None:
    served = add_default(civitai, 6 * MiB)
    result = civitai_api.download_model_version(client, 1, tmp_path, connections=4)
    assert result.path.read_bytes() == served.data
    assert [seen.headers.get("range") for seen in civitai.seen("storage")] == [None]


def test_the_decision_is_taken_once_after_the_probe_time() -> None:
    check = wire.SplitCheck(total=100 * MiB)
    assert not check.now(0, clock=10.0)  # starts the clock
    assert not check.now(MiB, clock=10.05)  # too early to tell
    assert check.now(2 * MiB, clock=10.4)  # 5 MiB/s: slow, split
    assert check.split
    assert not check.now(3 * MiB, clock=10.5)  # decided already
    fast = wire.SplitCheck(total=100 * MiB)
    fast.now(0, clock=0.0)
    assert not fast.now(60 * MiB, clock=0.3)  # 200 MiB/s: keep one connection
    assert fast.decided
    assert not fast.split
