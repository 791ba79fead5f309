"""Contains some shared types for properties, and the JSON decoding and date-time writing
that every endpoint and model shares.

Every model's `from_dict` sets each attribute itself, as attrs' own `__init__` would (the models
have no validators, converters or post-init hook): a call passing one argument per property
would cost more than building the object."""

import datetime
import json
from collections.abc import Callable, Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define


class Unset:
    """The type of `UNSET`: a property the JSON object did not have."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        # Pickled and copied as the one `UNSET`, so a model read back equals the original.
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


V = TypeVar("V")


class AdditionalProperties(Generic[V]):
    """The base of every model that keeps the keys the spec does not name: they are in
    `additional_properties`, and the model reads and writes them as a dict would
    (`model["key"]`, `model["key"] = value`, `del model["key"]`, `"key" in model`)."""

    # Adds no slot to the attrs classes built on it, which declare `additional_properties`.
    __slots__ = ()
    additional_properties: dict[str, V]

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> V:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: V) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


F = TypeVar("F", bound="FreeForm[Any]")


class FreeForm(AdditionalProperties[V]):
    """The base of a model whose schema names no property: each key of the JSON object is in
    `additional_properties`, its value as the JSON has it."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: every additional property."""
        return dict(self.additional_properties)

    @classmethod
    def from_dict(cls: type[F], src_dict: Mapping[str, Any]) -> F:
        """Build from a decoded JSON object, whose keys are copied, never modified."""
        # Set as attrs' own __init__ would, without the call (see this module's docstring).
        free_form = cls.__new__(cls)
        free_form.additional_properties = dict(src_dict)
        return free_form


def _orjson_loads() -> Callable[[bytes], Any] | None:
    """orjson's decoder when the optional extra `civitai-api[fast]` is installed, else None."""
    try:
        import orjson
    except ImportError:
        return None
    return orjson.loads


_FAST_LOADS = _orjson_loads()

# orjson reads an integer literal outside the 64-bit range as a float, where json keeps an exact
# int. Such a literal has at least 19 digits (-9223372036854775809), so a body holding a run of
# 19 digits is left to json. The run is found by mapping each digit byte to 1, any other to 0.
_DIGIT_BYTES = bytes(0x30 <= byte <= 0x39 for byte in range(256))
_LONG_DIGIT_RUN = b"\x01" * 19


def decode_json(content: bytes) -> Any:
    """Decode a JSON body: with orjson when it is installed, else with the standard library.

    Both give the same value for the same body. What orjson refuses (`NaN`, `Infinity`, a byte
    order mark, UTF-16, lone surrogates) and what it would read differently (integers wider
    than 64 bits) goes to `json.loads`, which returns its value or raises its own
    `json.JSONDecodeError` (a `ValueError`), exactly as without orjson. The one difference left
    is depth: orjson reads arrays and objects nested up to 1024 levels, json as deep as Python's
    recursion limit allows (about 1000) before it raises `RecursionError`.
    """
    if _FAST_LOADS is not None and content.translate(_DIGIT_BYTES).find(_LONG_DIGIT_RUN) < 0:
        try:
            return _FAST_LOADS(content)
        except ValueError:  # orjson.JSONDecodeError subclasses json.JSONDecodeError
            pass
    return json.loads(content)


_UTC_OFFSET = datetime.timedelta(0)


def format_datetime(value: datetime.datetime) -> str:
    """Write a date-time as ISO 8601 text, the way Civitai writes it whenever that is exact.

    Civitai sends JavaScript's `Date.toISOString()`: UTC, milliseconds, `Z`
    (`2025-12-18T09:16:12.062Z`). A UTC date-time with whole milliseconds is written in that
    form, so a body Civitai sent comes back byte for byte; any other (naive, another offset,
    microseconds) as `datetime.isoformat()` writes it. Both read back to the same instant.
    """
    if value.microsecond % 1000 == 0 and value.utcoffset() == _UTC_OFFSET:
        # isoformat ends a zero offset with "+00:00"; Civitai writes "Z" instead.
        return value.isoformat(timespec="milliseconds")[:-6] + "Z"
    return value.isoformat()


__all__ = [
    "UNSET",
    "AdditionalProperties",
    "File",
    "FreeForm",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "decode_json",
    "format_datetime",
]
