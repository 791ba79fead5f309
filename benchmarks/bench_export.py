"""Benchmark of `civitai_api.export` against a fake Civitai on 127.0.0.1 (another process).

1. Local cost per item (`BENCH_RUNS` rounds, default 9), for an images export (N images,
   `BENCH_EXPORT_ITEMS`, default 20,000) and a models export (`BENCH_EXPORT_MODELS`, default
   2,000 models with their versions, files and images): the CPU time of the exporting
   process (the fake serves in a child process, so waiting for it is not counted) against
   the floor measured in the same run over the same page bodies: `orjson.loads` of each page
   plus pyarrow writing the same rows as the same parts (every table, pyarrow's default
   options but zstd, timestamps as the text received and `raw` as bytes; each page's rows
   are built off the clock just before they are written). Goal: ratio <= 1.5.
   The same export with the page bodies handed over from memory shows the share of the HTTP
   client (and of waking up after each wait). Each round measures the export, the export
   from memory and the floor one after the other, in an order that turns each round; the
   ratio is the median of the rounds' ratios, so a burst of load on a shared machine weighs
   on one round's three alike and is left out.
2. Peak memory (peak RSS, VmHWM, of the exporting process) for a small and a large export; goal:
   within 20%. `BENCH_EXPORT_SMALL` / `BENCH_EXPORT_LARGE` set the sizes (default 10,000 and
   200,000; `BENCH_EXPORT_LARGE=1000000` for the full million).
3. Resume after `kill -9` of `civitai export` mid-walk: pages fetched twice (goal <= 1).

Needs the Civitai corpus, found as the contract tests find it (`CIVITAI_CORPUS`).
`BENCH_VERBOSE=1` prints each round's figures.
Usage: `python benchmarks/run.py export`.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from support.fake_export import ExportFake, corpus_templates  # noqa: E402

SMALL = int(os.environ.get("BENCH_EXPORT_SMALL", "10000"))
LARGE = int(os.environ.get("BENCH_EXPORT_LARGE", "200000"))
COST_ITEMS = int(os.environ.get("BENCH_EXPORT_ITEMS", "20000"))
COST_MODELS = int(os.environ.get("BENCH_EXPORT_MODELS", "2000"))
RUNS = int(os.environ.get("BENCH_RUNS", "9"))
VERBOSE = bool(os.environ.get("BENCH_VERBOSE"))


def _corpus() -> Path | None:
    from support.contract import corpus_dir  # the contract tests' own lookup

    return corpus_dir()


def _serve(corpus: str, models: int, images: int, channel: Connection) -> None:
    fake = ExportFake(corpus_templates(Path(corpus)), models=models, images=images)
    fake.keep_log = False
    channel.send(fake.url)
    channel.recv()
    fake.close()


class _Server:
    """The fake in a child process."""

    def __init__(self, corpus: Path, *, models: int = 0, images: int = 0) -> None:
        self.here, there = multiprocessing.Pipe()
        context = multiprocessing.get_context("fork")
        self.process = context.Process(target=_serve, args=(str(corpus), models, images, there))
        self.process.start()
        self.url: str = self.here.recv()

    def close(self) -> None:
        self.here.send("stop")
        self.process.join(timeout=30)


def bench_cost(corpus: Path, work: Path, kind_name: str) -> None:
    import orjson
    import pyarrow as pa
    import pyarrow.parquet as pq
    from civitai_api.export import _drivers, _items, export_images, export_models
    from civitai_api.export._kinds import KINDS
    from civitai_api.export._parquet import schema_of
    from civitai_api.export._raw import decode_page

    kind = KINDS[kind_name]
    export = export_images if kind_name == "images" else export_models
    fetch = _drivers._get
    bodies: dict[str | None, bytes] = {}

    def recording(client: Any, url: str, params: dict[str, Any], run: Any) -> bytes:
        body = fetch(client, url, params, run)
        bodies[params.get("cursor")] = body
        return body

    def from_memory(client: Any, url: str, params: dict[str, Any], run: Any) -> bytes:
        return bodies[params.get("cursor")]

    sizes = {"images": COST_ITEMS, "models": COST_MODELS}
    server = _Server(corpus, **{kind_name: sizes[kind_name]})
    export_runs, memory_runs, floor_runs = [], [], []
    try:
        _drivers._get = recording  # the pages, kept for the floor (and warm-up)
        report = export(work / f"recorded-{kind_name}", base_url=server.url)
        count = report.counts[kind_name]
        pages = list(bodies.values())
        # the floor writes timestamps as the text received and `raw` as bytes: no conversions
        floor_types = {"ts": pa.string(), "raw": pa.binary()}
        item_type = getattr(_items, kind.tables.item)

        def floor(folder: Path) -> float:
            """The floor's CPU seconds. Each page's rows are built as the export builds them,
            off the clock and only for that page: rows of every page held at once would
            make each of the export's full garbage collections walk them too."""
            for table in kind.tables.tables:
                (folder / table.name).mkdir(parents=True)
            spent = 0.0
            for number, body in enumerate(pages):
                page = decode_page(body, item_type)
                columns = kind.tables.build(page.items, page.raw)
                start = time.process_time()
                orjson.loads(body)
                for table in kind.tables.tables:
                    rows, schema = columns[table.name], schema_of(table)
                    arrays = [
                        pa.array(rows[name], type=floor_types.get(type_, field.type))
                        for (name, type_), field in zip(table.columns, schema, strict=True)
                    ]
                    data = pa.Table.from_arrays(arrays, names=[name for name, _ in table.columns])
                    target = folder / table.name / f"part-{number:05d}.parquet"
                    pq.write_table(data, target, compression="zstd")
                spent += time.process_time() - start
            return spent

        def measured(name: str, run: int) -> float:
            if name == "floor":
                return floor(work / f"floor-{kind_name}-{run}")
            start = time.process_time()
            _drivers._get = fetch if name == "http" else from_memory
            export(work / f"cost-{kind_name}-{name}-{run}", base_url=server.url)
            return time.process_time() - start

        # Each round measures the three side by side, in an order that turns each round: a
        # burst of load on this shared machine (they last seconds) then weighs on one round's
        # three alike, and the median of the rounds' ratios leaves it out.
        names = ["http", "memory", "floor"]
        for run in range(RUNS):
            order = names[run % 3 :] + names[: run % 3]
            took = {name: measured(name, run) for name in order}
            if VERBOSE:
                each = {name: round(cpu / count * 1e6, 1) for name, cpu in took.items()}
                print(f"round {run + 1}: us per {kind_name[:-1]}", each)
            export_runs.append(took["http"])
            memory_runs.append(took["memory"])
            floor_runs.append(took["floor"])
    finally:
        _drivers._get = fetch
        server.close()
    export_cpu, memory_cpu, floor_cpu = min(export_runs), min(memory_runs), min(floor_runs)
    spread = sorted(e / f for e, f in zip(export_runs, floor_runs, strict=True))
    ratio = statistics.median(spread)
    memory_ratio = statistics.median(m / f for m, f in zip(memory_runs, floor_runs, strict=True))
    items = count
    unit = kind_name[:-1]
    rows = sum(report.counts.values())
    print(
        f"\n== export: cost per {unit}, {items} {kind_name} ({rows} rows in all), "
        f"{len(pages)} pages, {RUNS} rounds (CPU: the best round; ratios: the median round's)"
    )
    print(f"export (CPU of this process)     {export_cpu / items * 1e6:8.1f} us/{unit}")
    print(f"floor: orjson.loads + pyarrow    {floor_cpu / items * 1e6:8.1f} us/{unit}")
    print(
        f"ratio export / floor             {ratio:8.2f}   (goal <= 1.5; rounds "
        f"{spread[0]:.2f}-{spread[-1]:.2f})"
    )
    print(f"export, pages from memory        {memory_cpu / items * 1e6:8.1f} us/{unit}")
    print(f"ratio without the HTTP client    {memory_ratio:8.2f}")


