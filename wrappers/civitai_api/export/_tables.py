"""The export's tables: their columns (name, kind) and how each item fills them.

One place defines the schema: `_parquet` turns the kinds into Arrow types, docs/export.md lists
the same names. The builders are pure: an item (decoded JSON) appends one row per table entity
to plain Python lists, one list per column.

Kinds: `int` (int64), `float` (float64), `bool`, `str`, `ts` (a UTC timestamp, sent as ISO 8601
text), `str_list`, `int_list`, `resources` (list of {name, type, hash, weight,
model_version_id}), `raw` (the item's JSON text exactly as received).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import chain, repeat
from typing import Any

from ._values import as_bool, as_float, as_int, as_str, str_list

__all__ = ["IMAGES_EXPORT", "MODELS_EXPORT", "Columns", "ExportTables", "Table"]

Columns = dict[str, list[Any]]


@dataclass(frozen=True)
class Table:
    """One table of an export: its folder name and its columns in order."""

    name: str
    columns: tuple[tuple[str, str], ...]

    def empty(self) -> Columns:
        return {name: [] for name, _ in self.columns}


MODELS = Table(
    "models",
    (
        ("id", "int"),
        ("name", "str"),
        ("type", "str"),
        ("creator", "str"),
        ("nsfw", "bool"),
        ("nsfw_level", "int"),
        ("tags", "str_list"),
        ("base_models", "str_list"),
        ("availability", "str"),
        ("mode", "str"),
        ("poi", "bool"),
        ("allow_commercial_use", "str_list"),
        ("download_count", "int"),
        ("thumbs_up_count", "int"),
        ("thumbs_down_count", "int"),
        ("comment_count", "int"),
        ("raw", "raw"),
    ),
)
VERSIONS = Table(
    "versions",
    (
        ("id", "int"),
        ("model_id", "int"),
        ("name", "str"),
        ("index", "int"),
        ("type", "str"),
        ("creator", "str"),
        ("base_model", "str"),
        ("base_model_type", "str"),
        ("nsfw_level", "int"),
        ("availability", "str"),
        ("status", "str"),
        ("created_at", "ts"),
        ("published_at", "ts"),
        ("trained_words", "str_list"),
        ("download_count", "int"),
        ("thumbs_up_count", "int"),
        ("download_url", "str"),
    ),
)
FILES = Table(
    "files",
    (
        ("id", "int"),
        ("version_id", "int"),
        ("model_id", "int"),
        ("name", "str"),
        ("type", "str"),
        ("primary", "bool"),
        ("size_kb", "float"),
        ("format", "str"),
        ("fp", "str"),
        ("size", "str"),
        ("pickle_scan_result", "str"),
        ("virus_scan_result", "str"),
        ("scanned_at", "ts"),
        ("sha256", "str"),
        ("autov1", "str"),
        ("autov2", "str"),
        ("autov3", "str"),
        ("blake3", "str"),
        ("crc32", "str"),
        ("download_url", "str"),
    ),
)
VERSION_IMAGES = Table(
    "images",
    (
        ("id", "int"),
        ("version_id", "int"),
        ("model_id", "int"),
        ("url", "str"),
        ("type", "str"),
        ("nsfw_level", "int"),
        ("width", "int"),
        ("height", "int"),
        ("hash", "str"),
        ("has_meta", "bool"),
        ("has_positive_prompt", "bool"),
        ("minor", "bool"),
        ("poi", "bool"),
    ),
)
IMAGES = Table(
    "images",
    (
        ("id", "int"),
        ("post_id", "int"),
        ("url", "str"),
        ("type", "str"),
        ("width", "int"),
        ("height", "int"),
        ("hash", "str"),
        ("nsfw", "bool"),
        ("nsfw_level", "int"),
        ("nsfw_level_name", "str"),
        ("created_at", "ts"),
        ("creator", "str"),
        ("base_model", "str"),
        ("model_version_ids", "int_list"),
        ("tags", "str_list"),
        ("like_count", "int"),
        ("heart_count", "int"),
        ("laugh_count", "int"),
        ("cry_count", "int"),
        ("comment_count", "int"),
        ("prompt", "str"),
        ("negative_prompt", "str"),
        ("sampler", "str"),
        ("steps", "int"),
        ("cfg_scale", "float"),
        ("seed", "int"),
        ("clip_skip", "int"),
        ("size", "str"),
        ("model_name", "str"),
        ("model_hash", "str"),
        ("resources", "resources"),
        ("raw", "raw"),
    ),
)

# The hash columns of `files`, by the name Civitai gives each in `hashes`.
_HASHES = (
    ("SHA256", "sha256"),
    ("AutoV1", "autov1"),
    ("AutoV2", "autov2"),
    ("AutoV3", "autov3"),
    ("BLAKE3", "blake3"),
    ("CRC32", "crc32"),
)
# /images `nsfwLevel` names → the numeric level, for old answers without `browsingLevel`.
_LEVEL_BY_NAME = {"None": 1, "Soft": 2, "Mature": 4, "X": 8}
_INT64_MIN = -(2**63)
_INT64_MAX = 2**63 - 1


def _build_models(items: list[dict[str, Any]], raws: list[bytes]) -> dict[str, Columns]:
    """The rows of one /models page in every table, column by column: the versions, files
    and images of all models are gathered into flat lists first, then each column is read
    with `dict.get` in C (quicker than appending item by item)."""
    version_lists = [_objects(versions) for versions in _get(items, "modelVersions")]
    versions = list(chain.from_iterable(version_lists))
    per_model = list(map(len, version_lists))
    model_ids = _ints(_get(items, "id"))
    model_types = _strs(_get(items, "type"))
    creators = _strs(
        [c.get("username") if type(c) is dict else None for c in _get(items, "creator")]
    )
    stats = _dicts(_get(items, "stats"))
    models: Columns = {
        "id": model_ids,
        "name": _strs(_get(items, "name")),
        "type": model_types,
        "creator": creators,
        "nsfw": _bools(_get(items, "nsfw")),
        "nsfw_level": _ints(_get(items, "nsfwLevel")),
        "tags": [_str_list(tags, "name") for tags in _get(items, "tags")],
        "base_models": [_base_models(versions) for versions in version_lists],
        "availability": _strs(_get(items, "availability")),
        "mode": _strs(_get(items, "mode")),
        "poi": _bools(_get(items, "poi")),
        "allow_commercial_use": [_str_list(v) for v in _get(items, "allowCommercialUse")],
        "download_count": _ints(_get(stats, "downloadCount")),
        "thumbs_up_count": _ints(_get(stats, "thumbsUpCount")),
        "thumbs_down_count": _ints(_get(stats, "thumbsDownCount")),
        "comment_count": _ints(_get(stats, "commentCount")),
        "raw": raws,
    }
    version_ids = _ints(_get(versions, "id"))
    version_model_ids = _spread(model_ids, per_model)
    version_stats = _dicts(_get(versions, "stats"))
    version_rows: Columns = {
        "id": version_ids,
        "model_id": version_model_ids,
        "name": _strs(_get(versions, "name")),
        "index": _ints(_get(versions, "index")),
        "type": _spread(model_types, per_model),
        "creator": _spread(creators, per_model),
        "base_model": _strs(_get(versions, "baseModel")),
        "base_model_type": _strs(_get(versions, "baseModelType")),
        "nsfw_level": _ints(_get(versions, "nsfwLevel")),
        "availability": _strs(_get(versions, "availability")),
        "status": _strs(_get(versions, "status")),
        "created_at": _strs(_get(versions, "createdAt")),
        "published_at": _strs(_get(versions, "publishedAt")),
        "trained_words": [_str_list(words) for words in _get(versions, "trainedWords")],
        "download_count": _ints(_get(version_stats, "downloadCount")),
        "thumbs_up_count": _ints(_get(version_stats, "thumbsUpCount")),
        "download_url": _strs(_get(versions, "downloadUrl")),
    }
    file_lists = [_objects(files) for files in _get(versions, "files")]
    image_lists = [_objects(images) for images in _get(versions, "images")]
    return {
        "models": models,
        "versions": version_rows,
        "files": _files(file_lists, version_ids, version_model_ids),
        "images": _version_images(image_lists, version_ids, version_model_ids),
    }


def _files(
    per_version: list[list[dict[str, Any]]],
    version_ids: list[int | None],
    model_ids: list[int | None],
) -> Columns:
    files = list(chain.from_iterable(per_version))
    counts = list(map(len, per_version))
    metadata = _dicts(_get(files, "metadata"))
    hashes = _dicts(_get(files, "hashes"))
    columns: Columns = {
        "id": _ints(_get(files, "id")),
        "version_id": _spread(version_ids, counts),
        "model_id": _spread(model_ids, counts),
        "name": _strs(_get(files, "name")),
        "type": _strs(_get(files, "type")),
        "primary": _bools(_get(files, "primary")),
        "size_kb": _floats(_get(files, "sizeKB")),
        "format": _strs(_get(metadata, "format")),
        "fp": _strs(_get(metadata, "fp")),
        "size": _strs(_get(metadata, "size")),
        "pickle_scan_result": _strs(_get(files, "pickleScanResult")),
        "virus_scan_result": _strs(_get(files, "virusScanResult")),
        "scanned_at": _strs(_get(files, "scannedAt")),
    }
    for key, column in _HASHES:
        columns[column] = [value.upper() if value else None for value in _strs(_get(hashes, key))]
    columns["download_url"] = _strs(_get(files, "downloadUrl"))
    return columns


def _version_images(
    per_version: list[list[dict[str, Any]]],
    version_ids: list[int | None],
    model_ids: list[int | None],
) -> Columns:
    images = list(chain.from_iterable(per_version))
    counts = list(map(len, per_version))
    levels = _get(images, "nsfwLevel")
    return {
        "id": _ints(_get(images, "id")),
        "version_id": _spread(version_ids, counts),
        "model_id": _spread(model_ids, counts),
        "url": _strs(_get(images, "url")),
        "type": _strs(_get(images, "type")),
        "nsfw_level": _ints([_level(v) if type(v) is str else v for v in levels])
        if str in set(map(type, levels))
        else _ints(levels),
        "width": _ints(_get(images, "width")),
        "height": _ints(_get(images, "height")),
        "hash": _strs(_get(images, "hash")),
        "has_meta": _bools(_get(images, "hasMeta")),
        "has_positive_prompt": _bools(_get(images, "hasPositivePrompt")),
        "minor": _bools(_get(images, "minor")),
        "poi": _bools(_get(images, "poi")),
    }


def _get(objects: list[dict[str, Any]], key: str) -> list[Any]:
    """`key` of every object (all dicts), walked in C."""
    return list(map(dict.get, objects, repeat(key)))


def _spread(values: list[Any], counts: list[int]) -> list[Any]:
    """Each parent's value once per child (`counts[i]` children of parent `i`)."""
    return list(chain.from_iterable(map(repeat, values, counts)))


