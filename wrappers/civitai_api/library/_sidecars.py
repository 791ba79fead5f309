"""The sidecar files UIs read next to a model file, written from Civitai's version body.

- `<base>.civitai.info` (Civitai Helper, SwarmUI): the version body as JSON, `indent=4`.
  Top-level keys another tool added (an `extensions` block, say) are kept.
- `<base>.json` (A1111/Forge user metadata): `description`, `sd version`, `activation text`,
  `preferred weight`, `notes`, merged into what is there: a key that already has a value is
  never changed (the user may have set it) and every other key is kept.
- `<base>.cm-info.json` (Stability Matrix): its PascalCase record, compact; the user's
  fields (`ImportedAt`, `UserTitle`, `ThumbnailImageUrl`, `InferenceDefaults`) and any key
  this package does not write are kept.

Good data is never lost: a sidecar describing another version is left alone (and reported),
as is one that is not the JSON expected. Writes go to a temporary file in the same folder,
renamed over the old one, and are skipped when nothing would change.
"""

from __future__ import annotations

import contextlib
import datetime
import html.parser
import json
import os
import re
import secrets
from pathlib import Path

from civitai_api_generated.models.model_file import ModelFile
from civitai_api_generated.models.model_version_detail import ModelVersionDetail

from .._constants import DEFAULT_BASE_URL
from .._download.metadata import hashes_of
from .._fields import known, listed, nonempty
from .._lookup import Candidate
from ._known import read_json_object, sidecar_path
from ._types import Problem, ProblemKind, Sidecar

__all__ = ["SidecarWriter", "sd_version", "write_atomic"]

# Stability Matrix keeps these from the old file when it refreshes one.
_CM_USER_FIELDS = ("ImportedAt", "UserTitle", "ThumbnailImageUrl", "InferenceDefaults")
# Fields this package cannot fill from a version body: an existing value is better.
_CM_WEAK_FIELDS = ("ModelDescription", "Tags")
# SDXL-architecture families Civitai lists under their own base model names.
_SDXL_FAMILIES = frozenset({"pony", "illustrious", "noobai"})


def write_atomic(path: Path, data: bytes) -> bool:
    """Write `data` to `path` through a temporary file in the same folder and a rename.

    Returns:
        False when `path` already holds exactly `data` (nothing is written), else True.
    """
    with contextlib.suppress(OSError):
        if path.read_bytes() == data:
            return False
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    # Created as open() would create the file itself (0666 less the umask), not 0600 as
    # tempfile does: UIs running as another user must still read it.
    handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    return True


def sd_version(base_model: str | None) -> str:
    """A1111's `sd version` for a Civitai base model: SD1, SD2, SDXL, SD3 or Unknown."""
    name = (base_model or "").strip().lower()
    for prefix, value in (("sd 1", "SD1"), ("sd 2", "SD2"), ("sd 3", "SD3"), ("sdxl", "SDXL")):
        if name.startswith(prefix):
            return value
    return "SDXL" if name in _SDXL_FAMILIES else "Unknown"


