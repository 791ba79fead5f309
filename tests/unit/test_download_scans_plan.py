"""The scan policy and the SafeTensor preference of the file choice, as plain tables."""

from __future__ import annotations

import pytest
from civitai_api._download.plan import (
    FileCriteria,
    FileInfo,
    UnsafeFileError,
    check_scans,
    scan_summary,
    scan_verdict,
    select_file,
)


@pytest.mark.parametrize(
    ("virus", "pickle", "verdict", "summary"),
    [
        ("Success", "Success", "ok", "Success"),
        (None, None, "ok", "unknown"),
        ("Danger", "Success", "refused", "virus Danger, pickle Success"),
        ("Success", "error", "refused", "virus Success, pickle error"),
        ("Pending", "Danger", "refused", "virus Pending, pickle Danger"),
        ("Pending", None, "pending", "virus Pending, pickle unknown"),
    ],
)
def test_scan_verdicts(virus: str | None, pickle: str | None, verdict: str, summary: str) -> None:
    info = FileInfo(1, "m.safetensors", virus_scan=virus, pickle_scan=pickle)
    assert scan_verdict(info) == verdict
    assert scan_summary(virus, pickle) == summary
    if verdict == "ok":
        check_scans(info, allow_unscanned=False)
    else:
        with pytest.raises(UnsafeFileError, match=summary):
            check_scans(info, allow_unscanned=False)
    check_scans(info, allow_unscanned=True)


PICKLE = FileInfo(1, "m.ckpt", type="Model", format="PickleTensor", fp="fp16", primary=True)
SAFE_FP16 = FileInfo(2, "m-fp16.safetensors", type="Model", format="SafeTensor", fp="fp16")
SAFE_FP32 = FileInfo(3, "m-fp32.safetensors", type="Model", format="SafeTensor", fp="fp32")
SAFE_VAE = FileInfo(4, "vae.safetensors", type="VAE", format="SafeTensor")


@pytest.mark.parametrize(
    ("files", "criteria", "chosen"),
    [
        ([PICKLE, SAFE_FP16], FileCriteria(), 2),  # over a primary pickle of the same kind
        ([PICKLE, SAFE_FP32], FileCriteria(), 1),  # another precision is another file
        ([PICKLE, SAFE_VAE], FileCriteria(), 1),  # another type too
        ([PICKLE, SAFE_FP16], FileCriteria(format="PickleTensor"), 1),  # named: kept
        ([PICKLE, SAFE_FP16], FileCriteria(file_id=1), 1),
        ([PICKLE, SAFE_FP32, SAFE_FP16], FileCriteria(type="Model"), 2),
    ],
)
def test_a_safetensor_wins_over_a_pickle_of_the_same_kind(
    files: list[FileInfo], criteria: FileCriteria, chosen: int
) -> None:
    assert select_file(files, criteria).id == chosen
