"""hash_file and StreamHasher against hashlib, zlib and blake3, and the hash cache."""

from __future__ import annotations

import hashlib
import json
import random
import struct
import zlib
from pathlib import Path

import blake3
import civitai_api
import pytest
from civitai_api import HashCache, hash_file, hash_matches
from civitai_api._hashing import StreamHasher, crc32_civitai_order

MiB = 1024 * 1024
ALL = ("SHA256", "AutoV1", "AutoV2", "AutoV3", "CRC32", "BLAKE3")


@pytest.fixture(autouse=True)
def _private_cache(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CIVITAI_HASH_CACHE", str(tmp_path_factory.mktemp("cache") / "h.sqlite3"))


def safetensors_bytes(tensor_bytes: bytes, metadata: dict[str, str] | None = None) -> bytes:
    header = {
        "w": {"dtype": "U8", "shape": [len(tensor_bytes)], "data_offsets": [0, len(tensor_bytes)]}
    }
    if metadata is not None:
        header["__metadata__"] = metadata  # type: ignore[assignment]
    encoded = json.dumps(header).encode()
    return struct.pack("<Q", len(encoded)) + encoded + tensor_bytes


def expected(data: bytes) -> dict[str, str]:
    sha = hashlib.sha256(data).hexdigest().upper()
    return {
        "SHA256": sha,
        "AutoV1": hashlib.sha256(data[0x100000:0x110000]).hexdigest()[:8].upper(),
        "AutoV2": sha[:10],
        "CRC32": f"{zlib.crc32(data):08X}",
        "BLAKE3": blake3.blake3(data).hexdigest().upper(),
    }


def test_every_hash_type_in_one_pass(tmp_path: Path) -> None:
    data = random.Random(1).randbytes(20 * MiB + 123)  # more than two read buffers
    path = tmp_path / "model.bin"
    path.write_bytes(data)
    result = hash_file(path, ALL, cache=False)
    assert result == expected(data)  # AutoV3 absent: not a safetensors file
    assert list(result) == ["SHA256", "AutoV1", "AutoV2", "CRC32", "BLAKE3"]


def test_known_values_of_a_fixed_file(tmp_path: Path) -> None:
    path = tmp_path / "abc.bin"
    path.write_bytes(b"abc" * (MiB))  # 3 MiB, so AutoV1 applies
    result = hash_file(path, ["sha256", "autov2", "crc32"], cache=False)
    assert result["SHA256"] == hashlib.sha256(b"abc" * MiB).hexdigest().upper()
    assert result["AutoV2"] == result["SHA256"][:10]
    assert result["CRC32"] == f"{zlib.crc32(b'abc' * MiB):08X}"
    tiny = tmp_path / "tiny.bin"
    tiny.write_bytes(b"abc")
    assert hash_file(tiny, ["SHA256", "CRC32"], cache=False) == {
        "SHA256": "BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD",
        "CRC32": "352441C2",
    }


def test_autov1_is_absent_below_two_mib(tmp_path: Path) -> None:
    path = tmp_path / "small.bin"
    path.write_bytes(b"x" * (2 * MiB - 1))
    assert "AutoV1" not in hash_file(path, ["AutoV1", "SHA256"], cache=False)
    path.write_bytes(b"x" * (2 * MiB))
    assert hash_file(path, ["AutoV1"], cache=False) == {
        "AutoV1": hashlib.sha256(b"x" * 0x10000).hexdigest()[:8].upper()
    }


def test_autov3_hashes_only_the_tensor_data(tmp_path: Path) -> None:
    tensors = random.Random(2).randbytes(3 * MiB)
    one = tmp_path / "a.safetensors"
    two = tmp_path / "b.safetensors"
    one.write_bytes(safetensors_bytes(tensors))
    two.write_bytes(safetensors_bytes(tensors, {"ss_note": "edited by another tool"}))
    first = hash_file(one, ["AutoV3", "SHA256"], cache=False)
    second = hash_file(two, ["AutoV3", "SHA256"], cache=False)
    assert first["AutoV3"] == second["AutoV3"] == hashlib.sha256(tensors).hexdigest().upper()
    assert len(first["AutoV3"]) == 64
    assert first["SHA256"] != second["SHA256"]


def test_stream_hasher_handles_any_chunking() -> None:
    data = safetensors_bytes(random.Random(3).randbytes(2 * MiB + 77))
    whole = StreamHasher(ALL)
    whole.update(data)
    pieces = StreamHasher(ALL, threads=False)
    for start in range(0, len(data), 3):  # the 8-byte header length arrives split
        if start > 200:
            pieces.update(data[start:])
            break
        pieces.update(data[start : start + 3])
    assert whole.hexdigests() == pieces.hexdigests()
    assert (
        whole.hexdigests()["AutoV3"]
        == hashlib.sha256(data[8 + int.from_bytes(data[:8], "little") :]).hexdigest().upper()
    )


def test_unknown_algorithm_and_missing_blake3(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "f.bin"
    path.write_bytes(b"data")
    with pytest.raises(civitai_api.QueryParamsError, match="MD5"):
        hash_file(path, ["MD5"], cache=False)
    monkeypatch.setitem(__import__("sys").modules, "blake3", None)
    with pytest.raises(ImportError, match=r"pip install civitai-api\[blake3\]"):
        hash_file(path, ["BLAKE3"], cache=False)


def test_cache_answers_without_reading_and_notices_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = HashCache(tmp_path / "cache.sqlite3")
    path = tmp_path / "model.safetensors"
    path.write_bytes(b"version one" * 1000)
    first = hash_file(path, ["SHA256", "AutoV1"], cache=cache)
    opened: list[object] = []
    real_open = open

    def counting_open(file: object, *args: object, **kwargs: object) -> object:
        opened.append(file)
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr("civitai_api._hashing.open", counting_open, raising=False)
    assert hash_file(path, ["SHA256", "AutoV1"], cache=cache) == first
    assert opened == []  # AutoV1 "does not apply" was cached too
    hash_file(path, ["SHA256", "CRC32"], cache=cache)
    assert len(opened) == 1  # only the missing CRC32 needed a read
    path.write_bytes(b"version two, longer" * 1000)
    changed = hash_file(path, ["SHA256"], cache=cache)
    assert changed["SHA256"] == hashlib.sha256(b"version two, longer" * 1000).hexdigest().upper()
    assert len(opened) == 2


def test_default_cache_location_follows_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from civitai_api._hash_cache import default_cache_path, get_default_cache

    monkeypatch.delenv("CIVITAI_HASH_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    if __import__("sys").platform.startswith("linux"):
        assert default_cache_path() == tmp_path / "xdg" / "civitai-api" / "hashes.sqlite3"
    monkeypatch.setenv("CIVITAI_HASH_CACHE", "off")
    assert get_default_cache() is None
    monkeypatch.setenv("CIVITAI_HASH_CACHE", str(tmp_path / "mine.db"))
    cache = get_default_cache()
    assert cache is not None
    assert cache.path == tmp_path / "mine.db"


def test_an_unwritable_cache_does_not_break_hashing(tmp_path: Path) -> None:
    blocker = tmp_path / "file-not-dir"
    blocker.write_text("x")
    cache = HashCache(blocker / "cache.sqlite3")
    path = tmp_path / "f.bin"
    path.write_bytes(b"abc")
    assert hash_file(path, ["CRC32"], cache=cache) == {"CRC32": "352441C2"}


@pytest.mark.anyio
async def test_async_hash_file_matches(tmp_path: Path) -> None:
    path = tmp_path / "f.bin"
    path.write_bytes(b"abc" * 1000)
    assert await civitai_api.async_hash_file(path, ["SHA256"]) == hash_file(path, ["SHA256"])


@pytest.mark.parametrize(
    ("algorithm", "local", "remote", "same"),
    [
        ("AutoV3", "34A22376739D" + "0" * 52, "34a22376739d", True),
        ("AutoV3", "34A22376739D" + "0" * 52, "34A22376739E", False),
        ("AutoV3", "34A22376739D" + "0" * 52, "34A22376739D" + "0" * 52, True),
        ("AutoV3", "34A22376739D" + "0" * 52, "34A2237673", True),
        ("AutoV3", "34A22376739D" + "0" * 52, "34A223767", False),
        ("AutoV3", "34A22376739D" + "0" * 52, "3", False),
        ("CRC32", "352441C2", "C2412435", True),
        ("CRC32", "352441C2", "352441C2", True),
        ("CRC32", "352441C2", "352441C3", False),
        ("SHA256", "AB" * 32, "ab" * 32, True),
        ("AutoV2", "ABCDEF0123", "ABCDEF01", False),
        ("SHA256", "AB" * 32, "", False),
    ],
)
def test_hash_matches(algorithm: str, local: str, remote: str, same: bool) -> None:
    assert hash_matches(algorithm, local, remote) is same


def test_crc32_byte_order() -> None:
    assert crc32_civitai_order("352441C2") == "C2412435"


def test_a_corrupt_cache_file_does_not_break_hashing(tmp_path: Path) -> None:
    database = tmp_path / "cache.sqlite3"
    database.write_bytes(b"this is not an SQLite database" * 100)
    cache = HashCache(database)
    path = tmp_path / "f.bin"
    path.write_bytes(b"abc")
    assert hash_file(path, ["CRC32"], cache=cache) == {"CRC32": "352441C2"}
    assert cache.get(str(path), 3, path.stat().st_mtime_ns) == {}
    assert database.read_bytes() == b"this is not an SQLite database" * 100


def test_a_read_only_cache_still_answers_what_it_holds(tmp_path: Path) -> None:
    database = tmp_path / "cache.sqlite3"
    path = tmp_path / "f.bin"
    path.write_bytes(b"abc")
    stat = path.stat()
    writable = HashCache(database)
    writable.put(str(path), stat.st_size, stat.st_mtime_ns, {"SHA256": "CACHED"})
    writable.close()
    database.chmod(0o444)
    try:
        cache = HashCache(database)
        assert hash_file(path, ["SHA256"], cache=cache) == {"SHA256": "CACHED"}
        # A hash it cannot store is still computed.
        assert hash_file(path, ["CRC32"], cache=cache) == {"CRC32": "352441C2"}
        cache.close()
    finally:
        database.chmod(0o644)


def test_a_locked_cache_is_given_up_after_one_wait(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3
    import time

    monkeypatch.setattr("civitai_api._hash_cache._LOCK_WAIT_SECONDS", 0.2)
    database = tmp_path / "cache.sqlite3"
    first = HashCache(database)
    first.put("/x", 1, 1, {"SHA256": "A"})
    first.close()
    holder = sqlite3.connect(database, isolation_level=None)
    holder.execute("PRAGMA journal_mode=DELETE")  # so the exclusive lock blocks readers too
    holder.execute("BEGIN EXCLUSIVE")
    try:
        cache = HashCache(database)
        files = []
        for index in range(5):
            path = tmp_path / f"f{index}.bin"
            path.write_bytes(b"abc")
            files.append(path)
        started = time.monotonic()
        for path in files:
            assert hash_file(path, ["CRC32"], cache=cache) == {"CRC32": "352441C2"}
        # One wait for the lock at most (the connect), not one per file and operation.
        assert time.monotonic() - started < 0.2 * 4
        cache.close()
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_a_file_changed_while_hashed_is_not_cached(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import civitai_api._hashing as hashing

    cache = HashCache(tmp_path / "cache.sqlite3")
    path = tmp_path / "f.bin"
    path.write_bytes(b"before")
    real = hashing._hash_once

    def hash_then_change(file_path: str, algorithms: list[str]) -> dict[str, str]:
        result = real(file_path, algorithms)
        path.write_bytes(b"after, longer")
        return result

    monkeypatch.setattr(hashing, "_hash_once", hash_then_change)
    hash_file(path, ["SHA256"], cache=cache)
    stat = path.stat()
    assert cache.get(str(path.resolve()), stat.st_size, stat.st_mtime_ns) == {}
    monkeypatch.setattr(hashing, "_hash_once", real)
    assert hash_file(path, ["SHA256"], cache=cache) == {
        "SHA256": hashlib.sha256(b"after, longer").hexdigest().upper()
    }
    cache.close()


@pytest.mark.parametrize(
    "data",
    [
        struct.pack("<Q", 1 << 40) + b"{}" + b"x" * 100,  # a header length past any limit
        struct.pack("<Q", 10_000) + b"{}" + b"x" * 100,  # a header longer than the file
        struct.pack("<Q", 2) + b"[]" + b"x" * 100,  # not a JSON object
        b"{}",  # shorter than the length field
    ],
    ids=["huge-length", "past-end", "not-json-object", "tiny"],
)
def test_autov3_is_absent_for_a_bogus_safetensors_header(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "bogus.safetensors"
    path.write_bytes(data)
    hashes = hash_file(path, ["SHA256", "AutoV3"], cache=False)
    assert "AutoV3" not in hashes
    assert hashes["SHA256"] == hashlib.sha256(data).hexdigest().upper()
