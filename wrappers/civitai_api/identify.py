"""Identify a folder of model files on Civitai, and optionally check them for updates.

Files are hashed locally (SHA256, through the hash cache, so a second scan reads nothing),
looked up 100 at a time with `POST /api/v1/model-versions/by-hash`, and, with
`check_updates=True`, their models are fetched 100 at a time (`GET /api/v1/models?ids=…`) to
see whether a newer version exists: about N/100 + K/100 requests for N files of K models.
One failed request or unreadable file never loses the other files' results: each result
carries its own `error` (a failed request marks the files of its batch).
"""

from __future__ import annotations

import dataclasses
import functools
import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

import anyio.to_thread
import httpx

from ._concurrency import map_concurrently
from ._constants import BY_HASH_BATCH_SIZE, IDENTIFY_CONCURRENCY
from ._exceptions import CivitaiError, NotFoundError
from ._hashing import hash_file
from ._lookup import (
    MODELS_BATCH_SIZE,
    Match,
    ModelInfo,
    async_fetch_models,
    async_lookup_hashes,
    check_update,
    chunks,
    fetch_models,
    lookup_hashes,
)
from ._problems import Problem
from ._walk import Found, walk

__all__ = [
    "FoundFiles",
    "IdentifiedFile",
    "async_identify_files",
    "collect_files",
    "find_files",
    "identify_files",
]

_Failure = CivitaiError | OSError


@dataclasses.dataclass(frozen=True)
class IdentifiedFile:
    """What Civitai knows about one local file.

    Attributes:
        path: The local file.
        sha256: Its SHA256, or None when it could not be read.
        model_id, model_name, model_type: The model the file belongs to (None when unknown).
        version_id, version_name, base_model: The model version.
        file_id: Civitai's id of the matching file.
        update_available: With `check_updates`: whether a newer published version exists
            (None when not checked or when the check failed).
        latest_version_id, latest_version_name: That newest version.
        error: Why this file could not be hashed, looked up or checked, if it could not.
    """

    path: Path
    sha256: str | None = None
    model_id: int | None = None
    model_name: str | None = None
    model_type: str | None = None
    version_id: int | None = None
    version_name: str | None = None
    base_model: str | None = None
    file_id: int | None = None
    update_available: bool | None = None
    latest_version_id: int | None = None
    latest_version_name: str | None = None
    error: _Failure | None = None

    @property
    def known(self) -> bool:
        """Whether Civitai recognised the file."""
        return self.version_id is not None


# --- pure steps --------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class FoundFiles:
    """What `find_files` found.

    Attributes:
        files: The files to work on, as `collect_files` returns them.
        problems: What the folder walk skipped and why (`civitai_api.library.Problem`: a
            link loop, a link leading outside the folders given, a broken link, a folder
            that could not be read), with paths as reached from the paths given.
    """

    files: list[Path]
    problems: list[Problem]


def find_files(paths: Iterable[str | os.PathLike[str]]) -> FoundFiles:
    """Files to identify or hash, and what the walk skipped: each file given as it is, and
    the model files under each folder given.

    Folders are walked with the library's walk (`civitai_api.library.scan` sees the same
    files): recursively, for `MODEL_FILE_EXTENSIONS` (`.safetensors`, `.ckpt`, `.pt`,
    `.pth`, `.bin`, `.gguf`, `.sft`, `.onnx`), never following a link out of the folders
    given or round a loop. Each folder's files come in sorted order, with paths as reached
    from the folder as given (a relative folder gives relative paths). A path that does not
    exist is kept, so its result reports the error; a path given twice comes once.
    """
    given = [Path(item) for item in paths]
    folders = list(dict.fromkeys(path for path in given if path.is_dir()))
    found: dict[Path, list[Path]] = {folder: [] for folder in folders}
    problems: list[Problem] = []
    bases = [(os.path.abspath(folder), folder) for folder in folders]
    # One walk over every folder, as the library's scan: a link from one folder given into
    # another is a file, not a link leading outside.
    for item in walk(folders):
        folder, path = _as_given(item.path, bases)
        if isinstance(item, Found):
            found[folder].append(path)
        else:
            problems.append(dataclasses.replace(item, path=path))
    files: list[Path] = []
    for path in given:
        files.extend(sorted(found[path]) if path in found else [path])
    return FoundFiles(list(dict.fromkeys(files)), problems)


def _as_given(walked: Path, bases: Sequence[tuple[str, Path]]) -> tuple[Path, Path]:
    """The folder given that the walk reached `walked` from (the walk takes them in order and
    visits a folder once), and `walked` as reached from that folder as the user wrote it."""
    text = str(walked)
    for base, folder in bases:
        if text == base or text.startswith(base.rstrip(os.sep) + os.sep):
            rest = text[len(base) :].lstrip(os.sep)
            return folder, folder / rest if rest else folder
    return bases[0][1], walked  # not reached: the walk yields paths below the folders given


