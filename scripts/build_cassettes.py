"""Write the hand-made cassettes of `tests/cassettes/`, recorded by vcrpy itself.

Usage: ``.venv/bin/python scripts/build_cassettes.py [--check]``

Each exchange in `scripts/cassette_data/` names a generated endpoint function, its arguments
and the response Civitai gives. The script calls that function through the generated client
with an `httpx.MockTransport` serving the response, inside a vcrpy cassette in record mode:
the requests on disk are therefore exactly what the generated client sends, and the file is
exactly what vcrpy writes and reads. ``make record`` replaces the files with live recordings
of the same requests; run this script to return to the hand-made baseline. ``--check``
writes nothing and exits 1 if a file differs from what would be written.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import httpx
import vcr
from cassette_data import account, community, errors, models, versions
from cassette_data.exchange import Exchange

from civitai_api_generated.client import AuthenticatedClient, Client

CASSETTE_DIR = Path(__file__).resolve().parent.parent / "tests" / "cassettes"
# Sent as the API key while building; vcrpy must store it redacted.
PLACEHOLDER_KEY = "placeholder-key-never-stored"


def all_cassettes() -> dict[str, list[Exchange]]:
    """Every cassette by file stem; a name defined twice is an error."""
    merged: dict[str, list[Exchange]] = {}
    for module in (models, versions, community, account, errors):
        for name, exchanges in module.CASSETTES.items():
            if name in merged:
                raise ValueError(f"cassette {name!r} is defined twice")
            merged[name] = exchanges
    return merged


def send(exchange: Exchange) -> None:
    """Call the generated endpoint with a transport that answers ``exchange.response()``."""
    transport = httpx.MockTransport(lambda _request: exchange.response())
    options = {"base_url": exchange.host, "httpx_args": {"transport": transport}}
    client = (
        AuthenticatedClient(token=PLACEHOLDER_KEY, **options)
        if exchange.authorized
        else Client(**options)
    )
    with client:
        response = exchange.operation.sync_detailed(client=client, **exchange.arguments)
    # A body the generated models cannot parse is a mistake in cassette_data, not a cassette.
    if response.parsed is None and response.status_code != 307:
        raise ValueError(f"{exchange.operation.__name__}: the generated client parsed nothing")


def record(path: Path, exchanges: list[Exchange]) -> str:
    """Record ``exchanges`` into a fresh cassette at ``path`` and return its text."""
    path.unlink(missing_ok=True)
    with vcr.use_cassette(
        str(path), record_mode="all", filter_headers=[("authorization", "REDACTED")]
    ):
        for exchange in exchanges:
            send(exchange)
    text = path.read_text(encoding="utf-8")
    if PLACEHOLDER_KEY in text:
        raise RuntimeError(f"{path.name}: the API key was not redacted")
    return text


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare only, write nothing")
    args = parser.parse_args()
    stale = []
    with tempfile.TemporaryDirectory() as scratch:
        for name, exchanges in sorted(all_cassettes().items()):
            target = CASSETTE_DIR / f"{name}.yaml"
            if not args.check:
                record(target, exchanges)
                print(f"wrote tests/cassettes/{target.name}")
                continue
            fresh = record(Path(scratch) / target.name, exchanges)
            if not target.exists() or target.read_text(encoding="utf-8") != fresh:
                stale.append(target.name)
    if stale:
        print("out of date: " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
