"""The export's tables: their columns (name, kind) and how each item fills them.

One place defines the schema: `_parquet` turns the kinds into Arrow types, docs/export.md lists
the same names. The builders are pure: a page's items (decoded into the structs of `_items`)
give one row per table entity, as plain Python lists, one list per column, built column by
column rather than item by item.

Kinds: `int` (int64), `float` (float64), `bool`, `str`, `text` (a string that rarely repeats: a
URL, a prompt, a hash), `ts` (a UTC timestamp, sent as ISO 8601 text), `str_list`, `int_list`,
`resources` (list of {name, type, hash, weight, model_version_id}), `raw` (the item's JSON
text exactly as received).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from itertools import chain, islice, repeat
from operator import attrgetter
from typing import Any

from ._values import INT64_MAX, INT64_MIN, as_bool, as_float, as_int, as_str, is_int64, str_list

__all__ = ["IMAGES_EXPORT", "MODELS_EXPORT", "Columns", "ExportTables", "Table", "in_range"]

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
        ("download_url", "text"),
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
        ("sha256", "text"),
        ("autov1", "text"),
        ("autov2", "text"),
        ("autov3", "text"),
        ("blake3", "text"),
        ("crc32", "text"),
        ("download_url", "text"),
    ),
)
VERSION_IMAGES = Table(
    "images",
    (
        ("id", "int"),
        ("version_id", "int"),
        ("model_id", "int"),
        ("url", "text"),
        ("type", "str"),
        ("nsfw_level", "int"),
        ("width", "int"),
        ("height", "int"),
        ("hash", "text"),
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
        ("url", "text"),
        ("type", "str"),
        ("width", "int"),
        ("height", "int"),
        ("hash", "text"),
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
        ("prompt", "text"),
        ("negative_prompt", "text"),
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
_BASE_MODEL = attrgetter("baseModel")


def _build_models(items: list[Any], raws: list[bytes]) -> dict[str, Columns]:
    """The rows of one /models page in every table, column by column: the versions, files
    and images of all models are gathered into flat lists first, then read into columns by
    `_fields` in C (quicker than appending item by item)."""
    from ._items import ModelStats, VersionStats

    items_cols = _fields(items)
    version_lists = _lists(items_cols["modelVersions"])
    versions = list(chain.from_iterable(version_lists))
    versions_cols = _fields(versions)
    per_model = list(map(len, version_lists))
    model_ids = _ints(items_cols["id"])
    model_types = _strs(items_cols["type"])
    creators = _strs([None if c is None else c.username for c in items_cols["creator"]])
    stats = _or(items_cols["stats"], ModelStats())
    stats_cols = _fields(stats)
    models: Columns = {
        "id": model_ids,
        "name": _strs(items_cols["name"]),
        "type": model_types,
        "creator": creators,
        "nsfw": _bools(items_cols["nsfw"]),
        "nsfw_level": _ints(items_cols["nsfwLevel"]),
        "tags": [_str_list(tags, "name") for tags in items_cols["tags"]],
        "base_models": [_base_models(versions) for versions in version_lists],
        "availability": _strs(items_cols["availability"]),
        "mode": _strs(items_cols["mode"]),
        "poi": _bools(items_cols["poi"]),
        "allow_commercial_use": [_str_list(v) for v in items_cols["allowCommercialUse"]],
        "download_count": _ints(stats_cols["downloadCount"]),
        "thumbs_up_count": _ints(stats_cols["thumbsUpCount"]),
        "thumbs_down_count": _ints(stats_cols["thumbsDownCount"]),
        "comment_count": _ints(stats_cols["commentCount"]),
        "raw": raws,
    }
    version_ids = _ints(versions_cols["id"])
    version_model_ids = _spread(model_ids, per_model)
    version_stats = _or(versions_cols["stats"], VersionStats())
    version_stats_cols = _fields(version_stats)
    version_rows: Columns = {
        "id": version_ids,
        "model_id": version_model_ids,
        "name": _strs(versions_cols["name"]),
        "index": _ints(versions_cols["index"]),
        "type": _spread(model_types, per_model),
        "creator": _spread(creators, per_model),
        "base_model": _strs(versions_cols["baseModel"]),
        "base_model_type": _strs(versions_cols["baseModelType"]),
        "nsfw_level": _ints(versions_cols["nsfwLevel"]),
        "availability": _strs(versions_cols["availability"]),
        "status": _strs(versions_cols["status"]),
        "created_at": _strs(versions_cols["createdAt"]),
        "published_at": _strs(versions_cols["publishedAt"]),
        "trained_words": [_str_list(words) for words in versions_cols["trainedWords"]],
        "download_count": _ints(version_stats_cols["downloadCount"]),
        "thumbs_up_count": _ints(version_stats_cols["thumbsUpCount"]),
        "download_url": _strs(versions_cols["downloadUrl"]),
    }
    file_lists = _lists(versions_cols["files"])
    image_lists = _lists(versions_cols["images"])
    return {
        "models": models,
        "versions": version_rows,
        "files": _files(file_lists, version_ids, version_model_ids),
        "images": _version_images(image_lists, version_ids, version_model_ids),
    }


def _files(
    per_version: list[list[Any]], version_ids: list[int | None], model_ids: list[int | None]
) -> Columns:
    from ._items import FileHashes, FileMetadata

    files = list(chain.from_iterable(per_version))
    files_cols = _fields(files)
    counts = list(map(len, per_version))
    metadata = _or(files_cols["metadata"], FileMetadata())
    hashes = _or(files_cols["hashes"], FileHashes())
    metadata_cols, hashes_cols = _fields(metadata), _fields(hashes)
    columns: Columns = {
        "id": _ints(files_cols["id"]),
        "version_id": _spread(version_ids, counts),
        "model_id": _spread(model_ids, counts),
        "name": _strs(files_cols["name"]),
        "type": _strs(files_cols["type"]),
        "primary": _bools(files_cols["primary"]),
        "size_kb": _floats(files_cols["sizeKB"]),
        "format": _strs(metadata_cols["format"]),
        "fp": _strs(metadata_cols["fp"]),
        "size": _strs(metadata_cols["size"]),
        "pickle_scan_result": _strs(files_cols["pickleScanResult"]),
        "virus_scan_result": _strs(files_cols["virusScanResult"]),
        "scanned_at": _strs(files_cols["scannedAt"]),
    }
    for key, column in _HASHES:
        columns[column] = [value.upper() if value else None for value in _strs(hashes_cols[key])]
    columns["download_url"] = _strs(files_cols["downloadUrl"])
    return columns


def _version_images(
    per_version: list[list[Any]], version_ids: list[int | None], model_ids: list[int | None]
) -> Columns:
    images = list(chain.from_iterable(per_version))
    images_cols = _fields(images)
    counts = list(map(len, per_version))
    levels = images_cols["nsfwLevel"]
    return {
        "id": _ints(images_cols["id"]),
        "version_id": _spread(version_ids, counts),
        "model_id": _spread(model_ids, counts),
        "url": _strs(images_cols["url"]),
        "type": _strs(images_cols["type"]),
        "nsfw_level": _ints([_level(v) if type(v) is str else v for v in levels])
        if str in set(map(type, levels))
        else _ints(levels),
        "width": _ints(images_cols["width"]),
        "height": _ints(images_cols["height"]),
        "hash": _strs(images_cols["hash"]),
        "has_meta": _bools(images_cols["hasMeta"]),
        "has_positive_prompt": _bools(images_cols["hasPositivePrompt"]),
        "minor": _bools(images_cols["minor"]),
        "poi": _bools(images_cols["poi"]),
    }


def _fields(structs: list[Any]) -> dict[str, list[Any]]:
    """Every field of `structs` (all of one type of `_items`) as a column: one `astuple` per
    struct, transposed by `zip` in C (about twice as quick as an `attrgetter` per field)."""
    from msgspec.structs import astuple  # the export extra, loaded with the structs

    if not structs:
        return defaultdict(list)
    names = type(structs[0]).__struct_fields__
    return dict(zip(names, map(list, zip(*map(astuple, structs), strict=True)), strict=True))


def _spread(values: list[Any], counts: list[int]) -> list[Any]:
    """Each parent's value once per child (`counts[i]` children of parent `i`)."""
    return list(chain.from_iterable(map(repeat, values, counts)))


