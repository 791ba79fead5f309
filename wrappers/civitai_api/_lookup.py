"""The bulk lookups behind `identify_files` and the local model library.

Identity: `POST /api/v1/model-versions/by-hash` takes at most 100 SHA256 a request and
answers one full version body per matching *file*: a hash that several versions share comes
back once per version, and hashes Civitai does not know are silently left out.

Updates: `GET /api/v1/models?ids=…&limit=100&nsfw=true` answers up to 100 models a request,
each with its published versions, newest (`index` 0) first. Without `nsfw=true` Civitai
leaves NSFW models out of the answer. A model missing from the answer was deleted,
unpublished or hidden.

The functions here turn those answers into small plain records (`Candidate`, `ModelInfo`)
and decide what they mean; the request functions are thin sync and async twins.
"""

from __future__ import annotations

import dataclasses
import datetime
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, TypedDict, TypeVar

import httpx

from civitai_api_generated.models.model import Model
from civitai_api_generated.models.model_version import ModelVersion
from civitai_api_generated.models.model_version_detail import ModelVersionDetail
from civitai_api_generated.models.models_response import ModelsResponse

from ._constants import BY_HASH_BATCH_SIZE
from ._download.metadata import file_info, hashes_of
from ._download.plan import FileInfo
from ._fields import known, listed, nonempty
from .v1 import (
    Models_API_Opts,
    async_get_model_versions_by_hashes,
    async_models,
    get_model_versions_by_hashes,
    models,
)

__all__ = [
    "MODELS_BATCH_SIZE",
    "Candidate",
    "Identity",
    "Match",
    "ModelInfo",
    "UpdateCheck",
    "VersionSummary",
    "async_fetch_models",
    "async_lookup_hashes",
    "check_update",
    "chunks",
    "fetch_models",
    "lookup_hashes",
    "matches_by_sha",
    "model_info",
    "version_summary",
]

T = TypeVar("T")

# `GET /models` answers at most 100 items a page; with as many ids, one page holds them all.
MODELS_BATCH_SIZE = 100
# Versions without an `index` sort after every indexed one.
_NO_INDEX = 1 << 30


def chunks(values: Iterable[T], size: int = BY_HASH_BATCH_SIZE) -> Iterator[list[T]]:
    """Consecutive lists of at most `size` values."""
    batch: list[T] = []
    for value in values:
        batch.append(value)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


class Identity(TypedDict):
    """The fields naming a file's model, version and file on Civitai."""

    model_id: int | None
    model_name: str | None
    model_type: str | None
    version_id: int | None
    version_name: str | None
    base_model: str | None
    file_id: int | None


@dataclasses.dataclass(frozen=True)
class Candidate:
    """One model version whose file has a given SHA256.

    Attributes:
        version_id: The version.
        model_id, model_name, model_type: Its model (None when Civitai left them out).
        version_name, base_model: The version's name and base model.
        file_id, file_name: The matching file of the version.
        sha256: The SHA256 Civitai lists for that file (upper-case).
    """

    version_id: int
    model_id: int | None = None
    model_name: str | None = None
    model_type: str | None = None
    version_name: str | None = None
    base_model: str | None = None
    file_id: int | None = None
    file_name: str | None = None
    sha256: str | None = None

    def identity(self) -> Identity:
        """The fields naming the model, version and file, under the names the result types
        (`IdentifiedFile`, the library's entries) give them."""
        return {
            "model_id": self.model_id,
            "model_name": self.model_name,
            "model_type": self.model_type,
            "version_id": self.version_id,
            "version_name": self.version_name,
            "base_model": self.base_model,
            "file_id": self.file_id,
        }

    def to_json(self) -> dict[str, object]:
        """The candidate as a JSON object (for the library catalog)."""
        return dataclasses.asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, object]) -> Candidate:
        """Rebuild a candidate from `to_json` output."""
        names = {item.name for item in dataclasses.fields(cls)}
        return cls(**{key: value for key, value in data.items() if key in names})  # type: ignore[arg-type]


@dataclasses.dataclass(frozen=True)
class Match:
    """A candidate and the full version body it came from (what sidecar files are made of)."""

    candidate: Candidate
    version: ModelVersionDetail


def matches_by_sha(versions: Iterable[ModelVersionDetail]) -> dict[str, list[Match]]:
    """Group a by-hash answer by SHA256: every distinct version each hash matched, in order."""
    found: dict[str, list[Match]] = {}
    for version in versions:
        version_id, model = version.id, known(version.model)
        for model_file in listed(version.files):
            sha = hashes_of(model_file).get("SHA256")
            if not sha:
                continue
            matches = found.setdefault(sha, [])
            if any(match.candidate.version_id == version_id for match in matches):
                continue
            candidate = Candidate(
                version_id=version_id,
                model_id=version.model_id,
                model_name=None if model is None else nonempty(model.name),
                model_type=None if model is None else nonempty(model.type_),
                version_name=nonempty(version.name),
                base_model=nonempty(version.base_model),
                file_id=model_file.id,
                file_name=nonempty(model_file.name),
                sha256=sha,
            )
            matches.append(Match(candidate, version))
    return found


