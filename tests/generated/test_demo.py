"""`make demo` runs offline on the cassettes and prints what it promises."""

from __future__ import annotations

import runpy
from pathlib import Path

import pytest

from .calls import RECORDING

DEMO = Path(__file__).resolve().parents[2] / "scripts" / "demo.py"


@pytest.mark.skipif(RECORDING, reason="the demo's facts are those of the hand-made cassettes")
def test_demo_prints_list_model_and_hash_lookup(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as finished:
        runpy.run_path(str(DEMO), run_name="__main__")
    assert finished.value.code == 0
    out = capsys.readouterr().out
    # the list: id, name, type, creator, first version's base model, aligned
    assert "11821    VSK-94 | Girls' Frontline  LORA  LeonDoesntDraw  SD 1.5" in out
    assert "1600240  Frontline Tactical Style   LORA  frontline_fan   Illustrious" in out
    # one model: versions and files with sizes and hashes
    assert "v2.0  (version 127062, SD 1.5, 2023-07-27)" in out
    assert "VSK.safetensors  72.2 MiB  yes      260F2989F1  260F2989F160C67B" in out
    # the hash lookup
    assert "urn:air:sd1:lora:civitai:11821@127062" in out
