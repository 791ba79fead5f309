"""What was skipped or left alone, and why: the `Problem`s a folder walk, a library scan or
an update reports. Problems are reported, never fatal.

They live outside `civitai_api.library` (which re-exports them, their public home) because
the folder walk that `identify` and `civitai hash` share reports them too, and those should
not load the library to do so.
"""

from __future__ import annotations

import dataclasses
from enum import StrEnum
from pathlib import Path

__all__ = ["Problem", "ProblemKind"]


class ProblemKind(StrEnum):
    """Why a file or sidecar was skipped or left alone. Problems are reported, never fatal."""

    OUTSIDE = "outside"  # a symbolic link pointing outside the given paths
    SYMLINK_LOOP = "symlink-loop"  # a link to one of its own parent folders, or to itself
    BROKEN_LINK = "broken-link"  # a symbolic link to nothing
    NOT_FOUND = "path-not-found"  # a given path that does not exist
    NOT_A_MODEL = "not-a-model"  # a given file without a model file extension
    UNREADABLE = "unreadable"  # a file or folder that could not be read
    EMPTY = "empty"  # a model file of 0 bytes
    LOOKUP_FAILED = "lookup-failed"  # the request that should identify the file failed
    AMBIGUOUS = "ambiguous"  # several versions share the file's SHA256
    ID_MISMATCH = "id-mismatch"  # a sidecar describes another version: left alone
    SIDECAR_UNREADABLE = "sidecar-unreadable"  # a sidecar that is not the JSON expected
    SIDECAR_FAILED = "sidecar-failed"  # a sidecar could not be written
    PREVIEW_FAILED = "preview-failed"  # the preview image could not be fetched or used
    EXAMPLES_FAILED = "examples-failed"  # example images could not be listed or saved
    UPDATE_CHECK_FAILED = "update-check-failed"  # the models request failed
    DOWNLOAD_FAILED = "download-failed"  # an update could not be downloaded


@dataclasses.dataclass(frozen=True)
class Problem:
    """Something skipped or left alone, with the reason.

    Attributes:
        path: The file, folder or sidecar concerned (for a failed update check, which
            concerns models rather than files: the catalog).
        kind: What happened.
        detail: A human-readable explanation.
    """

    path: Path
    kind: ProblemKind
    detail: str = ""

    def to_dict(self) -> dict[str, object]:
        """The problem as JSON-ready data."""
        return {"path": str(self.path), "kind": str(self.kind), "detail": self.detail}
