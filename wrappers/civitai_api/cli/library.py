"""`civitai library scan|ls|show|updates|verify|pin|forget|prune`: a whole models folder,
identified, annotated and kept up to date, on top of `civitai_api.library`.

`scan` is the only command that reads files and asks Civitai who they are; the others answer
from the catalog it fills (`ls` and `show` only read it, so they work on a catalog the user
cannot write) (`updates` also refreshes the models' version lists when they are
older than `--max-age`, and `--download` fetches the updates). Results go to stdout (a table,
or JSON with `--json`); progress, problems and summaries go to stderr.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

from cyclopts import App, Parameter

from . import _render
from ._exit import INTERRUPTED, NOT_FOUND, OTHER, USAGE, CommandError
from ._library_args import (
    CatalogChoice,
    check_paths_found,
    client_unless_offline,
    offline_flag,
    parse_duration_option,
    parse_max_age,
    preview_level,
    sidecar_names,
    sort_key,
    statuses,
)
from ._library_render import (
    ENTRY_COLUMNS,
    LS_COLUMNS,
    VERIFY_COLUMNS,
    by_path,
    entry_details,
    file_details,
    plural,
    print_scan_notes,
    scan_exit_code,
)
from ._options import AnyModelTypes, BaseModels, Connection, Flag, Output

__all__ = ["app"]

# Its help, given where it is registered (so `civitai --help` needs no import), is in
# `_help.GROUP_HELP["library"]`.
app = App(name="library", help_format="markdown")

# "-1h" is a (refused) value, not an option.
DURATION = Parameter(allow_leading_hyphen=True)


@app.command(sort_key=1)
def scan(
    paths: list[Path],
    /,
    *,
    sidecars: list[str] | None = None,
    max_age: Annotated[str, DURATION] = "24h",
    no_updates: Flag = False,
    offline: Flag = False,
    a1111_cache: Path | None = None,
    max_preview_nsfw: Annotated[str | None, Parameter(show_default=False)] = None,
    recheck_not_found: Annotated[str, DURATION] = "7d",
    examples: Annotated[int, Parameter(show_default=False)] = 0,
    where: CatalogChoice = CatalogChoice(),
    output: Output = Output(),
    connection: Connection = Connection(),
) -> int:
    """Find, hash and identify the model files under PATHS; write their sidecars.

    Model files are .safetensors, .ckpt, .pt, .pth, .bin, .gguf, .sft and .onnx (never
    .part downloads); links outside PATHS, link loops, empty and unreadable files are
    reported, never fatal. A file is read once: unchanged files are taken from the catalog,
    and a SHA256 already recorded by a `.civitai.info`, `.cm-info.json` or
    `.metadata.json` next to it (or A1111's cache.json) is imported instead. Ctrl-C keeps
    everything hashed and identified so far: run the same scan again to continue.

    Nothing known is lost: when a lookup fails (no connection, 5xx, 429), files already
    identified stay so, with a note; a file whose version is gone from Civitai shows
    `removed` (its sidecars and stored details kept), and `identified` again if it comes
    back. A SHA256 Civitai does not know is asked again after --recheck-not-found only.

    stdout: the files under PATHS (`--json`: the scan's report); stderr: problems and a
    summary. Exit code 4 when a PATH does not exist, 5 (or 3, 6) when lookups failed: the
    next scan retries them.

    Args:
        paths: Folders and files to scan.
        sidecars: Files to write next to each identified model: civitai-info
            (`<name>.civitai.info`), preview (`<name>.preview.png|jpg|webp`), a1111
            (`<name>.json`, merged), cm-info (`<name>.cm-info.json`); comma-separated or
            repeated; `none` for none. Default: civitai-info,preview.
        max_age: Ask Civitai again about files and models checked longer ago than this:
            30m, 24h, 7d, ... (0: ask again now).
        no_updates: Do not check the models for newer versions.
        offline: Send nothing: hash and record only (also $CIVITAI_OFFLINE=1).
        a1111_cache: A1111's cache.json, to import the hashes it already computed.
        max_preview_nsfw: The most explicit preview image to save: pg, pg13, r, x, xxx
            (default: pg13).
        recheck_not_found: Ask again about a SHA256 Civitai did not know once this long
            has passed: 12h, 7d, 30d, ... (0: now).
        examples: Save up to N example images of each identified file's version with their
            generation data (prompt, negative prompt, sampler, steps, CFG scale, seed,
            resources) in `<name>.examples/`: `<image id>.<ext>` and `examples.json`. Videos
            and images above --max-preview-nsfw are skipped; a rerun fetches nothing it has.
    """
    names = sidecar_names(sidecars)
    age = parse_max_age(max_age)
    not_found_age = parse_duration_option("--recheck-not-found", recheck_not_found)
    if examples < 0:
        raise CommandError(f"--examples: must not be negative, got {examples}", USAGE)
    level = preview_level(max_preview_nsfw)
    if a1111_cache is not None and not a1111_cache.is_file():
        raise CommandError(f"--a1111-cache: no such file: {a1111_cache}", NOT_FOUND)
    off = offline_flag(offline)
    from ..library import scan as scan_library
    from ._library_progress import LibraryProgress

    options: dict[str, Any] = {
        "max_age": age,
        "check_updates": not no_updates,
        "recheck_not_found": not_found_age,
        "examples": examples,
    }
    if names is not None:
        options["sidecars"] = names
    if level is not None:
        options["max_preview_nsfw"] = level
    with (
        client_unless_offline(connection, off) as client,
        LibraryProgress(quiet=output.quiet) as shown,
    ):
        try:
            report = scan_library(
                paths,
                client=client,
                catalog=where.catalog,
                offline=off,
                a1111_cache=a1111_cache,
                progress=shown,
                **options,
            )
        except KeyboardInterrupt:
            shown.stop()
            seen = shown.last.files if shown.last is not None else 0
            done = f" ({seen} {plural(seen, 'file')} seen)" if seen else ""
            _render.err(
                f"interrupted{done}: every file hashed and identified so far is kept in the "
                "catalog; run the same scan again to continue"
            )
            return INTERRUPTED
    if output.json:
        _render.print_json(report.to_dict())
    else:
        from ..library import ls

        entries = ls(report.catalog, paths=paths)
        _render.print_table(ENTRY_COLUMNS, [entry.to_dict() for entry in entries], drop_empty=True)
        print_scan_notes(report)
    return scan_exit_code(report)


@app.command(name="ls", sort_key=2)
def list_entries(
    paths: list[Path] | None = None,
    /,
    *,
    type: AnyModelTypes = None,
    base_model: BaseModels = None,
    status: list[str] | None = None,
    sort: str = "path",
    reverse: Flag = False,
    corrupt: Flag = False,
    where: CatalogChoice = CatalogChoice(),
    output: Output = Output(),
) -> None:
    """List the catalog's files, filtered and sorted (no request is sent).

    Each filter keeps files matching any of its values (repeat it: `--type LORA --type
    LoCon`); type and base model compare without regard to case. Files that share their
    SHA256 with several versions show every candidate: choose with `civitai library pin`.
    The note column tells what a corrupt file is a copy of, since when a removed version is
    gone, and a last lookup that failed. The catalog is only read (it may be read-only).

    Args:
        paths: Only files at or below these paths (default: every file).
        type: Model type: Checkpoint, LORA, LoCon, TextualInversion, VAE, ... (repeatable).
        base_model: Base model as Civitai spells it: "SDXL 1.0", "Flux.1 D", ...
            (repeatable).
        status: identified, ambiguous, removed, corrupt, not-found, hashed, lookup-failed,
            empty, unreadable, missing (repeatable).
        sort: path, name, size, type, base-model, status, checked.
        reverse: Reverse the order.
        corrupt: Only the files `civitai library verify` found corrupt.
    """
    wanted = statuses(status)
    order = sort_key(sort)
    catalog = where.existing()
    from ..library import ls

    selection: dict[str, Any] = {  # what `ls` and `ls_json` both take
        "paths": paths or (),
        "types": type,
        "base_models": base_model,
        "statuses": wanted,
        "sort": order,
        "descending": reverse,
        "corrupt": corrupt,
    }
    if output.json and not sys.stdout.isatty():
        # Straight from SQLite: a library of 100,000 files lists in well under a second.
        from ..library import ls_json

        sys.stdout.writelines(ls_json(catalog, **selection))
        _out("")
        return
    entries = ls(catalog, **selection)
    check_paths_found(paths, bool(entries))
    rows = [entry.to_dict() for entry in entries]
    if output.json:
        _render.print_json(rows)
        return
    _render.print_table(LS_COLUMNS, rows, drop_empty=True)
    if not entries:
        filtered = type or base_model or wanted or paths or corrupt
        _render.err("no files match" if filtered else "no files")


@app.command(sort_key=3)
def updates(
    paths: list[Path] | None = None,
    /,
    *,
    type: AnyModelTypes = None,
    base_model: BaseModels = None,
    only: list[str] | None = None,
    any_base_model: Flag = False,
    same_base_model: Flag = False,
    include_early_access: Flag = False,
    download: Flag = False,
    jobs: Annotated[int, Parameter(name=["--jobs", "-j"])] = 2,
    retire: str = "keep",
    dry_run: Flag = False,
    max_age: Annotated[str, DURATION] = "24h",
    offline: Flag = False,
    sidecars: list[str] | None = None,
    where: CatalogChoice = CatalogChoice(),
    output: Output = Output(),
    connection: Connection = Connection(),
) -> int:
    """Say which files have a newer version on Civitai; `--download` fetches them.

    Works from the catalog: run `civitai library scan` first (files never scanned, or
    changed since, are "not-hashed"). Models whose version lists are older than --max-age
    are fetched again, 100 a request. A newer version counts when it is on the file's base
    model (a model with Illustrious and Pony versions gets updates per line); of it, the
    file matching the installed one is chosen (same type, format, precision, size), else
    its primary file: the "newer file" column says which and why. Statuses: latest,
    update-available, update-downloaded (already in the library), downloaded, failed,
    early-access (until a date; not downloaded), other-base-model (newer versions on other
    base models only), not-found, not-hashed, not-checked, ambiguous, lookup-failed.

    With `--download`, each update is downloaded once, --jobs at a time (verified,
    resumable: Ctrl-C keeps .part files the same command finishes), next to the first file
    it updates, then scanned so its sidecars and preview are written. `--retire` then acts
    on each old file whose update is verified on disk, with its sidecars and previews;
    never on a file whose download failed. When a download failed, the exit code is the
    first failure's (3 authentication or early access, 4 not found, 5 network, 6 rate
    limited, else 1); 1 when an old file could not be retired.

    Args:
        paths: Only the files under these paths (default: every file of the catalog).
        type: Only files of this model type: LORA, Checkpoint, ... (repeatable).
        base_model: Only files on this base model (repeatable).
        only: Only files of these model ids (repeatable, or comma-separated).
        any_base_model: Newer versions on any base model count as updates.
        same_base_model: Only versions on the file's base model count (the default).
        include_early_access: Also download versions still in early or paid access (they
            need access bought on Civitai).
        download: Download the updates next to the files they update.
        jobs: Files downloaded at the same time.
        retire: What to do with an old file once its update is verified: keep, delete, or
            move:DIR (moved below DIR at its place below the PATH holding it, or below the
            folder holding the whole catalog). An update with the old file's name replaces
            it only when it is retired.
        dry_run: Only list what would be downloaded and retired, with sizes and totals.
        max_age: Fetch a model's versions again when they are older than this: 30m, 24h,
            7d, ... (0: now).
        offline: Answer from the catalog alone, sending nothing (also $CIVITAI_OFFLINE=1).
        sidecars: With --download: the sidecars to write for the new files (as for scan).
    """
    names = sidecar_names(sidecars)
    age = parse_max_age(max_age)
    off = offline_flag(offline)
    if any_base_model and same_base_model:
        raise CommandError("give --any-base-model or --same-base-model, not both", USAGE)
    if jobs < 1:
        raise CommandError(f"--jobs: expected 1 or more, got {jobs}", USAGE)
    if download and off and not dry_run:
        raise CommandError("--download cannot work offline", USAGE, hint="add --dry-run")
    from ._library_updates import UpdatesRun, finish, model_ids, retire_choice, run_updates

    options: dict[str, Any] = {
        "max_age": age,
        "any_base_model": any_base_model,
        "include_early_access": include_early_access,
        "types": type or (),
        "base_models": base_model or (),
        "only": model_ids(only),
        "download": download,
        "jobs": jobs,
        "retire": retire_choice(retire),
        "dry_run": dry_run,
    }
    if names is not None:
        options["sidecars"] = names
    run = UpdatesRun(
        paths=list(paths or ()),
        catalog=where.existing(),
        options=options,
        offline=off,
        quiet=output.quiet,
        connection=connection,
    )
    run_updates(run)
    check_paths_found(paths, bool(run.results) or run.interrupted)
    return finish(run, output.json)


@app.command(sort_key=4)
def verify(
    paths: list[Path] | None = None,
    /,
    *,
    where: CatalogChoice = CatalogChoice(),
    output: Output = Output(),
) -> int:
    """Re-hash files (every byte, no cache) and compare with Civitai's SHA256.

    Civitai's SHA256 is the one the file's last lookup matched, else the one its
    `.civitai.info` or `.cm-info.json` records. Statuses: ok, corrupt (both hashes shown),
    unknown (Civitai's SHA256 is not known), unreadable. The verdict is kept in the catalog
    (`ls` column integrity, `ls --corrupt`); a corrupt file stays known as a corrupt copy of
    its version, and the next scan asks whether its bytes are another version. Exit code 1
    when a file is corrupt or unreadable.

    Args:
        paths: The files and folders to verify (default: every file of the catalog).
    """
    catalog = where.catalog if paths else where.existing()
    from ..library import verify as verify_files
    from ._library_progress import LibraryProgress

    with LibraryProgress(quiet=output.quiet) as shown:
        results = verify_files(paths or (), catalog=catalog, progress=shown)
    check_paths_found(paths, bool(results))
    rows = by_path(result.to_dict() for result in results)
    if output.json:
        _render.print_json(rows)
    else:
        _render.print_table(VERIFY_COLUMNS, rows, drop_empty=True)
    bad = [r for r in results if str(r.status) in ("corrupt", "unreadable")]
    if bad:
        _render.err(f"{len(bad)} of {len(results)} files failed verification")
        return OTHER
    return 0


@app.command(sort_key=5)
def pin(
    file: Path,
    version_id: int | None = None,
    /,
    *,
    unpin: Flag = False,
    where: CatalogChoice = CatalogChoice(),
    output: Output = Output(),
) -> None:
    """Choose which version a file is, when several versions share its SHA256.

    `civitai library ls --status ambiguous` lists those files with their candidates. The
    choice holds for later scans as long as the file's content is the same; the next scan
    writes its sidecars. `--unpin` removes it.

    Args:
        file: The model file, as scanned.
        version_id: One of the file's candidate version ids.
        unpin: Remove the choice (the file is looked up anew at the next scan).
    """
    if (version_id is None) == (not unpin):
        raise CommandError(
            "give either a VERSION_ID or --unpin", USAGE, hint="civitai library pin FILE 12345"
        )
    catalog = where.existing()
    from ..library import pin as pin_version

    entry = pin_version(catalog, file, None if unpin else version_id)
    if output.json:
        _render.print_json(entry.to_dict())
        return
    _render.print_detail(entry_details(entry.to_dict()))


@app.command(sort_key=2.5)
def show(
    file: Path,
    /,
    *,
    where: CatalogChoice = CatalogChoice(),
    output: Output = Output(),
) -> None:
    """Everything the catalog knows about one file, with no request.

    Works offline, for models Civitai removed, and on a read-only catalog. Shows the model
    and version, type, base model, creator, trigger words, the license terms, the Civitai
    page and AIR, the file's hashes, whether it was removed from Civitai, its integrity
    (`civitai library verify`), the saved examples, and the description as plain text.
    `--json` prints the catalog's entry and the version and model bodies it kept.

    Args:
        file: The model file, as scanned (it need not exist any more).
    """
    catalog = where.existing()
    from ..library import show as show_file

    details = show_file(file, catalog=catalog)
    if output.json:
        _render.print_json(details.to_dict())
        return
    pairs, description = file_details(details)
    _render.print_detail(pairs)
    if description:
        _out("\n" + description)


@app.command(sort_key=6)
def forget(
    paths: list[Path],
    /,
    *,
    dry_run: Flag = False,
    where: CatalogChoice = CatalogChoice(),
    output: Output = Output(),
) -> None:
    """Drop the catalog's rows of files or folders (files and sidecars untouched).

    Prints each path dropped (a folder: every file below it).

    Args:
        paths: Files and folders, as scanned (they need not exist any more).
        dry_run: Only print what would be dropped.
    """
    catalog = where.existing()
    from ..library import forget as forget_rows

    _print_dropped(forget_rows(paths, catalog=catalog, dry_run=dry_run), dry_run, output.json)


@app.command(sort_key=7)
def prune(
    *,
    dry_run: Flag = False,
    unreachable: Flag = False,
    where: CatalogChoice = CatalogChoice(),
    output: Output = Output(),
) -> None:
    """Drop the catalog's rows of files no longer on disk.

    Prints each path dropped (the files of a deleted folder, say). A file whose folder is
    gone with no file of the catalog left around it on the same filesystem (a drive that
    is not mounted looks so, even beside other drives still there) keeps its row, and the
    summary says how many were kept.

    Args:
        dry_run: Only print what would be dropped.
        unreachable: Also drop the rows of files whose whole folder is gone.
    """
    catalog = where.existing()
    from ..library import prune_report

    pruned = prune_report(catalog=catalog, dry_run=dry_run, unreachable=unreachable)
    _print_dropped(pruned.dropped, dry_run, output.json)
    if pruned.kept:
        kept = len(pruned.kept)
        _render.err(
            f"kept {kept} catalog {plural(kept, 'row')} of files whose folder is gone with "
            "nothing else of the catalog around it (a drive not mounted?); add --unreachable "
            "to drop them too"
        )


def _out(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def _print_dropped(paths: list[Path], dry_run: bool, as_json: bool) -> None:
    if as_json:
        _render.print_json([str(path) for path in paths])
    else:
        for path in paths:
            _out(str(path))
    verb = "would drop" if dry_run else "dropped"
    _render.err(f"{verb} {len(paths)} catalog {plural(len(paths), 'row')}")
