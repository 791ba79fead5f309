"""download_model_version against the fake Civitai: bytes, keys, resume, errors, names."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

import civitai_api
import httpx
import pytest
from civitai_api._download import DownloadResult, FileSelectionError
from civitai_api._download.writer import PartWriter
from civitai_api._exceptions import (
    AuthenticationError,
    DownloadError,
    EarlyAccessError,
    HashMismatchError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
)
from support.downloads import MiB, add_default, assert_key_only_on_api, payload
from support.fake_civitai import FakeCivitai, ServedFile
from support.keys import API_KEY


def download(client: httpx.Client, dest: Path, version_id: int = 1, **kwargs: Any) -> Any:
    return civitai_api.download_model_version(client, version_id, dest, **kwargs)


def test_downloads_the_primary_file_verified(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path
) -> None:
    served = add_default(civitai)
    result = download(client, tmp_path)
    assert isinstance(result, DownloadResult)
    assert result.path == tmp_path.resolve() / "model.safetensors"
    assert result.path.read_bytes() == served.data
    assert result.sha256 == served.sha256 == result.hashes["SHA256"]
    assert result.hashes["AutoV2"] == served.sha256[:10]
    assert (result.size, result.file_id, result.model_version_id) == (len(served.data), 101, 1)
    assert result.verified
    assert not result.already_present
    assert not result.resumed
    assert sorted(p.name for p in tmp_path.iterdir()) == ["model.safetensors"]
    assert_key_only_on_api(civitai)
    download_requests = [s for s in civitai.seen("api") if s.path.startswith("/api/download")]
    assert [s.path for s in download_requests] == ["/api/download/models/1?fileId=101"]


def test_an_existing_complete_file_is_not_downloaded_again(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path
) -> None:
    add_default(civitai)
    first = download(client, tmp_path)
    before = len(civitai.seen("storage"))
    second = download(client, tmp_path)
    assert second.already_present
    assert second.sha256 == first.sha256
    assert len(civitai.seen("storage")) == before
    assert not [s for s in civitai.seen("api")[2:] if s.path.startswith("/api/download")]


def test_a_different_file_under_the_name_needs_overwrite(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path
) -> None:
    served = add_default(civitai)
    (tmp_path / "model.safetensors").write_bytes(b"something else")
    with pytest.raises(DownloadError, match="overwrite=True"):
        download(client, tmp_path)
    assert (tmp_path / "model.safetensors").read_bytes() == b"something else"
    result = download(client, tmp_path, overwrite=True)
    assert result.path.read_bytes() == served.data


@pytest.mark.parametrize(
    ("kwargs", "expected_id"),
    [
        ({}, 101),
        ({"file_id": 103}, 103),
        ({"type": "VAE"}, 103),
        ({"format": "PickleTensor"}, 102),
        ({"fp": "FP16"}, 101),
        ({"type": "Model"}, 101),
    ],
)
def test_chooses_the_requested_file(
    civitai: FakeCivitai,
    client: httpx.Client,
    tmp_path: Path,
    kwargs: dict[str, Any],
    expected_id: int,
) -> None:
    files = [
        ServedFile(102, "model.ckpt", payload(4096, 2), format="PickleTensor"),
        ServedFile(101, "model.safetensors", payload(4096, 1), primary=True, fp="fp16"),
        ServedFile(103, "vae.safetensors", payload(4096, 3), type="VAE"),
    ]
    civitai.add_version(1, files)
    civitai.behaviour.no_disposition = True
    result = download(client, tmp_path, **kwargs)
    assert result.file_id == expected_id
    chosen = next(f for f in files if f.file_id == expected_id)
    assert result.path.read_bytes() == chosen.data
    assert result.name == chosen.name


def test_asking_for_a_missing_file_fails_before_downloading(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path
) -> None:
    add_default(civitai)
    with pytest.raises(FileSelectionError) as caught:
        download(client, tmp_path, format="GGUF")
    assert "file_id=101" in str(caught.value)
    assert "model.safetensors" in str(caught.value)
    assert caught.value.available
    assert isinstance(caught.value, FileNotFoundError)
    with pytest.raises(FileSelectionError, match="no file with id 999"):
        download(client, tmp_path, file_id=999)
    assert not [s for s in civitai.seen("api") if s.path.startswith("/api/download")]
    assert not civitai.seen("storage")
    assert list(tmp_path.iterdir()) == []


def test_unknown_version_is_not_found(client: httpx.Client, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError):
        download(client, tmp_path, version_id=424242)


def test_a_dropped_connection_resumes_with_a_range(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path
) -> None:
    served = add_default(civitai)
    civitai.behaviour.drop_after = MiB + 12345
    result = download(client, tmp_path)
    assert result.path.read_bytes() == served.data
    assert result.resumed
    storage = civitai.seen("storage")
    assert len(storage) == 2
    assert "range" not in storage[0].headers
    assert storage[1].headers["range"] == f"bytes={MiB + 12345}-"
    assert storage[1].headers["if-range"] == '"etag-v1"'
    # the 307 is asked for again (storage URLs expire), with the key, to the api only
    assert len([s for s in civitai.seen("api") if s.path.startswith("/api/download")]) == 2
    assert_key_only_on_api(civitai)


def test_repeated_drops_without_progress_give_up(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("civitai_api._download.job.INITIAL_RETRY_DELAY", 0.0)
    add_default(civitai)
    civitai.behaviour.drop_after = 0
    civitai.behaviour.drops = 100
    with pytest.raises(civitai_api.APIConnectionError):
        download(client, tmp_path)
    assert not (tmp_path / "model.safetensors").exists()
    assert 2 <= len(civitai.seen("storage")) <= 5


def test_continues_an_existing_part_file(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path
) -> None:
    served = add_default(civitai)
    (tmp_path / "model.safetensors.part").write_bytes(served.data[: 2 * MiB])
    result = download(client, tmp_path)
    assert result.path.read_bytes() == served.data
    assert result.resumed
    assert civitai.seen("storage")[0].headers["range"] == f"bytes={2 * MiB}-"
    assert not (tmp_path / "model.safetensors.part").exists()


def test_resume_false_starts_over(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path
) -> None:
    served = add_default(civitai)
    (tmp_path / "model.safetensors.part").write_bytes(b"junk" * 1000)
    result = download(client, tmp_path, resume=False)
    assert result.path.read_bytes() == served.data
    assert not result.resumed
    assert "range" not in civitai.seen("storage")[0].headers


def test_a_server_without_ranges_restarts_from_zero(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path
) -> None:
    served = add_default(civitai)
    civitai.behaviour.ranges = False
    (tmp_path / "model.safetensors.part").write_bytes(b"wrong prefix" * 100)
    result = download(client, tmp_path)
    assert result.path.read_bytes() == served.data
    assert not result.resumed


def test_corrupted_body_raises_and_keeps_nothing_under_the_name(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path
) -> None:
    served = add_default(civitai)
    civitai.behaviour.corrupt = True
    with pytest.raises(HashMismatchError) as caught:
        download(client, tmp_path)
    error = caught.value
    assert error.expected == served.sha256
    assert error.actual != served.sha256
    assert len(error.actual) == 64
    assert not (tmp_path / "model.safetensors").exists()
    part = tmp_path / "model.safetensors.part"
    assert error.path == str(part.resolve())
    assert part.stat().st_size == len(served.data)
    # the next call discards the complete-but-wrong part and downloads again
    civitai.behaviour.corrupt = False
    result = download(client, tmp_path)
    assert result.path.read_bytes() == served.data
    assert not part.exists()
    assert "range" not in civitai.seen("storage")[-1].headers


def test_a_wrong_hash_on_civitai_can_be_accepted_with_verify_false(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path
) -> None:
    served = add_default(civitai, listed_sha256="0" * 64)
    with pytest.raises(HashMismatchError):
        download(client, tmp_path)
    result = download(client, tmp_path, verify=False)
    assert result.path.read_bytes() == served.data
    assert not result.verified
    assert result.sha256 == served.sha256


EARLY = b'{"error":"Early Access","deadline":"2030-01-02T03:04:05.000Z",'
EARLY += b'"message":"This asset is in Early Access. You can use Buzz access it now!"}'
LOGIN = b'{"error":"Unauthorized","message":"The creator of this asset requires you to be '
LOGIN += b'logged in to download it"}'


@pytest.mark.parametrize(
    ("where", "status", "body", "content_type", "error", "text"),
    [
        ("api", 401, LOGIN, "application/json", AuthenticationError, "logged in"),
        ("api", 403, EARLY, "application/json", EarlyAccessError, "Early Access"),
        ("api", 403, b'{"error":"Forbidden"}', "application/json", PermissionDeniedError, "Forb"),
        ("api", 404, b'{"error":"File not found"}', "application/json", NotFoundError, "not found"),
        (
            "api",
            410,
            b'{"error":"Model archived, not available for download"}',
            "application/json",
            NotFoundError,
            "archived",
        ),
        (
            "api",
            429,
            b'{"error":"We\'ve noticed an unusual amount of downloading"}',
            "application/json",
            RateLimitError,
            "unusual amount",
        ),
        (
            "api",
            200,
            b"<html><title>Just a moment...</title></html>",
            "text/html",
            DownloadError,
            "HTML",
        ),
        ("storage", 200, LOGIN, "application/json", AuthenticationError, "logged in"),
        (
            "storage",
            200,
            b"<!DOCTYPE html><html><body>Error</body></html>",
            "text/html",
            DownloadError,
            "HTML",
        ),
        (
            "storage",
            200,
            b'{"error":"File not found"}',
            "application/octet-stream",
            NotFoundError,
            "not found",
        ),
        (
            "storage",
            403,
            b"<Error><Code>AccessDenied</Code></Error>",
            "application/xml",
            PermissionDeniedError,
            "HTTP 403",
        ),
    ],
)
def test_error_answers_raise_and_save_nothing(
    civitai: FakeCivitai,
    client: httpx.Client,
    tmp_path: Path,
    where: str,
    status: int,
    body: bytes,
    content_type: str,
    error: type[Exception],
    text: str,
) -> None:
    add_default(civitai)
    if where == "api":
        civitai.behaviour.api_error = (status, body, content_type)
    else:
        civitai.behaviour.storage_error = (status, body, content_type)
    with pytest.raises(error, match=text) as caught:
        download(client, tmp_path)
    assert list(tmp_path.iterdir()) == []
    assert API_KEY not in str(caught.value)
    assert API_KEY not in repr(caught.value)
    if isinstance(caught.value, EarlyAccessError):
        assert caught.value.deadline is not None
        assert caught.value.deadline.year == 2030


def test_a_redirect_to_the_login_page_is_an_authentication_error(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path
) -> None:
    add_default(civitai)
    civitai.behaviour.login_redirect = True
    with pytest.raises(AuthenticationError, match="login"):
        download(client, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_a_real_small_json_file_is_not_mistaken_for_an_error(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path
) -> None:
    config = b'{"error": "not really", "model_type": "config"}'
    civitai.add_version(1, [ServedFile(101, "config.json", config, type="Config", primary=True)])
    result = download(client, tmp_path)
    assert result.path.read_bytes() == config


@pytest.mark.parametrize(
    ("disposition", "expected"),
    [
        ('attachment; filename="plain.safetensors"', "plain.safetensors"),
        (
            "attachment; filename=\"fallback.bin\"; filename*=UTF-8''na%C3%AFve%20%E6%A8%A1.st",
            "naïve 模.st",
        ),
        # UTF-8 bytes on the wire (http.server writes the header as Latin-1)
        ('attachment; filename="caf\u00c3\u00a9.safetensors"', "café.safetensors"),
        # mojibake sent as UTF-8: "cafÃ©" re-encoded
        (
            'attachment; filename="caf\u00c3\u0083\u00c2\u00a9.safetensors"',
            "café.safetensors",
        ),
        ('attachment; filename="../../evil.safetensors"', "evil.safetensors"),
        ('attachment; filename="/etc/passwd"', "passwd"),
        ('attachment; filename="C:\\\\Windows\\\\evil.dll"', "evil.dll"),
        ('attachment; filename="bad\tname\x7f.safetensors"', "badname.safetensors"),
        ('attachment; filename=".."', "model.safetensors"),
    ],
)
def test_file_names_come_from_content_disposition_and_stay_inside(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path, disposition: str, expected: str
) -> None:
    served = add_default(civitai, size=4096)
    civitai.behaviour.disposition = disposition
    dest = tmp_path / "models"
    result = download(client, dest)
    assert result.name == expected
    assert result.path.parent == dest.resolve()
    assert result.path.read_bytes() == served.data
    assert sorted(p.name for p in dest.iterdir()) == [expected]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["models"]


def test_without_content_disposition_the_api_name_is_used(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path
) -> None:
    add_default(civitai, size=4096)
    civitai.behaviour.no_disposition = True
    assert download(client, tmp_path).name == "model.safetensors"


def test_progress_reports_bytes_done_and_total(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path
) -> None:
    served = add_default(civitai)
    calls: list[tuple[int, int | None]] = []
    download(client, tmp_path, progress=lambda done, total: calls.append((done, total)))
    assert calls[-1] == (len(served.data), len(served.data))
    done = [c[0] for c in calls]
    assert done == sorted(done)
    assert len(calls) >= 3


def test_parallel_ranges_join_into_the_same_bytes(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path
) -> None:
    served = add_default(civitai, size=6 * MiB + 333)
    result = download(client, tmp_path, connections=4)
    assert result.path.read_bytes() == served.data
    assert result.sha256 == hashlib.sha256(served.data).hexdigest().upper()
    ranges = [s.headers.get("range") for s in civitai.seen("storage")]
    assert len(ranges) >= 4
    assert all(ranges)
    starts = sorted(int(r.removeprefix("bytes=").split("-")[0]) for r in ranges if r)
    assert starts[0] == 0
    assert len(set(starts)) == len(starts)
    assert_key_only_on_api(civitai)


def test_parallel_falls_back_to_one_stream_without_range_support(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path
) -> None:
    served = add_default(civitai, size=6 * MiB)
    civitai.behaviour.ranges = False
    result = download(client, tmp_path, connections=4)
    assert result.path.read_bytes() == served.data
    assert len(civitai.seen("storage")) == 1


def test_parallel_download_resumes_after_a_drop(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path
) -> None:
    served = add_default(civitai, size=6 * MiB)
    civitai.behaviour.drop_after = 1000
    civitai.behaviour.drops = 2
    result = download(client, tmp_path, connections=3)
    assert result.path.read_bytes() == served.data
    assert_key_only_on_api(civitai)


@pytest.mark.parametrize(("gzip", "chunked"), [(True, False), (False, True), (True, True)])
def test_compressed_or_chunked_bodies_are_saved_as_the_file(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path, gzip: bool, chunked: bool
) -> None:
    # Such answers are read through httpx (decoded), not straight from the connection.
    served = add_default(civitai)
    civitai.behaviour.gzip, civitai.behaviour.chunked = gzip, chunked
    result = download(client, tmp_path)
    assert result.verified
    assert result.path.read_bytes() == served.data
    assert civitai.seen("storage")[0].headers["accept-encoding"] == "identity"


def test_a_drop_in_a_large_body_resumes_from_every_byte_received(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path
) -> None:
    # Several megabytes arrive (read straight from the connection) before the drop.
    served = add_default(civitai, size=9 * MiB)
    civitai.behaviour.drop_after = 5 * MiB + 7
    result = download(client, tmp_path)
    assert result.path.read_bytes() == served.data
    assert civitai.seen("storage")[1].headers["range"] == f"bytes={5 * MiB + 7}-"


def test_a_second_download_on_the_same_client_works(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path
) -> None:
    served = add_default(civitai)
    first = download(client, tmp_path / "a")
    second = download(client, tmp_path / "b")
    assert first.path.read_bytes() == second.path.read_bytes() == served.data


def test_the_writer_writes_and_hashes_batches_through_short_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_writev = os.writev

    def short_writev(fd: int, buffers: list[memoryview]) -> int:
        return real_writev(fd, [buffers[0][:5]])  # the kernel may write less than asked

    monkeypatch.setattr(os, "writev", short_writev)
    pieces = [payload(size, seed) for seed, size in enumerate((1, 7, 4096, 70_000, 3))]
    writer = PartWriter(tmp_path / "f.part", ("SHA256",), keep_existing=False)
    writer.feed(pieces[:3])
    writer.feed([memoryview(pieces[3]), pieces[4]])
    hashes = writer.close()
    data = b"".join(pieces)
    assert (tmp_path / "f.part").read_bytes() == data
    assert writer.position == len(data)
    assert hashes["SHA256"] == hashlib.sha256(data).hexdigest().upper()
