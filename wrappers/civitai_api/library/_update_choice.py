"""The decisions of an update, with no I/O: which newer version, which of its files, and
whether it may be downloaded yet.

- `update_target`: the newest version on the installed file's base model (a model with an
  Illustrious and a Pony line gets updates per line), and whether newer versions exist only
  on other base models.
- `early_access_until`: whether a version is still behind early or paid access, and until
  when.
- `choose_file`: the newer version's file that matches the installed one (type, format,
  precision, size), through the download plan's own file filters; the primary file only when
  none matches.
"""

from __future__ import annotations

import dataclasses
import datetime
import os
from collections.abc import Sequence

from .._download.plan import FileCriteria, FileInfo, FileSelectionError, select_file
from .._lookup import VersionSummary

__all__ = [
    "EarlyAccess",
    "FileChoice",
    "Target",
    "choose_file",
    "early_access_until",
    "installed_file",
    "same_base_model",
    "update_target",
]

# The facts a file is matched on, by `FileInfo` attribute, and the order in which they are
# given up when no file has them all: type and format matter most (a GGUF never replaces a
# SafeTensor), then the GGUF quantisation, then precision and pruning.
_FACTS = ("type", "format", "quant_type", "precision_size", "fp")
_CRITERIA = {"precision_size": "size"}
# Formats told by a file's extension, when Civitai's metadata of the file is not known.
_FORMAT_BY_EXTENSION = {
    ".safetensors": "SafeTensor",
    ".sft": "SafeTensor",
    ".gguf": "GGUF",
    ".ckpt": "PickleTensor",
    ".pt": "PickleTensor",
    ".pth": "PickleTensor",
    ".bin": "PickleTensor",
    ".onnx": "ONNX",
}


def same_base_model(one: str | None, other: str | None) -> bool:
    """Whether two base model names are the same (case and spaces aside)."""
    return (one or "").strip().casefold() == (other or "").strip().casefold()


@dataclasses.dataclass(frozen=True)
class Target:
    """What the model's versions say about an installed version.

    Attributes:
        newer: A version newer than the installed one exists on its line.
        latest: The newest version of the line (the update when `newer`).
        other_line: When nothing is newer on the line: the newest version newer than the
            installed one on another base model, if any.
    """

    newer: bool
    latest: VersionSummary | None
    other_line: VersionSummary | None = None


def update_target(
    versions: Sequence[VersionSummary],
    version_id: int | None,
    base_model: str | None,
    any_base_model: bool,
) -> Target:
    """The update of an installed version, from the model's versions (newest first).

    A version is newer when it is listed before the installed one (every listed version,
    when the installed one is no longer listed). It is on the line when its base model is
    the installed file's, or with `any_base_model`, or when that base model is unknown.
    """
    ids = [version.id for version in versions]
    position = ids.index(version_id) if version_id in ids else len(ids)
    ahead = list(versions[:position])

    def on_line(version: VersionSummary) -> bool:
        return (
            any_base_model or base_model is None or same_base_model(version.base_model, base_model)
        )

    line = [version for version in ahead if on_line(version)]
    if line:
        return Target(True, line[0])
    latest = next((version for version in versions if on_line(version)), None)
    return Target(False, latest, ahead[0] if ahead else None)


@dataclasses.dataclass(frozen=True)
class EarlyAccess:
    """A version behind early or paid access; `until` None when no end is known."""

    until: datetime.datetime | None


def _moment(text: str | None) -> datetime.datetime | None:
    if not text:
        return None
    try:
        moment = datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=datetime.UTC)


def early_access_until(version: VersionSummary, now: datetime.datetime) -> EarlyAccess | None:
    """Whether `version` is still behind early or paid access at `now` (aware), else None.

    A deadline (`earlyAccessDeadline`, `paidAccess.endsAt`) in the future, a permanent paid
    access, or `availability: EarlyAccess` with no deadline at all each mean it is; a
    deadline that has passed means it is no longer, whatever the (possibly stale)
    availability says.
    """
    deadlines = [
        moment
        for moment in (_moment(version.early_access_deadline), _moment(version.paid_access_ends))
        if moment is not None
    ]
    future = [moment for moment in deadlines if moment > now]
    if future:
        return EarlyAccess(max(future))
    if version.paid_access and version.paid_access_permanent:
        return EarlyAccess(None)
    if not deadlines and version.paid_access:
        return EarlyAccess(None)
    if not deadlines and (version.availability or "").casefold() == "earlyaccess":
        return EarlyAccess(None)
    return None


def installed_file(
    versions: Sequence[VersionSummary],
    version_id: int | None,
    file_id: int | None,
    path: str | os.PathLike[str],
    size: int | None,
) -> FileInfo:
    """What is known of an installed file: Civitai's listing of it when the catalog has its
    version's files, else its format told by its extension and its size."""
    for version in versions:
        if version.id == version_id:
            for item in version.files:
                if item.id == file_id:
                    return item
    extension = os.path.splitext(os.fspath(path))[1].lower()
    return FileInfo(
        id=file_id or 0,
        name=os.path.basename(os.fspath(path)),
        size=size,
        format=_FORMAT_BY_EXTENSION.get(extension),
    )


@dataclasses.dataclass(frozen=True)
class FileChoice:
    """The file of the newer version chosen for an installed file.

    Attributes:
        file: The file.
        matched: The facts it shares with the installed file, by `FileInfo` attribute
            (empty when it is the primary file because no file matched).
    """

    file: FileInfo
    matched: tuple[str, ...]

    def describe(self) -> str:
        """`same type, format, fp` or `primary (no file matched)`."""
        if not self.matched:
            return "primary (no file matched)"
        names = [_CRITERIA.get(fact, fact) for fact in self.matched]
        return "same " + ", ".join(names)


def choose_file(installed: FileInfo, files: Sequence[FileInfo]) -> FileChoice:
    """The file of `files` (a newer version's) that matches the installed file.

    The installed file's known facts (type, format, quantisation, precision, fp) are asked
    of the download plan's `select_file`; when no file has them all, the least important
    are given up one at a time (fp first), but never type or format. When nothing matches,
    the primary file.

    Raises:
        FileSelectionError: The version lists no files at all.
    """
    facts = [fact for fact in _FACTS if getattr(installed, fact)]
    essential = sum(1 for fact in facts if fact in ("type", "format"))
    for kept in range(len(facts), max(essential, 1) - 1, -1):
        wanted = {_CRITERIA.get(fact, fact): getattr(installed, fact) for fact in facts[:kept]}
        try:
            chosen = select_file(files, FileCriteria(**wanted))
        except FileSelectionError:
            continue
        return FileChoice(chosen, tuple(facts[:kept]))
    return FileChoice(select_file(files, FileCriteria()), ())