@dataclasses.dataclass(frozen=True)
class VersionSummary:
    """What the update check needs of one published version.

    Attributes:
        id, name, base_model: The version.
        files: Its files (to choose the one matching an installed file).
        availability: `Public`, `EarlyAccess`, ...
        early_access_deadline: When early access ends (ISO 8601), when Civitai says.
        paid_access: Whether a paid-access gate is set; `paid_access_ends` (ISO 8601) when
            it ends, `paid_access_permanent` when it never does.
    """

    id: int
    name: str | None = None
    base_model: str | None = None
    files: tuple[FileInfo, ...] = ()
    availability: str | None = None
    early_access_deadline: str | None = None
    paid_access: bool = False
    paid_access_ends: str | None = None
    paid_access_permanent: bool = False

    def __post_init__(self) -> None:
        # Rebuilt from the catalog's JSON, files come back as plain dicts.
        if any(isinstance(item, dict) for item in self.files):
            rebuilt = tuple(
                FileInfo(**item) if isinstance(item, dict) else item for item in self.files
            )
            object.__setattr__(self, "files", rebuilt)


@dataclasses.dataclass(frozen=True)
class ModelInfo:
    """A model as the update check sees it: its published versions, newest first, and the
    model's whole body as Civitai sent it (the library keeps it for offline use)."""

    id: int
    name: str | None = None
    type: str | None = None
    versions: tuple[VersionSummary, ...] = ()
    body: Mapping[str, Any] | None = dataclasses.field(default=None, compare=False, repr=False)


def model_info(model: Model) -> ModelInfo:
    """The update check's view of a parsed model."""
    ordered = sorted(model.model_versions, key=_index_or_last)
    versions = tuple(version_summary(version) for version in ordered)
    return ModelInfo(
        model.id, nonempty(model.name), nonempty(model.type_), versions, model.to_dict()
    )


def version_summary(version: ModelVersion) -> VersionSummary:
    """The update check's view of one version of a parsed model."""
    paid = known(version.paid_access)
    deadline = known(version.early_access_deadline)
    ends = None if paid is None else known(paid.ends_at)
    return VersionSummary(
        version.id,
        nonempty(version.name),
        nonempty(version.base_model),
        files=tuple(file_info(item) for item in listed(version.files)),
        availability=nonempty(version.availability),
        early_access_deadline=_iso(deadline),
        paid_access=paid is not None,
        paid_access_ends=_iso(ends),
        paid_access_permanent=paid is not None and known(paid.permanent) is True,
    )


def _iso(value: datetime.datetime | str | None) -> str | None:
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    return value or None


def _index_or_last(version: ModelVersion) -> int:
    index = known(version.index)
    return _NO_INDEX if index is None else index


@dataclasses.dataclass(frozen=True)
class UpdateCheck:
    """Whether a newer version than the local one exists, and which version is newest."""

    newer: bool
    latest: VersionSummary | None


def check_update(
    info: ModelInfo, version_id: int | None, base_model: str | None, same_base_model: bool
) -> UpdateCheck:
    """Compare a local version with the model's published versions.

    Args:
        info: The model, versions newest first.
        version_id: The local file's version.
        base_model: The local file's base model.
        same_base_model: Count only versions on the same base model (an SDXL LoRA is not
            "updated" by a Flux version).

    Returns:
        `newer` is True when a version listed before the local one exists (or the local
        version is no longer listed but others are); `latest` is the newest candidate.
    """
    versions = list(info.versions)
    if same_base_model:
        versions = [version for version in versions if version.base_model == base_model]
    ids = [version.id for version in versions]
    latest = versions[0] if versions else None
    newer = ids.index(version_id) > 0 if version_id in ids else bool(ids)
    return UpdateCheck(newer, latest)


def _models_opts(ids: Sequence[int]) -> Models_API_Opts:
    return Models_API_Opts(ids=list(ids), limit=[MODELS_BATCH_SIZE], nsfw=[True])


def _infos(page: ModelsResponse) -> dict[int, ModelInfo]:
    return {model.id: model_info(model) for model in page.items}


def lookup_hashes(client: httpx.Client, hashes: Sequence[str]) -> dict[str, list[Match]]:
    """Look up to 100 SHA256 in one request; hashes Civitai does not know are absent."""
    return matches_by_sha(get_model_versions_by_hashes(client, hashes))


async def async_lookup_hashes(
    client: httpx.AsyncClient, hashes: Sequence[str]
) -> dict[str, list[Match]]:
    """Async twin of `lookup_hashes`."""
    return matches_by_sha(await async_get_model_versions_by_hashes(client, hashes))


def fetch_models(client: httpx.Client, ids: Sequence[int]) -> dict[int, ModelInfo]:
    """Fetch up to 100 models in one request; models Civitai does not list are absent."""
    return _infos(models(client, _models_opts(ids)))


async def async_fetch_models(client: httpx.AsyncClient, ids: Sequence[int]) -> dict[int, ModelInfo]:
    """Async twin of `fetch_models`."""
    return _infos(await async_models(client, _models_opts(ids)))
