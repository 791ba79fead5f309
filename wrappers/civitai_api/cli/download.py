"""`civitai download TARGET...`: the main job.

Targets are read first (bad input: exit 2, nothing sent), then resolved to versions and
files, then downloaded `--jobs` at a time with the library's async downloads (resumable,
verified). One failing target never stops the others. stdout ends with the saved paths (or,
with `--json`, one result object per file and per failed target); stderr has progress,
warnings and a summary of every target's outcome.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

from cyclopts import Parameter

from . import _render
from ._download_plan import FileChoice, PlannedFile, plan_files, read_targets, resolve_all
from ._exit import INTERRUPTED, NOT_FOUND, UNSAFE, USAGE, CommandError, exit_code, first_error
from ._options import (
    BaseModels,
    Connection,
    FileFormatName,
    FileFpName,
    FileSizeName,
    FileTypeName,
    Flag,
    ModelTypes,
    Output,
)

if TYPE_CHECKING:
    import httpx

    from .. import DownloadTarget

__all__ = ["download"]


@Parameter(name="*")
@dataclasses.dataclass(frozen=True)
class FileOptions:
    """Which files of each version to take, and where to save them."""

    out_dir: Path | None = None
    """The folder to save into (default: the current folder; not with --layout)."""

    layout: str | None = None
    """Save into a web UI's folders by model type: a1111 or comfyui (with --root)."""

    root: Path | None = None
    """The UI's folder, for --layout (default: the current folder)."""

    file: str | None = None
    """The file to take from each version: its id, exact name, or part of its name."""

    all_files: Flag = False
    """Every file of each version (model, VAE, training data, ...)."""

    type: FileTypeName = None
    """File type: Model, "Pruned Model", VAE, "Training Data", ..."""

    format: FileFormatName = None
    """File format: SafeTensor, PickleTensor, GGUF, Diffusers, ..."""

    size: FileSizeName = None
    """full or pruned."""

    fp: FileFpName = None
    """Precision: fp16, fp32, bf16, fp8, ..."""

    quant: str | None = None
    """GGUF quantisation, e.g. Q4_K_M."""

    def choice(self) -> FileChoice:
        """Check the file options against each other and Civitai's values (before any request)."""
        from .. import QueryParamsError, layout_folder

        if self.file is not None and self.all_files:
            raise QueryParamsError("file cannot be combined with --all-files", param="file")
        if self.root is not None and self.layout is None:
            raise QueryParamsError("root goes with --layout a1111|comfyui", param="root")
        if self.out_dir is not None and self.layout is not None:
            raise QueryParamsError(
                "out-dir cannot be combined with --layout, which saves under --root's folders "
                "by model type (use one or the other)",
                param="out-dir",
            )
        if self.layout is not None:
            layout_folder(self.layout, None)  # raises on an unknown layout
        return FileChoice(
            file=self.file,
            all_files=self.all_files,
            type=self.type,
            format=self.format,
            size=self.size,
            fp=self.fp,
            quant_type=self.quant,
            layout=self.layout and self.layout.lower(),
            root=self.root,
            out_dir=self.out_dir if self.out_dir is not None else Path("."),
        )


@dataclasses.dataclass
class _Outcome:
    target: str
    status: str  # downloaded, resumed, present, failed, interrupted, planned, duplicate
    planned: PlannedFile | None = None
    result: Any = None
    error: BaseException | None = None
    key_needed: str | None = None


@dataclasses.dataclass
class _Run:
    targets: list[DownloadTarget]
    choice: FileChoice
    creator_opts: Any
    max_models: int | None
    all_versions: bool
    dry_run: bool
    verify: bool
    force: bool
    jobs: int
    connections: int
    quiet: bool
    connection: Connection
    outcomes: list[_Outcome] = dataclasses.field(default_factory=list)
    running: dict[str, PlannedFile] = dataclasses.field(default_factory=dict)
    interrupted: bool = False
    allow_unscanned: bool = False


