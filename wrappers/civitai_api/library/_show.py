"""`show`: everything the catalog knows about one file, from the answers it kept, with no
request (so it works offline, for models Civitai removed, and on a read-only catalog)."""

from __future__ import annotations

import dataclasses
import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .._constants import DEFAULT_BASE_URL
from ._catalog import CatalogLike, opened
from ._examples import examples_folder, examples_index
from ._listing import LibraryError
from ._sidecars import plain_text
from ._types import LibraryEntry

__all__ = ["FileDetails", "show"]


def _text(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _words(version: Mapping[str, Any]) -> tuple[str, ...]:
    words = version.get("trainedWords") or []
    return tuple(word.strip() for word in words if isinstance(word, str) and word.strip())


def _license(model: Mapping[str, Any]) -> tuple[str, ...]:
    """Civitai's permission flags as short sentences (empty when the model body is not kept)."""
    terms = []
    if isinstance(model.get("allowNoCredit"), bool):
        terms.append("no credit needed" if model["allowNoCredit"] else "credit the creator")
    uses = model.get("allowCommercialUse")
    if isinstance(uses, str):
        uses = [uses]
    if isinstance(uses, list):
        named = [str(use) for use in uses if str(use) not in ("", "None")]
        terms.append(f"commercial use: {', '.join(named)}" if named else "no commercial use")
    if isinstance(model.get("allowDerivatives"), bool):
        terms.append("derivatives allowed" if model["allowDerivatives"] else "no derivatives")
    if isinstance(model.get("allowDifferentLicense"), bool):
        terms.append(
            "derivatives may use another license"
            if model["allowDifferentLicense"]
            else "derivatives keep this license"
        )
    return tuple(terms)


def _file_hashes(version: Mapping[str, Any], file_id: int | None) -> dict[str, str]:
    """Every hash Civitai lists for the file of the version (AutoV2, CRC32, BLAKE3, ...)."""
    for item in version.get("files") or []:
        if isinstance(item, Mapping) and item.get("id") == file_id:
            hashes = item.get("hashes")
            if isinstance(hashes, Mapping):
                return {str(name): str(value) for name, value in hashes.items() if value}
    return {}


def _creator(version: Mapping[str, Any], model: Mapping[str, Any]) -> str | None:
    for body in (model, version):
        creator = body.get("creator")
        if isinstance(creator, Mapping) and _text(creator.get("username")):
            return _text(creator.get("username"))
    return None


@dataclasses.dataclass(frozen=True)
class FileDetails:
    """One file as the catalog knows it, with what the stored answers say.

    Attributes:
        entry: The catalog's entry (status, hashes, integrity, removed or not).
        version: The version body that identified the file, as Civitai sent it (None when
            the file was never identified since the catalog keeps bodies).
        model: The model's body from the last update check (its versions summed up: ids,
            names, base models, dates, trigger words), or None.
        creator, trigger_words, description, license, page_url, air: Read from those.
        hashes: Every hash Civitai lists for the file (`AutoV2`, `CRC32`, `BLAKE3`, ...).
        examples: The example images saved by `scan --examples`, as their `examples.json`
            lists them, each with `path`, the image file.
    """

    entry: LibraryEntry
    version: dict[str, Any] | None = None
    model: dict[str, Any] | None = None
    creator: str | None = None
    trigger_words: tuple[str, ...] = ()
    description: str = ""
    license: tuple[str, ...] = ()
    page_url: str | None = None
    air: str | None = None
    hashes: Mapping[str, str] = dataclasses.field(default_factory=dict)
    examples: tuple[dict[str, Any], ...] = ()

    def to_dict(self) -> dict[str, object]:
        """The entry and the stored bodies as JSON-ready data."""
        return {
            "entry": self.entry.to_dict(),
            "version": self.version,
            "model": self.model,
            "examples": list(self.examples),
        }


def details(
    entry: LibraryEntry, version: dict[str, Any] | None, model: dict[str, Any] | None
) -> FileDetails:
    """What `show` prints, read from the entry and the bodies kept for it."""
    version_body = version or {}
    model_body = model or {}
    description = plain_text(_text(model_body.get("description")))
    version_notes = plain_text(_text(version_body.get("description")))
    if version_notes and version_notes not in description:
        description = f"{description}\n\n{version_notes}".strip()
    page = None
    if entry.model_id is not None:
        page = f"{DEFAULT_BASE_URL}/models/{entry.model_id}"
        page += f"?modelVersionId={entry.version_id}" if entry.version_id is not None else ""
    return FileDetails(
        entry=entry,
        version=version,
        model=model,
        creator=_creator(version_body, model_body),
        trigger_words=_words(version_body),
        description=description,
        license=_license(model_body),
        page_url=page,
        air=_text(version_body.get("air")),
        hashes=_file_hashes(version_body, entry.file_id),
        examples=tuple(_examples(entry.path, entry.version_id)),
    )


def _examples(model_file: Path, version_id: int | None) -> list[dict[str, Any]]:
    index = examples_index(model_file)
    try:
        data = json.loads(index.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    if not isinstance(data, dict) or data.get("modelVersionId") not in (None, version_id):
        return []
    items = data.get("images")
    folder = examples_folder(model_file)
    return [
        {**item, "path": str(folder / item["file"])}
        for item in (items if isinstance(items, list) else [])
        if isinstance(item, dict) and isinstance(item.get("file"), str)
    ]


def show(path: str | os.PathLike[str], *, catalog: CatalogLike = None) -> FileDetails:
    """Everything known about one file of the catalog, with no request.

    Args:
        path: The model file, as scanned (it need not exist any more).
        catalog: A `Catalog` or its database path (None: the default catalog); opened
            read-only.

    Returns:
        A `FileDetails`.

    Raises:
        LibraryError: The file is not in the catalog.
    """
    file_path = Path(os.path.abspath(os.fspath(path)))
    with opened(catalog, read_only=True) as db:
        entry = db.get(file_path)
        if entry is None:
            raise LibraryError(f"{file_path} is not in the catalog: scan it first")
        version = db.body("version", entry.version_id)
        model = db.body("model", entry.model_id)
    return details(entry, version, model)
