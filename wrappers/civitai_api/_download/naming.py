"""File names for downloads: read `Content-Disposition`, repair mojibake, keep names safe.

Pure functions, no I/O except `resolve_inside`, which resolves paths to check containment.
"""

from __future__ import annotations

import re
import unicodedata
import urllib.parse
from pathlib import Path

from .._constants import ARCHIVE_EXTENSIONS, PICKLE_EXTENSIONS
from .._exceptions import DownloadError

__all__ = [
    "filename_from_content_disposition",
    "part_name",
    "repair_mojibake",
    "resolve_inside",
    "safe_filename",
    "safety_note",
]

_MAX_NAME_BYTES = 240  # leaves room for ".part" under the usual 255-byte limit
_WINDOWS_FORBIDDEN = re.compile(r'[<>:"|?*]')
_WINDOWS_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL"}
    | {f"COM{i}" for i in range(1, 10)}
    | {f"LPT{i}" for i in range(1, 10)}
)
# One `name=value` parameter of a Content-Disposition header: value quoted or a token.
_PARAM = re.compile(
    r';\s*(?P<name>[^\s=;]+)\s*=\s*(?:"(?P<quoted>(?:[^"\\]|\\.)*)"|(?P<token>[^;]*))',
)


def filename_from_content_disposition(header: str | bytes | None) -> str | None:
    """Extract the file name a `Content-Disposition` header proposes (RFC 6266).

    `filename*` (RFC 5987, `UTF-8''percent-encoded`) wins over `filename`; a plain `filename`
    that is UTF-8 read as Latin-1 is repaired (Civitai's storage has sent such
    names). The name is returned as sent: make it safe with `safe_filename`.

    Args:
        header: The header value, as text or raw bytes (raw bytes are read as UTF-8, else
            Latin-1).

    Returns:
        The proposed name, or None when the header has none.
    """
    if header is None:
        return None
    if isinstance(header, bytes):
        raw = header
        try:
            header = raw.decode("utf-8")
        except UnicodeDecodeError:
            header = raw.decode("latin-1")
    # Parameters follow the disposition type; a bare `filename=...` has no type.
    params_text = header.split(";", 1)[1] if ";" in header else header
    text = ";" + params_text if "=" in params_text else ""
    params: dict[str, str] = {}
    for match in _PARAM.finditer(text):
        name = match.group("name").lower()
        quoted = match.group("quoted")
        value = (
            re.sub(r"\\(.)", r"\1", quoted)
            if quoted is not None
            else (match.group("token") or "").strip()
        )
        params.setdefault(name, value)
    extended = params.get("filename*")
    if extended:
        decoded = _decode_extended(extended)
        if decoded:
            return decoded
    plain = params.get("filename")
    if plain:
        return repair_mojibake(plain)
    return None


def _decode_extended(value: str) -> str | None:
    charset, sep, rest = value.partition("'")
    if not sep:
        return None
    _language, sep, encoded = rest.partition("'")
    if not sep:
        return None
    charset = charset.strip().lower() or "utf-8"
    try:
        return urllib.parse.unquote(encoded, encoding=charset, errors="strict")
    except (LookupError, UnicodeDecodeError):
        return None


def repair_mojibake(name: str) -> str:
    """Undo UTF-8 bytes that were decoded as Latin-1 (or Windows-1252): `Ã©` → `é`.

    A name that is not such a mix-up (pure ASCII, genuine Latin-1 text) comes back unchanged.

    Args:
        name: A file name.

    Returns:
        The repaired name.
    """
    if name.isascii():
        return name
    for codec in ("latin-1", "cp1252"):
        try:
            repaired = name.encode(codec).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        if repaired != name:
            return repaired
    return name


def safe_filename(name: str | None, fallback: str) -> str:
    """Make a proposed name safe to create in a download folder.

    Keeps the base name only (no directories, `..` or drive letters), removes control
    characters and characters Windows forbids, trims dots and spaces at the ends, avoids
    reserved device names, and caps the length (keeping the extension).

    Args:
        name: The proposed name (from the server or the API); may be None.
        fallback: Used when nothing usable is left of `name` (made safe the same way).

    Returns:
        A non-empty name without path separators.
    """
    cleaned = _clean(name or "")
    if not cleaned:
        cleaned = _clean(fallback) or "download"
    return cleaned


def _clean(name: str) -> str:
    name = unicodedata.normalize("NFC", name)
    name = re.split(r"[/\\]", name)[-1]
    name = "".join(ch for ch in name if unicodedata.category(ch) not in {"Cc", "Cf", "Zl", "Zp"})
    name = _WINDOWS_FORBIDDEN.sub("_", name)
    name = name.strip(" .")
    if not name:
        return ""
    if name.partition(".")[0].upper() in _WINDOWS_RESERVED:
        name = f"_{name}"
    encoded = name.encode("utf-8")
    if len(encoded) > _MAX_NAME_BYTES:
        base, dot, suffix = name.rpartition(".")
        if not dot or len(suffix.encode("utf-8")) > 32:
            base, suffix = name, ""
        room = _MAX_NAME_BYTES - len(suffix.encode("utf-8")) - (1 if suffix else 0)
        base = base.encode("utf-8")[:room].decode("utf-8", "ignore").rstrip(" .")
        name = f"{base}.{suffix}" if suffix else base
    return name


def part_name(name: str) -> str:
    """The name of the partial file a download writes before it is complete."""
    return f"{name}.part"


def resolve_inside(dest_dir: Path, name: str) -> Path:
    """Join a safe name to the download folder and check the result stays inside it.

    Args:
        dest_dir: The download folder.
        name: A name from `safe_filename`.

    Returns:
        The absolute path of the file in `dest_dir`.

    Raises:
        DownloadError: The name would land outside `dest_dir` (for example through a symlink).
    """
    root = dest_dir.resolve()
    target = (root / name).resolve()
    if target.parent != root:
        raise DownloadError(f"Refusing to write {name!r} outside {str(root)!r}")
    return target


def safety_note(name: str, format: str | None = None) -> str | None:
    """A warning for file names whose format can run code or hide other files, else None.

    Pickle formats (`.ckpt .pt .pth .bin .pickle .pkl`) can run code when loaded; archives
    (`.zip .tar .tar.gz .tgz .rar .7z`) can hold anything. A matching SHA256 proves the
    bytes are the ones Civitai lists, not that they are safe.

    Args:
        name: A file name.
        format: The format Civitai lists for it, when known (a `PickleTensor` under another
            name is a pickle all the same).

    Returns:
        One sentence, or None for other formats (`.safetensors`, `.gguf`, ...).
    """
    suffix = Path(name).suffix.lower()
    if suffix not in PICKLE_EXTENSIONS and (format or "").casefold() == "pickletensor":
        return (
            f"{name} is a PickleTensor, which can run code when loaded: "
            "prefer a .safetensors file, or load it only if you trust its creator"
        )
    if suffix in PICKLE_EXTENSIONS:
        return (
            f"{name} is a pickle ({suffix}), which can run code when loaded: "
            "prefer a .safetensors file, or load it only if you trust its creator"
        )
    if suffix in ARCHIVE_EXTENSIONS:
        return f"{name} is an archive ({suffix}): check what it holds before using it"
    return None
