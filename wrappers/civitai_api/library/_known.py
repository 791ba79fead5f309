"""Hashes other tools already computed for a file, so it need not be read again.

Where they are (the first that answers wins):

- `<base>.civitai.info` (Civitai Helper): the version body; `files[].hashes.SHA256` of the
  entry whose size (`sizeKB` × 1024) and, when several fit, name match the local file;
- `<base>.cm-info.json` (Stability Matrix): `Hashes.SHA256`;
- `<base>.metadata.json` (ComfyUI-Lora-Manager): `sha256`, when its `size` matches;
- A1111's `cache.json`: the `hashes` section, keys `checkpoint/<name>`, `lora/<name>`, ...
  with values `{"mtime": <seconds>, "sha256": <hex>}`; an entry counts only when its mtime
  is the file's. (The `hashes-addnet` section holds tensor-data hashes, not SHA256.)

A sidecar older than the model file describes the file as it was before its last change,
so its claim is not used (tools write the model file first, then its sidecars). Each claim
is a hint, not proof: the catalog records the source and `verify` re-hashes.
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
from collections.abc import Iterator, Mapping
from pathlib import Path

from .._download.plan import size_from_kb
from ._types import HashSource

__all__ = [
    "A1111Cache",
    "KnownHash",
    "civitai_claim",
    "import_hash",
    "read_json_object",
    "sidecar_path",
]

_SHA256 = re.compile(r"^[0-9A-Fa-f]{64}$")
# A1111 stores `os.path.getmtime` (float seconds): equal within float rounding.
_MTIME_TOLERANCE = 1e-3


@dataclasses.dataclass(frozen=True)
class KnownHash:
    """A SHA256 found in another tool's file, and which file that was."""

    sha256: str
    source: HashSource


def sidecar_path(model: Path, suffix: str) -> Path:
    """`<base><suffix>` for a model file `<base>.<ext>`."""
    return model.with_name(os.path.splitext(model.name)[0] + suffix)


def read_json_object(path: Path) -> dict[str, object] | None:
    """The JSON object in `path`, or None when it is missing, unreadable or not an object."""
    try:
        data = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _claim_source(model: Path, suffix: str, mtime_ns: int | None) -> dict[str, object] | None:
    """The sidecar `<base><suffix>` as a JSON object, when it is at least as recent as the
    model file (modified `mtime_ns`; None: however old)."""
    path = sidecar_path(model, suffix)
    try:
        if mtime_ns is not None and path.stat().st_mtime_ns < mtime_ns:
            return None
    except OSError:
        return None
    return read_json_object(path)


def _sha(value: object) -> str | None:
    return value.upper() if isinstance(value, str) and _SHA256.match(value) else None


def _from_civitai_info(data: Mapping[str, object], name: str, size: int) -> str | None:
    files = data.get("files")
    fitting: list[tuple[bool, str]] = []
    for item in files if isinstance(files, list) else []:
        if not isinstance(item, dict):
            continue
        hashes = item.get("hashes")
        sha = _sha(hashes.get("SHA256")) if isinstance(hashes, dict) else None
        size_kb = item.get("sizeKB")
        listed = size_from_kb(size_kb) if isinstance(size_kb, int | float) else None
        same_name = item.get("name") == name
        if sha and (listed == size or (listed is None and same_name)):
            fitting.append((same_name, sha))
    fitting.sort(key=lambda pair: not pair[0])  # name matches first
    return fitting[0][1] if fitting else None


def _from_cm_info(data: Mapping[str, object]) -> str | None:
    hashes = data.get("Hashes")
    return _sha(hashes.get("SHA256")) if isinstance(hashes, dict) else None


def _from_lora_manager(data: Mapping[str, object], size: int) -> str | None:
    listed = data.get("size")
    if isinstance(listed, int) and listed != size:
        return None
    return _sha(data.get("sha256"))


class A1111Cache:
    """The `hashes` section of an A1111 (or Forge) `cache.json`, indexed by file name.

    Titles are `<kind>/<name>` where the name may or may not carry the folder and the
    extension, so an entry is found by the file's name with and without its extension,
    and must carry the file's modification time.

    Args:
        path: The `cache.json` file (a missing or unreadable one gives an empty cache).
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self._by_name: dict[str, list[tuple[float, str, int | None]]] = {}
        data = read_json_object(self.path)
        section = data.get("hashes") if data else None
        for title, value in section.items() if isinstance(section, dict) else ():
            if not isinstance(value, dict) or not isinstance(title, str):
                continue
            sha, mtime, size = _sha(value.get("sha256")), value.get("mtime"), value.get("size")
            if sha is None or not isinstance(mtime, int | float):
                continue
            name = title.replace("\\", "/").split("/", 1)[-1].rsplit("/", 1)[-1]
            record = (float(mtime), sha, size if isinstance(size, int) else None)
            for key in {name, os.path.splitext(name)[0]}:
                self._by_name.setdefault(key, []).append(record)

    def __len__(self) -> int:
        return len(self._by_name)

    def lookup(self, path: Path, size: int, mtime_ns: int) -> str | None:
        """The SHA256 A1111 recorded for this file as it is now, or None."""
        mtime = mtime_ns / 1e9
        found = {
            sha
            for key in (path.name, os.path.splitext(path.name)[0])
            for entry_mtime, sha, entry_size in self._by_name.get(key, ())
            if abs(entry_mtime - mtime) < _MTIME_TOLERANCE and entry_size in (None, size)
        }
        return found.pop() if len(found) == 1 else None


def _civitai_claims(path: Path, size: int, mtime_ns: int | None) -> Iterator[KnownHash]:
    """The SHA256 sidecars written from Civitai's data claim for the file, in trust order."""
    info = _claim_source(path, ".civitai.info", mtime_ns)
    if info and (sha := _from_civitai_info(info, path.name, size)):
        yield KnownHash(sha, HashSource.CIVITAI_INFO)
    cm_info = _claim_source(path, ".cm-info.json", mtime_ns)
    if cm_info and (sha := _from_cm_info(cm_info)):
        yield KnownHash(sha, HashSource.CM_INFO)


def civitai_claim(path: Path, size: int, mtime_ns: int | None = None) -> KnownHash | None:
    """Civitai's SHA256 for a file of this size as a sidecar records it, or None. With
    `mtime_ns` (the file's modification time), a sidecar older than the file is ignored."""
    return next(_civitai_claims(path, size, mtime_ns), None)


def import_hash(
    path: Path, size: int, mtime_ns: int, a1111: A1111Cache | None = None
) -> KnownHash | None:
    """A SHA256 for `path` from the sidecars next to it or A1111's cache, or None."""
    claim = civitai_claim(path, size, mtime_ns)
    if claim is not None:
        return claim
    lora_manager = _claim_source(path, ".metadata.json", mtime_ns)
    if lora_manager and (sha := _from_lora_manager(lora_manager, size)):
        return KnownHash(sha, HashSource.LORA_MANAGER)
    if a1111 is not None and (sha := a1111.lookup(path, size, mtime_ns)):
        return KnownHash(sha, HashSource.A1111_CACHE)
    return None
