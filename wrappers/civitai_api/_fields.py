"""Read fields of parsed API objects that Civitai may leave out or send as null.

Civitai drops keys whose value is null or empty in several answers (a version inside
`GET /models/{id}` loses `trainedWords: []`, `files: []`, `description: null`), and older
answers lack newer fields, so most attributes of the generated models are `X | Unset` (and
often `| None`). Code that only wants "the value, if there is a usable one" reads the typed
attribute through these helpers, which keeps mypy checking every attribute name and type:
when a property becomes optional in the spec, the type checker points at each reader.
"""

from __future__ import annotations

from typing import TypeVar

from civitai_api_generated.types import Unset

__all__ = ["known", "listed", "nonempty"]

T = TypeVar("T")


def known(value: T | Unset) -> T | None:
    """The value of an attribute, or None when the answer left the key out."""
    return None if isinstance(value, Unset) else value


def nonempty(value: str | Unset | None) -> str | None:
    """A string attribute when it holds text; None when it is missing, null or empty."""
    return value if isinstance(value, str) and value else None


def listed(value: list[T] | Unset | None) -> list[T]:
    """A list attribute, or an empty list when it is missing or null."""
    return value if isinstance(value, list) else []
