"""The library's small rules, as tables: base model → `sd version`, image bytes → extension,
argument parsing, A1111 cache titles, HTML descriptions, preview choice."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest
from civitai_api.library import A1111Cache, Sidecar
from civitai_api.library._options import is_offline, seconds, sidecar_kinds
from civitai_api.library._preview import choose_image, image_extension
from civitai_api.library._sidecars import plain_text, sd_version
from support.fake_civitai import IMAGE_MAGIC

from civitai_api_generated.models.version_image import VersionImage


@pytest.mark.parametrize(
    ("base_model", "expected"),
    [
        ("SD 1.5", "SD1"),
        ("SD 1.4", "SD1"),
        ("SD 1.5 LCM", "SD1"),
        ("SD 2.1 768", "SD2"),
        ("SDXL 1.0", "SDXL"),
        ("SDXL Lightning", "SDXL"),
        ("Pony", "SDXL"),
        ("Illustrious", "SDXL"),
        ("NoobAI", "SDXL"),
        ("SD 3.5 Large", "SD3"),
        ("Pony V7", "Unknown"),
        ("Flux.1 D", "Unknown"),
        (None, "Unknown"),
    ],
)
def test_sd_version(base_model: str | None, expected: str) -> None:
    assert sd_version(base_model) == expected


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (IMAGE_MAGIC["png"] + b"rest", "png"),
        (IMAGE_MAGIC["jpeg"] + b"rest", "jpg"),
        (IMAGE_MAGIC["webp"] + b"rest", "webp"),
        (IMAGE_MAGIC["mp4"] + b"rest", None),
        (b"<html>error</html>", None),
        (b"", None),
    ],
)
def test_image_extension_follows_the_bytes(data: bytes, expected: str | None) -> None:
    assert image_extension(data) == expected


def test_preview_choice_resizes_and_skips_videos_and_nsfw() -> None:
    def image(url: str, level: int | str, kind: str = "image") -> VersionImage:
        return VersionImage(
            url=url, nsfw_level=level, width=1024, height=1024, hash_="x", type_=kind
        )

    version = type("Version", (), {})()
    version.images = [
        image("https://cdn/x/original=true/a.mp4", 1, "video"),
        image("https://cdn/x/width=1024/b.jpeg", "Mature"),
        image("https://cdn/x/original=true/c.jpeg", "Soft"),
    ]
    assert choose_image(version, 2) == "https://cdn/x/width=450/c.jpeg"
    assert choose_image(version, 4) == "https://cdn/x/width=450/b.jpeg"
    assert choose_image(version, 1) is None


def test_arguments() -> None:
    assert sidecar_kinds("civitai-info, A1111") == {Sidecar.CIVITAI_INFO, Sidecar.A1111}
    assert sidecar_kinds([Sidecar.PREVIEW, "cm-info"]) == {Sidecar.PREVIEW, Sidecar.CM_INFO}
    assert sidecar_kinds([]) == frozenset()
    with pytest.raises(ValueError, match="unknown sidecar 'swarm'; expected one of civitai-info"):
        sidecar_kinds("swarm")
    assert seconds(datetime.timedelta(hours=2)) == 7200
    assert seconds(0) == 0
    with pytest.raises(ValueError, match="negative"):
        seconds(-1)


def test_offline_comes_from_the_argument_else_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert is_offline(None) is False
    monkeypatch.setenv("CIVITAI_OFFLINE", "1")
    assert is_offline(None) is True
    assert is_offline(False) is False
    monkeypatch.setenv("CIVITAI_OFFLINE", "no")
    assert is_offline(None) is False


def test_a1111_cache_titles_with_folders_and_extensions(tmp_path: Path) -> None:
    model = tmp_path / "cute.safetensors"
    model.write_bytes(b"x")
    mtime = model.stat().st_mtime
    cache = tmp_path / "cache.json"
    cache.write_text(
        json.dumps(
            {
                "hashes": {
                    "checkpoint/sub\\cute.safetensors": {"mtime": mtime, "sha256": "ab" * 32},
                    "lora/other": {"mtime": mtime, "sha256": "cd" * 32},
                    "lora/broken": {"mtime": "yesterday", "sha256": "ef" * 32},
                    "lora/short": {"mtime": mtime, "sha256": "abc"},
                }
            }
        )
    )
    index = A1111Cache(cache)
    stat = model.stat()
    assert index.lookup(model, stat.st_size, stat.st_mtime_ns) == "AB" * 32
    assert index.lookup(model, stat.st_size, stat.st_mtime_ns + 5 * 10**9) is None
    assert index.lookup(tmp_path / "short.pt", 1, stat.st_mtime_ns) is None
    assert len(A1111Cache(tmp_path / "missing.json")) == 0


def test_plain_text_of_a_description() -> None:
    html = "<p>Line <b>one</b></p><ul><li>two</li><li>three &amp; four</li></ul><br>"
    assert plain_text(html) == "Line one\ntwo\nthree & four"
    assert plain_text(None) == ""