def _lists(values: list[Any]) -> list[list[Any]]:
    """Nested lists of structs, an empty one where there was none."""
    return values if None not in values else [[] if v is None else v for v in values]


def _or(values: list[Any], empty: Any) -> list[Any]:
    """Nested structs, `empty` (all fields None) where there was none."""
    return values if None not in values else [empty if v is None else v for v in values]


def _base_models(versions: list[Any]) -> list[str]:
    """The versions' base models, each once, in order."""
    return list(dict.fromkeys(b for b in map(_BASE_MODEL, versions) if type(b) is str))


def _str_list(value: Any, key: str | None = None) -> list[str]:
    if type(value) is list and _STR_ONLY.issuperset(map(type, value)):
        return value
    return str_list(value, key)


def _level(name: str) -> int | None:
    return _LEVEL_BY_NAME.get(name, as_int(name))


def _build_images(items: list[Any], raws: list[bytes]) -> dict[str, Columns]:
    """The `images` rows of one page, column by column (quicker than item by item)."""
    from ._items import UNSET, ImageMeta, ImageStats

    get = _fields(items).__getitem__
    empty = ImageMeta()
    metas = [empty if m is None else m if m.id is UNSET else _meta(m) for m in get("meta")]
    meta = _fields(metas).__getitem__
    stats = _fields(_or(get("stats"), ImageStats()))

    def stat(key: str) -> list[int | None]:
        return _ints(stats[key])

    names = get("nsfwLevel")
    levels = _ints(get("browsingLevel"))
    if None in levels:  # older answers: only the level's name
        levels = [
            level if level is not None else (_level(n) if isinstance(n, str) else as_int(n))
            for level, n in zip(levels, names, strict=True)
        ]
    version_ids = _int_lists(get("modelVersionIds"))
    clip_skip = [
        text if value is UNSET else value
        for value, text in zip(meta("clipSkip"), meta("clip_skip_text"), strict=True)
    ]
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
        "nsfw_level_name": names
        if _STR_ONLY.issuperset(map(type, names))
        else [n if isinstance(n, str) else None for n in names],
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
        "model_hash": _strs(meta("model_hash")),
        "resources": _resources(meta("resources"), meta("civitaiResources")),
        "raw": raws,
    }
    return {"images": columns}


