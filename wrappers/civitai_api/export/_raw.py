"""One page's bytes → the decoded items and each item's exact bytes, decoding the page once.

With msgspec (the `export` extra), the page is split first: msgspec decodes the page with its
`items` as `msgspec.Raw`, the exact bytes of each item (checked as JSON, not decoded), then
each item's bytes are decoded alone. That is quicker than decoding the whole page (and far
quicker than encoding each item again to find its bytes), whatever the page's spacing.

Without msgspec, the page is decoded once; each item is then encoded again with the same
encoder, and where those bytes are exactly the next bytes of the page (the usual case), they
are the item as sent. When they are not (an indented body, other number spellings) the item's
span is found by scanning the page's structure instead. Either way `raw` is what the server
sent, byte for byte.
"""

from __future__ import annotations

import json
import operator
from typing import Any

__all__ = ["Page", "decode_page"]

try:  # the `fast` extra; the standard library gives the same values
    import orjson

    _loads: Any = orjson.loads

    def _dumps(value: Any) -> bytes:
        return orjson.dumps(value)

except ImportError:  # pragma: no cover - orjson is installed with the export extra
    _loads = json.loads

    def _dumps(value: Any) -> bytes:
        return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode()


try:  # the `export` extra
    import msgspec
except ImportError:  # pragma: no cover - msgspec is installed with the export extra
    msgspec = None  # type: ignore[assignment]

if msgspec is not None:

    class _Split(msgspec.Struct):
        """A list page with its items (and metadata) left as their exact bytes."""

        items: list[msgspec.Raw]
        metadata: msgspec.Raw = msgspec.Raw(b"null")

    _split = msgspec.json.Decoder(_Split).decode

_PREFIX = b'{"items":['
_WHITESPACE = b" \t\r\n"


class Page:
    """A decoded list page: its items, their exact bytes, each item's `id` (None when it has
    none), and its `metadata` object."""

    __slots__ = ("ids", "items", "metadata", "raw")

    def __init__(
        self, items: list[Any], raw: list[bytes], metadata: dict[str, Any], ids: list[Any]
    ) -> None:
        self.items = items
        self.raw = raw
        self.metadata = metadata
        self.ids = ids


def decode_page(body: bytes, item_type: type | None = None) -> Page:
    """Decode a list page (`{"items": [...], "metadata": {...}}`).

    With `item_type` (one of `_items`' structs; needs msgspec) each item is decoded into it,
    else as plain JSON values.

    Raises:
        ValueError: The body is not JSON, or not an object with an `items` list.
    """
    if msgspec is not None:
        return _split_page(body, item_type)
    data = _loads(body)
    if not isinstance(data, dict) or not isinstance(data.get("items"), list):
        raise ValueError("the page is not an object with an items list")
    items: list[Any] = data["items"]
    metadata = data.get("metadata")
    raw = _fast_spans(body, items)
    if raw is None:
        raw = _scanned_spans(body, len(items))
    return Page(items, raw, metadata if isinstance(metadata, dict) else {}, _ids(items))


def _split_page(body: bytes, item_type: type | None) -> Page:
    try:
        split = _split(body)
    except msgspec.DecodeError as error:  # not JSON, or no items list
        raise ValueError(f"the page is not a JSON object with an items list ({error})") from None
    raw = [bytes(item) for item in split.items]
    metadata = _loads(bytes(split.metadata))
    metadata = metadata if isinstance(metadata, dict) else {}
    if item_type is None:
        items = [_loads(item) for item in raw]
        return Page(items, raw, metadata, _ids(items))
    from ._items import page_decoder

    decode = _decoders.get(item_type)
    if decode is None:
        decode = _decoders[item_type] = page_decoder(item_type)
    items = decode(body, raw)
    return Page(items, raw, metadata, list(map(_ID, items)))


_decoders: dict[type, Any] = {}
_ID = operator.attrgetter("id")


def _ids(items: list[Any]) -> list[Any]:
    return [item.get("id") if type(item) is dict else None for item in items]


def _fast_spans(body: bytes, items: list[Any]) -> list[bytes] | None:
    """Each item re-encoded, if the page is exactly those encodings joined by commas."""
    if not body.startswith(_PREFIX):
        return None
    position = len(_PREFIX)
    raw: list[bytes] = []
    for item in items:
        encoded = _dumps(item)
        if not body.startswith(encoded, position):
            return None
        position += len(encoded)
        raw.append(encoded)
        if body[position : position + 1] == b",":
            position += 1
    return raw if body[position : position + 1] == b"]" else None


def _scanned_spans(body: bytes, count: int) -> list[bytes]:
    """The bytes of each element of the top-level `items` array, found by walking the
    structure (strings skipped whole), for bodies the fast path cannot take."""
    text = body
    start = _items_array_start(text)
    spans: list[bytes] = []
    depth = 0
    position = start
    item_start = -1
    size = len(text)
    while position < size and len(spans) < count:
        char = text[position]
        if char == 0x22:  # a string: jump to its closing quote
            position = _string_end(text, position)
            if depth == 0 and item_start < 0:
                item_start = position  # a bare string item; unlikely, handled anyway
            continue
        if char in b"{[":
            if depth == 0:
                item_start = position
            depth += 1
        elif char in b"}]":
            if depth == 0:
                break  # the end of the items array
            depth -= 1
            if depth == 0:
                spans.append(text[item_start : position + 1])
                item_start = -1
        elif depth == 0 and char == 0x2C:  # a comma between scalar items
            item_start = -1
        position += 1
    if len(spans) != count:
        # scalar items (not objects): fall back to their re-encoding
        return [_dumps(item) for item in _loads(body)["items"]]
    return spans


def _items_array_start(body: bytes) -> int:
    """The index just after the `[` of the top-level `"items"` array."""
    depth = 0
    position = 0
    size = len(body)
    while position < size:
        char = body[position]
        if char == 0x22:
            end = _string_end(body, position)
            if depth == 1 and body[position:end] == b'"items"':
                colon = end
                while body[colon] in _WHITESPACE:
                    colon += 1
                if body[colon] == 0x3A:
                    bracket = colon + 1
                    while body[bracket] in _WHITESPACE:
                        bracket += 1
                    return bracket + 1
            position = end
            continue
        if char in b"{[":
            depth += 1
        elif char in b"}]":
            depth -= 1
        position += 1
    raise ValueError("no items array in the page")


def _string_end(body: bytes, quote: int) -> int:
    """The index just after the string that starts at `quote`."""
    position = quote + 1
    while True:
        end = body.index(b'"', position)
        backslashes = 0
        while body[end - 1 - backslashes] == 0x5C:
            backslashes += 1
        if backslashes % 2 == 0:
            return end + 1
        position = end + 1
