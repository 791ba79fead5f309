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
from itertools import repeat
from typing import Any

from ._values import as_bool, as_float, as_int, as_str, dig, str_list

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


def _add_model(out: dict[str, Columns], item: dict[str, Any], raw: bytes) -> None:
    model_id = as_int(item.get("id"))
    versions = [v for v in item.get("modelVersions") or () if isinstance(v, dict)]
    creator = as_str(dig(item, "creator", "username"))
    model_type = as_str(item.get("type"))
    base_models: list[str] = []
    for version in versions:
        base = version.get("baseModel")
        if isinstance(base, str) and base not in base_models:
            base_models.append(base)
    stats = item.get("stats")
    stats = stats if isinstance(stats, dict) else {}
    row = out["models"]
    row["id"].append(model_id)
    row["name"].append(as_str(item.get("name")))
    row["type"].append(model_type)
    row["creator"].append(creator)
    row["nsfw"].append(as_bool(item.get("nsfw")))
    row["nsfw_level"].append(as_int(item.get("nsfwLevel")))
    row["tags"].append(str_list(item.get("tags"), "name"))
    row["base_models"].append(base_models)
    row["availability"].append(as_str(item.get("availability")))
    row["mode"].append(as_str(item.get("mode")))
    row["poi"].append(as_bool(item.get("poi")))
    row["allow_commercial_use"].append(str_list(item.get("allowCommercialUse")))
    row["download_count"].append(as_int(stats.get("downloadCount")))
    row["thumbs_up_count"].append(as_int(stats.get("thumbsUpCount")))
    row["thumbs_down_count"].append(as_int(stats.get("thumbsDownCount")))
    row["comment_count"].append(as_int(stats.get("commentCount")))
    row["raw"].append(raw)
    for version in versions:
        _add_version(out, version, model_id, model_type, creator)


def _add_version(
    out: dict[str, Columns],
    version: dict[str, Any],
    model_id: int | None,
    model_type: str | None,
    creator: str | None,
) -> None:
    version_id = as_int(version.get("id"))
    row = out["versions"]
    row["id"].append(version_id)
    row["model_id"].append(model_id)
    row["name"].append(as_str(version.get("name")))
    row["index"].append(as_int(version.get("index")))
    row["type"].append(model_type)
    row["creator"].append(creator)
    row["base_model"].append(as_str(version.get("baseModel")))
    row["base_model_type"].append(as_str(version.get("baseModelType")))
    row["nsfw_level"].append(as_int(version.get("nsfwLevel")))
    row["availability"].append(as_str(version.get("availability")))
    row["status"].append(as_str(version.get("status")))
    row["created_at"].append(as_str(version.get("createdAt")))
    row["published_at"].append(as_str(version.get("publishedAt")))
    row["trained_words"].append(str_list(version.get("trainedWords")))
    row["download_count"].append(as_int(dig(version, "stats", "downloadCount")))
    row["thumbs_up_count"].append(as_int(dig(version, "stats", "thumbsUpCount")))
    row["download_url"].append(as_str(version.get("downloadUrl")))
    for file in version.get("files") or ():
        if isinstance(file, dict):
            _add_file(out["files"], file, version_id, model_id)
    for image in version.get("images") or ():
        if isinstance(image, dict):
            _add_version_image(out["images"], image, version_id, model_id)


def _add_file(
    row: Columns, file: dict[str, Any], version_id: int | None, model_id: int | None
) -> None:
    hashes = file.get("hashes")
    hashes = hashes if isinstance(hashes, dict) else {}
    row["id"].append(as_int(file.get("id")))
    row["version_id"].append(version_id)
    row["model_id"].append(model_id)
    row["name"].append(as_str(file.get("name")))
    row["type"].append(as_str(file.get("type")))
    row["primary"].append(as_bool(file.get("primary")))
    row["size_kb"].append(as_float(file.get("sizeKB")))
    row["format"].append(as_str(dig(file, "metadata", "format")))
    row["fp"].append(as_str(dig(file, "metadata", "fp")))
    row["size"].append(as_str(dig(file, "metadata", "size")))
    row["pickle_scan_result"].append(as_str(file.get("pickleScanResult")))
    row["virus_scan_result"].append(as_str(file.get("virusScanResult")))
    row["scanned_at"].append(as_str(file.get("scannedAt")))
    for key, column in _HASHES:
        value = as_str(hashes.get(key))
        row[column].append(value.upper() if value else None)
    row["download_url"].append(as_str(file.get("downloadUrl")))


def _add_version_image(
    row: Columns, image: dict[str, Any], version_id: int | None, model_id: int | None
) -> None:
    row["id"].append(as_int(image.get("id")))
    row["version_id"].append(version_id)
    row["model_id"].append(model_id)
    row["url"].append(as_str(image.get("url")))
    row["type"].append(as_str(image.get("type")))
    level = image.get("nsfwLevel")
    row["nsfw_level"].append(as_int(level) if not isinstance(level, str) else _level(level))
    row["width"].append(as_int(image.get("width")))
    row["height"].append(as_int(image.get("height")))
    row["hash"].append(as_str(image.get("hash")))
    row["has_meta"].append(as_bool(image.get("hasMeta")))
    row["has_positive_prompt"].append(as_bool(image.get("hasPositivePrompt")))
    row["minor"].append(as_bool(image.get("minor")))
    row["poi"].append(as_bool(image.get("poi")))


def _level(name: str) -> int | None:
    return _LEVEL_BY_NAME.get(name, as_int(name))


def _build_images(items: list[dict[str, Any]], raws: list[bytes]) -> dict[str, Columns]:
    """The `images` rows of one page, column by column (quicker than item by item)."""

    # `map(dict.get, ...)` walks a column in C; every item and meta here is a dict
    def get(key: str) -> list[Any]:
        return list(map(dict.get, items, repeat(key)))

    metas = [_meta(m) for m in get("meta")]
    stats = [_dict(s) for s in get("stats")]

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
        "nsfw": [v if isinstance(v, bool) else as_bool(v) for v in get("nsfw")],
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


def _ints(values: list[Any]) -> list[int | None]:
    """The values as int64s; in one pass when they already are (the usual case)."""
    for value in values:
        if value is not None and type(value) is not int:
            return [as_int(v) for v in values]
    return values


def _floats(values: list[Any]) -> list[float | None]:
    return [v if type(v) is float else float(v) if type(v) is int else as_float(v) for v in values]


def _strs(values: list[Any]) -> list[str | None]:
    for value in values:
        if value is not None and type(value) is not str:
            return [as_str(v) for v in values]
    return values


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


def _build_models(items: list[dict[str, Any]], raws: list[bytes]) -> dict[str, Columns]:
    out = {table.name: table.empty() for table in MODELS_EXPORT.tables}
    for item, raw in zip(items, raws, strict=True):
        _add_model(out, item, raw)
    return out


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