def collect_files(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """Files to identify: each file given, and the model files under each folder given
    (`find_files(paths).files`; the problems the walk reports are left out)."""
    return find_files(paths).files


def _hash_all(files: Sequence[Path]) -> list[IdentifiedFile]:
    results = []
    for path in files:
        try:
            sha = hash_file(path, ("SHA256",))["SHA256"]
        except OSError as exc:
            results.append(IdentifiedFile(path=path, error=exc))
        else:
            results.append(IdentifiedFile(path=path, sha256=sha))
    return results


def _batches(results: Sequence[IdentifiedFile]) -> list[list[str]]:
    unique = dict.fromkeys(r.sha256 for r in results if r.sha256 and r.error is None)
    return list(chunks(unique, BY_HASH_BATCH_SIZE))


def _apply_lookup(
    results: list[IdentifiedFile],
    batch: Sequence[str],
    found: Mapping[str, list[Match]] | None,
    failure: CivitaiError | None,
) -> None:
    """Fill in the results whose hash was in `batch` from one by-hash answer (or failure).

    When several versions share a hash, the first one Civitai answered is reported.
    """
    wanted = set(batch)
    for index, result in enumerate(results):
        if result.sha256 not in wanted:
            continue
        if found is None:
            results[index] = dataclasses.replace(result, error=failure)
        elif matches := found.get(result.sha256 or ""):
            results[index] = dataclasses.replace(result, **matches[0].candidate.identity())


def _model_batches(results: Sequence[IdentifiedFile]) -> list[list[int]]:
    unique = dict.fromkeys(r.model_id for r in results if r.model_id is not None)
    return list(chunks(unique, MODELS_BATCH_SIZE))


def _apply_updates(
    results: list[IdentifiedFile],
    batch: Sequence[int],
    found: Mapping[int, ModelInfo] | None,
    failure: CivitaiError | None,
    same_base_model: bool,
) -> None:
    """Mark whether each file of the models in `batch` has a newer published version."""
    wanted = set(batch)
    for index, result in enumerate(results):
        if result.model_id not in wanted:
            continue
        info = found.get(result.model_id) if found is not None and result.model_id else None
        if info is None:
            error = failure or NotFoundError(
                f"Civitai no longer lists model {result.model_id} (deleted, unpublished or hidden)"
            )
            results[index] = dataclasses.replace(result, error=error)
            continue
        check = check_update(info, result.version_id, result.base_model, same_base_model)
        results[index] = dataclasses.replace(
            result,
            update_available=check.newer,
            latest_version_id=check.latest.id if check.latest else None,
            latest_version_name=check.latest.name if check.latest else None,
        )


# --- drivers -----------------------------------------------------------------------------


def identify_files(
    client: httpx.Client,
    paths: Iterable[str | os.PathLike[str]],
    *,
    check_updates: bool = False,
    same_base_model: bool = False,
) -> list[IdentifiedFile]:
    """Identify local model files on Civitai by their SHA256.

    Args:
        client: Any `httpx.Client`.
        paths: Files and folders; folders are searched recursively for model files, as
            `find_files` walks them (links leading out of the folders and loops skipped).
        check_updates: Also report whether each model has a newer published version
            (`GET /models?ids=…`, 100 models a request; a model Civitai no longer lists
            gets a `NotFoundError`).
        same_base_model: With `check_updates`, only count newer versions on the same base
            model (an SDXL LoRA is not "updated" by a Flux version).

    Returns:
        One `IdentifiedFile` per file, in the order found. Unknown files have `known` False;
        files that failed carry `error`.

    Example:
        >>> with civitai_api.build_client() as client:  # doctest: +SKIP
        ...     for item in civitai_api.identify_files(client, ["models/Lora"], check_updates=True):
        ...         print(item.path.name, item.model_name, item.update_available)
    """
    results = _hash_all(collect_files(paths))
    for batch in _batches(results):
        try:
            _apply_lookup(results, batch, lookup_hashes(client, batch), None)
        except CivitaiError as exc:
            _apply_lookup(results, batch, None, exc)
    if check_updates:
        for ids in _model_batches(results):
            try:
                found = fetch_models(client, ids)
            except CivitaiError as exc:
                _apply_updates(results, ids, None, exc, same_base_model)
            else:
                _apply_updates(results, ids, found, None, same_base_model)
    return results


async def async_identify_files(
    client: httpx.AsyncClient,
    paths: Iterable[str | os.PathLike[str]],
    *,
    check_updates: bool = False,
    same_base_model: bool = False,
) -> list[IdentifiedFile]:
    """Async twin of `identify_files`: hashing runs in a worker thread, lookups concurrently."""
    files = await anyio.to_thread.run_sync(functools.partial(collect_files, list(paths)))
    results = await anyio.to_thread.run_sync(_hash_all, files)

    async def lookup(batch: list[str]) -> None:
        try:
            found = await async_lookup_hashes(client, batch)
        except CivitaiError as exc:
            _apply_lookup(results, batch, None, exc)
        else:
            _apply_lookup(results, batch, found, None)

    async def check(ids: list[int]) -> None:
        try:
            found = await async_fetch_models(client, ids)
        except CivitaiError as exc:
            _apply_updates(results, ids, None, exc, same_base_model)
        else:
            _apply_updates(results, ids, found, None, same_base_model)

    await map_concurrently(lookup, _batches(results), limit=IDENTIFY_CONCURRENCY)
    if check_updates:
        await map_concurrently(check, _model_batches(results), limit=IDENTIFY_CONCURRENCY)
    return results
