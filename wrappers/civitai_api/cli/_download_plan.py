"""What `civitai download` will fetch: targets → versions → files → folders.

Reading targets happens before any request (a malformed one stops the command with exit
code 2). Each target is then resolved on its own, so one that fails (not found, no key)
becomes a failed outcome and the others go on.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._exit import NOT_FOUND, OTHER, USAGE, CommandError, os_reason

if TYPE_CHECKING:
    import httpx

    from civitai_api_generated.models.model_version_detail import ModelVersionDetail

    from .. import DownloadTarget
    from ..download import FileInfo

__all__ = ["FileChoice", "PlannedFile", "Resolved", "plan_files", "read_targets", "resolve_all"]


@dataclasses.dataclass(frozen=True)
class FileChoice:
    """How the user picked files: `--file`, `--all-files`, or metadata filters."""

    file: str | None = None
    all_files: bool = False
    type: str | None = None
    format: str | None = None
    size: str | None = None
    fp: str | None = None
    quant_type: str | None = None
    layout: str | None = None
    root: Path | None = None
    out_dir: Path = Path(".")


@dataclasses.dataclass(frozen=True)
class PlannedFile:
    """One file to download."""

    target: str
    version: ModelVersionDetail
    file: FileInfo
    dest_dir: Path

    @property
    def key(self) -> str:
        """Identifies the file across targets (the same file named twice is fetched once)."""
        return f"{self.version.id}/{self.file.id}"

    @property
    def path(self) -> Path:
        """Where the file lands (its API name; storage may give it another)."""
        from ..download import safe_filename

        return self.dest_dir / safe_filename(self.file.name, fallback=f"file-{self.file.id}")


@dataclasses.dataclass
class Resolved:
    """A target and what it became: versions, or the error that stopped it. With
    `--all-versions`, a version that could not be fetched is in `failed_versions` (label,
    error) and the model's other versions are still downloaded."""

    target: str
    versions: list[ModelVersionDetail] = dataclasses.field(default_factory=list)
    error: BaseException | None = None
    failed_versions: list[tuple[str, BaseException]] = dataclasses.field(default_factory=list)


def read_targets(
    texts: Sequence[str], input_file: Path | None, model_ids: Sequence[int]
) -> list[DownloadTarget]:
    """Parse every target before anything is sent.

    Raises:
        QueryParamsError: A malformed target (exit code 2).
        CommandError: The input file cannot be read, or there is no target at all.
    """
    from .. import DownloadTarget, parse_target

    lines: list[str] = list(texts)
    if input_file is not None:
        try:
            content = input_file.read_text(encoding="utf-8")
        except OSError as error:
            missing = isinstance(error, FileNotFoundError)  # a missing path exits 4
            raise CommandError(
                f"cannot read {input_file}: {os_reason(error)}",
                NOT_FOUND if missing else OTHER,
            ) from error
        for line in content.splitlines():
            text = line.split("#", 1)[0].strip()
            if text:
                lines.append(text)
    targets = [parse_target(text) for text in lines]
    targets += [DownloadTarget(f"--model {number}", model_id=number) for number in model_ids]
    return targets


async def resolve_all(
    client: httpx.AsyncClient,
    targets: Sequence[DownloadTarget],
    *,
    all_versions: bool,
    jobs: int,
) -> list[Resolved]:
    """Each target's versions (or error), in the order given, `jobs` lookups at a time."""
    from .. import CivitaiError, async_resolve_target, map_concurrently

    async def resolve(target: DownloadTarget) -> Resolved:
        try:
            if all_versions and target.version_id is None and target.model_id is not None:
                return await _every_version(client, target, target.model_id)
            found = await async_resolve_target(client, target, all_versions=all_versions)
        except CivitaiError as error:
            return Resolved(target.text, error=error)
        return Resolved(target.text, found)

    return await map_concurrently(resolve, targets, limit=jobs)


async def _every_version(
    client: httpx.AsyncClient, target: DownloadTarget, model_id: int
) -> Resolved:
    """Every version of a model, newest first; one that fails is a failure of its own."""
    from .. import CivitaiError, version_ids_of
    from ..v1 import async_get_model_by_id, async_get_model_by_versionId

    model = await async_get_model_by_id(client, model_id)
    resolved = Resolved(target.text)
    for version_id in version_ids_of(model, all_versions=True):
        try:
            resolved.versions.append(await async_get_model_by_versionId(client, version_id))
        except CivitaiError as error:
            resolved.failed_versions.append((f"{target.text} version {version_id}", error))
    return resolved


def plan_files(resolved: Resolved, target: DownloadTarget, choice: FileChoice) -> list[PlannedFile]:
    """The files to fetch for one resolved target, each with its folder.

    Raises:
        FileSelectionError: No file (or several, for `--file NAME`) matches.
        CommandError: `--all-files` would put two files on the same path.
    """
    from ..download import FileCriteria, find_file, select_file, version_files

    planned: list[PlannedFile] = []
    for version in resolved.versions:
        files = version_files(version)
        if choice.all_files and files:  # with no files, select_file below says so
            chosen = files
        elif choice.file is not None:
            chosen = [find_file(files, choice.file)]
        else:
            criteria = FileCriteria(
                file_id=target.file_id,
                type=choice.type or target.file_type,
                format=choice.format or target.file_format,
                size=choice.size or target.size,
                fp=choice.fp or target.fp,
                quant_type=choice.quant_type or target.quant_type,
            )
            chosen = [select_file(files, criteria)]
        for item in chosen:
            planned.append(
                PlannedFile(resolved.target, version, item, _folder(version, item, choice))
            )
    paths = [entry.path for entry in planned]
    clash = next((path for path in paths if paths.count(path) > 1), None)
    if clash is not None:
        raise CommandError(
            f"{resolved.target}: two files would be saved as {clash}",
            USAGE,
            hint="pick one with --file, or use --layout to separate them",
        )
    return planned


def _folder(version: Any, item: FileInfo, choice: FileChoice) -> Path:
    if choice.layout is None:
        return choice.out_dir
    from .. import layout_folder

    model_type = getattr(version.model, "type_", None)
    root = choice.root if choice.root is not None else Path(".")
    return root / layout_folder(
        choice.layout, model_type if isinstance(model_type, str) else None, item.type
    )
