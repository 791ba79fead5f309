"""Benchmark of the library catalog at 100,000 files: its size with the stored bodies, `ls
--json` against reading the same rows with `sqlite3` alone, and `show` of one file.

A catalog of `BENCH_CATALOG_FILES` (default 100,000) identified files is built through
`Catalog` itself: every file gets its own version body and its own model body (the worst
case: no two files share a model), taken in turn from the real bodies of the Civitai corpus
(`$CIVITAI_CORPUS`, else `../shared/civitai-corpus`; `GET /model-versions/{id}` and
`GET /models/{id}` answers and the models of a real `/models` page), ids made unique. Then:

- bytes per identified file (the database file over the number of files), and that size for
  100,000 files (goal < 1 GiB);
- `ls_json` (what `civitai library ls --json` prints) over every row, written to /dev/null,
  against `SELECT * ... ORDER BY path` fetched with the `sqlite3` module alone, median of
  `BENCH_RUNS` (goal <= 2x); and the same two as whole processes, start-up included;
- `civitai library show FILE` run in this process (`main`, output to /dev/null): its own
  work, without the interpreter's start-up, median of 20 (goal < 50 ms).

Usage: `python benchmarks/run.py catalog` (or `make bench SECTIONS=catalog`).
"""

from __future__ import annotations

import contextlib
import copy
import io
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from civitai_api.library import Catalog, FileStatus, HashSource, LibraryEntry
from civitai_api.library._listing import ls_json
from civitai_api.library._rows import timestamp
from civitai_api.library._scan_job import kept_model_body

ROOT = Path(__file__).resolve().parent.parent
FILES = int(os.environ.get("BENCH_CATALOG_FILES", "100000"))
RUNS = int(os.environ.get("BENCH_RUNS", "5"))
GIB = 1 << 30
FOLDERS = ("Lora", "Checkpoint", "embeddings")


def corpus() -> Path | None:
    configured = os.environ.get("CIVITAI_CORPUS")
    folder = Path(configured) if configured else ROOT.parent / "shared" / "civitai-corpus"
    return folder if (folder / "manifest.json").is_file() else None


def real_bodies(folder: Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The corpus's version bodies and model bodies."""
    live = folder / "live"
    versions = [json.loads(p.read_text()) for p in sorted(live.glob("model-versions-id/*.json"))]
    models = [json.loads(p.read_text()) for p in sorted(live.glob("models-id/*.json"))]
    for page in sorted(live.glob("models/*.json")):
        models.extend(json.loads(page.read_text())["items"])
    return versions, models


def build(
    path: Path, files: int, versions: list[dict[str, Any]], models: list[dict[str, Any]]
) -> None:
    now = time.time()
    with Catalog(path) as db:
        for number in range(files):
            version = copy.copy(versions[number % len(versions)])
            model = copy.copy(models[number % len(models)])
            version_id, model_id = 1_000_000 + number, 2_000_000 + number
            version["id"], version["modelId"], model["id"] = version_id, model_id, model_id
            sha = f"{number:064X}"
            db.put(
                LibraryEntry(
                    Path(f"/models/{FOLDERS[number % 3]}/f{number}.safetensors"),
                    size=10_000_000 + number,
                    mtime_ns=1_700_000_000_000_000_000 + number,
                    status=FileStatus.IDENTIFIED,
                    sha256=sha,
                    sha256_source=HashSource.COMPUTED,
                    model_id=model_id,
                    model_name=str(model.get("name")),
                    model_type=str(model.get("type")),
                    version_id=version_id,
                    version_name=str(version.get("name")),
                    base_model=str(version.get("baseModel")),
                    file_id=number,
                    civitai_sha256=sha,
                    checked_at=timestamp(now),
                ),
                seen_at=now,
            )
            db.put_body("version", version_id, version, now)
            db.put_body("model", model_id, kept_model_body(model), now)
            if number % 5000 == 4999:
                db.commit()
    with sqlite3.connect(path) as plain:  # fold the WAL in: the file is the whole catalog
        plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def timed(function: Any, runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def sqlite_alone(path: Path) -> None:
    with contextlib.closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as db:
        db.execute("SELECT * FROM files ORDER BY path").fetchall()


def ls_to_devnull(path: Path) -> None:
    with open(os.devnull, "w") as sink:
        sink.writelines(ls_json(path))


def show_in_process(path: Path, model_file: str) -> None:
    from civitai_api.cli import main

    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        code = main(["library", "show", model_file, "--catalog", str(path)])
    if code != 0:
        raise RuntimeError(f"show exited {code}")


def process(args: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def run() -> None:
    """Print the catalog section of `make bench`."""
    folder = corpus()
    if folder is None:
        print("\n== library catalog: skipped (no Civitai corpus: set CIVITAI_CORPUS)")
        return
    versions, models = real_bodies(folder)
    with tempfile.TemporaryDirectory(prefix="civitai-bench-catalog-") as work:
        path = Path(work) / "catalog.sqlite3"
        start = time.perf_counter()
        build(path, FILES, versions, models)
        built = time.perf_counter() - start
        size = path.stat().st_size
        per_file = size / FILES
        print(
            f"\n== library catalog: {FILES:,} identified files, each with its own version and"
            f" model body ({len(versions)} real version bodies, {len(models)} real model bodies)"
        )
        print(f"built in                        {built:8.1f} s")
        print(f"catalog size                    {size / 2**20:8.1f} MiB")
        print(f"bytes per identified file       {per_file:8.0f}")
        print(f"for 100,000 files               {per_file * 100_000 / GIB:8.2f} GiB   (goal < 1)")
        alone = timed(lambda: sqlite_alone(path))
        listed = timed(lambda: ls_to_devnull(path))
        print(f"sqlite3 alone, every row        {alone * 1000:8.0f} ms")
        print(f"ls --json (ls_json), every row  {listed * 1000:8.0f} ms")
        print(f"ratio ls / sqlite3              {listed / alone:8.2f}   (goal <= 2)")
        civitai = [sys.executable, "-m", "civitai_api"]
        reading = [sys.executable, "-c", f"import sqlite3; sqlite3.connect({str(path)!r})"
                   ".execute('SELECT * FROM files ORDER BY path').fetchall()"]  # fmt: skip
        whole_ls = statistics.median(
            process([*civitai, "library", "ls", "--json", "--catalog", str(path)]) for _ in range(3)
        )
        whole_sqlite = statistics.median(process(reading) for _ in range(3))
        print(f"whole processes: ls --json      {whole_ls * 1000:8.0f} ms")
        print(f"whole processes: python sqlite3 {whole_sqlite * 1000:8.0f} ms")
        print(f"ratio (start-up included)       {whole_ls / whole_sqlite:8.2f}")
        model_file = f"/models/Lora/f{FILES // 2 - FILES // 2 % 3}.safetensors"
        show_in_process(path, model_file)  # imports loaded once, as in a running process
        shown = timed(lambda: show_in_process(path, model_file), runs=20)
        print(f"show of one file (in process)   {shown * 1000:8.1f} ms   (goal < 50)")


if __name__ == "__main__":
    run()
