"""What the command-line tests share besides fixtures: a finished run, running a command in a
subprocess (to its end, or in the background), and a helper that adds models to the fake
Civitai."""

from __future__ import annotations

import dataclasses
import json
import signal
import subprocess
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from support.fake_civitai import FakeCivitai, ServedFile

__all__ = [
    "SUBPROCESS_TIMEOUT",
    "Ran",
    "add_model",
    "interrupt_when",
    "run_command",
    "start_command",
]

SUBPROCESS_TIMEOUT = 60


@dataclasses.dataclass(frozen=True)
class Ran:
    """One finished run of the CLI."""

    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)

    def json_lines(self) -> list[Any]:
        return [json.loads(line) for line in self.out.splitlines()]

    def table(self) -> list[dict[str, str]]:
        """stdout's tab-separated table (what a pipe gets) as rows keyed by header."""
        lines = self.out.splitlines()
        header = lines[0].split("\t")
        return [dict(zip(header, line.split("\t"), strict=True)) for line in lines[1:]]


def run_command(
    argv: Sequence[str],
    *,
    cwd: Path,
    env: Mapping[str, str],
    stdin: str | None = None,
    timeout: float = SUBPROCESS_TIMEOUT,
) -> Ran:
    """Run a command (`civitai ...`, as the test starts it) to its end, its output as text."""
    result = subprocess.run(
        list(argv),
        capture_output=True,
        text=True,
        cwd=cwd,
        env=dict(env),
        input=stdin,
        timeout=timeout,
        check=False,
    )
    return Ran(result.returncode, result.stdout, result.stderr)


def start_command(
    argv: Sequence[str], *, cwd: Path, env: Mapping[str, str]
) -> subprocess.Popen[str]:
    """Start a command in the background (to interrupt it), its output piped as text."""
    return subprocess.Popen(
        list(argv),
        cwd=cwd,
        env=dict(env),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def interrupt_when(
    argv: Sequence[str],
    ready: Callable[[], bool],
    *,
    cwd: Path,
    env: Mapping[str, str],
    poll: float = 0.05,
    settle: float = 0.0,
) -> Ran:
    """Start a command, wait until `ready()` (it must still be running, and within
    SUBPROCESS_TIMEOUT), let it run `settle` seconds more, then press Ctrl-C (SIGINT); the
    finished run."""
    process = start_command(argv, cwd=cwd, env=env)
    deadline = time.monotonic() + SUBPROCESS_TIMEOUT
    while not ready():
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline
        time.sleep(poll)
    time.sleep(settle)
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=SUBPROCESS_TIMEOUT)
    return Ran(process.returncode, out, err)


def add_model(
    fake: FakeCivitai,
    model_id: int,
    version_ids: Sequence[int],
    *,
    model_type: str = "LORA",
    username: str = "tester",
    size: int = 50_000,
) -> list[ServedFile]:
    """A model with versions (newest first), each with one primary safetensors file."""
    served = []
    for index, version_id in enumerate(version_ids):
        data = bytes((version_id + i) % 251 for i in range(size))
        item = ServedFile(
            version_id * 10, f"m{model_id}-v{version_id}.safetensors", data, primary=True
        )
        fake.add_version(
            version_id,
            [item],
            model_id=model_id,
            model_name=f"Model {model_id}",
            index=index,
            model_type=model_type,
            username=username,
        )
        served.append(item)
    return served
