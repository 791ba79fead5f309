"""Sidecars written by scan: names, contents, merges, and the data they must never lose."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

import httpx
import pytest
from civitai_api import library
from civitai_api.library import FileStatus, ProblemKind, UpdateStatus
from support.fake_civitai import IMAGE_MAGIC, FakeCivitai, ServedFile, ServedImage

from civitai_api_generated.models.model_version_detail import ModelVersionDetail

ALL = ["civitai-info", "preview", "a1111", "cm-info"]
REPO_ROOT = Path(__file__).resolve().parents[2]


def one_model(civitai: FakeCivitai, folder: Path, **version: Any) -> Path:
    """Model 77 with one version (id 770) whose file is written into `folder`."""
    served = ServedFile(7701, "style.safetensors", b"model bytes " * 100)
    defaults: dict[str, Any] = {
        "model_id": 77,
        "model_name": "Whimsy Style",
        "name": "v1.0",
        "base_model": "SD 1.5",
        "trained_words": ["in the style of whimsy"],
        "description": "<p>A <b>soft</b> style.</p><p>Use at 0.8.</p>",
        "images": [ServedImage("first.jpeg", kind="png")],
    }
    civitai.add_version(770, [served], **{**defaults, **version})
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / served.name
    path.write_bytes(served.data)
    return path


def body_as_written(civitai: FakeCivitai, version_id: int) -> bytes:
    """The `.civitai.info` content: the version body as parsed, `indent=4`."""
    body = civitai.version_json(civitai.versions[version_id])
    return json.dumps(ModelVersionDetail.from_dict(body).to_dict(), indent=4).encode()


def test_every_sidecar_has_its_name_and_content(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path, catalog_path: Path
) -> None:
    model = one_model(civitai, tmp_path)
    report = library.scan([tmp_path], client=client, catalog=catalog_path, sidecars=ALL)
    assert (report.sidecars_written, report.previews_written) == (3, 1)
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "style.civitai.info",
        "style.cm-info.json",
        "style.json",
        "style.preview.png",  # the URL says .jpeg, the bytes are PNG
        "style.safetensors",
    ]
    assert (tmp_path / "style.civitai.info").read_bytes() == body_as_written(civitai, 770)
    umask = os.umask(0)
    os.umask(umask)
    for sidecar in tmp_path.glob("style.*"):  # as readable as any file the user creates
        assert stat.S_IMODE(sidecar.stat().st_mode) == 0o666 & ~umask, sidecar.name
    assert (tmp_path / "style.preview.png").read_bytes() == ServedImage("first.jpeg", "png").data
    assert json.loads((tmp_path / "style.json").read_text()) == {
        "description": "A soft style.\nUse at 0.8.",
        "sd version": "SD1",
        "activation text": "in the style of whimsy",
        "preferred weight": 0,
        "notes": "https://civitai.com/models/77?modelVersionId=770",
    }
    cm_info_raw = (tmp_path / "style.cm-info.json").read_text()
    assert "\n" not in cm_info_raw  # compact, as Stability Matrix writes it
    cm_info = json.loads(cm_info_raw)
    sha = civitai.versions[770].files[0].sha256
    assert cm_info["ImportedAt"]
    assert {key: value for key, value in cm_info.items() if key != "ImportedAt"} == {
        "ModelId": 77,
        "ModelName": "Whimsy Style",
        "ModelDescription": "",
        "Nsfw": False,
        "Tags": [],
        "ModelType": "LORA",
        "VersionId": 770,
        "VersionName": "v1.0",
        "VersionDescription": "<p>A <b>soft</b> style.</p><p>Use at 0.8.</p>",
        "AuthorUsername": "FakeCreator",
        "BaseModel": "SD 1.5",
        "RemoteFileName": "style.safetensors",
        "RemoteFileId": 7701,
        "FileMetadata": {"fp": None, "size": None, "format": "SafeTensor"},
        "Hashes": {"SHA256": sha, "CRC32": None, "BLAKE3": None},
        "TrainedWords": ["in the style of whimsy"],
        "Source": "Civitai",
        "SourceUrl": "https://civitai.com/models/77?modelVersionId=770",
    }
    image_requests = [s for s in civitai.seen("storage") if s.path.startswith("/images/")]
    assert len(image_requests) == 1
    assert "/width=450/" in image_requests[0].path
    assert "authorization" not in image_requests[0].headers  # no key for the image host
    assert library.ls(catalog_path)[0].path == model


@pytest.mark.parametrize(
    ("images", "expected"),
    [
        ([ServedImage("a.jpeg", "jpeg")], "style.preview.jpg"),
        ([ServedImage("a.jpeg", "webp")], "style.preview.webp"),
        ([ServedImage("clip.mp4", "mp4"), ServedImage("b.jpeg", "jpeg")], "style.preview.jpg"),
        (
            [ServedImage("r.jpeg", "png", nsfw_level=4), ServedImage("pg.jpeg", "webp")],
            "style.preview.webp",
        ),
        ([ServedImage("x.jpeg", "png", nsfw_level=8)], None),
    ],
)
def test_the_preview_is_the_first_suitable_image_named_after_its_bytes(
    civitai: FakeCivitai,
    client: httpx.Client,
    tmp_path: Path,
    catalog_path: Path,
    images: list[ServedImage],
    expected: str | None,
) -> None:
    one_model(civitai, tmp_path, images=images)
    report = library.scan([tmp_path], client=client, catalog=catalog_path)
    previews = sorted(p.name for p in tmp_path.glob("*.preview.*"))
    assert previews == ([expected] if expected else [])
    assert report.previews_written == len(previews)
    assert civitai.count("GET image") == len(previews)
    if expected:
        chosen = next(i for i in images if i.media_type == "image" and i.nsfw_level <= 2)
        assert (tmp_path / expected).read_bytes().startswith(IMAGE_MAGIC[chosen.kind])


def test_an_existing_preview_is_kept_and_costs_no_request(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path, catalog_path: Path
) -> None:
    one_model(civitai, tmp_path)
    (tmp_path / "style.jpg").write_bytes(b"the user's own picture")
    library.scan([tmp_path], client=client, catalog=catalog_path)
    assert civitai.count("GET image") == 0
    assert not list(tmp_path.glob("*.preview.*"))


def test_a_user_edited_a1111_json_keeps_its_values(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path, catalog_path: Path
) -> None:
    one_model(civitai, tmp_path)
    mine = {
        "description": "My notes on this style",
        "preferred weight": 0.65,
        "activation text": "",
        "negative text": "blurry",
        "my own key": [1, 2],
    }
    (tmp_path / "style.json").write_text(json.dumps(mine, indent=2))
    library.scan([tmp_path], client=client, catalog=catalog_path, sidecars=["a1111"])
    assert json.loads((tmp_path / "style.json").read_text()) == {
        "description": "My notes on this style",
        "preferred weight": 0.65,
        "activation text": "in the style of whimsy",  # was empty: filled in
        "negative text": "blurry",
        "my own key": [1, 2],
        "sd version": "SD1",
        "notes": "https://civitai.com/models/77?modelVersionId=770",
    }
    # Nothing left to add: the user's file is not rewritten (nor reformatted).
    before = (tmp_path / "style.json").read_bytes()
    (tmp_path / "style.json").write_text(json.dumps(json.loads(before), indent=2))
    edited = (tmp_path / "style.json").read_bytes()
    library.scan([tmp_path], client=client, catalog=catalog_path, sidecars=["a1111"], max_age=0)
    assert (tmp_path / "style.json").read_bytes() == edited


def test_a_deleted_model_leaves_every_good_sidecar_byte_identical(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path, catalog_path: Path
) -> None:
    one_model(civitai, tmp_path)
    library.scan([tmp_path], client=client, catalog=catalog_path, sidecars=ALL)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    civitai.deleted_models.add(77)
    report = library.scan([tmp_path], client=client, catalog=catalog_path, sidecars=ALL, max_age=0)
    assert report.statuses == {FileStatus.REMOVED: 1}
    assert report.sidecars_written == 0
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before
    entry = library.ls(catalog_path)[0]
    assert (entry.model_name, entry.version_id) == ("Whimsy Style", 770)  # last known
    assert entry.checked_at is not None
    assert entry.removed_at == entry.checked_at
    result = library.updates(client=client, catalog=catalog_path)[0]
    assert result.status == UpdateStatus.NOT_FOUND


def test_a_sidecar_of_another_version_is_left_alone_and_reported(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path, catalog_path: Path
) -> None:
    model = one_model(civitai, tmp_path)
    other = json.dumps({"id": 999, "modelId": 5, "name": "someone else's"}, indent=4).encode()
    (tmp_path / "style.civitai.info").write_bytes(other)
    (tmp_path / "style.cm-info.json").write_bytes(b'{"VersionId":998,"ModelName":"Other"}')
    os.utime(tmp_path / "style.civitai.info", ns=(0, 0))  # older than the model: no hint
    report = library.scan([tmp_path], client=client, catalog=catalog_path, sidecars=ALL)
    assert (tmp_path / "style.civitai.info").read_bytes() == other
    assert (
        tmp_path / "style.cm-info.json"
    ).read_bytes() == b'{"VersionId":998,"ModelName":"Other"}'
    mismatches = sorted(p.path.name for p in report.problems if p.kind == ProblemKind.ID_MISMATCH)
    assert mismatches == ["style.civitai.info", "style.cm-info.json"]
    assert library.ls(catalog_path)[0].version_id == 770
    assert model.exists()


def test_a_sidecar_that_is_not_json_is_left_alone(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path, catalog_path: Path
) -> None:
    one_model(civitai, tmp_path)
    (tmp_path / "style.json").write_text("not json {")
    report = library.scan([tmp_path], client=client, catalog=catalog_path, sidecars=["a1111"])
    assert (tmp_path / "style.json").read_text() == "not json {"
    assert [p.kind for p in report.problems] == [ProblemKind.SIDECAR_UNREADABLE]


def test_unchanged_sidecars_are_not_rewritten_and_stale_ones_are_replaced_whole(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path, catalog_path: Path
) -> None:
    one_model(civitai, tmp_path)
    (tmp_path / "style.civitai.info").write_text("{}")  # "scanned, not on Civitai" by others
    library.scan([tmp_path], client=client, catalog=catalog_path, sidecars=ALL)
    assert (tmp_path / "style.civitai.info").read_bytes() == body_as_written(civitai, 770)
    stats = {p.name: (p.stat().st_ino, p.stat().st_mtime_ns) for p in tmp_path.iterdir()}
    again = library.scan([tmp_path], client=client, catalog=catalog_path, sidecars=ALL, max_age=0)
    assert again.sidecars_written == 0
    assert {p.name: (p.stat().st_ino, p.stat().st_mtime_ns) for p in tmp_path.iterdir()} == stats
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_stability_matrix_user_fields_survive_a_refresh(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path, catalog_path: Path
) -> None:
    one_model(civitai, tmp_path)
    theirs = {
        "VersionId": 770,
        "ImportedAt": "2024-05-01T10:00:00+00:00",
        "UserTitle": "My favourite",
        "ThumbnailImageUrl": "file:///thumb.png",
        "InferenceDefaults": {"Steps": 30},
        "Tags": ["style", "soft"],
        "SomethingNew": True,
    }
    (tmp_path / "style.cm-info.json").write_text(json.dumps(theirs))
    library.scan([tmp_path], client=client, catalog=catalog_path, sidecars=["cm-info"])
    written = json.loads((tmp_path / "style.cm-info.json").read_text())
    for key, value in theirs.items():
        assert written[key] == value, key
    assert written["ModelName"] == "Whimsy Style"


def test_the_civitai_info_of_a_real_body_is_its_parsed_form(
    civitai: FakeCivitai, client: httpx.Client, tmp_path: Path, catalog_path: Path
) -> None:
    configured = os.environ.get("CIVITAI_CORPUS")
    corpus = Path(configured) if configured else REPO_ROOT.parent / "shared" / "civitai-corpus"
    source = corpus / "live/model-versions-id/enchanted-whimsy-1255556-2025-09.json"
    if not source.is_file():
        pytest.skip("Civitai corpus not found: set CIVITAI_CORPUS or place it at ../shared")
    body = json.loads(source.read_text())
    model = one_model(civitai, tmp_path)
    served = civitai.versions[770].files[0]
    body["files"][0].update(id=served.file_id, name=served.name, sizeKB=len(served.data) / 1024)
    body["files"][0]["hashes"]["SHA256"] = served.sha256
    civitai.raw_versions[770] = body
    report = library.scan([tmp_path], client=client, catalog=catalog_path, sidecars=ALL)
    written = json.loads((tmp_path / "style.civitai.info").read_text())
    assert written == ModelVersionDetail.from_dict(body).to_dict()
    assert written["creator"] == body["creator"]
    assert written["trainedWords"] == ["in the style of ppWhimsy"]
    a1111 = json.loads((tmp_path / "style.json").read_text())
    assert a1111["sd version"] == "Unknown"  # Flux.1 D
    assert a1111["notes"] == "https://civitai.com/models/1117241?modelVersionId=1255556"
    entry = library.ls(catalog_path, paths=[model])[0]
    assert (entry.model_name, entry.base_model) == ("Enchanted Whimsy style (Flux)", "Flux.1 D")
    # The image is on Civitai's CDN, which tests may not reach: reported, never fatal.
    assert [(p.path, p.kind) for p in report.problems] == [(model, ProblemKind.PREVIEW_FAILED)]
