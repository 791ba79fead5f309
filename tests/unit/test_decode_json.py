"""`decode_json`: orjson when installed, the standard library otherwise, and the same result.

Every body is decoded twice, once through orjson and once with orjson switched off (the
module's `_FAST_LOADS` set to None, as when `civitai-api[fast]` is not installed); the two
results must be equal in value and in type, and a body that cannot be decoded must raise the
same exception with the same message.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import civitai_api_generated.types as generated_types
from civitai_api_generated.types import decode_json

orjson = pytest.importorskip("orjson", reason="the fast path needs orjson (civitai-api[fast])")

BODIES = [
    b'{"id": 1, "name": "x", "tags": ["a", "b"], "stats": {"rating": 4.5, "n": null}}',
    b'{"a": 1, "a": 2}',  # the last duplicate wins in both
    b"-0",
    b"-0.0",
    b"0.1",
    b"1.7976931348623157e308",
    b"5e-324",
    b"2.4703282292062327e-324",
    b"0.1000000000000000055511151231257827021181583404541015625",
    b"9007199254740993",
    b"18446744073709551615",  # the largest integer orjson keeps as an int
    b"-9223372036854775808",
    b'"\\u00e9\\ud83d\\ude00 caf\xc3\xa9"',
    b' {"padded": true} ',
    b'{"a": NaN, "b": Infinity, "c": -Infinity}',  # orjson refuses these; json accepts them
    b'\xef\xbb\xbf{"bom": 1}',  # a UTF-8 byte order mark
    '{"utf16": 1}'.encode("utf-16"),
    b'"\\ud800"',  # a lone surrogate
    b'"\xed\xa0\x80"',  # the same surrogate written as bytes
    b"1e400",  # json reads inf
    b"18446744073709551616",  # orjson would read these as floats
    b"-9223372036854775809",
    b'{"big": [123456789012345678901234567890, 1]}',
    b'{"id": 1234567890123456789}',  # 19 digits, in range: correct either way
]
INVALID = [
    b"",
    b"   ",
    b'{"a":',
    b'{"a": 1} trailing',
    b"\xff",
    b'{"a": "\x01"}',
    b"[" * 100_000 + b"]" * 100_000,
]


def _without_orjson(monkeypatch: pytest.MonkeyPatch) -> Callable[[bytes], Any]:
    monkeypatch.setattr(generated_types, "_FAST_LOADS", None)
    return decode_json


def _outcome(decode: Callable[[bytes], Any], body: bytes) -> tuple[str, str]:
    try:
        value = decode(body)
    except Exception as error:  # compared by type and message below
        return "raised", f"{type(error).__name__}: {error}"
    return "value", _typed_repr(value)


def _typed_repr(value: Any) -> str:
    """A repr that tells 1 from 1.0 and True from 1, nested."""
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k!r}: {_typed_repr(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_typed_repr(item) for item in value) + "]"
    return f"{type(value).__name__}({value!r})"


@pytest.mark.parametrize("body", BODIES + INVALID, ids=lambda body: repr(body[:40]))
def test_both_paths_give_the_same_result(monkeypatch: pytest.MonkeyPatch, body: bytes) -> None:
    fast = _outcome(decode_json, body)
    slow = _outcome(_without_orjson(monkeypatch), body)
    assert fast == slow
    assert slow == _outcome(json.loads, body)


@pytest.mark.parametrize("body", BODIES, ids=lambda body: repr(body[:40]))
def test_every_valid_body_decodes(body: bytes) -> None:
    assert _outcome(decode_json, body)[0] == "value"


def test_invalid_bodies_raise_json_decode_error_or_its_relatives() -> None:
    for body in INVALID[:-1]:
        with pytest.raises(ValueError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
            decode_json(body)
    with pytest.raises(RecursionError):
        decode_json(INVALID[-1])


def test_big_integers_stay_exact_integers() -> None:
    assert decode_json(b"18446744073709551616") == 18446744073709551616
    assert type(decode_json(b"[18446744073709551616]")[0]) is int
    # orjson alone would have rounded it into a float:
    assert type(orjson.loads(b"18446744073709551616")) is float


def test_orjson_decodes_ordinary_bodies(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[bytes] = []

    def spy(content: bytes) -> Any:
        seen.append(content)
        return orjson.loads(content)

    monkeypatch.setattr(generated_types, "_FAST_LOADS", spy)
    assert decode_json(b'{"id": 1}') == {"id": 1}
    assert decode_json(b"[18446744073709551616]") == [18446744073709551616]
    assert seen == [b'{"id": 1}']  # the long integer went straight to json


def test_corpus_bodies_decode_the_same_both_ways(monkeypatch: pytest.MonkeyPatch) -> None:
    from support.contract import NO_CORPUS, corpus_dir, manifest_entries

    directory = corpus_dir()
    if directory is None:
        pytest.skip(NO_CORPUS)
    bodies = [Path(directory, entry["file"]).read_bytes() for entry in manifest_entries()]
    fast = [_typed_repr(decode_json(body)) for body in bodies]
    decode_slowly = _without_orjson(monkeypatch)
    assert fast == [_typed_repr(decode_slowly(body)) for body in bodies]


def test_without_orjson_installed_the_standard_library_decodes() -> None:
    code = """
import sys
sys.modules["orjson"] = None  # as if civitai-api[fast] were not installed: import fails
import civitai_api_generated.types as types
assert types._FAST_LOADS is None
assert types.decode_json(b'{"a": [1, 2.5, NaN]}')["a"][:2] == [1, 2.5]
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
