"""Benchmark: parsing, the call path and the import, each as a ratio measured in the same run.

1. Parse of a real `/models` page (10 models, 721 images, 787 KB, from the Civitai corpus):
   bytes -> models, as the generated client does it (`decode_json` then `from_dict`), against
   a pydantic v2 model of the same fields (`model_validate_json`, goal <= 1.0) and against
   `orjson.loads` alone (goal <= 3.0); with orjson (the `fast` extra) and without it.
2. A small request (`get_model_by_id`, a 1.7 KB body) through civitai_api against the same
   request made with raw httpx (`client.get(url).json()`), one loopback server, goal <= 1.1.
3. `python -c "import civitai_api"` against `python -c "import httpx"`, fresh interpreters,
   goal <= 1.5; `import civitai_api.v1` (the endpoint functions) is shown for reference.

Every measurement alternates the contenders in short rounds and reports the median of the
per-round ratios. `BENCH_RUNS` scales the rounds (default 5: 20 rounds for the parse and the
import, 50 for the call), `BENCH_PROFILE=1` also prints where the time of the parse and of the
call goes (cProfile, the top functions).
"""

# No `from __future__ import annotations`: the pydantic baseline's models are defined inside a
# function, and pydantic reads their annotations as the objects they name.
import cProfile
import datetime
import json
import os
import pstats
import socket
import statistics
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RUNS = int(os.environ.get("BENCH_RUNS", "5"))
PROFILE = os.environ.get("BENCH_PROFILE") == "1"
PAGE = Path("live") / "models" / "default-limit10-cursor-2025-08.json"


def corpus_page() -> Path | None:
    configured = os.environ.get("CIVITAI_CORPUS")
    corpus = Path(configured) if configured else ROOT.parent / "shared" / "civitai-corpus"
    return corpus / PAGE if (corpus / PAGE).is_file() else None


def paired(
    contenders: dict[str, Callable[[], object]], rounds: int, repeat: int
) -> dict[str, list[float]]:
    """Seconds per call of each contender, one list entry per round.

    Each round runs every contender `repeat` times, one after the other: many short rounds
    keep a busy neighbour on this 2-CPU machine from weighing on one contender only.
    """
    for run in contenders.values():  # warm caches and lazy imports
        run()
    times: dict[str, list[float]] = {name: [] for name in contenders}
    for _ in range(rounds):
        for name, run in contenders.items():
            started = time.perf_counter()
            for _ in range(repeat):
                run()
            times[name].append((time.perf_counter() - started) / repeat)
    return times


def ratio(times: dict[str, list[float]], ours: str, baseline: str) -> float:
    return statistics.median(o / b for o, b in zip(times[ours], times[baseline], strict=True))


def show_profile(title: str, run: Callable[[], object], repeat: int) -> None:
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(repeat):
        run()
    profiler.disable()
    print(f"-- profile: {title} ({repeat} calls; tottime, cumulative)")
    pstats.Stats(profiler, stream=sys.stdout).sort_stats("tottime").print_stats(12)


# ------------------------------------------------------------------------------ 1. parse


