"""Benchmarks for downloads and hashing, printed as ratios measured in the same run.

1. Download of a large file from a loopback server (a separate process; plain HTTP served
   with `sendfile`, HTTPS with a certificate of a test CA made at bench time by trustme),
   SHA256 verified while streaming, by `curl -o`, the `civitai download` command and the
   sync, asyncio and trio APIs, in the same rounds: throughput, its ratio to curl's (goals:
   >= 0.9 over HTTP, >= 0.8 over HTTPS), CPU time per GiB and its ratio to curl's (goal over
   HTTPS: <= 1.5) and peak RSS (goal: <= 57 MiB). The command and the APIs are timed inside
   their process, after a 1 KiB download in the same process (the command through
   `civitai_api.cli.main`, the function the `civitai` script calls, with the same arguments):
   the time from the call to its return, metadata request and verification included,
   interpreter start-up and imports left out. (Subtracting a start-up measured in another
   process, as before, added that process's noise: 1.5-2.8 s on a loaded machine, against
   about 3 s for the transfer itself.) The command's start-up is printed apart; curl, timed
   from outside, pays its few milliseconds of start-up. Peak RSS is the `civitai` script's
   own, run as users run it. Each round runs every tool once, in an order that turns by one
   tool per round. Then
   `connections=1, 4, 8` against a host sending each connection at 32 MiB/s (goal: 4
   connections >= 3x one).
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

import dataclasses
import hashlib
import importlib.util
import json
import os
import resource
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
# The throttled download: this much of the data file, at this rate per connection.
THROTTLED_MB = 128
THROTTLED_RATE = 32 * 2**20

SERVER = textwrap.dedent(
    """
    import http.server, json, os, re, ssl, sys, threading, time
    path, sha, cert_dir = sys.argv[1], sys.argv[2], sys.argv[3]
    slow_sha, slow_size, rate = sys.argv[4], int(sys.argv[5]), int(sys.argv[6])
    size = os.path.getsize(path)
    TINY = b"x" * 1024  # version 2: a tiny file, to measure a command's start-up
    # version 3: the first slow_size bytes, sent at `rate` bytes a second per connection

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def file_json(self, version, name, length, digest):
            base = self.server.base
            return {"id": version, "sizeKB": length / 1024, "name": name, "type": "Model",
                    "primary": True, "hashes": {"SHA256": digest},
                    "pickleScanResult": "Success", "virusScanResult": "Success",
                    "metadata": {"format": "SafeTensor", "size": None, "fp": None},
                    "downloadUrl": f"{base}/api/download/models/{version}"}

        def do_GET(self):
            base = self.server.base
            found = re.match(r"/api/v1/model-versions/(\\d+)", self.path)
            if found:
                version = int(found.group(1))
                if version == 2:
                    tiny_sha = __import__("hashlib").sha256(TINY).hexdigest().upper()
                    files = [self.file_json(2, "tiny.safetensors", len(TINY), tiny_sha)]
                elif version == 3:
                    files = [self.file_json(3, "slow.safetensors", slow_size, slow_sha)]
                else:
                    files = [self.file_json(1, "bench.safetensors", size, sha)]
                body = json.dumps({
                    "id": version, "modelId": 1, "name": "v1", "status": "Published",
                    "createdAt": "2025-01-01T00:00:00Z", "updatedAt": "2025-01-01T00:00:00Z",
                    "publishedAt": "2025-01-01T00:00:00Z", "trainedWords": [],
                    "baseModel": "SDXL 1.0", "baseModelType": "Standard",
                    "trainingStatus": None, "trainingDetails": None,
                    "description": None, "uploadType": "Created",
                    "usageControl": "Download",
                    "air": f"urn:air:sdxl:checkpoint:civitai:1@{version}",
                    "stats": {"downloadCount": 1, "thumbsUpCount": 1}, "images": [],
                    "model": {"name": "bench", "type": "Checkpoint", "nsfw": False, "poi": False},
                    "files": files,
                }).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                return
            found = re.match(r"/api/download/models/(\\d+)", self.path)
            if found:
                name = {"2": "tiny", "3": "slow"}.get(found.group(1), "bench")
                self.send_response(307)
                self.send_header("Location", f"{base}/files/{name}.safetensors?sig=x")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            tiny = self.path.startswith("/files/tiny")
            slow = self.path.startswith("/files/slow")
            length = len(TINY) if tiny else slow_size if slow else size
            start, end, status = 0, length - 1, 200
            match = re.fullmatch(r"bytes=(\\d+)-(\\d*)", self.headers.get("range", ""))
            if match:
                start = int(match.group(1))
                end = min(int(match.group(2)), length - 1) if match.group(2) else length - 1
                status = 206
            self.send_response(status)
            self.send_header("Content-Type", "application/octet-stream")
            self.send_header("Content-Length", str(end - start + 1))
            self.send_header("Accept-Ranges", "bytes")
            name = self.path[len("/files/") :].split("?")[0]
            self.send_header("Content-Disposition", f'attachment; filename="{name}"')
            if status == 206:
                self.send_header("Content-Range", f"bytes {start}-{end}/{length}")
            self.end_headers()
            self.wfile.flush()
            if tiny:
                self.wfile.write(TINY[start : end + 1])
                return
            with open(path, "rb") as handle:
                if slow:
                    handle.seek(start)
                    left, sent, began = end - start + 1, 0, time.monotonic()
                    try:
                        while left:
                            piece = handle.read(min(left, rate // 100))
                            self.connection.sendall(piece)
                            left, sent = left - len(piece), sent + len(piece)
                            time.sleep(max(0.0, began + sent / rate - time.monotonic()))
                    except OSError:  # the client moved the rest to several connections
                        self.close_connection = True
                    return
                if not self.server.tls:  # the kernel copies the file: no server CPU in the way
                    os.sendfile(self.connection.fileno(), handle.fileno(), start, end - start + 1)
                    return
                handle.seek(start)
                left = end - start + 1
                buffer = memoryview(bytearray(1024 * 1024))
                try:
                    while left:
                        count = handle.readinto(buffer[: min(left, len(buffer))])
                        self.connection.sendall(buffer[:count])
                        left -= count
                except OSError:  # the client moved the rest to several connections
                    self.close_connection = True

    def serve(tls):
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        server.daemon_threads = True
        server.tls = tls
        scheme = "https" if tls else "http"
        server.base = f"{scheme}://127.0.0.1:{server.server_address[1]}"
        if tls:
            context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            context.load_cert_chain(os.path.join(cert_dir, "server.pem"))
            server.socket = context.wrap_socket(server.socket, server_side=True)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        return server.base

    print(serve(False), serve(True), flush=True)
    threading.Event().wait()
    """
)

# One download through the Python API, timed inside the process (start-up left out).
DOWNLOADER = textwrap.dedent(
    """
    import json, sys, time
    import civitai_api
    url, dest, connections, mode = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
    version = int(sys.argv[5]) if len(sys.argv) > 5 else 1

    def sync(version):
        with civitai_api.build_client(base_url=url) as client:
            return civitai_api.download_model_version(
                client, version, dest, connections=connections
            )

    async def async_(version):
        async with civitai_api.build_async_client(base_url=url) as client:
            return await civitai_api.async_download_model_version(
                client, version, dest, connections=connections
            )

    def download(version):
        if mode == "sync":
            return sync(version)
        import anyio
        return anyio.run(async_, version, backend=mode)

    download(2)  # a 1 KiB file first: imports and first calls are not counted
    started, cpu = time.perf_counter(), time.process_time()
    result = download(version)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    print(json.dumps({"seconds": elapsed, "cpu": cpu, "verified": result.verified,
                      "size": result.size}))
    """
)


# The `civitai download` command run in-process through its entry point (`civitai_api.cli.main`,
# what the `civitai` script calls), timed inside: first the 1 KiB file (imports, first calls
# and the rich console set up, not counted), then the file itself, from the command's
# argument parsing to its exit code. Its argv is the command's, with `VERSION` standing for
# the version id. Start-up (a fresh interpreter and its imports) is left out, as for the APIs,
# and measured apart; the whole process is what `peak_rss` measures.
COMMAND = textwrap.dedent(
    """
    import json, sys, time
    from civitai_api.cli import main
    args = sys.argv[1:]

    def download(version):
        code = main([str(version) if arg == "VERSION" else arg for arg in args])
        if code:
            raise SystemExit(f"civitai download exited with {code}")

    download(2)
    started, cpu = time.perf_counter(), time.process_time()
    download(1)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    sys.stdout.flush()
    print(json.dumps({"seconds": elapsed, "cpu": cpu}))
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


@dataclasses.dataclass
class Measured:
    """One run of one tool: wall seconds, CPU seconds (user + system) and peak RSS."""

    seconds: float
    cpu: float
    rss_mb: float


def child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure(command: list[str], env: dict[str, str]) -> tuple[Measured, str]:
    """Run a command to its end; its wall time and CPU (what RUSAGE_CHILDREN gained), and
    its stdout (peak RSS is measured apart, see `peak_rss`)."""
    cpu = child_cpu()
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, env=env, check=False)
    elapsed = time.perf_counter() - started
    if done.returncode:
        raise SystemExit(f"{command[0]} failed:\n{done.stderr.decode(errors='replace')}")
    return Measured(elapsed, child_cpu() - cpu, 0.0), done.stdout.decode()


# Runs a command and prints its peak RSS in KiB. A child's `ru_maxrss` counts the memory of
# the process it was forked from (Linux keeps the high-water mark across exec), so the command
# is started from this small interpreter (`python -S`, about 8 MiB), not from the benchmark.
RSS_PROBE = "import os, sys; pid = os.posix_spawn(sys.argv[1], sys.argv[1:], os.environ); " + (
    "print(os.wait4(pid, 0)[2].ru_maxrss)"
)


def peak_rss(command: list[str], env: dict[str, str]) -> float:
    """The peak RSS of one run of `command`, in MiB (at least the probe's own 8 MiB)."""
    done = subprocess.run(
        [sys.executable, "-S", "-c", RSS_PROBE, *command],
        capture_output=True,
        env=env,
        check=True,
        text=True,
    )
    return int(done.stdout.split()[-1]) / 1024


def bench_download(data: Path, sha: str) -> None:
    """The file over plain HTTP and over HTTPS (a CA made now with trustme), in the same
    rounds: curl, the `civitai` command and the sync, asyncio and trio APIs, each verifying
    SHA256 while it streams."""
    import trustme

    size = data.stat().st_size
    with tempfile.TemporaryDirectory(dir=BENCH_DIR) as scratch:
        certs = Path(scratch)
        authority = trustme.CA()
        authority.cert_pem.write_to_path(str(certs / "ca.pem"))
        authority.issue_cert("127.0.0.1").private_key_and_cert_chain_pem.write_to_path(
            str(certs / "server.pem")
        )
        slow_size = min(size, THROTTLED_MB * 2**20)
        with open(data, "rb") as handle:
            slow_sha = hashlib.sha256(handle.read(slow_size)).hexdigest().upper()
        server = subprocess.Popen(
            [
                *(sys.executable, "-c", SERVER, str(data), sha, str(certs)),
                *(slow_sha, str(slow_size), str(THROTTLED_RATE)),
            ],
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            assert server.stdout is not None
            http_url, https_url = server.stdout.readline().split()
            env = {
                **os.environ,
                "CIVITAI_HASH_CACHE": "off",
                "SSL_CERT_FILE": str(certs / "ca.pem"),
            }
            for key in ("CIVITAI_API_KEY", "CIVITAI_TOKEN", "CIVITAI_API_TOKEN"):
                env.pop(key, None)
            for label, url in (("HTTP", http_url), ("HTTPS", https_url)):
                _bench_protocol(label, url, size, certs, env)
            _bench_throttled(http_url, slow_size, env)
        finally:
            server.terminate()
            server.wait(timeout=10)


def _bench_protocol(label: str, url: str, size: int, certs: Path, env: dict[str, str]) -> None:
    curl = shutil.which("curl")
    command_line = str(Path(sys.executable).parent / "civitai")
    runs: dict[str, list[Measured]] = {}
    rss: dict[str, float] = {}
    scratch = Path(tempfile.mkdtemp(dir=BENCH_DIR))

    def commands(dest: Path, timed: bool = True) -> dict[str, list[str]]:
        """Each tool's command line; with `timed`, the command in-process timing itself (for
        throughput and CPU), else the `civitai` script as users run it (for peak RSS)."""
        api = [sys.executable, "-c", DOWNLOADER, url, str(dest)]
        cli = [sys.executable, "-c", COMMAND] if timed else [command_line]
        version = "VERSION" if timed else "1"
        found = {
            "civitai download": [*cli, "download", version, "--host", url, "-q"],
            "sync API": [*api, "1", "sync"],
            "asyncio API": [*api, "1", "asyncio"],
            "trio API": [*api, "1", "trio"],
            "sync API, 4 connections": [*api, "4", "sync"],
        }
        found["civitai download"] += ["--out-dir", str(dest)]
        if curl:
            found = {
                "curl -o": [
                    curl,
                    "-s",
                    "-f",
                    "--cacert",
                    str(certs / "ca.pem"),
                    "-o",
                    str(dest / "curl.out"),
                    f"{url}/files/bench.safetensors",
                ],
                **found,
            }
        return found

    start_up: list[Measured] = []
    try:
        for round_ in range(RUNS):
            dest = scratch / "round"
            # The order turns by one tool each round: a run's cost depends on where it runs
            # (measured: the same writer thread took 0.4-0.5 s of CPU per GiB in one place
            # of the round and 0.7-0.85 s in another), so no tool keeps the same place.
            tools = list(commands(dest).items())
            turn = round_ % len(tools)
            for name, command in tools[turn:] + tools[:turn]:
                dest.mkdir()
                os.sync()  # start each run with no dirty pages left by the previous one
                measured, out = measure(command, env)
                if name != "curl -o":
                    report = json.loads(out.splitlines()[-1])
                    assert report.get("verified", True)
                    assert report.get("size", size) == size
                    assert (dest / "bench.safetensors").stat().st_size == size
                    measured = Measured(report["seconds"], report["cpu"], 0.0)
                runs.setdefault(name, []).append(measured)
                shutil.rmtree(dest)
            # the command's start-up, for the record: one 1 KiB download by the `civitai` script
            dest.mkdir()
            tiny = [command_line, "download", "2", "--host", url, "-q", "--out-dir", str(dest)]
            start_up.append(measure(tiny, env)[0])
            shutil.rmtree(dest)
        for name, command in commands(scratch / "rss", timed=False).items():
            (scratch / "rss").mkdir()
            rss[name] = peak_rss(command, env)
            shutil.rmtree(scratch / "rss")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    overhead = Measured(
        statistics.median(m.seconds for m in start_up),
        statistics.median(m.cpu for m in start_up),
        0.0,
    )
    gib = size / 2**30
    mb = size / 1e6
    print(
        f"\n== {label} download of {size / 2**20:.0f} MiB from a loopback server, SHA256 "
        f"verified (median of {RUNS}; timed inside each process, start-up left out: the "
        f"command's, a 1 KiB download, takes {overhead.seconds:.2f} s and {overhead.cpu:.2f} s CPU)"
    )
    print(
        f"{'':26} {'MB/s':>7} {'(spread)':>11} {'x curl':>7} {'CPU s/GiB':>10} "
        f"{'x curl':>7} {'peak RSS':>9}"
    )
    base = runs.get("curl -o")
    for name, measured in runs.items():
        rates = sorted(mb / m.seconds for m in measured)
        cpu = statistics.median(m.cpu for m in measured) / gib
        line = (
            f"{name:26} {statistics.median(rates):7.1f} {f'({rates[0]:.0f}-{rates[-1]:.0f})':>11}"
        )
        if base is not None:
            # each round runs curl and then ours back to back: the ratio of a pair is measured
            # under the same machine conditions, and the median pair resists the noise
            speed = statistics.median(
                c.seconds / m.seconds for c, m in zip(base, measured, strict=True)
            )
            cost = statistics.median(m.cpu / c.cpu for c, m in zip(base, measured, strict=True))
            line += f" {speed:7.2f} {cpu:10.2f} {cost:7.2f}"
        else:
            line += f" {'-':>7} {cpu:10.2f} {'-':>7}"
        print(f"{line} {rss[name]:6.1f} MiB")
    print(
        "goals: x curl >= 0.80 over HTTPS, >= 0.90 over HTTP; CPU x curl <= 1.5 over HTTPS; "
        "peak RSS <= 57 MiB"
    )


def _bench_throttled(url: str, size: int, env: dict[str, str]) -> None:
    """`connections=N` against a host that sends each connection at `THROTTLED_RATE`."""
    scratch = Path(tempfile.mkdtemp(dir=BENCH_DIR))
    runs: dict[int, list[float]] = {1: [], 4: [], 8: []}
    try:
        for _ in range(min(RUNS, 3)):
            for connections, seconds in runs.items():
                dest = scratch / "round"
                dest.mkdir()
                api = [sys.executable, "-c", DOWNLOADER, url, str(dest), str(connections)]
                _measured, out = measure([*api, "sync", "3"], env)
                report = json.loads(out)
                assert report["verified"]
                seconds.append(report["seconds"])
                shutil.rmtree(dest)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    rate = THROTTLED_RATE / 2**20
    print(
        f"\n== {size / 2**20:.0f} MiB from a host limiting each connection to {rate:.0f} MiB/s "
        f"(sync API, median of {min(RUNS, 3)})"
    )
    single = statistics.median(runs[1])
    for connections, seconds in runs.items():
        median = statistics.median(seconds)
        print(
            f"connections={connections:<2}  {size / 1e6 / median:8.1f} MB/s "
            f"{single / median:6.2f} x one connection"
        )
    print("goal: >= 3.00 x one connection with 4")


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
