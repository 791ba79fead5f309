"""The pure decisions of a download: file choice, names, trust, ranges, error pages."""

from __future__ import annotations

import itertools
import os
from pathlib import Path

import httpx
import pytest
from civitai_api._download.gate import BodyGate
from civitai_api._download.naming import (
    filename_from_content_disposition,
    repair_mojibake,
    resolve_inside,
    safe_filename,
)
from civitai_api._download.plan import (
    FileCriteria,
    FileInfo,
    FileSelectionError,
    content_range,
    is_trusted,
    plan_blocks,
    range_headers,
    redirect_target,
    resume_start,
    select_file,
    size_from_kb,
)
from civitai_api._exceptions import (
    AuthenticationError,
    DownloadError,
    NotFoundError,
    ResumeNotSupportedError,
)

API = httpx.URL("https://civitai.com/api/download/models/1?fileId=2")
LOCAL_API = httpx.URL("http://127.0.0.1:8000/api/download/models/1")

FILES = [
    FileInfo(1, "a.zip", type="Training Data"),
    FileInfo(2, "a.ckpt", type="Model", format="PickleTensor", fp="fp16"),
    FileInfo(3, "a.safetensors", type="Model", format="SafeTensor", fp="fp16", primary=True),
    FileInfo(
        4,
        "a-pruned.safetensors",
        type="Pruned Model",
        format="SafeTensor",
        precision_size="pruned",
        fp="fp32",
    ),
    FileInfo(5, "a-q4.gguf", type="Model", format="GGUF", quant_type="Q4_K_M"),
]


@pytest.mark.parametrize(
    ("criteria", "expected"),
    [
        (FileCriteria(), 3),
        (FileCriteria(file_id=1), 1),
        (FileCriteria(format="PickleTensor"), 2),
        (FileCriteria(fp="fp16"), 3),  # primary wins among matches
        (FileCriteria(size="pruned"), 4),
        (FileCriteria(type="pruned model"), 4),  # case-insensitive
        (FileCriteria(quant_type="Q4_K_M"), 5),
        (FileCriteria(type="Model", format="GGUF"), 5),
    ],
)
def test_select_file(criteria: FileCriteria, expected: int) -> None:
    assert select_file(FILES, criteria).id == expected


def test_select_prefers_safetensors_then_models_without_a_primary() -> None:
    files = [FILES[0], FILES[1], FileInfo(9, "b.safetensors", type="Model", format="SafeTensor")]
    assert select_file(files, FileCriteria()).id == 9
    assert select_file(files, FileCriteria(type="Model")).id == 9


@pytest.mark.parametrize("criteria", [FileCriteria(file_id=99), FileCriteria(format="ONNX")])
def test_select_missing_lists_the_files(criteria: FileCriteria) -> None:
    with pytest.raises(FileSelectionError) as caught:
        select_file(FILES, criteria)
    assert len(caught.value.available) == 5
    assert "file_id=4 'a-pruned.safetensors'" in str(caught.value)
    assert isinstance(caught.value, NotFoundError)


@pytest.mark.parametrize("criteria", [FileCriteria(), FileCriteria(file_id=1)])
def test_select_from_no_files_says_the_version_lists_none(criteria: FileCriteria) -> None:
    with pytest.raises(FileSelectionError, match="lists no files") as caught:
        select_file([], criteria)
    assert caught.value.available == ()


def test_size_from_kb() -> None:
    assert size_from_kb(38828.8125) == 39760704
    assert size_from_kb(None) is None
    assert size_from_kb(float("nan")) is None


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ('attachment; filename="model.safetensors"', "model.safetensors"),
        ("attachment; filename=model.safetensors", "model.safetensors"),
        ("attachment; filename*=UTF-8''%E6%A8%A1%E5%9E%8B.safetensors", "模型.safetensors"),
        ("attachment; filename=\"x.bin\"; filename*=utf-8''real%20name.bin", "real name.bin"),
        ("attachment; filename*=iso-8859-1'en'caf%E9.bin", "café.bin"),
        ('attachment; filename="na\\"me.bin"', 'na"me.bin'),
        ('attachment; filename="cafÃ©.safetensors"', "café.safetensors"),
        ("attachment", None),
        (None, None),
        (b'attachment; filename="caf\xc3\xa9.bin"', "café.bin"),
        (b'attachment; filename="caf\xe9.bin"', "café.bin"),
    ],
)
def test_content_disposition(header: str | bytes | None, expected: str | None) -> None:
    assert filename_from_content_disposition(header) == expected


def test_repair_mojibake_leaves_real_latin1_alone() -> None:
    assert repair_mojibake("café") == "café"
    assert repair_mojibake("naÃ¯ve") == "naïve"
    assert repair_mojibake("plain") == "plain"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("../../evil.safetensors", "evil.safetensors"),
        ("/etc/passwd", "passwd"),
        ("C:\\Windows\\system32\\x.dll", "x.dll"),
        ("a\x00b\nc\x1b.bin", "abc.bin"),
        ("..", "fallback.bin"),
        ("", "fallback.bin"),
        ("what?.bin", "what_.bin"),
        ("CON.txt", "_CON.txt"),
        ("  trailing. ", "trailing"),
    ],
)
def test_safe_filename(name: str, expected: str) -> None:
    assert safe_filename(name, "fallback.bin") == expected


def test_safe_filename_caps_length_and_keeps_the_extension() -> None:
    name = safe_filename("é" * 300 + ".safetensors", "x")
    assert name.endswith(".safetensors")
    assert len(name.encode()) <= 240


