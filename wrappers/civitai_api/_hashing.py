"""Civitai's hash types, computed in one pass over a file.

| type     | what                                                                    |
|----------|-------------------------------------------------------------------------|
| `SHA256` | SHA256 of the whole file, 64 hex                                        |
| `AutoV1` | first 8 hex of SHA256 over the 0x10000 bytes at 0x100000; files ≥ 2 MiB |
| `AutoV2` | first 10 hex of the file's SHA256                                       |
| `AutoV3` | SHA256 of a safetensors file's tensor data (after the 8-byte length and |
|          | the JSON header), full 64 hex; safetensors files only                   |
| `CRC32`  | zlib's CRC32 of the whole file, 8 hex, in the usual (big-endian) order  |
| `BLAKE3` | BLAKE3 of the whole file, 64 hex (needs the optional `blake3` package)  |

All hex is upper-case. A type that does not apply to a file is left out of the result:

* AutoV1 follows Civitai's scanner, which stores nothing for files under 2 MiB. (The old
  A1111 "model hash" instead hashed whatever it could read there, which for a file under
  1 MiB is the SHA256 of no bytes, `E3B0C442`; such values never match Civitai's.)
* AutoV3 is full length here; Civitai shows it cut to 12 hex, so compare with
  `hash_matches`, which accepts a prefix.
* CRC32: Civitai's scanner (.NET) may store the four bytes reversed;
  `crc32_civitai_order` gives that form, and `hash_matches` accepts either.
"""

from __future__ import annotations

import concurrent.futures
import functools
import hashlib
import os
import zlib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Protocol

import anyio.to_thread

from ._constants import (
    AUTOV1_HEX_LENGTH,
    AUTOV1_LENGTH,
    AUTOV1_MIN_SIZE,
    AUTOV1_OFFSET,
    AUTOV2_LENGTH,
    AUTOV3_MIN_PREFIX,
    DEFAULT_HASH_ALGORITHMS,
    HASH_ALGORITHMS,
    HASH_READ_SIZE,
    SAFETENSORS_MAX_HEADER,
)
from ._exceptions import QueryParamsError
from ._hash_cache import HashCache, get_default_cache

__all__ = [
    "StreamHasher",
    "async_hash_file",
    "crc32_civitai_order",
    "hash_file",
    "hash_matches",
    "normalize_algorithms",
]

BLAKE3_INSTALL_HINT = "pip install civitai-api[blake3]"
# Lanes of hashers run in parallel threads only for chunks at least this big (hashlib, zlib and
# blake3 release the GIL on big buffers; on small ones the hand-off costs more than it saves).
_PARALLEL_MIN_CHUNK = 512 * 1024
# Relative cost per byte, used to spread hashers over threads evenly.
_COST = {"sha256": 1.0, "autov3": 1.0, "crc32": 0.45, "blake3": 0.4}
_CANONICAL = {name.lower(): name for name in HASH_ALGORITHMS}


class _Hasher(Protocol):
    def update(self, data: bytes | memoryview, /) -> object: ...
    def hexdigest(self) -> str: ...


def normalize_algorithms(algorithms: Iterable[str]) -> tuple[str, ...]:
    """Spell hash type names as Civitai does (`sha256` → `SHA256`), without duplicates.

    Args:
        algorithms: Hash type names, any case (`Blake3` is accepted for `BLAKE3`).

    Returns:
        The canonical names, in the order given.

    Raises:
        QueryParamsError: A name is not one of Civitai's hash types.
    """
    if isinstance(algorithms, str):
        algorithms = (algorithms,)
    names: list[str] = []
    for name in algorithms:
        canonical = _CANONICAL.get(str(name).strip().lower())
        if canonical is None:
            known = ", ".join(HASH_ALGORITHMS)
            raise QueryParamsError(
                f"Unknown hash type {name!r}; expected one of {known}", param="algorithms"
            )
        if canonical not in names:
            names.append(canonical)
    return tuple(names)


def _new_blake3() -> _Hasher:
    try:
        import blake3
    except ImportError as exc:
        raise ImportError(
            f"BLAKE3 hashing needs the optional blake3 package: {BLAKE3_INSTALL_HINT}"
        ) from exc
    hasher: _Hasher = blake3.blake3()
    return hasher