def download(
    targets: list[str] | None = None,
    /,
    *,
    model: list[int] | None = None,
    all_versions: Flag = False,
    username: str | None = None,
    model_type: ModelTypes = None,
    base_model: BaseModels = None,
    max_models: int | None = None,
    input: Annotated[Path | None, Parameter(name=["--input", "-i"])] = None,
    files: FileOptions = FileOptions(),
    dry_run: Flag = False,
    force: Flag = False,
    no_verify: Flag = False,
    jobs: Annotated[int, Parameter(name=["--jobs", "-j"])] = 2,
    connections: int = 1,
    allow_unscanned: Flag = False,
    output: Output = Output(),
    connection: Connection = Connection(),
) -> int:
    """Download model files, verified and resumable (`civitai download --help`).

    Args:
        targets: Version ids, AIRs, model page URLs or download links (see above).
        model: A model id: its latest version (repeatable; `--all-versions` for every one).
        all_versions: Every version of each model named, not only the latest.
        username: Every model of this creator (with `--model-type`, `--base-model`).
        model_type: With --username: only models of this type (repeatable).
        base_model: With --username: only models on this base model (repeatable).
        max_models: With --username: at most this many models.
        input: A file of targets, one per line (`#` starts a comment).
        dry_run: Show the files, sizes, SHA256, destinations and whether a key is needed;
            download nothing, write nothing.
        force: Download again even when a complete file is there (replaces it).
        no_verify: Skip the size and SHA256 check (for files Civitai lists wrongly).
        jobs: Files downloaded at the same time.
        connections: Connections per file (range requests), for large files.
        allow_unscanned: Download files whose virus or pickle scan on Civitai says Danger or
            Error, or has not finished (Pending); without it they are refused (exit code 7).
    """
    from .. import QueryParamsError

    parsed = read_targets(targets or [], input, model or [])
    choice = files.choice()
    if jobs < 1 or connections < 1:
        name = "--jobs" if jobs < 1 else "--connections"
        raise QueryParamsError(f"{name[2:]} must be at least 1", param=name[2:])
    creator_opts = _creator_opts(username, model_type, base_model, max_models)
    if not parsed and creator_opts is None:
        raise CommandError(
            "nothing to download",
            USAGE,
            hint="give a version id, AIR or URL, --model ID, --username NAME or -i FILE",
        )
    names_a_model = any(t.model_id is not None and t.version_id is None for t in parsed)
    if all_versions and not names_a_model and creator_opts is None:
        raise CommandError(
            "--all-versions needs a model (--model ID, a model page URL or --username NAME); "
            "every target given names one version",
            USAGE,
        )
    run = _Run(
        targets=parsed,
        choice=choice,
        creator_opts=creator_opts,
        max_models=max_models,
        all_versions=all_versions,
        dry_run=dry_run,
        verify=not no_verify,
        force=force,
        jobs=jobs,
        connections=connections,
        quiet=output.quiet,
        connection=connection,
        allow_unscanned=allow_unscanned,
    )
    import anyio

    try:
        anyio.run(_main, run)
    except KeyboardInterrupt:
        run.interrupted = True
    return _finish(run, output, run.interrupted)


def _creator_opts(
    username: str | None,
    model_type: list[str] | None,
    base_model: list[str] | None,
    max_models: int | None,
) -> Any:
    if username is None:
        if model_type or base_model or max_models is not None:
            raise CommandError(
                "--model-type, --base-model and --max-models go with --username", USAGE
            )
        return None
    from ..v1 import Models_API_Opts
    from ._options import build_opts

    return build_opts(Models_API_Opts, username=username, types=model_type, baseModels=base_model)


async def _main(run: _Run) -> None:
    """Do the work; Ctrl-C cancels it (downloads keep their `.part`) and marks the run.

    An error that stops the work leaves the task group as itself, not wrapped in an
    exception group, so the command reports it with its own message and exit code.
    """
    import anyio

    from ._session import stop_on_ctrl_c

    try:
        async with anyio.create_task_group() as group:
            group.start_soon(stop_on_ctrl_c, group.cancel_scope, run)
            await _work(run)
            group.cancel_scope.cancel()  # done: stop watching for Ctrl-C
    except BaseExceptionGroup as failed:
        raise first_error(failed) from None


async def _work(run: _Run) -> None:
    from ._session import async_client

    async with async_client(run.connection) as client:
        if run.creator_opts is not None:
            await _add_creator_models(client, run)
        resolved = await resolve_all(
            client, run.targets, all_versions=run.all_versions, jobs=run.jobs
        )
        planned: list[PlannedFile] = []
        seen: set[str] = set()
        for target, found in zip(run.targets, resolved, strict=True):
            for label, error in found.failed_versions:  # the versions that were there go on
                run.outcomes.append(_Outcome(label, "failed", error=error))
            if found.error is not None:
                run.outcomes.append(_Outcome(found.target, "failed", error=found.error))
                continue
            try:
                files = plan_files(found, target, run.choice)
            except Exception as error:
                run.outcomes.append(_Outcome(found.target, "failed", error=error))
                continue
            for entry in files:
                if entry.key in seen:  # named by an earlier target too: fetched once
                    run.outcomes.append(_Outcome(entry.target, "duplicate", entry))
                else:
                    planned.append(entry)
                    seen.add(entry.key)
        if run.dry_run:
            await _dry_run(client, run, planned)
        else:
            await _download_all(client, run, planned)


