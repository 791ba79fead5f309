"""Start-up time of the `civitai` command against importing httpx, measured in the same run.

`civitai --version` and `civitai --help` should import only what they need (the command
modules, httpx, downloads and hashing are loaded on first use). Goal: the median wall time of
each is at most 2× that of `python -c "import httpx"` (a program that only imports the HTTP
library the client is built on). Each command runs `BENCH_STARTUP_RUNS` times (default 15),
interleaved with the baseline so the machine's noise falls on all three alike.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

RUNS = int(os.environ.get("BENCH_STARTUP_RUNS", "15"))
GOAL = 2.0


def _civitai() -> list[str]:
    script = Path(sys.executable).with_name("civitai")
    return [str(script)] if script.exists() else [sys.executable, "-m", "civitai_api"]


def _wall(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def run() -> None:
    """Print the medians and the ratios against `import httpx`."""
    commands = {
        "import httpx": [sys.executable, "-c", "import httpx"],
        "civitai --version": [*_civitai(), "--version"],
        "civitai --help": [*_civitai(), "--help"],
    }
    for command in commands.values():  # warm the file cache and bytecode
        _wall(command)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(RUNS):
        for name, command in commands.items():
            times[name].append(_wall(command))
    baseline = statistics.median(times["import httpx"])
    print(f"\n== start-up: median of {RUNS} runs ==")
    print(f"  {'import httpx':<20} {baseline * 1000:7.1f} ms  (baseline)")
    for name in ("civitai --version", "civitai --help"):
        median = statistics.median(times[name])
        ratio = median / baseline
        verdict = "ok" if ratio <= GOAL else f"over the {GOAL:.0f}x goal"
        print(f"  {name:<20} {median * 1000:7.1f} ms  {ratio:4.2f}x  {verdict}")


if __name__ == "__main__":
    run()
