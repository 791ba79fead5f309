"""The fields of an item the export's tables read, as msgspec structs (the `export` extra).

Decoding an item into these structs builds only what a column needs: msgspec skips every
other field (a model's description, an image's many generation settings) without making a
Python object of it, and a column is then read with `attrgetter` in C. Measured on /images
pages: 7.5 µs per image instead of 10.7 for the whole item as dicts (orjson), and the rows
are built in about half the time.

Every leaf is `Any`: a value keeps whatever JSON type Civitai sent, and the lenient readers
of `_values` turn it into the column's type, as they would from a dict. Only the nesting is
typed. An item whose nesting differs (an object where a list was expected, a list element
that is not an object, an item that is not an object at all) is decoded again by `loose`:
as plain JSON, with each misfit replaced by what a missing value gives (none, an empty list),
then converted; so such an item fills its row as far as it can, and never stops the export.
"""

from __future__ import annotations

import json
import typing
from collections.abc import Callable
from typing import Any

import msgspec
import orjson

__all__ = [
    "UNSET",
    "Decoded",
    "IdOnly",
    "Image",
    "ImageMeta",
    "Model",
    "decoder",
    "loose",
    "loose_meta",
    "page_decoder",
]

UNSET: Any = msgspec.UNSET
Decoded = Any  # one of the structs below


class IdOnly(msgspec.Struct, gc=False):
    """What a JSON Lines export reads of an item: its id."""

    id: Any = None


# ----------------------------------------------------------------------------- /images


class ImageStats(msgspec.Struct, gc=False):
    likeCount: Any = None
    heartCount: Any = None
    laughCount: Any = None
    cryCount: Any = None
    commentCount: Any = None


class Resource(msgspec.Struct, gc=False):
    """An entry of `meta.resources` (name, type, hash, weight) or `meta.civitaiResources`
    (type, weight, modelVersionId)."""

    name: Any = None
    type: Any = None
    hash: Any = None
    weight: Any = None
    modelVersionId: Any = None


class ImageMeta(msgspec.Struct, gc=False):
    prompt: Any = None
    negativePrompt: Any = None
    sampler: Any = None
    steps: Any = None
    cfgScale: Any = None
    seed: Any = None
    clipSkip: Any = UNSET  # UNSET: absent, so the older "Clip skip" counts
    clip_skip_text: Any = msgspec.field(default=None, name="Clip skip")
    Size: Any = None
    Model: Any = None
    model_hash: Any = msgspec.field(default=None, name="Model hash")
    resources: list[Resource] | None = None
    civitaiResources: list[Resource] | None = None
    # the nested shape some /images queries answer with: {"id": ..., "meta": {...}}
    id: Any = UNSET
    meta: Any = None


class Image(msgspec.Struct, gc=False):
    id: Any = None
    url: Any = None
    hash: Any = None
    width: Any = None
    height: Any = None
    type: Any = None
    nsfw: Any = None
    nsfwLevel: Any = None
    browsingLevel: Any = None
    createdAt: Any = None
    postId: Any = None
    username: Any = None
    baseModel: Any = None
    modelVersionIds: Any = None
    tags: Any = None
    stats: ImageStats | None = None
    meta: ImageMeta | None = None


# ----------------------------------------------------------------------------- /models


class Creator(msgspec.Struct, gc=False):
    username: Any = None


class ModelStats(msgspec.Struct, gc=False):
    downloadCount: Any = None
    thumbsUpCount: Any = None
    thumbsDownCount: Any = None
    commentCount: Any = None


class VersionStats(msgspec.Struct, gc=False):
    downloadCount: Any = None
    thumbsUpCount: Any = None


class FileMetadata(msgspec.Struct, gc=False):
    format: Any = None
    fp: Any = None
    size: Any = None


class FileHashes(msgspec.Struct, gc=False):
    SHA256: Any = None
    AutoV1: Any = None
    AutoV2: Any = None
    AutoV3: Any = None
    BLAKE3: Any = None
    CRC32: Any = None


class File(msgspec.Struct, gc=False):
    id: Any = None
    name: Any = None
    type: Any = None
    primary: Any = None
    sizeKB: Any = None
    pickleScanResult: Any = None
    virusScanResult: Any = None
    scannedAt: Any = None
    downloadUrl: Any = None
    metadata: FileMetadata | None = None
    hashes: FileHashes | None = None


