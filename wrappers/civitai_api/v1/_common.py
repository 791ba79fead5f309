"""Pieces every endpoint module of `civitai_api.v1` shares: argument checks and query kwargs."""

from __future__ import annotations

import re
from collections.abc import Sequence

from civitai_api_generated.types import UNSET

from .._exceptions import QueryParamsError
from .._query import MAX_INT4, QuerySpec, build_query

__all__ = ["check_hash", "check_hashes", "check_id", "check_ids", "list_kwargs"]

_HEX = re.compile(r"[0-9A-Fa-f]+")
# the shortest hash Civitai indexes (AutoV1, CRC32) has 8 hex digits, the
# longest (SHA256, BLAKE3) 64.
_HASH_LENGTHS = range(8, 65)
_SHA256_LENGTH = 64


def list_kwargs(spec: QuerySpec, opts: object | None, opts_type: type) -> dict[str, object]:
    """Validate a list endpoint's options and build the generated function's kwargs.

    Every parameter the user left out is passed as `UNSET`, so the request carries exactly what
    the user asked for, not the defaults the spec documents.

    Raises:
        QueryParamsError: `opts` is not an `opts_type`, or fails its checks.
    """
    if opts is not None and not isinstance(opts, opts_type):
        raise QueryParamsError(
            f"opts must be a {opts_type.__name__}, not {type(opts).__name__}", param="opts"
        )
    sent = build_query(spec, opts)
    return {param.keyword: UNSET for param in spec.params} | sent


def check_id(name: str, value: object) -> int:
    """Check that `value` is a Civitai id (a positive int4) and return it.

    Raises:
        QueryParamsError: It is not an int in 1..2147483647.
    """
    if isinstance(value, bool) or not isinstance(value, int):
        raise QueryParamsError(f"{name} must be an int, got {value!r}", param=name)
    if not 1 <= value <= MAX_INT4:
        raise QueryParamsError(f"{name} must be between 1 and {MAX_INT4}, got {value}", param=name)
    return int(value)


def _batch(name: str, values: object, kind: str, at_most: int | None) -> Sequence[object]:
    """Check a non-empty list or tuple of at most `at_most` items (`kind`: what they are).

    Raises:
        QueryParamsError: Not a list or tuple, empty, or too long.
    """
    if not isinstance(values, list | tuple):
        raise QueryParamsError(f"{name} must be a list of {kind}, got {values!r}", param=name)
    if not values:
        raise QueryParamsError(f"{name} is empty: it takes one or more {kind}", param=name)
    if at_most is not None and len(values) > at_most:
        raise QueryParamsError(
            f"{name} takes at most {at_most} {kind} per request, got {len(values)}", param=name
        )
    return values


def check_ids(name: str, values: object, *, at_most: int | None = None) -> list[int]:
    """Check a non-empty sequence of ids and return it as a list.

    Raises:
        QueryParamsError: Not a list or tuple, empty, too long, or an item is not an id.
    """
    return [check_id(name, value) for value in _batch(name, values, "ids", at_most)]


def check_hash(name: str, value: object) -> str:
    """Check a file hash of any type Civitai indexes (hex) and return it upper-cased.

    Raises:
        QueryParamsError: Not a hex string of 8 to 64 digits (it becomes part of the path).
    """
    if not isinstance(value, str) or not _HEX.fullmatch(value.strip()):
        raise QueryParamsError(f"{name} must be a hexadecimal hash, got {value!r}", param=name)
    text = value.strip()
    if len(text) not in _HASH_LENGTHS:
        raise QueryParamsError(
            f"{name} must have 8 to 64 hex digits (AutoV1 … SHA256), got {len(text)}", param=name
        )
    return text.upper()


def check_hashes(name: str, values: Sequence[str], *, at_most: int) -> list[str]:
    """Check a non-empty batch of SHA256 hashes and upper-case them.

    Raises:
        QueryParamsError: Not a list or tuple, empty, too long, or an item is not a SHA256.
    """
    hashes = [check_hash(name, value) for value in _batch(name, values, "hashes", at_most)]
    for value in hashes:
        if len(value) != _SHA256_LENGTH:
            raise QueryParamsError(
                f"{name} only matches SHA256 hashes (64 hex digits), got {value!r}", param=name
            )
    return hashes