def test_resolve_inside_refuses_symlinks_out(tmp_path: Path) -> None:
    inside = resolve_inside(tmp_path, "model.bin")
    assert inside == tmp_path.resolve() / "model.bin"
    outside = tmp_path.parent / f"{tmp_path.name}-outside"
    outside.mkdir()
    os.symlink(outside / "target", tmp_path / "link.bin")
    with pytest.raises(DownloadError, match="outside"):
        resolve_inside(tmp_path, "link.bin")


@pytest.mark.parametrize(
    ("url", "api", "trusted"),
    [
        ("https://civitai.com/api/download/models/1", API, True),
        ("https://civitai.red/api/download/models/1", API, True),
        ("http://civitai.com/x", API, False),  # never the key in clear text
        ("https://evil-civitai.com/x", API, False),
        ("https://civitai.com.evil.net/x", API, False),
        ("https://b2.civitai-delivery.example/file", API, False),
        ("http://127.0.0.1:8000/api/v1/x", LOCAL_API, True),
        ("http://127.0.0.1:8001/files/1", LOCAL_API, False),
        ("http://localhost:8000/files/1", LOCAL_API, False),
    ],
)
def test_is_trusted(url: str, api: httpx.URL, trusted: bool) -> None:
    assert is_trusted(httpx.URL(url), api) is trusted


def test_redirect_target() -> None:
    target = redirect_target(API, 307, {"location": "https://storage.example/f?sig=1"}, API)
    assert target == httpx.URL("https://storage.example/f?sig=1")
    relative = redirect_target(API, 307, {"location": "/other"}, API)
    assert relative == httpx.URL("https://civitai.com/other")
    with pytest.raises(AuthenticationError):
        redirect_target(
            API, 307, {"location": "https://civitai.red/login?reason=download-auth"}, API
        )
    with pytest.raises(DownloadError, match="Location"):
        redirect_target(API, 307, {}, API)
    with pytest.raises(DownloadError, match="non-HTTP"):
        redirect_target(API, 307, {"location": "file:///etc/passwd"}, API)


@pytest.mark.parametrize(
    ("status", "headers", "offset", "expected"),
    [
        (200, {"content-length": "100"}, 0, (0, 100)),
        (200, {"content-length": "100"}, 40, (0, 100)),  # no range support: start over
        (206, {"content-range": "bytes 40-99/100"}, 40, (40, 100)),
        (206, {"content-range": "bytes 40-99/*"}, 40, (40, 100)),
    ],
)
def test_resume_start(
    status: int, headers: dict[str, str], offset: int, expected: tuple[int, int]
) -> None:
    assert resume_start(status, headers, offset, 100, API) == expected


@pytest.mark.parametrize(
    "headers",
    [{"content-range": "bytes 0-99/100"}, {"content-range": "bytes 40-99/120"}, {}],
)
def test_resume_start_refuses_untrustworthy_ranges(headers: dict[str, str]) -> None:
    with pytest.raises(ResumeNotSupportedError):
        resume_start(206, headers, 40, 100, API)


def test_content_range_parsing() -> None:
    parsed = content_range("bytes 0-9/10")
    assert parsed is not None
    assert (parsed.first, parsed.last, parsed.total) == (0, 9, 10)
    assert content_range("items 0-9/10") is None
    assert content_range(None) is None


def test_range_headers() -> None:
    assert range_headers(0, '"e"') == {"Accept-Encoding": "identity"}
    assert range_headers(10, '"e"') == {
        "Accept-Encoding": "identity",
        "Range": "bytes=10-",
        "If-Range": '"e"',
    }
    assert "If-Range" not in range_headers(10, 'W/"weak"')
    assert range_headers(0, None, 99)["Range"] == "bytes=0-99"


def test_plan_blocks_cover_every_byte_once() -> None:
    blocks = plan_blocks(5, 100 * 1024 * 1024 + 3, 4)
    assert blocks[0][0] == 5
    assert blocks[-1][1] == 100 * 1024 * 1024 + 2
    assert all(b[0] == a[1] + 1 for a, b in itertools.pairwise(blocks))
    assert max(b[1] - b[0] + 1 for b in blocks) <= 8 * 1024 * 1024
    assert plan_blocks(10, 10, 4) == []


def gate(headers: dict[str, str], expected: int | None) -> BodyGate:
    return BodyGate(url=API, status=200, headers=headers, expected_length=expected)


def test_gate_rejects_small_json_and_html() -> None:
    json_page = gate({"content-type": "application/json"}, 5_000_000)
    assert json_page.push(b'{"error":"Unauthorized","message":"must be logged in"}') == []
    with pytest.raises(AuthenticationError, match="logged in"):
        json_page.finish()
    html_page = gate({"content-type": "application/octet-stream"}, None)
    assert html_page.push(b"  <!doctype html><html>challenge</html>") == []
    with pytest.raises(DownloadError, match="HTML"):
        html_page.finish()


def test_gate_passes_real_files() -> None:
    body = b'{"a": 1}'
    g = gate({"content-type": "application/json", "content-length": str(len(body))}, len(body))
    assert g.push(body) == []
    assert g.finish() == [body]
    big = gate({"content-length": str(10 * 1024 * 1024)}, 10 * 1024 * 1024)
    released = big.push(b"{" + b"x" * (2 * 1024 * 1024))  # starts with "{", but large
    assert released
    assert released[0][:1] == b"{"