def pydantic_page_model() -> Any:
    """A pydantic v2 model of the same fields as the spec's `ModelsResponse`, or None."""
    try:
        from pydantic import BaseModel, ConfigDict
    except ImportError:
        return None
    optional_int = int | None
    optional_str = str | None

    class Loose(BaseModel):  # unknown keys are kept, as the generated models keep them
        model_config = ConfigDict(extra="allow")

    class CursorMetadata(Loose):
        nextCursor: optional_str = None
        nextPage: optional_str = None
        currentPage: optional_int = None
        pageSize: optional_int = None

    class Stats(Loose):
        downloadCount: optional_int
        thumbsUpCount: optional_int = None
        thumbsDownCount: optional_int = None
        commentCount: optional_int = None
        tippedAmountCount: optional_int = None
        favoriteCount: optional_int = None
        ratingCount: optional_int = None
        rating: float | None = None

    class Creator(Loose):
        username: optional_str
        image: optional_str

    class PaidAccess(Loose):
        permanent: bool
        endsAt: datetime.datetime | None = None

    class FileMetadata(Loose):
        format: optional_str = None
        size: optional_str = None
        fp: optional_str = None
        quantType: optional_str = None
        isRequired: bool | None = None

    class Hashes(Loose):
        AutoV1: optional_str = None
        AutoV2: optional_str = None
        AutoV3: optional_str = None
        SHA256: optional_str = None
        CRC32: optional_str = None
        BLAKE3: optional_str = None

    class File(Loose):
        id: int
        sizeKB: float
        name: str
        overrideName: optional_str = None
        type: str
        metadata: FileMetadata | None = None
        pickleScanResult: optional_str = None
        pickleScanMessage: optional_str = None
        virusScanResult: optional_str = None
        virusScanMessage: optional_str = None
        scannedAt: datetime.datetime | None = None
        hashes: Hashes
        downloadUrl: str
        primary: bool | None = None

    class Image(Loose):
        id: optional_int = None
        url: str
        nsfwLevel: int | str | None = None
        nsfw: str | bool | None = None
        width: int
        height: int
        hash: str
        type: optional_str = None
        minor: bool | None = None
        poi: bool | None = None
        hasMeta: bool | None = None
        hasPositivePrompt: bool | None = None
        onSite: bool | None = None
        remixOfId: optional_int = None
        meta: dict[str, Any] | None = None

    class Version(Loose):
        id: int
        modelId: optional_int = None
        index: optional_int = None
        name: str
        baseModel: str
        baseModelType: optional_str = None
        createdAt: datetime.datetime | None = None
        updatedAt: datetime.datetime | None = None
        publishedAt: datetime.datetime | None = None
        status: optional_str = None
        flags: optional_int = None
        availability: optional_str = None
        nsfwLevel: optional_int = None
        description: optional_str = None
        trainedWords: list[str] | None = None
        vaeId: optional_int = None
        earlyAccessDeadline: datetime.datetime | None = None
        earlyAccessTimeFrame: optional_int = None
        paidAccess: PaidAccess | None = None
        stats: Stats
        supportsGeneration: bool | None = None
        covered: bool | None = None
        files: list[File] | None = None
        images: list[Image] | None = None
        downloadUrl: optional_str = None

    class Model(Loose):
        id: int
        name: str
        description: optional_str
        type: str
        allowNoCredit: bool
        allowCommercialUse: list[str] | str
        allowDerivatives: bool
        allowDifferentLicense: bool
        minor: bool | None = None
        sfwOnly: bool | None = None
        poi: bool
        nsfw: bool
        nsfwLevel: optional_int = None
        availability: optional_str = None
        mode: optional_str = None
        userId: optional_int = None
        baseModels: list[str] | None = None
        cosmetic: dict[str, Any] | None = None
        supportsGeneration: bool | None = None
        stats: Stats
        creator: Creator | None = None
        tags: list[str]
        modelVersions: list[Version]

    class ModelsResponse(Loose):
        items: list[Model]
        metadata: CursorMetadata

    return ModelsResponse


def bench_parse() -> None:
    import civitai_api_generated.types as generated_types
    from civitai_api_generated.models.models_response import ModelsResponse
    from civitai_api_generated.types import decode_json

    page = corpus_page()
    print(f"\n== parse of a real /models page, bytes -> models (median of {4 * RUNS} rounds)")
    if page is None:
        print("skipped: the Civitai corpus is absent (set CIVITAI_CORPUS)")
        return
    body = page.read_bytes()
    baseline = pydantic_page_model()
    fast_loads = generated_types._FAST_LOADS

    def ours() -> object:
        return ModelsResponse.from_dict(decode_json(body))

    contenders: dict[str, Callable[[], object]] = {"ours": ours}
    if baseline is None:
        print("pydantic baseline skipped: pydantic is not installed (it is in the dev extra)")
    else:
        contenders["pydantic"] = lambda: baseline.model_validate_json(body)
    if fast_loads is not None:
        contenders["orjson.loads"] = lambda: fast_loads(body)
    items = json.loads(body)["items"]
    versions = [version for item in items for version in item["modelVersions"]]
    images = sum(len(version.get("images", [])) for version in versions)
    print(
        f"{len(body) / 1000:.0f} KB: {len(items)} models, {len(versions)} versions, {images} images"
    )
    for decoder in ("orjson", "json"):
        if decoder == "orjson" and fast_loads is None:
            print("with orjson: skipped (install civitai-api[fast])")
            continue
        generated_types._FAST_LOADS = fast_loads if decoder == "orjson" else None
        try:
            times = paired(contenders, rounds=4 * RUNS, repeat=5)
        finally:
            generated_types._FAST_LOADS = fast_loads
        print(f"-- decoding with {decoder}")
        for name, spent in times.items():
            print(f"{name:<33}{statistics.median(spent) * 1e3:8.2f} ms")
        if "pydantic" in times:
            print(f"ratio ours / pydantic             {ratio(times, 'ours', 'pydantic'):8.2f}")
        if "orjson.loads" in times:
            print(f"ratio ours / orjson.loads alone   {ratio(times, 'ours', 'orjson.loads'):8.2f}")
    print("goals (with orjson): <= 1.00 against pydantic, <= 3.00 against orjson.loads")
    if PROFILE:
        show_profile("parse of the page", ours, 20)


