"""What the download tests share: the default served file, and the check that the API key
went to the API host only, never to the storage host a download is redirected to."""

from __future__ import annotations

import random
from typing import Any

from support.fake_civitai import FakeCivitai, ServedFile
from support.keys import API_KEY

__all__ = ["MiB", "add_default", "assert_key_only_on_api", "payload"]

MiB = 1024 * 1024


def payload(size: int, seed: int = 7) -> bytes:
    """`size` bytes of repeatable noise."""
    return random.Random(seed).randbytes(size)


def add_default(civitai: FakeCivitai, size: int = 3 * MiB, **kwargs: Any) -> ServedFile:
    """Version 1 with one primary file, `model.safetensors` (`kwargs`: more `ServedFile`
    fields, such as `listed_sha256`)."""
    served = ServedFile(101, "model.safetensors", payload(size), primary=True, **kwargs)
    civitai.add_version(1, [served])
    return served


def assert_key_only_on_api(civitai: FakeCivitai) -> None:
    storage = civitai.seen("storage")
    assert storage, "the storage host was never asked"
    for seen in storage:
        assert "authorization" not in seen.headers
        assert API_KEY not in repr(seen)
    for seen in civitai.seen("api"):
        assert seen.headers.get("authorization") == f"Bearer {API_KEY}"
