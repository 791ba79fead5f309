"""Deterministic stand-ins for values no source records (hashes of made-up files)."""

from __future__ import annotations

import hashlib
import zlib


def file_hashes(seed: str, *, safetensors: bool = True) -> dict[str, str]:
    """Civitai-style upper-case hashes of an imaginary file named by ``seed``."""
    sha256 = hashlib.sha256(seed.encode()).hexdigest().upper()
    hashes = {
        "AutoV1": hashlib.sha256(b"autov1" + seed.encode()).hexdigest()[:8].upper(),
        "AutoV2": sha256[:10],
        "SHA256": sha256,
        "CRC32": f"{zlib.crc32(seed.encode()):08X}",
        "BLAKE3": hashlib.blake2s(seed.encode()).hexdigest().upper(),
    }
    if safetensors:  # AutoV3 only exists for safetensors files
        hashes["AutoV3"] = hashlib.sha256(b"tensors" + seed.encode()).hexdigest()[:12].upper()
    return hashes