def _objects(value: Any) -> list[dict[str, Any]]:
    """The objects of a JSON list (anything else: none)."""
    if type(value) is not list:
        return []
    return (
        value if _DICT_ONLY.issuperset(map(type, value)) else [v for v in value if type(v) is dict]
    )


def _dicts(values: list[Any]) -> list[dict[str, Any]]:
    return values if _DICT_ONLY.issuperset(map(type, values)) else [_dict(v) for v in values]


def _base_models(versions: list[dict[str, Any]]) -> list[str]:
    """The versions' base models, each once, in order."""
    return list(
        dict.fromkeys(b for b in map(dict.get, versions, repeat("baseModel")) if type(b) is str)
    )


def _str_list(value: Any, key: str | None = None) -> list[str]:
    if type(value) is list and _STR_ONLY.issuperset(map(type, value)):
        return value
    return str_list(value, key)


def _level(name: str) -> int | None:
    return _LEVEL_BY_NAME.get(name, as_int(name))


def _build_images(items: list[dict[str, Any]], raws: list[bytes]) -> dict[str, Columns]:
    """The `images` rows of one page, column by column (quicker than item by item)."""

    # `map(dict.get, ...)` walks a column in C; every item and meta here is a dict
    def get(key: str) -> list[Any]:
        return list(map(dict.get, items, repeat(key)))

    metas = [_meta(m) for m in get("meta")]
    stats = _dicts(get("stats"))

    def meta(key: str) -> list[Any]:
        return list(map(dict.get, metas, repeat(key)))

    def stat(key: str) -> list[int | None]:
        return _ints(list(map(dict.get, stats, repeat(key))))

    names = get("nsfwLevel")
    levels = _ints(get("browsingLevel"))
    if None in levels:  # older answers: only the level's name
        levels = [
            level if level is not None else (_level(n) if isinstance(n, str) else as_int(n))
            for level, n in zip(levels, names, strict=True)
        ]
    version_ids = [_int_list(ids) for ids in get("modelVersionIds")]
    clip_skip = [m.get("clipSkip", m.get("Clip skip")) for m in metas]
    columns: Columns = {
        "id": _ints(get("id")),
        "post_id": _ints(get("postId")),
        "url": _strs(get("url")),
        "type": _strs(get("type")),
        "width": _ints(get("width")),
        "height": _ints(get("height")),
        "hash": _strs(get("hash")),
        "nsfw": _bools(get("nsfw")),
        "nsfw_level": levels,
        "nsfw_level_name": [n if isinstance(n, str) else None for n in names],
        "created_at": _strs(get("createdAt")),
        "creator": _strs(get("username")),
        "base_model": _strs(get("baseModel")),
        "model_version_ids": version_ids,
        "tags": [str_list(tags, "name") if tags else [] for tags in get("tags")],
        "like_count": stat("likeCount"),
        "heart_count": stat("heartCount"),
        "laugh_count": stat("laughCount"),
        "cry_count": stat("cryCount"),
        "comment_count": stat("commentCount"),
        "prompt": _strs(meta("prompt")),
        "negative_prompt": _strs(meta("negativePrompt")),
        "sampler": _strs(meta("sampler")),
        "steps": _ints(meta("steps")),
        "cfg_scale": _floats(meta("cfgScale")),
        "seed": _ints(meta("seed")),
        "clip_skip": _ints(clip_skip),
        "size": _strs(meta("Size")),
        "model_name": _strs(meta("Model")),
        "model_hash": _strs(meta("Model hash")),
        "resources": [_resources(m) if m else [] for m in metas],
        "raw": raws,
    }
    return {"images": columns}


