"""Help texts show their placeholders: markdown must not swallow `<id>` as a tag."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("command", "placeholder"),
    [
        (["models", "get"], "https://civitai.com/models/<id>"),
        (["library", "scan"], "<name>.civitai.info"),
    ],
)
def test_help_shows_placeholders(cli, command: list[str], placeholder: str) -> None:
    ran = cli(*command, "--help", env={"COLUMNS": "200"})
    assert ran.code == 0, ran.err
    assert placeholder in ran.out
    assert "models//" not in ran.out
