"""The repository stands alone: no tracked file sends its reader to documents outside it.

Flagged: section pointers into another document (a section sign followed by a number, unless
it follows the name of a standard, as RFC section numbers do); paths into the developers' shared
documents; and the names of those documents unless the repository has a page of that name
under `docs/`. Reading the corpus from `../shared/civitai-corpus` is test data, not a pointer
for readers, and is allowed. Recorded cassettes are data too and are not scanned.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SECTION_SIGN = "\u00a7"
SECTION_POINTER = re.compile(SECTION_SIGN + r"\s*\d")
NAMED_STANDARD = re.compile(r"\b(?:RFC|ISO|IEEE|PEP)[\s-]*\d+[\s:]*$")
SHARED_DOCS = re.compile(r"shared/" + r"docs\b|\.\./shared/(?!civitai-corpus\b)")
# Names of the developers' own documents, which live outside the repository.
OUTSIDE_DOCUMENTS = ("civitai-api-reference", "user-needs", "ecosystem", "design", "style")
DOCUMENT_NAME = re.compile(r"(?<![\w/-])(" + "|".join(OUTSIDE_DOCUMENTS) + r")\.md\b")
RECORDED_DATA = ("tests/cassettes/",)


def tracked_text_files() -> list[str]:
    listed = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
    ).stdout.decode()
    return [name for name in listed.split("\0") if name and not name.startswith(RECORDED_DATA)]


def outside_pointers(text: str) -> list[str]:
    """The pointers to outside documents in a text, each with a little context."""
    found = []
    for match in SECTION_POINTER.finditer(text):
        before = text[max(0, match.start() - 16) : match.start()]
        if not NAMED_STANDARD.search(before):
            found.append(text[max(0, match.start() - 30) : match.end() + 10])
    for pattern in (SHARED_DOCS, DOCUMENT_NAME):
        for match in pattern.finditer(text):
            name = match.group(1) if match.groups() else None
            if name is None or not (ROOT / "docs" / f"{name}.md").is_file():
                found.append(text[max(0, match.start() - 30) : match.end() + 10])
    return [" ".join(item.split()) for item in found]


def test_no_file_points_outside_the_repository() -> None:
    problems = {}
    for name in tracked_text_files():
        try:
            text = (ROOT / name).read_text(encoding="utf-8")
        except (UnicodeDecodeError, FileNotFoundError):
            continue
        if pointers := outside_pointers(text):
            problems[name] = pointers
    assert not problems, "\n".join(f"{name}: {hits}" for name, hits in problems.items())


def test_the_check_tells_pointers_from_legitimate_text() -> None:
    flagged = [
        "see reference " + SECTION_SIGN + "2.4",
        "(" + SECTION_SIGN + "6.1)",
        "user-needs " + SECTION_SIGN + " 2.2: empty pages",
        "../" + "shared/" + "docs/civitai-api-reference" + ".md",
        "as ecosystem" + ".md says",
    ]
    allowed = [
        "a strong ETag (RFC 9110 " + SECTION_SIGN + "13.1.5)",
        "tests read ../shared/civitai-corpus or $CIVITAI_CORPUS",
        "docs/civitai-api-behaviour.md lists the quirks",
        "the reference lists of /enums",
        "a " + SECTION_SIGN + " sign in a model's description",
    ]
    assert [text for text in flagged if not outside_pointers(text)] == []
    assert [text for text in allowed if outside_pointers(text)] == []