# ------------------------------------------------------------------------------ 2. call path

# A small model as /models/{modelId} returns it: one version, one file, one image.
SMALL_MODEL = json.loads((Path(__file__).with_name("small_model.json")).read_text(encoding="utf-8"))

SERVER = textwrap.dedent(
    """
    import http.server, sys
    body = sys.stdin.buffer.read()

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as Civitai
        disable_nagle_algorithm = True  # headers and body leave without waiting for an ACK

        def log_message(self, *args):
            pass

        def do_GET(self):
            self.send_response(200)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = http.server.HTTPServer(("127.0.0.1", int(sys.argv[1])), Handler)
    print("ready", flush=True)
    server.serve_forever()
    """
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def bench_call() -> None:
    import civitai_api
    import httpx

    port = free_port()
    body = json.dumps(SMALL_MODEL).encode()
    server = subprocess.Popen(
        [sys.executable, "-c", SERVER, str(port)], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    assert server.stdin is not None
    assert server.stdout is not None
    server.stdin.write(body)
    server.stdin.close()
    server.stdout.readline()  # "ready"
    base = f"http://127.0.0.1:{port}"
    url = f"{base}/api/v1/models/4201"
    try:
        with httpx.Client(base_url=base) as client:
            assert civitai_api.get_model_by_id(client, 4201).to_dict() == SMALL_MODEL
            times = paired(
                {
                    "raw httpx: client.get(url).json()": lambda: client.get(url).json(),
                    "civitai_api.get_model_by_id": lambda: civitai_api.get_model_by_id(
                        client, 4201
                    ),
                },
                rounds=10 * RUNS,
                repeat=40,
            )
            print(f"\n== a small request on a loopback server (median of {10 * RUNS} rounds)")
            print(f"{len(body)} byte body")
            for name, spent in times.items():
                print(f"{name:<37}{statistics.median(spent) * 1e6:8.1f} us")
            ours, raw = "civitai_api.get_model_by_id", "raw httpx: client.get(url).json()"
            measured = ratio(times, ours, raw)
            print(f"ratio civitai_api / raw httpx        {measured:8.2f}   (goal <= 1.10)")
            if PROFILE:
                show_profile(
                    "get_model_by_id", lambda: civitai_api.get_model_by_id(client, 4201), 2000
                )
    finally:
        server.terminate()
        server.wait(timeout=10)


# ------------------------------------------------------------------------------ 3. import


def bench_import() -> None:
    statements = {
        "import httpx": "import httpx",
        "import civitai_api": "import civitai_api",
        "import civitai_api.v1": "import civitai_api.v1",
    }

    def fresh(statement: str) -> Callable[[], object]:
        return lambda: subprocess.run([sys.executable, "-c", statement], check=True)

    rounds = 4 * RUNS
    times: dict[str, list[float]] = {name: [] for name in statements}
    for _ in range(rounds):
        for name, statement in statements.items():
            started = time.perf_counter()
            fresh(statement)()
            times[name].append(time.perf_counter() - started)
    print(f"\n== import in a fresh interpreter (median of {rounds} runs)")
    for name, spent in times.items():
        print(f"python -c {name!r:<26}{statistics.median(spent) * 1e3:8.1f} ms")
    light = ratio(times, "import civitai_api", "import httpx")
    endpoints = ratio(times, "import civitai_api.v1", "import httpx")
    print(f"ratio civitai_api / httpx            {light:8.2f}   (goal <= 1.50)")
    print(f"ratio civitai_api.v1 / httpx         {endpoints:8.2f}")


def run() -> None:
    bench_parse()
    bench_call()
    bench_import()


if __name__ == "__main__":
    run()
