"""Every command against recorded answers (the demo's replay server): tables read real bodies,
`--json` gives them back as recorded."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
from demo_server import DemoCivitai, serving


@pytest.fixture(scope="module")
def replay(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DemoCivitai]:
    with serving(tmp_path_factory.mktemp("replay"), size=3 * 1024 * 1024) as demo:
        yield demo


@pytest.fixture
def on_replay(replay: DemoCivitai, monkeypatch: pytest.MonkeyPatch) -> DemoCivitai:
    monkeypatch.setenv("CIVITAI_HOST", replay.url)
    return replay


@pytest.mark.parametrize(
    ("args", "shown"),
    [
        (["images", "search", "--post-id", "9178972", "--with-meta", "--limit", "2"], "id\tuser"),
        (["creators", "search", "Elesico", "--limit", "2"], "Elesico\t"),
        (["creators", "search", "--page", "2", "--limit", "2"], "username\tmodels\tlink"),
        (["tags", "search", "girls_frontline", "--limit", "2"], "girls_frontline\t"),
        (["users", "search", "Elesico"], "\tElesico"),
        (["articles", "search", "--limit", "2"], "id\ttitle\tauthor\tpublished"),
        (["articles", "get", "16001"], "article    16001"),
        (["collections", "search", "--limit", "2"], "id\tname\towner\ttype\titems"),
        (["collections", "get", "10455"], "collection   10455"),
        (["enums"], "ModelType\t"),
        (["me"], "user"),
        (["vault", "get"], "used"),
        (["vault", "items", "--limit", "2", "--page", "1"], "version\tmodel\tmodel name"),
        (["vault", "check", "127062", "13966"], "127062\t"),
        (["vault", "toggle", "127062"], "success"),
        (["permissions", "127062", "13966"], "127062"),
        (["versions", "mini", "127062"], "AIR           urn:air:sd1:lora:civitai:11821@127062"),
        (["versions", "get", "127062"], "AIR            urn:air:sd1:lora:civitai:11821@127062"),
        (
            [
                "versions",
                "by-hash",
                "253BD9C3037584A20AD46C833E9BC90A1F8F7EA031FD81BF1E8392DBC9C45F3E",
            ],
            "127062\t11821\tVSK-94",
        ),
    ],
)
def test_every_command_reads_real_bodies(
    cli_here, on_replay: DemoCivitai, args: list[str], shown: str
) -> None:
    table = cli_here(*args, "--token", "replayed")
    assert table.code == 0, table.err
    assert shown in table.out
    as_json = cli_here(*args, "--token", "replayed", "--json")
    assert as_json.code == 0, as_json.err
    assert json.loads(as_json.out)  # one JSON document, nothing else on stdout


def test_a_recorded_400_and_page_cap(cli_here, on_replay: DemoCivitai) -> None:
    assert cli_here("models", "search", "--limit", "500").code == 2  # refused before sending