class VersionImage(msgspec.Struct, gc=False):
    id: Any = None
    url: Any = None
    type: Any = None
    nsfwLevel: Any = None
    width: Any = None
    height: Any = None
    hash: Any = None
    hasMeta: Any = None
    hasPositivePrompt: Any = None
    minor: Any = None
    poi: Any = None


class Version(msgspec.Struct, gc=False):
    id: Any = None
    name: Any = None
    index: Any = None
    baseModel: Any = None
    baseModelType: Any = None
    nsfwLevel: Any = None
    availability: Any = None
    status: Any = None
    createdAt: Any = None
    publishedAt: Any = None
    trainedWords: Any = None
    downloadUrl: Any = None
    stats: VersionStats | None = None
    files: list[File] | None = None
    images: list[VersionImage] | None = None


class Model(msgspec.Struct, gc=False):
    id: Any = None
    name: Any = None
    type: Any = None
    nsfw: Any = None
    nsfwLevel: Any = None
    tags: Any = None
    availability: Any = None
    mode: Any = None
    poi: Any = None
    allowCommercialUse: Any = None
    creator: Creator | None = None
    stats: ModelStats | None = None
    modelVersions: list[Version] | None = None


def page_decoder(item_type: type[msgspec.Struct]) -> Callable[[bytes, list[bytes]], list[Any]]:
    """A function decoding a page's items into `item_type`: all of them in one call on the
    page's body (quicker than one call per item), else, when one of them does not fit, each
    from its own bytes, leniently (`decoder`)."""
    page = msgspec.defstruct(f"{item_type.__name__}Page", [("items", list[item_type])], gc=False)  # type: ignore[valid-type]
    whole: Callable[[bytes], Any] = msgspec.json.Decoder(page).decode
    one = decoder(item_type)

    def decode(body: bytes, raws: list[bytes]) -> list[Any]:
        try:
            items: list[Any] = whole(body).items
        except msgspec.ValidationError:
            return list(map(one, raws))
        return items

    return decode


def decoder(item_type: type[msgspec.Struct]) -> Callable[[bytes], Decoded]:
    """A function decoding one item's JSON into `item_type`, leniently (see the module)."""
    strict = msgspec.json.Decoder(item_type).decode

    def decode(raw: bytes) -> Decoded:
        try:
            return strict(raw)
        except msgspec.ValidationError:
            return loose(raw, item_type)

    return decode


def loose_meta(meta: dict[str, Any]) -> ImageMeta:
    """A nested `meta` object (already decoded) as `ImageMeta`."""
    return msgspec.convert(_conform(meta, ImageMeta), ImageMeta)


def loose(raw: bytes, item_type: type[msgspec.Struct]) -> Decoded:
    """`raw` as `item_type` with every misfit of its nesting left out (see the module)."""
    try:
        value = orjson.loads(raw)
    except orjson.JSONDecodeError:
        # valid JSON orjson declines: a number beyond a double's range (msgspec took the
        # page as JSON already); the standard library reads it, an int past 4,000 digits
        # (more than Python converts) as a missing value
        value = json.loads(raw, parse_int=_bounded_int)
    return msgspec.convert(_conform(value, item_type), item_type)


def _bounded_int(text: str) -> int | None:
    return int(text) if len(text) <= 4000 else None


def _conform(value: Any, struct: type[msgspec.Struct]) -> dict[str, Any]:
    if not isinstance(value, dict):
        return {}
    conformed = dict(value)
    for field in msgspec.structs.fields(struct):
        inner, is_list = _nested(field.type)
        if inner is None or field.encode_name not in conformed:
            continue
        found = conformed[field.encode_name]
        if is_list:
            found = (
                [_conform(v, inner) for v in found if isinstance(v, dict)]
                if isinstance(found, list)
                else None
            )
        else:
            found = _conform(found, inner) if isinstance(found, dict) else None
        conformed[field.encode_name] = found
    return conformed


def _nested(annotation: Any) -> tuple[type[msgspec.Struct] | None, bool]:
    """The struct inside `X | None` or `list[X] | None`, and whether it is a list."""
    for option in typing.get_args(annotation) or (annotation,):
        if isinstance(option, type) and issubclass(option, msgspec.Struct):
            return option, False
        if typing.get_origin(option) is list:
            (element,) = typing.get_args(option)
            return element, True
    return None, False
