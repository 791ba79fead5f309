"""`connections=N` on a large file: one connection first, moved to several only when that one
is slow (a host limiting each connection's rate), never on a fast host."""

from __future__ import annotations

import itertools
import random
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


def test_a_throttled_connection_is_split_into_ranges_of_the_rest(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path
) -> None:
    """How much faster several connections are is measured by `make bench`; here, that the
    slow connection's rest is fetched as disjoint ranges covering it exactly."""
    served = add_default(civitai, 6 * MiB)
    civitai.behaviour.rate_per_connection = 6 * MiB  # one connection needs a whole second
    result = civitai_api.download_model_version(client, 1, tmp_path, connections=4)
    assert result.path.read_bytes() == served.data
    assert result.verified
    ranges = [seen.headers.get("range") for seen in civitai.seen("storage")]
    assert ranges[0] is None  # the first connection asked for the whole file
    assert len(ranges) >= 3
    spans = sorted(_span(header) for header in ranges[1:])
    assert spans[-1][1] == len(served.data) - 1  # the rest, to the last byte
    for (_, end), (start, _) in itertools.pairwise(spans):
        assert start == end + 1  # no gap, no overlap


def _span(header: str | None) -> tuple[int, int]:
    assert header is not None
    assert header.startswith("bytes=")
    start, end = header.removeprefix("bytes=").split("-")
    return int(start), int(end)


def test_a_fast_host_keeps_one_connection(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "Fast" is anything above 1 MiB/s here, so a busy machine cannot make loopback look slow.
    monkeypatch.setattr(wire, "SPLIT_BELOW_RATE", MiB)
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
