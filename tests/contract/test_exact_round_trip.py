"""Real Civitai bodies come back from the generated models unchanged, date-times included.

`test_corpus.py` compares date-times as instants. Here the comparison is exact: a body whose
date-times are all in Civitai's own form (JavaScript's `toISOString()`, `…T09:16:12.062Z`)
must equal `to_dict()` of its parsed model as JSON values, string for string. Bodies with
another date-time form (naive, two fraction digits) are listed here, so the exception stays
visible: they differ in their date-times only, which come back as the same instants.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from support.contract import (
    NO_CORPUS,
    corpus_dir,
    differences,
    entry_body,
    manifest_entries,
    normalised,
    parse_with_generated_client,
    to_json,
)

_CIVITAI_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$")
_ANY_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
# Third-party captures that re-wrote some date-times without their zone.
OTHER_DATE_TIME_FORMS = {
    "live/models-id/figma-anime-figures-7984-2024-03-possibly-trimmed.json",
    "live/model-versions-id/hyphoria-1805971-flutter-box-2025.json",
}


def _date_times(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [text for item in value.values() for text in _date_times(item)]
    if isinstance(value, list):
        return [text for item in value for text in _date_times(item)]
    return [value] if isinstance(value, str) and _ANY_DATE_TIME.match(value) else []


def _corpus_params() -> list[Any]:
    if corpus_dir() is None:
        return [pytest.param(None, id="no-corpus", marks=pytest.mark.skip(reason=NO_CORPUS))]
    return [pytest.param(entry, id=entry["file"]) for entry in manifest_entries()]


@pytest.mark.parametrize("entry", _corpus_params())
def test_body_round_trips_exactly(entry: dict[str, Any]) -> None:
    body = entry_body(entry)
    civitai_form = all(_CIVITAI_DATE_TIME.match(text) for text in _date_times(body))
    assert civitai_form == (entry["file"] not in OTHER_DATE_TIME_FORMS)
    parsed = parse_with_generated_client(entry["method"], entry["path"], entry["status"], body)
    written = to_json(parsed)
    if civitai_form:
        assert next(differences(body, written), None) is None
        assert written == body
    else:
        # Only the date-times differ, and each is written back as the same instant.
        changed = list(differences(body, written))
        assert changed
        assert all(_ANY_DATE_TIME.match(line.split(": '", 1)[1]) for line in changed)
        assert next(differences(normalised(body), normalised(written)), None) is None
