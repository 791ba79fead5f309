"""The API lookups downloads and identification need, and their translation to plain data.

The lookups are the package's own endpoint functions (`civitai_api.v1`), so errors, retries
and base URLs behave exactly as everywhere else. `file_info` is the one place that reads the
generated `ModelFile` attributes.
"""

from __future__ import annotations

from typing import TypeVar

from civitai_api_generated.models.model_file import ModelFile
from civitai_api_generated.models.model_version_detail import ModelVersionDetail
from civitai_api_generated.types import Unset

from .._fields import field, text
from .plan import FileInfo, size_from_kb

__all__ = ["file_info", "files_of", "hashes_of", "known"]

_T = TypeVar("_T")


def known(value: _T | Unset) -> _T | None:
    """The value of an optional key of a generated model, None when the answer left it out."""
    return None if isinstance(value, Unset) else value


def files_of(version: ModelVersionDetail) -> list[ModelFile]:
    """A version's files; none when the answer has no `files` (archived models list none)."""
    return [] if isinstance(version.files, Unset) else version.files


# Generated attribute → Civitai's hash type name.
_HASH_ATTRIBUTES = (
    ("sha256", "SHA256"),
    ("auto_v1", "AutoV1"),
    ("auto_v2", "AutoV2"),
    ("auto_v3", "AutoV3"),
    ("crc32", "CRC32"),
    ("blake3", "BLAKE3"),
)


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def hashes_of(model_file: ModelFile | object) -> dict[str, str]:
    """The hashes Civitai lists for a file, by hash type name (missing ones left out)."""
    found: dict[str, str] = {}
    hashes = field(model_file, "hashes")
    for attribute, name in _HASH_ATTRIBUTES:
        value = text(hashes, attribute)
        if value:
            found[name] = value.upper()
    extra = field(hashes, "additional_properties")
    for key, value in (extra if isinstance(extra, dict) else {}).items():
        # the scanner's own key for BLAKE3 is `Blake3`.
        if isinstance(value, str) and value and key.upper() == "BLAKE3":
            found.setdefault("BLAKE3", value.upper())
    return found


def file_info(model_file: ModelFile) -> FileInfo:
    """Translate a generated `ModelFile` into the download plan's `FileInfo`."""
    metadata = model_file.metadata
    if isinstance(metadata, Unset):
        fmt = size = fp = quant = None
    else:
        fmt, size = _text(metadata.format_), _text(metadata.size)
        fp, quant = _text(metadata.fp), _text(metadata.quant_type)
    size_kb = model_file.size_kb if isinstance(model_file.size_kb, int | float) else None
    return FileInfo(
        id=model_file.id,
        name=model_file.name,
        size=size_from_kb(size_kb),
        type=_text(model_file.type_),
        format=fmt,
        precision_size=size,
        fp=fp,
        quant_type=quant,
        primary=model_file.primary is True,
        hashes=hashes_of(model_file),
    )