class StreamHasher:
    """Computes several of Civitai's hash types over bytes fed in file order.

    Feed every byte of a file, in order, to `update`, then read `hexdigests()`. With more than
    one expensive hasher and big chunks, the hashers run in parallel threads.

    Args:
        algorithms: Hash types to compute (see `normalize_algorithms`).
        threads: Whether big chunks may be hashed by several threads at once.

    Raises:
        QueryParamsError: Unknown hash type.
        ImportError: BLAKE3 was asked for without the `blake3` package installed.
    """

    def __init__(self, algorithms: Iterable[str], *, threads: bool = True) -> None:
        self.algorithms = normalize_algorithms(algorithms)
        wanted = set(self.algorithms)
        self.position = 0
        self._sha256 = hashlib.sha256() if wanted & {"SHA256", "AutoV2"} else None
        self._autov1 = hashlib.sha256() if "AutoV1" in wanted else None
        self._crc32: int | None = 0 if "CRC32" in wanted else None
        self._blake3 = _new_blake3() if "BLAKE3" in wanted else None
        self._autov3 = hashlib.sha256() if "AutoV3" in wanted else None
        # AutoV3 needs the safetensors header length (first 8 bytes) and its first byte.
        self._head = bytearray()
        self._tensor_start: int | None = None
        self._autov3_invalid = False
        self._lanes = self._plan_lanes()
        workers = len(self._lanes) - 1 if threads else 0
        self._pool = (
            concurrent.futures.ThreadPoolExecutor(workers, thread_name_prefix="civitai-hash")
            if workers > 0
            else None
        )

    def _plan_lanes(self) -> list[list[Callable[[memoryview, int], None]]]:
        jobs: list[tuple[float, Callable[[memoryview, int], None]]] = []
        if self._sha256 is not None:
            jobs.append((_COST["sha256"], self._update_sha256))
        if self._autov3 is not None:
            jobs.append((_COST["autov3"], self._update_autov3))
        if self._crc32 is not None:
            jobs.append((_COST["crc32"], self._update_crc32))
        if self._blake3 is not None:
            jobs.append((_COST["blake3"], self._update_blake3))
        count = max(1, min(len(jobs), os.cpu_count() or 1))
        lanes: list[list[Callable[[memoryview, int], None]]] = [[] for _ in range(count)]
        loads = [0.0] * count
        for cost, job in sorted(jobs, key=lambda item: -item[0]):
            lightest = loads.index(min(loads))
            lanes[lightest].append(job)
            loads[lightest] += cost
        return [lane for lane in lanes if lane]

    def update(self, data: bytes | bytearray | memoryview) -> None:
        """Feed the next bytes of the file.

        Args:
            data: The bytes that follow everything fed so far.
        """
        view = memoryview(data).cast("B")
        start = self.position
        if self._autov1 is not None:
            self._update_autov1(view, start)
        if self._pool is not None and len(view) >= _PARALLEL_MIN_CHUNK:
            futures = [self._pool.submit(_run_lane, lane, view, start) for lane in self._lanes[1:]]
            _run_lane(self._lanes[0], view, start)
            for future in futures:
                future.result()
        else:
            for lane in self._lanes:
                _run_lane(lane, view, start)
        self.position = start + len(view)

    def _update_sha256(self, view: memoryview, start: int) -> None:
        assert self._sha256 is not None
        self._sha256.update(view)

    def _update_crc32(self, view: memoryview, start: int) -> None:
        assert self._crc32 is not None
        self._crc32 = zlib.crc32(view, self._crc32)

    def _update_blake3(self, view: memoryview, start: int) -> None:
        assert self._blake3 is not None
        self._blake3.update(view)

    def _update_autov1(self, view: memoryview, start: int) -> None:
        assert self._autov1 is not None
        low = max(start, AUTOV1_OFFSET)
        high = min(start + len(view), AUTOV1_OFFSET + AUTOV1_LENGTH)
        if low < high:
            self._autov1.update(view[low - start : high - start])

    def _update_autov3(self, view: memoryview, start: int) -> None:
        assert self._autov3 is not None
        if self._autov3_invalid:
            return
        if self._tensor_start is None:
            # safetensors = u64 little-endian header length + JSON header.
            self._head += view[: max(0, 9 - len(self._head))]
            if len(self._head) < 9:
                return
            header_length = int.from_bytes(self._head[:8], "little")
            if header_length > SAFETENSORS_MAX_HEADER or self._head[8:9] != b"{":
                self._autov3_invalid = True
                return
            self._tensor_start = 8 + header_length
        skip = self._tensor_start - start
        if skip < len(view):
            self._autov3.update(view[max(0, skip) :])

    def hexdigests(self) -> dict[str, str]:
        """The hashes of everything fed so far; hash types that do not apply are left out.

        Returns:
            Hash type → upper-case hex, in the order the types were asked for.
        """
        self.close()
        values: dict[str, str | None] = {}
        full = self._sha256.hexdigest().upper() if self._sha256 is not None else None
        values["SHA256"] = full
        values["AutoV2"] = full[:AUTOV2_LENGTH] if full is not None else None
        if self._autov1 is not None and self.position >= AUTOV1_MIN_SIZE:
            values["AutoV1"] = self._autov1.hexdigest()[:AUTOV1_HEX_LENGTH].upper()
        if self._autov3 is not None and self._autov3_applies():
            values["AutoV3"] = self._autov3.hexdigest().upper()
        if self._crc32 is not None:
            values["CRC32"] = f"{self._crc32:08X}"
        if self._blake3 is not None:
            values["BLAKE3"] = self._blake3.hexdigest().upper()
        return {name: value for name in self.algorithms if (value := values.get(name)) is not None}

    def _autov3_applies(self) -> bool:
        return (
            not self._autov3_invalid
            and self._tensor_start is not None
            and self.position >= self._tensor_start
        )

    def close(self) -> None:
        """Stop the helper threads (`hexdigests` does it too)."""
        if self._pool is not None:
            self._pool.shutdown(wait=True)
            self._pool = None

    def __enter__(self) -> StreamHasher:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _run_lane(lane: list[Callable[[memoryview, int], None]], view: memoryview, start: int) -> None:
    for job in lane:
        job(view, start)


