"""Lenient readers of JSON values for the export's fixed columns.

Civitai's bodies vary over the years (a number sent as a string, a level as a name, a list
where an object was expected). A column has one type, so each reader returns a value of that
type or None; it never raises. Pure functions, no pyarrow.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "INT64_MAX",
    "INT64_MIN",
    "as_bool",
    "as_float",
    "as_int",
    "as_str",
    "dig",
    "is_int64",
    "str_list",
]

INT64_MIN = -(2**63)
INT64_MAX = 2**63 - 1


def as_int(value: Any) -> int | None:
    """An int64 from an int, an integral float or a decimal string; else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if INT64_MIN <= value <= INT64_MAX else None
    if isinstance(value, float):
        return int(value) if value.is_integer() and abs(value) < 2**63 else None
    if isinstance(value, str):
        text = value.strip()
        if text.lstrip("-").isdigit():
            number = int(text)
            return number if INT64_MIN <= number <= INT64_MAX else None
    return None


def is_int64(value: Any) -> bool:
    """Whether `value` is an int (not a bool) within int64: a column's int as it is, or an
    id the export can keep."""
    return type(value) is int and INT64_MIN <= value <= INT64_MAX


def as_float(value: Any) -> float | None:
    """A float from a number or a numeric string; else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        try:
            return float(value)
        except OverflowError:  # an int beyond a double's range
            return None
    if isinstance(value, str):
        try:
            return float(value.strip())
        except ValueError:
            return None
    return None


def as_str(value: Any) -> str | None:
    """A string as is; a number as its text; anything else None."""
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        try:
            return str(value)
        except ValueError:  # an int of more digits than Python writes out
            return None
    return None


def as_bool(value: Any) -> bool | None:
    """A bool as is (and the strings "true"/"false"); else None."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value in ("true", "false"):
        return value == "true"
    return None


def dig(value: Any, *keys: str) -> Any:
    """`value[k1][k2]...` through dicts only; None where a step is missing."""
    for key in keys:
        if not isinstance(value, dict):
            return None
        value = value.get(key)
    return value


def str_list(value: Any, key: str | None = None) -> list[str]:
    """A list of strings from a list of strings, or of objects holding `key` (tags as
    `{"id", "name"}`); one string becomes a one-item list."""
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list):
        return []
    found: list[str] = []
    for item in value:
        if key is not None and isinstance(item, dict):
            item = item.get(key)
        if isinstance(item, str):
            found.append(item)
    return found
