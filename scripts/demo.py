"""An offline tour of civitai_api: list models, show one model, identify a file by its hash.

Usage: ``make demo`` (or ``.venv/bin/python scripts/demo.py``).

Nothing leaves the machine: every request is answered from the recorded responses in
`tests/cassettes/` (vcrpy in record mode "none", so an unrecorded request fails instead of
going out). Each step hands a plain `httpx.Client` to a `civitai_api.v1` function, exactly as
a program talking to the live API would.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import httpx
import vcr
from civitai_api.enums import ModelSort, ModelType
from civitai_api.v1 import Models_API_Opts, get_model_by_hash, get_model_by_id, models

from civitai_api_generated.models import Model, ModelFile, ModelsResponse, ModelVersionDetail
from civitai_api_generated.types import UNSET, Unset

CASSETTES = Path(__file__).resolve().parent.parent / "tests" / "cassettes"
MODEL_ID = 11821
BLAKE3 = "253BD9C3037584A20AD46C833E9BC90A1F8F7EA031FD81BF1E8392DBC9C45F3E"


@contextmanager
def replayed(cassette: str) -> Iterator[httpx.Client]:
    """An httpx client whose requests are answered from ``tests/cassettes/<cassette>``."""
    with (
        vcr.use_cassette(str(CASSETTES / cassette), record_mode="none"),
        httpx.Client(timeout=10.0) as client,
    ):
        yield client


def fetch_model_list() -> ModelsResponse:
    """The first page of LORA and Poses models tagged girls_frontline, best rated first."""
    opts = Models_API_Opts(
        limit=[2],
        tag=["girls_frontline"],
        types=[ModelType.LORA, ModelType.Poses],
        sort=[ModelSort.Highest_Rated],
    )
    with replayed("models_list.yaml") as client:
        return models(client, opts)


def fetch_model(model_id: int) -> Model:
    """One model with all its versions."""
    with replayed("model_11821.yaml") as client:
        return get_model_by_id(client, model_id)


def fetch_version_by_hash(file_hash: str) -> ModelVersionDetail:
    """The model version owning a file with this hash (any hash type Civitai stores)."""
    with replayed("model_version_by_hash.yaml") as client:
        return get_model_by_hash(client, file_hash)


def table(header: Sequence[str], rows: Sequence[Sequence[object]], indent: str = "") -> str:
    """Rows as left-aligned columns under an underlined header."""
    cells = [[str(cell) for cell in row] for row in [header, *rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    lines = [
        indent + "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) for row in cells
    ]
    lines.insert(1, indent + "  ".join("-" * width for width in widths))
    return "\n".join(line.rstrip() for line in lines)


def shown(value: object, missing: str = "-") -> str:
    """A value for display; `missing` for a key the answer left out (or null)."""
    return missing if value is None or isinstance(value, Unset) else str(value)


def mebibytes(size_kb: float | Unset) -> str:
    return "-" if isinstance(size_kb, Unset) else f"{size_kb / 1024:,.1f} MiB"


def file_row(file: ModelFile) -> list[str]:
    # Most keys of an answer are optional (older answers lack them): `hashes` is missing or
    # empty until Civitai has scanned the file.
    hashes = file.hashes
    sha256 = shown(UNSET if isinstance(hashes, Unset) else hashes.sha256, "(not hashed yet)")
    auto_v2 = shown(UNSET if isinstance(hashes, Unset) else hashes.auto_v2)
    return [
        file.name,
        mebibytes(file.size_kb),
        "yes" if file.primary is True else "",
        auto_v2,
        sha256,
    ]


def print_model_list(page: ModelsResponse) -> None:
    rows = []
    for model in page.items:
        creator = model.creator.username if model.creator is not UNSET else None
        first = model.model_versions[0] if model.model_versions else None
        rows.append(
            [
                model.id,
                model.name,
                model.type_,
                creator or "-",
                shown(first.base_model) if first else "-",
            ]
        )
    print(table(["id", "name", "type", "creator", "base model"], rows))
    if isinstance(page.metadata.next_cursor, str):
        print(f"(more: next cursor {page.metadata.next_cursor!r})")


def print_model(model: Model) -> None:
    creator = model.creator.username if model.creator is not UNSET else "Civitai"
    print(f"{model.id}  {model.name}  ({model.type_} by {creator})")
    for version in model.model_versions:
        published = version.published_at
        when = published.date().isoformat() if isinstance(published, datetime) else "unpublished"
        print(f"\n  {version.name}  (version {version.id}, {shown(version.base_model)}, {when})")
        files = version.files if version.files is not UNSET else []
        header = ["file", "size", "primary", "AutoV2", "SHA256"]
        print(table(header, [file_row(file) for file in files], indent="    "))


def print_hash_lookup(file_hash: str, version: ModelVersionDetail) -> None:
    print(f"BLAKE3 {file_hash[:16]}... belongs to:")
    model_name = UNSET if isinstance(version.model, Unset) else version.model.name
    files = [] if isinstance(version.files, Unset) else version.files
    facts = {
        "model": f"{version.model_id}  {shown(model_name)}",
        "version": f"{version.id}  {version.name}",
        "base model": shown(version.base_model),
        "AIR": shown(version.air),
        "file": ", ".join(file.name for file in files) or "-",
    }
    width = max(len(label) for label in facts)
    for label, value in facts.items():
        print(f"  {label.ljust(width)}  {value}")


def main() -> int:
    sections = [
        ("Models tagged girls_frontline", lambda: print_model_list(fetch_model_list())),
        (f"Model {MODEL_ID}", lambda: print_model(fetch_model(MODEL_ID))),
        ("Lookup by hash", lambda: print_hash_lookup(BLAKE3, fetch_version_by_hash(BLAKE3))),
    ]
    for number, (title, show) in enumerate(sections, start=1):
        print(f"\n== {number}. {title} ==\n")
        show()
    return 0


if __name__ == "__main__":
    sys.exit(main())
