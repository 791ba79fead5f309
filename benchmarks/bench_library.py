"""Benchmark of the local model library: scanning a synthetic library against a loopback server.

A library of 2,000 small model files of 700 models (1 to 5 versions each, every version's file
present) is scanned twice against the fake Civitai of the test suite (two real HTTP servers on
127.0.0.1), with a fresh catalog and hash cache each run:

- the first scan hashes every file, identifies them (`POST /model-versions/by-hash`, 100
  hashes a request), checks their models (`GET /models?ids=`, 100 a request) and writes each
  file's `.civitai.info`; its API request count is printed against ceil(N/100) + ceil(K/100);
- the second scan of the unchanged library should read no file and send no request: its time
  is printed as a ratio of the first's (goal <= 0.05), the median of `BENCH_RUNS` runs.

Then the peak Python memory (tracemalloc) of a first scan of 2,000 and of 10,000 files shows
that memory does not grow with the library (`BENCH_LIBRARY_LARGE` sets the larger size). The
fake Civitai runs in a child process there, so only the scanning side is measured.

Usage: `python benchmarks/run.py library` (or `make bench SECTIONS=library`).
"""

from __future__ import annotations

import gc
import math
import multiprocessing
import os
import random
import statistics
import sys
import tempfile
import time
import tracemalloc
from multiprocessing.connection import Connection
from pathlib import Path

import httpx
from civitai_api import library

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the fake Civitai of the test suite

from support.fake_civitai import FakeCivitai, ServedFile  # noqa: E402

RUNS = int(os.environ.get("BENCH_RUNS", "5"))
FILES = 2000
MODELS = 700
LARGE = int(os.environ.get("BENCH_LIBRARY_LARGE", "10000"))
FILE_SIZE = 4096


def build(fake: FakeCivitai, folder: Path, files: int, models: int, seed: int = 5) -> None:
    """`files` model files of `models` models, spread over a few folders, all on the fake
    (whose SHA256 of each file is computed here, not while it serves)."""
    rng = random.Random(seed)
    per_model = [1] * models
    for _ in range(files - models):
        per_model[rng.randrange(models)] += 1
    number = 0
    for model, count in enumerate(per_model):
        model_id = 100_000 + model
        subfolder = folder / ("Lora", "Stable-diffusion", "embeddings")[model % 3]
        subfolder.mkdir(parents=True, exist_ok=True)
        for index in range(count):
            number += 1
            name = f"m{model_id}-v{index}.safetensors"
            served = ServedFile(number, name, rng.randbytes(FILE_SIZE))
            fake.add_version(
                number, [served], model_id=model_id, model_name=f"Model {model}", index=index
            )
            (subfolder / served.name).write_bytes(served.data)
            assert served.sha256


def scan(fake: FakeCivitai, folder: Path, catalog: Path) -> tuple[float, library.ScanReport]:
    with httpx.Client(base_url=fake.api_url, timeout=30) as client:
        start = time.perf_counter()
        report = library.scan([folder], client=client, catalog=catalog, sidecars=["civitai-info"])
        return time.perf_counter() - start, report


def fresh_state(work: Path, run: int) -> Path:
    """A new hash cache and catalog for one run; returns the catalog path."""
    os.environ["CIVITAI_HASH_CACHE"] = str(work / f"hashes-{run}.sqlite3")
    for sidecar in (work / "library").rglob("*.civitai.info"):
        sidecar.unlink()
    return work / f"catalog-{run}.sqlite3"


def bench_scans(fake: FakeCivitai, work: Path) -> None:
    build(fake, work / "library", FILES, MODELS)
    ideal = math.ceil(FILES / 100) + math.ceil(MODELS / 100)
    firsts, seconds, ratios, requests = [], [], [], []
    for run in range(RUNS):
        catalog = fresh_state(work, run)
        first, report = scan(fake, work / "library", catalog)
        second, again = scan(fake, work / "library", catalog)
        if (report.hashed, again.hashed, again.requests) != (FILES, 0, {}):
            raise RuntimeError(f"unexpected scans: {report} then {again}")
        firsts.append(first)
        seconds.append(second)
        ratios.append(second / first)
        requests.append(report.api_requests)
    print(f"\n== library scan: {FILES} files of {MODELS} models, loopback (median of {RUNS})")
    print(f"API requests, first scan        {statistics.median(requests):8.0f}")
    print(f"ceil(N/100) + ceil(K/100)       {ideal:8d}")
    print(f"first scan                      {statistics.median(firsts) * 1000:8.0f} ms")
    print(f"second scan (unchanged)         {statistics.median(seconds) * 1000:8.0f} ms")
    print(f"ratio second / first            {statistics.median(ratios):8.3f}   (goal <= 0.05)")
    print(f"runs (ratio)                    {' '.join(f'{r:.3f}' for r in ratios)}")


def _serve(files: int, folder: str, channel: Connection) -> None:
    """In a child process: the fake Civitai for a library of `files` files, until told to stop."""
    fake = FakeCivitai()
    fake.keep_log = False
    try:
        build(fake, Path(folder), files, max(1, files * MODELS // FILES))
        channel.send(fake.api_url)
        channel.recv()
    finally:
        fake.close()


def peak_memory(files: int, work: Path) -> tuple[float, library.ScanReport]:
    """The peak Python memory of a first scan; the fake Civitai runs in another process, so
    only the scanning side is measured."""
    here, there = multiprocessing.Pipe()
    server = multiprocessing.get_context("fork").Process(
        target=_serve, args=(files, str(work / f"lib-{files}"), there)
    )
    server.start()
    try:
        api_url = here.recv()
        os.environ["CIVITAI_HASH_CACHE"] = str(work / f"mem-hashes-{files}.sqlite3")
        gc.collect()
        tracemalloc.start()
        try:
            with httpx.Client(base_url=api_url, timeout=120) as client:
                report = library.scan(
                    [work / f"lib-{files}"],
                    client=client,
                    catalog=work / f"mem-catalog-{files}.sqlite3",
                    sidecars=["civitai-info"],
                )
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        return peak / 2**20, report
    finally:
        here.send("stop")
        server.join(timeout=60)


def bench_memory(work: Path) -> None:
    print(f"\n== library scan: peak Python memory (tracemalloc), first scan, {FILE_SIZE} B files")
    for files in (FILES, LARGE):
        peak, report = peak_memory(files, work)
        print(f"{files:6d} files, {report.api_requests:4d} API requests  {peak:8.1f} MiB")


def run() -> None:
    """Print the library section of `make bench`."""
    previous = os.environ.get("CIVITAI_HASH_CACHE")
    fake = FakeCivitai()
    try:
        with tempfile.TemporaryDirectory(prefix="civitai-bench-library-") as folder:
            bench_scans(fake, Path(folder))
            bench_memory(Path(folder))
    finally:
        fake.close()
        if previous is None:
            os.environ.pop("CIVITAI_HASH_CACHE", None)
        else:
            os.environ["CIVITAI_HASH_CACHE"] = previous


if __name__ == "__main__":
    run()