def _meta(meta: Any) -> dict[str, Any]:
    if isinstance(meta, dict) and isinstance(meta.get("meta"), dict) and "id" in meta:
        meta = meta["meta"]  # the nested shape some /images queries answer with
    return meta if isinstance(meta, dict) else {}


def _int_list(values: Any) -> list[int]:
    if not isinstance(values, list):
        return []
    for value in values:
        if type(value) is not int:
            return [n for n in (as_int(v) for v in values) if n is not None]
    return values


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


# The checks below run in C (`map(type, ...)` into a set test): a column whose values already
# have the column's type (the usual case) is taken as it is; only others are read one by one.
_INT_ONLY = frozenset({int, type(None)})
_BOOL_ONLY = frozenset({bool, type(None)})
_FLOAT_ONLY = frozenset({float, type(None)})
_STR_ONLY = frozenset({str, type(None)})
_DICT_ONLY = frozenset({dict})


def _ints(values: list[Any]) -> list[int | None]:
    """The values as int64s (`as_int`)."""
    if _INT_ONLY.issuperset(map(type, values)):
        present = list(filter(None, values))
        if not present or (min(present) >= _INT64_MIN and max(present) <= _INT64_MAX):
            return values
    return [as_int(v) for v in values]


def _bools(values: list[Any]) -> list[bool | None]:
    return values if _BOOL_ONLY.issuperset(map(type, values)) else [as_bool(v) for v in values]


