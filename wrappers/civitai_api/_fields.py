"""Read fields of parsed API objects that Civitai may leave out or send as null.

Civitai drops keys whose value is null or empty in several answers (a version inside
`GET /models/{id}` loses `trainedWords: []`, `files: []`, `description: null`), and older
rows lack newer fields. The parsed objects then hold `UNSET` or `None`, and a field that is
required today may become optional tomorrow. Code that only wants "the value, if there is a
usable one" reads it through these helpers instead of checking each case where it is used.
"""

from __future__ import annotations

from civitai_api_generated.types import Unset

__all__ = ["field", "flag", "integer", "items", "text"]


def field(obj: object, name: str) -> object | None:
    """`obj.name`, or None when the attribute is missing, unset or null."""
    value = getattr(obj, name, None)
    return None if isinstance(value, Unset) else value


def text(obj: object, name: str) -> str | None:
    """`obj.name` when it is a non-empty string, else None."""
    value = field(obj, name)
    return value if isinstance(value, str) and value else None


def integer(obj: object, name: str) -> int | None:
    """`obj.name` when it is an integer (not a bool), else None."""
    value = field(obj, name)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def flag(obj: object, name: str) -> bool | None:
    """`obj.name` when it is a bool, else None."""
    value = field(obj, name)
    return value if isinstance(value, bool) else None


def items(obj: object, name: str) -> list[object]:
    """`obj.name` when it is a list (a copy), else an empty list."""
    value = field(obj, name)
    return list(value) if isinstance(value, list) else []