def _meta(meta: Any) -> Any:
    """The generation data of the nested shape some /images queries answer with."""
    if type(meta.meta) is not dict:
        return meta
    from ._items import loose_meta

    return loose_meta(meta.meta)


def _int_lists(lists: list[Any]) -> list[list[int]]:
    """Lists of int64s (`_int_list`), checked all at once when they already are."""
    if _LIST_ONLY.issuperset(map(type, lists)):
        values = list(chain.from_iterable(lists))
        if _INT_ONLY.issuperset(map(type, values)) and None not in values:
            present = list(filter(None, values))
            if not present or (min(present) >= INT64_MIN and max(present) <= INT64_MAX):
                return lists
    return [_int_list(values) for values in lists]


def _int_list(values: Any) -> list[int]:
    if not isinstance(values, list):
        return []
    for value in values:
        if type(value) is not int:
            return [n for n in (as_int(v) for v in values) if n is not None]
    return values


# The checks below run in C (`map(type, ...)` into a set test): a column whose values already
# have the column's type (the usual case) is taken as it is; only others are read one by one.
_INT_ONLY = frozenset({int, type(None)})
_BOOL_ONLY = frozenset({bool, type(None)})
_NUMBER_ONLY = frozenset({int, float, type(None)})
_STR_ONLY = frozenset({str, type(None)})
_LIST_ONLY = frozenset({list})


def _ints(values: list[Any]) -> list[int | None]:
    """The values as int64s (`as_int`). Ints are taken as they are: Arrow checks their range
    when the part is written (`_parquet.column_array`), quicker than a check here."""
    if _INT_ONLY.issuperset(map(type, values)):
        return values
    return in_range(values, "int")


def in_range(values: list[Any], kind: str) -> list[Any]:
    """The values read one by one as int64s (`as_int`: null when out of range) or doubles
    (`as_float`): for a column of mixed types, or one whose numbers Arrow refused."""
    if kind == "float":
        return [None if v is None else as_float(v) for v in values]
    return [v if v is None or is_int64(v) else as_int(v) for v in values]


def _bools(values: list[Any]) -> list[bool | None]:
    return values if _BOOL_ONLY.issuperset(map(type, values)) else [as_bool(v) for v in values]


def _floats(values: list[Any]) -> list[float | None]:
    """The values as doubles. Ints and floats are taken as they are (Arrow makes doubles of
    the ints when the part is written)."""
    if _NUMBER_ONLY.issuperset(map(type, values)):
        return values
    return in_range(values, "float")


def _strs(values: list[Any]) -> list[str | None]:
    if _STR_ONLY.issuperset(map(type, values)):
        return values
    return [v if v is None or type(v) is str else as_str(v) for v in values]


def _resources(listed: list[Any], used: list[Any]) -> list[list[tuple[Any, ...]]]:
    """Each image's `meta.resources` (name, type, hash, weight) and `meta.civitaiResources`
    (type, weight, modelVersionId) as one list of (name, type, hash, weight,
    model_version_id): the fields of the `resources` struct in order (Arrow reads a tuple as
    a struct, quicker than a dict). The page's entries are read column by column too."""
    per_image = [a + b if a and b else a or b or [] for a, b in zip(listed, used, strict=True)]
    entries = _fields(list(chain.from_iterable(per_image)))
    rows = zip(
        _strs(entries["name"]),
        _strs(entries["type"]),
        _strs(entries["hash"]),
        in_range(entries["weight"], "float"),  # in a struct: Arrow's check would fail it whole
        in_range(entries["modelVersionId"], "int"),
        strict=True,
    )
    return [list(islice(rows, count)) for count in map(len, per_image)]


@dataclass(frozen=True)
class ExportTables:
    """The tables of one kind of export and the builder that makes one page's rows.

    `build(items, raws)` takes the page's items (decoded into `item`) and their JSON text, and
    returns each table's columns (`raw` as the bytes received).
    """

    tables: tuple[Table, ...]
    build: Callable[[list[Any], list[bytes]], dict[str, Columns]]
    item: str  # the struct of `_items` an item is decoded into (named: msgspec loads late)


MODELS_EXPORT = ExportTables((MODELS, VERSIONS, FILES, VERSION_IMAGES), _build_models, "Model")
IMAGES_EXPORT = ExportTables((IMAGES,), _build_images, "Image")