async def _add_creator_models(client: httpx.AsyncClient, run: _Run) -> None:
    from .. import DownloadTarget
    from ..v1 import async_iter_models

    username = run.creator_opts.username[0]
    found = async_iter_models(client, run.creator_opts, max_items=run.max_models)
    async for item in found:
        run.targets.append(DownloadTarget(f"{username}: model {item.id}", model_id=item.id))
    if not run.targets:
        raise CommandError(f"{username} has no models matching the filters", NOT_FOUND)


async def _dry_run(client: httpx.AsyncClient, run: _Run, planned: list[PlannedFile]) -> None:
    from .. import CivitaiError
    from ..v1 import async_get_model_version_mini
    from .versions import key_needed

    needs: dict[int, str] = {}
    for entry in planned:
        if entry.version.id in needs:
            continue
        try:  # the same answer as `civitai versions mini`
            mini = await async_get_model_version_mini(client, entry.version.id)
            needs[entry.version.id] = key_needed(
                mini.require_auth, getattr(mini, "availability", None)
            )
        except CivitaiError:
            needs[entry.version.id] = "unknown"
    for entry in planned:
        run.outcomes.append(
            _Outcome(entry.target, "planned", entry, key_needed=needs[entry.version.id])
        )


async def _download_all(client: httpx.AsyncClient, run: _Run, planned: list[PlannedFile]) -> None:
    from .. import CivitaiError, map_concurrently
    from ..download import async_download_model_version, safety_note
    from ._download_progress import DownloadProgress

    planned = _scan_checked(run, planned)
    for entry in planned:
        note = safety_note(entry.file.name, entry.file.format)
        if note:
            _render.warn(note)
    sizes = [entry.file.size for entry in planned]
    total = sum(s for s in sizes if s is not None) if None not in sizes else None
    with DownloadProgress(total, quiet=run.quiet) as progress:

        async def fetch(entry: PlannedFile) -> None:
            run.running[entry.key] = entry
            report = progress.file(entry.key, entry.file.name, entry.file.size)
            try:
                result = await async_download_model_version(
                    client,
                    entry.version.id,
                    entry.dest_dir,
                    file_id=entry.file.id,
                    verify=run.verify,
                    resume=not run.force,
                    overwrite=run.force,
                    progress=report,
                    connections=run.connections,
                    version=entry.version,
                    allow_unscanned=run.allow_unscanned,
                )
            except Exception as error:  # one file's failure is its own; the others go on
                failure = first_error(error)
                if not isinstance(failure, CivitaiError | OSError):
                    raise
                run.outcomes.append(_Outcome(entry.target, "failed", entry, error=failure))
            else:
                status = (
                    "present"
                    if result.already_present
                    else "resumed"
                    if result.resumed
                    else "downloaded"
                )
                if result.already_present:
                    progress.already_there(entry.key, result.size)
                run.outcomes.append(_Outcome(entry.target, status, entry, result))
            run.running.pop(entry.key, None)

        await map_concurrently(fetch, planned, limit=run.jobs)


def _scan_checked(run: _Run, planned: list[PlannedFile]) -> list[PlannedFile]:
    """The files Civitai's scans allow; one failed outcome (exit code 7) for each other one,
    or with `--allow-unscanned` one warning line naming its scan results."""
    from ..download import UnsafeFileError, check_scans, scan_summary, scan_verdict

    allowed: list[PlannedFile] = []
    for entry in planned:
        try:
            check_scans(entry.file, allow_unscanned=run.allow_unscanned)
        except UnsafeFileError as refused:
            hint = "add --allow-unscanned to download it anyway"
            error = CommandError(f"{refused}; {hint}", UNSAFE, hint=hint)
            run.outcomes.append(_Outcome(entry.target, "failed", entry, error=error))
            continue
        if scan_verdict(entry.file) != "ok":
            scans = scan_summary(entry.file.virus_scan, entry.file.pickle_scan)
            _render.warn(
                f"{entry.file.name}: Civitai's scans say {scans}; downloading it anyway "
                "(--allow-unscanned)"
            )
        allowed.append(entry)
    return allowed


def _finish(run: _Run, output: Output, interrupted: bool) -> int:
    """Print results (stdout) and the summary (stderr); return the exit code."""
    from ._download_summary import print_results

    for entry in run.running.values():
        run.outcomes.append(_Outcome(entry.target, "interrupted", entry))
    print_results(run.outcomes, output.json, dry_run=run.dry_run)
    if interrupted:
        _render.err(
            "interrupted: partial downloads are kept as .part files; "
            "run the same command again to finish them"
        )
        return INTERRUPTED
    failures = [item.error for item in run.outcomes if item.error is not None]
    if failures:
        return exit_code(failures[0])
    return 0
