"""Receiving a body into reusable buffers: the buffer pool, the writer's release callbacks,
and downloads read with `recv_into` (plain HTTP) against the fake Civitai."""

from __future__ import annotations

import hashlib
import os
import random
import threading
from pathlib import Path
from typing import Any

import civitai_api
import httpx
import pytest
from civitai_api._download import receive
from civitai_api._download.receive import BufferPool, SocketBody, copy_into
from civitai_api._download.writer import PartWriter
from civitai_api._exceptions import DownloadError, ResumeNotSupportedError
from support.fake_civitai import FakeCivitai, ServedFile
from support.keys import API_KEY

MiB = 1024 * 1024


def payload(size: int, seed: int = 11) -> bytes:
    return random.Random(seed).randbytes(size)


def add_default(civitai: FakeCivitai, size: int) -> ServedFile:
    served = ServedFile(101, "model.safetensors", payload(size), primary=True)
    civitai.add_version(1, [served])
    return served


def download(client: httpx.Client, dest: Path, **kwargs: Any) -> Any:
    return civitai_api.download_model_version(client, 1, dest, **kwargs)


@pytest.fixture
def socket_fills(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The byte counts of every `recv_into` fill, recorded."""
    counts: list[int] = []
    real_fill = SocketBody.fill

    def fill(self: SocketBody, view: memoryview) -> int:
        count = real_fill(self, view)
        counts.append(count)
        return count

    monkeypatch.setattr(SocketBody, "fill", fill)
    return counts


def test_the_pool_makes_buffers_up_to_its_count_then_waits_for_one_back() -> None:
    pool = BufferPool(2, 16)
    first, second = pool.take(), pool.take()
    assert first is not second
    assert len(first) == len(second) == 16
    taken: list[bytearray] = []
    waiter = threading.Thread(target=lambda: taken.append(pool.take()))
    waiter.start()
    waiter.join(0.2)
    assert waiter.is_alive(), "a third buffer was made beyond the pool's count"
    release = pool.releaser([second])
    assert release is not None
    release()
    waiter.join(5)
    assert not waiter.is_alive()
    assert taken == [second]
    assert taken[0] is second  # the same memory, reused
    assert pool.releaser([]) is None


def test_copy_into_counts_bytes_beyond_the_view() -> None:
    view = memoryview(bytearray(5))
    filled = copy_into(view, 0, b"abc")
    filled = copy_into(view, filled, b"defg")
    assert filled == 7
    assert bytes(view) == b"abcde"
    assert copy_into(view, filled, b"xyz") == 10
    assert bytes(view) == b"abcde"


def test_the_writer_releases_a_batch_once_written_and_hashed(tmp_path: Path) -> None:
    released: list[int] = []
    writer = PartWriter(tmp_path / "f.part", ("SHA256",), keep_existing=False)
    pieces = [payload(1000, seed) for seed in range(3)]
    writer.feed(pieces[:2], lambda: released.append(1))
    writer.feed([memoryview(pieces[2])], lambda: released.append(2))
    writer.feed([b"tail"])  # no callback: nothing to release
    writer.drain()
    assert sorted(released) == [1, 2]  # exactly once each
    hashes = writer.close()
    data = b"".join(pieces) + b"tail"
    assert (tmp_path / "f.part").read_bytes() == data
    assert hashes["SHA256"] == hashlib.sha256(data).hexdigest().upper()
    assert sorted(released) == [1, 2]


def test_the_writer_writes_and_hashes_on_one_thread_it_stops_when_closed(
    tmp_path: Path,
) -> None:
    # one stage for writing and hashing: on a busy 2-core machine a third thread cost speed
    before = set(threading.enumerate())
    writer = PartWriter(tmp_path / "f.part", ("SHA256",), keep_existing=False)
    helpers = set(threading.enumerate()) - before
    assert [thread.name for thread in helpers] == ["civitai-write"]
    done: list[str] = []
    writer.feed([b"abc"], lambda: done.append(threading.current_thread().name))
    hashes = writer.close()
    assert done == ["civitai-write"]  # released in the writer's thread, once
    assert hashes["SHA256"] == hashlib.sha256(b"abc").hexdigest().upper()
    assert not any(thread.is_alive() for thread in helpers)


def test_the_writer_releases_batches_after_a_write_error_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full_disk(fd: int, data: object) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "write", full_disk)
    released = threading.Semaphore(0)
    writer = PartWriter(tmp_path / "f.part", ("SHA256",), keep_existing=False)
    writer.feed([b"abc"], released.release)
    assert released.acquire(timeout=5)
    with pytest.raises(DownloadError, match="No space left"):
        writer.drain()
    writer.abort()


def test_a_plain_http_body_is_received_into_pool_buffers(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path, socket_fills: list[int]
) -> None:
    served = add_default(civitai, size=5 * MiB + 17)
    result = download(client, tmp_path)
    assert result.verified
    assert result.path.read_bytes() == served.data
    assert socket_fills, "the body was not received with recv_into"
    # everything after httpx's first piece came through the socket, in whole buffers
    assert len(served.data) - sum(socket_fills) < 64 * 1024 + 1
    assert max(socket_fills) == civitai_api._constants.DOWNLOAD_CHUNK_SIZE


def test_parallel_ranges_are_received_into_pool_buffers(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path, socket_fills: list[int]
) -> None:
    served = add_default(civitai, size=9 * MiB + 5)
    result = download(client, tmp_path, connections=3)
    assert result.path.read_bytes() == served.data
    assert result.sha256 == hashlib.sha256(served.data).hexdigest().upper()
    storage = civitai.seen("storage")
    assert len(storage) >= 3
    # each answer's first piece (at most 64 KiB) comes through httpx, the rest from the socket
    assert sum(socket_fills) >= len(served.data) - len(storage) * 64 * 1024
    for seen in storage:
        assert "authorization" not in seen.headers
        assert API_KEY not in repr(seen)


def test_the_pool_bounds_the_buffers_of_a_long_download(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made: list[int] = []
    real_init = BufferPool.__init__

    def init(self: BufferPool, count: int, size: int) -> None:
        made.append(count)
        real_init(self, count, size)

    monkeypatch.setattr(BufferPool, "__init__", init)
    monkeypatch.setattr(receive, "RECEIVE_BUFFERS", 2)
    monkeypatch.setattr("civitai_api._download.engine.RECEIVE_BUFFERS", 2)
    served = add_default(civitai, size=12 * MiB + 1)
    result = download(client, tmp_path)
    assert result.path.read_bytes() == served.data  # 12 MiB through 2 buffers, reused
    assert made == [2]


def test_a_range_answer_longer_than_asked_is_refused(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path
) -> None:
    add_default(civitai, size=9 * MiB)
    civitai.behaviour.range_overrun = 100
    with pytest.raises(ResumeNotSupportedError, match="Asked for bytes"):
        download(client, tmp_path, connections=2)
    assert not (tmp_path / "model.safetensors").exists()


def test_a_stalled_body_times_out_and_resumes_after_the_bytes_received(
    civitai: FakeCivitai, tmp_path: Path
) -> None:
    served = add_default(civitai, size=3 * MiB)
    civitai.behaviour.stall_after = MiB + 99
    civitai.behaviour.stall_seconds = 1.5
    headers = {"Authorization": f"Bearer {API_KEY}"}
    with httpx.Client(base_url=civitai.api_url, headers=headers, timeout=0.5) as client:
        result = download(client, tmp_path)
    assert result.path.read_bytes() == served.data
    storage = civitai.seen("storage")
    assert len(storage) == 2
    assert storage[1].headers["range"] == f"bytes={MiB + 99}-"