def _floats(values: list[Any]) -> list[float | None]:
    if _FLOAT_ONLY.issuperset(map(type, values)):
        return values
    return [v if type(v) is float else float(v) if type(v) is int else as_float(v) for v in values]


def _strs(values: list[Any]) -> list[str | None]:
    return values if _STR_ONLY.issuperset(map(type, values)) else [as_str(v) for v in values]


def _resources(meta: dict[str, Any]) -> list[tuple[Any, ...]]:
    """`meta.resources` (name, type, hash, weight) and `meta.civitaiResources` (type, weight,
    modelVersionId) as one list of (name, type, hash, weight, model_version_id): the fields
    of the `resources` struct in order (Arrow reads a tuple as a struct, quicker than a dict)."""
    found: list[tuple[Any, ...]] = []
    for key in ("resources", "civitaiResources"):
        entries = meta.get(key)
        if not isinstance(entries, list):
            continue
        for entry in entries:
            if not isinstance(entry, dict):
                continue
            name, kind, hash_ = entry.get("name"), entry.get("type"), entry.get("hash")
            weight, version = entry.get("weight"), entry.get("modelVersionId")
            found.append(
                (
                    name if name is None or type(name) is str else as_str(name),
                    kind if kind is None or type(kind) is str else as_str(kind),
                    hash_ if hash_ is None or type(hash_) is str else as_str(hash_),
                    weight
                    if type(weight) is float
                    else float(weight)
                    if type(weight) is int
                    else as_float(weight),
                    version if version is None or type(version) is int else as_int(version),
                )
            )
    return found


@dataclass(frozen=True)
class ExportTables:
    """The tables of one kind of export and the builder that makes one page's rows.

    `build(items, raws)` takes the page's items (decoded objects) and their JSON text, and
    returns each table's columns (`raw` as the bytes received).
    """

    tables: tuple[Table, ...]
    build: Callable[[list[dict[str, Any]], list[bytes]], dict[str, Columns]]


MODELS_EXPORT = ExportTables((MODELS, VERSIONS, FILES, VERSION_IMAGES), _build_models)
IMAGES_EXPORT = ExportTables((IMAGES,), _build_images)
