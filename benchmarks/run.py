"""Benchmarks for downloads and hashing, printed as ratios measured in the same run.

1. Download of a large file from a loopback server (a separate process serving with
   `sendfile`) by `civitai_api.download_model_version` with SHA256 verification, against
   `curl -o` of the same URL: throughput of both, their ratio (goal >= 0.9), and the peak
   memory of the Python download process (goal < 100 MB).
2. `hash_file` for SHA256 + AutoV2 + CRC32 (+ BLAKE3 when installed) against
   `hashlib.sha256` alone over the same warm file: the time ratio (goal <= 1.3).

Every other benchmark lives in its own `benchmarks/bench_<name>.py` module, whose `run()`
prints its section; `make bench` runs them all after these two.

Usage: `python benchmarks/run.py [SECTION...]` (`make bench` runs every section; name some,
e.g. `download hashing parse`, to run only those). `BENCH_SIZE_MB` sets the file size
(default 1024); `BENCH_RUNS` the runs per measurement (default 5, the median is reported).
Data lives in `.bench/` at the repository root.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = ROOT / ".bench"
SIZE_MB = int(os.environ.get("BENCH_SIZE_MB", "1024"))
RUNS = int(os.environ.get("BENCH_RUNS", "5"))
CHUNK = 8 * 1024 * 1024

SERVER = textwrap.dedent(
    """
    import http.server, json, os, re, sys
    path, sha, port = sys.argv[1], sys.argv[2], int(sys.argv[3])
    size = os.path.getsize(path)

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def do_GET(self):
            base = f"http://127.0.0.1:{port}"
            if self.path.startswith("/api/v1/model-versions/1"):
                body = json.dumps({
                    "id": 1, "modelId": 1, "name": "v1", "status": "Published",
                    "createdAt": "2025-01-01T00:00:00Z", "updatedAt": "2025-01-01T00:00:00Z",
                    "publishedAt": "2025-01-01T00:00:00Z", "trainedWords": [],
                    "baseModel": "SDXL 1.0", "baseModelType": "Standard",
                    "trainingStatus": None, "trainingDetails": None,
                    "description": None, "uploadType": "Created",
                    "usageControl": "Download", "air": "urn:air:sdxl:checkpoint:civitai:1@1",
                    "stats": {"downloadCount": 1, "thumbsUpCount": 1}, "images": [],
                    "model": {"name": "bench", "type": "Checkpoint", "nsfw": False, "poi": False},
                    "files": [{"id": 1, "sizeKB": size / 1024, "name": "bench.safetensors",
                               "type": "Model", "primary": True, "hashes": {"SHA256": sha},
                               "metadata": {"format": "SafeTensor", "size": None, "fp": None},
                               "downloadUrl": base + "/api/download/models/1"}],
                }).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                return
            if self.path.startswith("/api/download/models/1"):
                self.send_response(307)
                self.send_header("Location", base + "/files/bench.safetensors?sig=x")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            start, end, status = 0, size - 1, 200
            match = re.fullmatch(r"bytes=(\\d+)-(\\d*)", self.headers.get("range", ""))
            if match:
                start = int(match.group(1))
                end = min(int(match.group(2)), size - 1) if match.group(2) else size - 1
                status = 206
            self.send_response(status)
            self.send_header("Content-Type", "application/octet-stream")
            self.send_header("Content-Length", str(end - start + 1))
            self.send_header("Accept-Ranges", "bytes")
            self.send_header("Content-Disposition", 'attachment; filename="bench.safetensors"')
            if status == 206:
                self.send_header("Content-Range", f"bytes {start}-{end}/{size}")
            self.end_headers()
            with open(path, "rb") as handle:
                self.wfile.flush()
                os.sendfile(self.connection.fileno(), handle.fileno(), start, end - start + 1)

    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), Handler)
    server.daemon_threads = True
    print("ready", flush=True)
    server.serve_forever()
    """
)

DOWNLOADER = textwrap.dedent(
    """
    import json, resource, sys, time
    import httpx
    import civitai_api
    url, dest, connections = sys.argv[1], sys.argv[2], int(sys.argv[3])
    with httpx.Client(base_url=url, timeout=60) as client:
        started = time.perf_counter()
        result = civitai_api.download_model_version(client, 1, dest, connections=connections)
        elapsed = time.perf_counter() - started
    rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"seconds": elapsed, "rss_mb": rss_kb / 1024, "verified": result.verified,
                      "size": result.size}))
    """
)


def make_data(path: Path, size: int) -> str:
    """Create (or reuse) a file of random data; return its SHA256."""
    sidecar = path.with_suffix(".sha256")
    if path.exists() and path.stat().st_size == size and sidecar.exists():
        return sidecar.read_text().strip()
    print(f"generating {size // 2**20} MiB of test data in {path} ...", flush=True)
    digest = hashlib.sha256()
    block = os.urandom(CHUNK)
    with open(path, "wb") as handle:
        written = 0
        while written < size:
            # fresh random bytes per 8 MiB would cost seconds; varying one word per block keeps
            # every block distinct for the hashers and incompressible for the disk
            piece = written.to_bytes(8, "little") + block[8 : min(CHUNK, size - written)]
            handle.write(piece)
            digest.update(piece)
            written += len(piece)
    sha = digest.hexdigest().upper()
    sidecar.write_text(sha)
    return sha


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def median_time(run: object, runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        run()  # type: ignore[operator]
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def bench_download(data: Path, sha: str) -> None:
    size = data.stat().st_size
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-c", SERVER, str(data), sha, str(port)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        server.stdout.readline()  # "ready"
        url = f"http://127.0.0.1:{port}"
        env = {**os.environ, "CIVITAI_HASH_CACHE": "off"}
        curl = shutil.which("curl")
        curl_times: list[float] = []
        ours: dict[int, list[dict[str, float]]] = {1: [], 4: []}
        with tempfile.TemporaryDirectory(dir=BENCH_DIR) as scratch:
            out = Path(scratch) / "curl.out"
            for _ in range(RUNS):
                if curl:
                    os.sync()  # start each run with no dirty pages left by the previous one
                    started = time.perf_counter()
                    subprocess.run(
                        [curl, "-s", "-f", "-o", str(out), f"{url}/files/bench.safetensors"],
                        check=True,
                    )
                    curl_times.append(time.perf_counter() - started)
                    out.unlink()
                for connections in ours:
                    dest = Path(scratch) / f"ours-{connections}"
                    os.sync()
                    done = subprocess.run(
                        [sys.executable, "-c", DOWNLOADER, url, str(dest), str(connections)],
                        capture_output=True,
                        text=True,
                        env=env,
                    )
                    if done.returncode:
                        raise SystemExit(f"the download failed:\n{done.stderr}")
                    report = json.loads(done.stdout)
                    assert report["verified"]
                    assert report["size"] == size
                    ours[connections].append(report)
                    shutil.rmtree(dest)
    finally:
        server.terminate()
        server.wait(timeout=10)
    mb = size / 1e6

    def speeds(seconds: list[float]) -> tuple[float, str]:
        """The median throughput and the spread (slowest-fastest run): the loopback numbers
        swing with the page cache and whatever else the machine runs."""
        rates = sorted(mb / s for s in seconds)
        return statistics.median(rates), f"({rates[0]:.0f}-{rates[-1]:.0f})"

    print(f"\n== download of {size / 2**20:.0f} MiB from a loopback server (median of {RUNS})")
    ours_speed, ours_spread = speeds([r["seconds"] for r in ours[1]])
    if curl_times:
        curl_speed, curl_spread = speeds(curl_times)
        print(f"curl -o                          {curl_speed:8.1f} MB/s {curl_spread}")
    print(f"download_model_version (SHA256)  {ours_speed:8.1f} MB/s {ours_spread}")
    parallel_speed, parallel_spread = speeds([r["seconds"] for r in ours[4]])
    print(f"  ... connections=4              {parallel_speed:8.1f} MB/s {parallel_spread}")
    if curl_times:
        # Each round runs curl and then ours back to back: the ratio of a pair is measured
        # under the same machine conditions, and the median pair resists the noise.
        def paired(connections: int) -> float:
            pairs = [c / r["seconds"] for c, r in zip(curl_times, ours[connections], strict=True)]
            return statistics.median(pairs)

        print(f"ratio ours / curl (median pair)  {paired(1):8.2f}   (goal >= 0.90)")
        print(f"ratio ours(4) / curl             {paired(4):8.2f}")
    peak = max(r["rss_mb"] for r in ours[1])
    peak_parallel = max(r["rss_mb"] for r in ours[4])
    print(f"peak RSS of the download process {peak:8.1f} MB     (goal < 100 MB)")
    print(f"  ... connections=4              {peak_parallel:8.1f} MB")


def bench_hashing(data: Path) -> None:
    import civitai_api

    try:
        import blake3  # noqa: F401
    except ImportError:
        algorithms: tuple[str, ...] = ("SHA256", "AutoV2", "CRC32")
    else:
        algorithms = ("SHA256", "AutoV2", "CRC32", "BLAKE3")

    def sha256_only() -> None:
        digest = hashlib.sha256()
        buffer = bytearray(CHUNK)
        view = memoryview(buffer)
        with open(data, "rb", buffering=0) as handle:
            while count := handle.readinto(view):
                digest.update(view[:count])

    def ours() -> None:
        civitai_api.hash_file(data, algorithms, cache=False)

    sha256_only()  # warm the page cache
    baseline = median_time(sha256_only)
    measured = median_time(ours)
    size = data.stat().st_size / 1e6
    print(f"\n== hashing {data.stat().st_size / 2**20:.0f} MiB, warm page cache (median of {RUNS})")
    print(f"hashlib.sha256 alone             {size / baseline:8.1f} MB/s")
    print(f"hash_file {'+'.join(algorithms):<22} {size / measured:8.1f} MB/s")
    print(f"ratio hash_file / sha256         {measured / baseline:8.2f}   (goal <= 1.30)")


def extra_sections() -> dict[str, object]:
    """The other benchmarks: each `benchmarks/bench_<name>.py` module with a `run()`."""
    sections: dict[str, object] = {}
    for path in sorted(Path(__file__).resolve().parent.glob("bench_*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        sections[path.stem.removeprefix("bench_")] = module.run
    return sections


def main() -> None:
    """Run every section, or only those named on the command line (`run.py parse startup`)."""
    BENCH_DIR.mkdir(exist_ok=True)
    wanted = set(sys.argv[1:])
    python = sys.version.split()[0]
    print(f"civitai-api benchmarks: {os.cpu_count()} CPUs, Python {python}")
    if not wanted or wanted & {"download", "hashing"}:
        data = BENCH_DIR / f"data-{SIZE_MB}mb.bin"
        sha = make_data(data, SIZE_MB * 2**20)
        print(f"data file: {SIZE_MB} MiB")
        if not wanted or "download" in wanted:
            bench_download(data, sha)
        if not wanted or "hashing" in wanted:
            bench_hashing(data)
    for name, run in extra_sections().items():
        if not wanted or name in wanted:
            run()  # type: ignore[operator]


if __name__ == "__main__":
    main()
