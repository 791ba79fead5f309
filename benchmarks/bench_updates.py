"""Benchmark of `civitai library updates --download`: many updates, several at a time.

A library of 40 small model files, each the old version of a model whose newer version's
file is 8 MiB, is scanned (not timed); then `civitai library updates --download -j N` runs
as a user runs it (the installed entry point, in a subprocess) against the fake Civitai of
the test suite in another process, whose storage sends each file answer at a fixed rate per
connection, as real storage does. Printed: the time of `-j 1` and `-j 4`, their ratio (goal
<= 0.35) and the peak resident memory of each run (goal < 100 MiB).

Usage: `python benchmarks/run.py updates` (or `make bench SECTIONS=updates`).
`BENCH_UPDATES_RATE` sets the rate per connection in MiB/s (default 18: `-j 1` takes about
20 s); `BENCH_UPDATES_FILES` the number of updates (default 40).
"""

from __future__ import annotations

import json
import multiprocessing
import os
import subprocess
import sys
import tempfile
import time
from multiprocessing.connection import Connection
from pathlib import Path

import httpx
from civitai_api import library

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the fake Civitai of the test suite

from support.fake_civitai import FakeCivitai, ServedFile  # noqa: E402

FILES = int(os.environ.get("BENCH_UPDATES_FILES", "40"))
RATE = float(os.environ.get("BENCH_UPDATES_RATE", "18")) * 2**20
NEW_SIZE = 8 * 2**20
JOBS = (1, 4)


def _serve(folders: list[str], channel: Connection) -> None:
    """In a child process: the fake Civitai with `FILES` models of two versions; the old
    version's file written into each folder. Serves until told to stop."""
    fake = FakeCivitai()
    fake.keep_log = False
    fake.behaviour.rate_per_connection = RATE
    try:
        for number in range(FILES):
            model_id = 9000 + number
            old = ServedFile(model_id * 10 + 1, f"m{model_id}-v1.safetensors", os.urandom(1024))
            new = ServedFile(model_id * 10 + 2, f"m{model_id}-v2.safetensors", os.urandom(NEW_SIZE))
            for version, index in ((old, 1), (new, 0)):
                fake.add_version(version.file_id, [version], model_id=model_id, index=index)
                assert version.sha256
            for folder in folders:
                Path(folder).mkdir(parents=True, exist_ok=True)
                (Path(folder) / old.name).write_bytes(old.data)
        channel.send(fake.api_url)
        channel.recv()
    finally:
        fake.close()


def _environment(api_url: str, work: Path, jobs: int) -> dict[str, str]:
    """The command's environment: the fake Civitai, a hash cache of its own, and compiled
    modules kept (in the work folder) from one run to the next, as an installed package has
    them, even where `PYTHONDONTWRITEBYTECODE` is set."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["CIVITAI_HOST"] = api_url
    env["CIVITAI_HASH_CACHE"] = str(work / f"hashes-j{jobs}.sqlite3")
    env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
    return env


def _update(api_url: str, work: Path, jobs: int, *, scan: bool = True) -> tuple[float, float, int]:
    """One `civitai library updates --download -j N` run: seconds, peak RSS in MiB, and how
    many files it downloaded (the folder is scanned first, untimed, unless `scan` is False)."""
    folder, catalog = work / f"lib-j{jobs}", work / f"catalog-j{jobs}.sqlite3"
    env = _environment(api_url, work, jobs)
    os.environ["CIVITAI_HASH_CACHE"] = env["CIVITAI_HASH_CACHE"]
    command = [sys.executable, "-m", "civitai_api", "library", "updates", str(folder)]
    command += ["--catalog", str(catalog), "--json", "-q"]
    if scan:
        with httpx.Client(base_url=api_url, timeout=60) as client:
            library.scan([folder], client=client, catalog=catalog, sidecars=["civitai-info"])
        # Untimed: the same command, downloading nothing, leaves the modules compiled.
        subprocess.run([*command, "--dry-run"], env=env, capture_output=True, check=True)
    command += ["--download", "-j", str(jobs)]
    out_path, err_path = work / f"out-j{jobs}.json", work / f"err-j{jobs}.txt"
    with out_path.open("wb") as out, err_path.open("wb") as err:
        start = time.perf_counter()
        process = subprocess.Popen(command, env=env, stdout=out, stderr=err)
        # wait4, not wait: it also gives the child's own peak memory (Linux: KiB).
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise RuntimeError(f"-j {jobs} failed: {err_path.read_text()[-2000:]}")
    rows = json.loads(out_path.read_text())
    downloaded = sum(row["status"] == "downloaded" for row in rows)
    return elapsed, usage.ru_maxrss / 1024, downloaded


def run() -> None:
    """Print the updates section of `make bench`."""
    previous = os.environ.get("CIVITAI_HASH_CACHE")
    with tempfile.TemporaryDirectory(prefix="civitai-bench-updates-") as folder:
        work = Path(folder)
        here, there = multiprocessing.Pipe()
        folders = [str(work / f"lib-j{jobs}") for jobs in JOBS]
        server = multiprocessing.get_context("fork").Process(target=_serve, args=(folders, there))
        server.start()
        try:
            api_url = here.recv()
            results = {jobs: _update(api_url, work, jobs) for jobs in JOBS}
            # The same command once more, with everything there: its fixed cost (start-up,
            # the check from the catalog, the summary), paid once by every run.
            fixed = _update(api_url, work, JOBS[0], scan=False)[0]
        finally:
            here.send("stop")
            server.join(timeout=60)
            if previous is None:
                os.environ.pop("CIVITAI_HASH_CACHE", None)
            else:
                os.environ["CIVITAI_HASH_CACHE"] = previous
    rate = RATE / 2**20
    print(
        f"\n== library updates --download: {FILES} updates of {NEW_SIZE // 2**20} MiB, "
        f"storage at {rate:.0f} MiB/s per connection, loopback"
    )
    for jobs, (elapsed, peak, downloaded) in results.items():
        print(
            f"-j {jobs}: {elapsed:6.2f} s, {downloaded} downloaded, "
            f"peak RSS {peak:6.1f} MiB   (goal < 100 MiB)"
        )
    many, one = results[JOBS[-1]][0], results[JOBS[0]][0]
    print(f"ratio -j {JOBS[-1]} / -j {JOBS[0]}            {many / one:6.3f}   (goal <= 0.35)")
    print(f"fixed cost (nothing to fetch) {fixed:6.2f} s")
    net = (many - fixed) / (one - fixed)
    print(f"ratio without the fixed cost  {net:6.3f}")


if __name__ == "__main__":
    run()