def hash_file(
    path: str | os.PathLike[str],
    algorithms: Iterable[str] = DEFAULT_HASH_ALGORITHMS,
    *,
    cache: HashCache | bool = True,
) -> dict[str, str]:
    """Compute Civitai's hash types of a file, reading it at most once.

    Hashes already in the cache for this path, size and modification time are not recomputed;
    all the missing ones are computed together in a single read.

    Args:
        path: The file.
        algorithms: Any of `SHA256`, `AutoV1`, `AutoV2`, `AutoV3`, `CRC32`, `BLAKE3`
            (any case). Default: `SHA256`, `AutoV1`, `AutoV2`.
        cache: `True` for the default cache (see `default_cache_path`, `$CIVITAI_HASH_CACHE`),
            `False` for none, or a `HashCache`.

    Returns:
        Hash type → upper-case hex. Types that do not apply to the file (AutoV1 under 2 MiB,
        AutoV3 of a non-safetensors file) are absent.

    Raises:
        QueryParamsError: Unknown hash type.
        ImportError: BLAKE3 asked for without the `blake3` package
            (`pip install civitai-api[blake3]`).
        OSError: The file cannot be read.

    Example:
        >>> hash_file("model.safetensors", ["SHA256", "AutoV3"])  # doctest: +SKIP
        {'SHA256': '9A0F...', 'AutoV3': '34A22376739D...'}
    """
    names = normalize_algorithms(algorithms)
    store = get_default_cache() if cache is True else (cache or None)
    file_path = str(Path(path).resolve())
    before = os.stat(file_path)
    known: dict[str, str | None] = {}
    if store is not None:
        known = store.get(file_path, before.st_size, before.st_mtime_ns)
    missing = [name for name in names if name not in known]
    if missing:
        computed = _hash_once(file_path, missing)
        after = os.stat(file_path)
        unchanged = (after.st_size, after.st_mtime_ns) == (before.st_size, before.st_mtime_ns)
        fresh: dict[str, str | None] = {name: computed.get(name) for name in missing}
        if store is not None and unchanged:
            store.put(file_path, before.st_size, before.st_mtime_ns, fresh)
        known = {**known, **fresh}
    return {name: value for name in names if (value := known.get(name)) is not None}


def _hash_once(file_path: str, algorithms: list[str]) -> dict[str, str]:
    buffer = bytearray(HASH_READ_SIZE)
    view = memoryview(buffer)
    with StreamHasher(algorithms) as hasher, open(file_path, "rb", buffering=0) as handle:
        while count := handle.readinto(view):
            hasher.update(view[:count])
        return hasher.hexdigests()


async def async_hash_file(
    path: str | os.PathLike[str],
    algorithms: Iterable[str] = DEFAULT_HASH_ALGORITHMS,
    *,
    cache: HashCache | bool = True,
) -> dict[str, str]:
    """Async twin of `hash_file`: the same work, in a worker thread.

    Args:
        path: The file.
        algorithms: Hash types to compute (see `hash_file`).
        cache: `True` for the default cache, `False` for none, or a `HashCache`.

    Returns:
        Hash type → upper-case hex (see `hash_file`).
    """
    work = functools.partial(hash_file, path, tuple(algorithms), cache=cache)
    return await anyio.to_thread.run_sync(work)


def crc32_civitai_order(value: str) -> str:
    """Reverse the byte order of a CRC32 hex string (zlib order ↔ .NET little-endian order).

    Args:
        value: 8 hex digits.

    Returns:
        The same four bytes reversed, upper-case.
    """
    return bytes.fromhex(value)[::-1].hex().upper()


def hash_matches(algorithm: str, local: str, remote: str) -> bool:
    """Whether a locally computed hash equals the value Civitai lists for the same type.

    AutoV3 compares prefixes of at least 10 hex (Civitai lists 12); CRC32
    accepts either byte order; every other type must be equal (case-insensitive).

    Args:
        algorithm: The hash type.
        local: Our value (e.g. from `hash_file`).
        remote: Civitai's value.

    Returns:
        True when they denote the same file.
    """
    name = normalize_algorithms((algorithm,))[0]
    mine, theirs = local.strip().upper(), remote.strip().upper()
    if not mine or not theirs:
        return False
    if name == "AutoV3":
        shorter, longer = sorted((mine, theirs), key=len)
        # A prefix as short as AutoV2's 10 hex is the least that still tells files apart.
        return len(shorter) >= AUTOV3_MIN_PREFIX and longer.startswith(shorter)
    if name == "CRC32" and len(theirs) == len(mine) == 8:
        return theirs in (mine, crc32_civitai_order(mine))
    return mine == theirs
