"""A file's metadata as Civitai lists it, turned into plain data.

`file_info` gives the download plan what it needs of a generated `ModelFile` (size, type,
format, precision, hashes); `hashes_of` gives a file's hashes by Civitai's hash type names,
for downloads, identification and the library's sidecars.
"""

from __future__ import annotations

from civitai_api_generated.models.model_file import ModelFile
from civitai_api_generated.models.model_version_detail import ModelVersionDetail

from .._fields import known, listed, nonempty
from .plan import FileInfo, size_from_kb

__all__ = ["file_info", "hashes_of", "version_files"]

# Generated attribute → Civitai's hash type name.
_HASH_ATTRIBUTES = (
    ("sha256", "SHA256"),
    ("auto_v1", "AutoV1"),
    ("auto_v2", "AutoV2"),
    ("auto_v3", "AutoV3"),
    ("crc32", "CRC32"),
    ("blake3", "BLAKE3"),
)


def hashes_of(model_file: ModelFile | None) -> dict[str, str]:
    """The hashes Civitai lists for a file, by hash type name (missing ones left out).

    Civitai sends `hashes` as `{}`, or not at all, until it has scanned the file.
    """
    hashes = None if model_file is None else known(model_file.hashes)
    if hashes is None:
        return {}
    found: dict[str, str] = {}
    for attribute, name in _HASH_ATTRIBUTES:
        value = getattr(hashes, attribute)
        if isinstance(value, str) and value:
            found[name] = value.upper()
    for key, value in hashes.additional_properties.items():
        # the scanner's own key for BLAKE3 is `Blake3`.
        if isinstance(value, str) and value and key.upper() == "BLAKE3":
            found.setdefault("BLAKE3", value.upper())
    return found


def file_info(model_file: ModelFile) -> FileInfo:
    """Translate a generated `ModelFile` into the download plan's `FileInfo`."""
    metadata = known(model_file.metadata)
    if metadata is None:
        fmt = size = fp = quant = None
    else:
        fmt, size = nonempty(metadata.format_), nonempty(metadata.size)
        fp, quant = nonempty(metadata.fp), nonempty(metadata.quant_type)
    size_kb = model_file.size_kb if isinstance(model_file.size_kb, int | float) else None
    return FileInfo(
        id=model_file.id,
        name=model_file.name,
        size=size_from_kb(size_kb),
        type=nonempty(model_file.type_),
        format=fmt,
        precision_size=size,
        fp=fp,
        quant_type=quant,
        primary=model_file.primary is True,
        hashes=hashes_of(model_file),
        virus_scan=_text(model_file.virus_scan_result),
        pickle_scan=_text(model_file.pickle_scan_result),
    )


def _text(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def version_files(version: ModelVersionDetail) -> list[FileInfo]:
    """The files of a model version (`get_model_by_versionId`) as `FileInfo`, in Civitai's
    order: what `select_file` and `find_file` choose from."""
    return [file_info(item) for item in listed(version.files)]