class _TextOnly(html.parser.HTMLParser):
    """Collects the text of an HTML fragment, one line per block."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("p", "br", "li", "div", "h1", "h2", "h3", "h4"):
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def plain_text(fragment: str | None) -> str:
    """The text of an HTML description, without tags."""
    if not fragment:
        return ""
    parser = _TextOnly()
    parser.feed(fragment)
    parser.close()
    lines = (re.sub(r"[ \t]+", " ", line).strip() for line in "".join(parser.parts).splitlines())
    return "\n".join(line for line in lines if line)


def _activation_text(words: list[str]) -> str:
    strings = [word.strip() for word in words if isinstance(word, str) and word.strip()]
    # A word holding commas is a whole prompt: keep the words apart unmistakably.
    separator = " || " if any("," in word for word in strings) else ", "
    return separator.join(strings)


def _page_url(candidate: Candidate) -> str:
    if candidate.model_id is None:
        return ""
    return f"{DEFAULT_BASE_URL}/models/{candidate.model_id}?modelVersionId={candidate.version_id}"


def _a1111_values(version: ModelVersionDetail, candidate: Candidate) -> dict[str, object]:
    return {
        "description": plain_text(nonempty(version.description)),
        "sd version": sd_version(candidate.base_model),
        "activation text": _activation_text(listed(version.trained_words)),
        "preferred weight": 0,  # A1111: 0 means "use the default weight"
        "notes": _page_url(candidate),
    }


def _file_of(version: ModelVersionDetail, candidate: Candidate) -> ModelFile | None:
    return next((f for f in listed(version.files) if f.id == candidate.file_id), None)


def _cm_info_values(version: ModelVersionDetail, candidate: Candidate) -> dict[str, object]:
    model = known(version.model)
    creator = known(version.creator)
    model_file = _file_of(version, candidate)
    metadata = None if model_file is None else known(model_file.metadata)
    hashes = hashes_of(model_file)
    return {
        "ModelId": candidate.model_id,
        "ModelName": candidate.model_name or "",
        "ModelDescription": "",
        "Nsfw": model is not None and model.nsfw is True,
        "Tags": [],
        "ModelType": candidate.model_type or "Unknown",
        "VersionId": candidate.version_id,
        "VersionName": candidate.version_name or "",
        "VersionDescription": nonempty(version.description),
        "AuthorUsername": None if creator is None else nonempty(creator.username),
        "BaseModel": candidate.base_model,
        "RemoteFileName": candidate.file_name,
        "RemoteFileId": candidate.file_id,
        "FileMetadata": {
            "fp": None if metadata is None else nonempty(metadata.fp),
            "size": None if metadata is None else nonempty(metadata.size),
            "format": None if metadata is None else nonempty(metadata.format_),
        },
        "Hashes": {name: hashes.get(name) for name in ("SHA256", "CRC32", "BLAKE3")},
        "TrainedWords": [word for word in listed(version.trained_words) if isinstance(word, str)],
        "Source": "Civitai",
        "SourceUrl": _page_url(candidate),
    }


class SidecarWriter:
    """Writes the chosen sidecars of identified files and counts what it wrote.

    Args:
        kinds: The sidecars to write (`Sidecar.PREVIEW` is handled by the preview step).
    """

    def __init__(self, kinds: frozenset[Sidecar]) -> None:
        self.kinds = kinds
        self.written = 0
        self.problems: list[Problem] = []

    def write(self, model: Path, version: ModelVersionDetail, candidate: Candidate) -> None:
        """Write every chosen sidecar of `model`, identified as `candidate` (`version` is
        the version body)."""
        if Sidecar.CIVITAI_INFO in self.kinds:
            self._civitai_info(sidecar_path(model, ".civitai.info"), version, candidate)
        if Sidecar.A1111 in self.kinds:
            self._a1111(sidecar_path(model, ".json"), version, candidate)
        if Sidecar.CM_INFO in self.kinds:
            self._cm_info(sidecar_path(model, ".cm-info.json"), version, candidate)

    def _previous(
        self, path: Path, candidate: Candidate, id_keys: tuple[str, ...]
    ) -> tuple[bool, dict[str, object] | None]:
        """(writable, old content). A missing or empty file is writable, with no content. A
        file that is not a JSON object, or whose `id_keys` name another model or version,
        is reported and left alone."""
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            return True, None
        except OSError as exc:
            self._problem(path, ProblemKind.SIDECAR_UNREADABLE, str(exc))
            return False, None
        if not raw.strip():
            return True, None
        old = read_json_object(path)
        if old is None:
            self._problem(path, ProblemKind.SIDECAR_UNREADABLE, "not a JSON object: left alone")
            return False, None
        for key in id_keys:
            found = old.get(key)
            wanted = candidate.model_id if key == "modelId" else candidate.version_id
            if found not in (None, "") and found != wanted:
                detail = f"{key} is {found}, the file is version {candidate.version_id}: left alone"
                self._problem(path, ProblemKind.ID_MISMATCH, detail)
                return False, old
        return True, old

    def _problem(self, path: Path, kind: ProblemKind, detail: str) -> None:
        self.problems.append(Problem(path, kind, detail))

    def _save(self, path: Path, data: bytes) -> None:
        try:
            if write_atomic(path, data):
                self.written += 1
        except OSError as exc:
            self._problem(path, ProblemKind.SIDECAR_FAILED, str(exc))

    def _civitai_info(self, path: Path, version: ModelVersionDetail, candidate: Candidate) -> None:
        writable, old = self._previous(path, candidate, ("id",))
        if not writable:
            return
        body = version.to_dict()
        for key, value in (old or {}).items():
            if key not in body and key != "skeleton_file":
                body[key] = value
        self._save(path, json.dumps(body, indent=4).encode())

    def _a1111(self, path: Path, version: ModelVersionDetail, candidate: Candidate) -> None:
        writable, old = self._previous(path, candidate, ("modelId", "modelVersionId"))
        if not writable:
            return
        merged = dict(old or {})
        for key, value in _a1111_values(version, candidate).items():
            if merged.get(key) in (None, ""):
                merged[key] = value
        if merged != old:
            self._save(path, json.dumps(merged, indent=4, ensure_ascii=False).encode())

    def _cm_info(self, path: Path, version: ModelVersionDetail, candidate: Candidate) -> None:
        writable, old = self._previous(path, candidate, ("VersionId",))
        if not writable:
            return
        record: dict[str, object] = dict(old or {})
        record.update(_cm_info_values(version, candidate))
        for key in _CM_USER_FIELDS + _CM_WEAK_FIELDS:
            if old and old.get(key) not in (None, "", []):
                record[key] = old[key]
        if not record.get("ImportedAt"):
            record["ImportedAt"] = datetime.datetime.now(datetime.UTC).isoformat()
        self._save(path, json.dumps(record, separators=(",", ":")).encode())