_MEMORY_SCRIPT = textwrap.dedent(
    """
    import resource, sys
    from pathlib import Path
    from civitai_api.export import export_images
    report = export_images(sys.argv[1], base_url=sys.argv[2])
    # VmHWM is this program's own peak; ru_maxrss may keep the parent's peak from before exec
    status = Path("/proc/self/status")
    lines = status.read_text().splitlines() if status.exists() else []
    peak = [int(line.split()[1]) for line in lines if line.startswith("VmHWM:")]
    own = peak[0] if peak else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(report.counts["images"], own)
    """
)


def bench_memory(corpus: Path, work: Path) -> None:
    print("\n== export: peak memory (peak RSS of the exporting process)")
    peaks = []
    for size in (SMALL, LARGE):
        server = _Server(corpus, images=size)
        try:
            start = time.perf_counter()
            done = subprocess.run(
                [sys.executable, "-c", _MEMORY_SCRIPT, str(work / f"mem-{size}"), server.url],
                capture_output=True,
                text=True,
                check=True,
            )
            took = time.perf_counter() - start
        finally:
            server.close()
        count, peak_kb = (int(value) for value in done.stdout.split())
        peaks.append(peak_kb)
        print(f"{count:9d} images  {peak_kb / 1024:8.1f} MiB   ({took:.0f} s)")
    print(f"large / small                    {peaks[1] / peaks[0]:8.2f}   (goal <= 1.20)")


def bench_resume(corpus: Path, work: Path) -> None:
    fake = ExportFake(corpus_templates(corpus), images=4000)
    fake.page_delay = 0.1
    out = work / "resume"
    civitai = Path(sys.executable).with_name("civitai")
    command = [str(civitai), "export", "images", str(out), "--host", fake.url]
    try:
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        state = out / "_export.json"
        while not (state.exists() and json.loads(state.read_text() or "{}").get("pages", 0) >= 7):
            time.sleep(0.01)
        time.sleep(0.05)  # somewhere inside the next page
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        fake.page_delay = 0.0
        subprocess.run(command, capture_output=True, check=True)
        cursors = fake.pages_requested("images")
    finally:
        fake.close()
    print("\n== export: resume after kill -9 (20 pages of 200)")
    print(f"pages fetched                    {len(cursors):8d}")
    print(f"pages fetched twice              {len(cursors) - len(set(cursors)):8d}   (goal <= 1)")


def run() -> None:
    """Print the export section of `make bench`."""
    corpus = _corpus()
    if corpus is None:
        print("\n== export: skipped (no Civitai corpus: set CIVITAI_CORPUS)")
        return
    with tempfile.TemporaryDirectory(prefix="civitai-bench-export-") as folder:
        bench_cost(corpus, Path(folder), "images")
        bench_cost(corpus, Path(folder), "models")
        bench_resume(corpus, Path(folder))
        bench_memory(corpus, Path(folder))


if __name__ == "__main__":
    run()
