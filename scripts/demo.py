"""An offline tour of the `civitai` command: search, show, download, hash, identify, and a
library scan.

Usage: ``make demo`` (or ``.venv/bin/python scripts/demo.py``).

Nothing leaves the machine and no API key is needed: a local server (`demo_server.py`)
answers with the responses recorded in `tests/cassettes/` and serves a generated model file
in place of the real one. Each step runs the installed `civitai` command against it, exactly
as a user would against civitai.com (only `CIVITAI_HOST` differs), in a scratch folder that is
deleted at the end.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

from demo_server import serving

STEPS = (
    (
        "Search models",
        ["models", "search", "--tag", "girls_frontline", "--type", "LORA", "--type", "Poses",
         "--sort", "Highest Rated", "--limit", "2"],
    ),
    ("Show one model", ["models", "get", "11821"]),
    (
        "Download its latest file into an AUTOMATIC1111 folder layout (verified by SHA256)",
        ["download", "127062", "--layout", "a1111", "--root", "webui"],
    ),
    ("Hash the file (every hash type Civitai lists)",
     ["hash", "webui/models/Lora/VSK.safetensors"]),
    ("Identify the files of a folder, and check for updates", ["identify", "webui", "--updates"]),
    ("Scan the folder into the library: identify, check for updates, write sidecars",
     ["library", "scan", "webui"]),
    ("List the library (from its catalog: no request)", ["library", "ls"]),
)  # fmt: skip


def civitai_command() -> list[str]:
    """The installed `civitai` script next to this Python, else `python -m civitai_api`."""
    script = Path(sys.executable).with_name("civitai")
    return [str(script)] if script.exists() else [sys.executable, "-m", "civitai_api"]


def main() -> int:
    command = civitai_command()
    with tempfile.TemporaryDirectory(prefix="civitai-demo-") as scratch:
        folder = Path(scratch)
        env = {
            name: value
            for name, value in os.environ.items()
            if not name.startswith("CIVITAI_") and not name.startswith("XDG_")
        }
        env |= {
            "XDG_CONFIG_HOME": str(folder / "config"),
            "XDG_CACHE_HOME": str(folder / "cache"),
            "XDG_DATA_HOME": str(folder / "data"),
        }
        with serving(folder) as demo:
            env["CIVITAI_HOST"] = demo.url
            print(f"A local Civitai answers on {demo.url} (recorded responses, no key needed).")
            for number, (title, args) in enumerate(STEPS, start=1):
                print(f"\n== {number}. {title} ==\n\n$ civitai {shlex.join(args)}", flush=True)
                done = subprocess.run([*command, *args], cwd=folder, env=env, check=False)
                if done.returncode != 0:
                    print(f"(exit code {done.returncode})", file=sys.stderr)
                    return done.returncode
    return 0


if __name__ == "__main__":
    sys.exit(main())
