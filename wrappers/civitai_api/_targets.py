"""Read what people paste to name a model or a version: ids, AIRs, site URLs, download links.

`parse_target` turns one such text into a `DownloadTarget` without any request:

| text                                                        | names                     |
|-------------------------------------------------------------|---------------------------|
| `128713`                                                    | version 128713            |
| `urn:air:sdxl:lora:civitai:4201@130072` (`urn:air:` optional) | model 4201, version 130072 |
| `civitai:4201` (an AIR without `@version`)                  | model 4201 (latest)       |
| `...@130072+99` / `....safetensors`                         | also a file id / format   |
| `https://civitai.com/models/4201/name?modelVersionId=130072` | version 130072 (civitai.red too) |
| `https://civitai.com/models/4201/name`                      | model 4201 (latest)       |
| `https://civitai.com/api/download/models/130072?type=VAE`   | version 130072, file type |

A bare number is a version id, as on Civitai's download links (a batch of
`/api/download/models/<id>` links read as model ids downloads unrelated models).
"""

from __future__ import annotations

import dataclasses
import re
import urllib.parse
from typing import Final

from ._constants import CIVITAI_HOSTS
from ._exceptions import QueryParamsError
from ._query import MAX_INT4

__all__ = ["DownloadTarget", "parse_target"]

# AIR: urn:air:{ecosystem}:{type}:{source}:{id}[@{version}][+{file}][.{format}]
_AIR: Final = re.compile(
    r"^(?:urn:)?(?:air:)?(?:(?P<ecosystem>[\w.-]+):(?P<type>[\w.-]+):)?(?P<source>[a-z]+):"
    r"(?P<id>\d+)(?:@(?P<version>\d+))?(?:\+(?P<file>\d+))?(?:\.(?P<format>\w+))?$",
    re.IGNORECASE,
)
# A file extension in an AIR → the file format Civitai lists.
_FORMATS: Final = {
    "safetensors": "SafeTensor",
    "sft": "SafeTensor",
    "ckpt": "PickleTensor",
    "pt": "PickleTensor",
    "pth": "PickleTensor",
    "bin": "PickleTensor",
    "gguf": "GGUF",
    "onnx": "ONNX",
}
_SITE_MODEL: Final = re.compile(r"^/models/(\d+)(?:/[^/]*)?/?$")
_SITE_VERSION: Final = re.compile(r"^/model-versions/(\d+)/?$")
_API_MODEL: Final = re.compile(r"^/api/v1/models/(\d+)/?$")
_API_VERSION: Final = re.compile(r"^(?:/api/v1/model-versions|/api/download/models)/(\d+)/?$")


@dataclasses.dataclass(frozen=True)
class DownloadTarget:
    """A model or model version named by a pasted text, and any file it singles out.

    Attributes:
        text: The text as given.
        model_id: The model, when the text names it.
        version_id: The version; None means "the model's latest version".
        file_id: An exact file (AIR `+<id>`, a link's `fileId=`).
        file_type: A link's `type=` (`Model`, `VAE`, `Pruned Model`, ...).
        file_format: A link's `format=` or an AIR's extension (`SafeTensor`, `GGUF`, ...).
        size: A link's `size=` (`full`, `pruned`).
        fp: A link's `fp=` (`fp16`, ...).
        quant_type: A link's `quantType=` (`Q4_K_M`, ...).
    """

    text: str
    model_id: int | None = None
    version_id: int | None = None
    file_id: int | None = None
    file_type: str | None = None
    file_format: str | None = None
    size: str | None = None
    fp: str | None = None
    quant_type: str | None = None

    @property
    def names_model_only(self) -> bool:
        """Whether the text names a model without a version (so: its latest version)."""
        return self.version_id is None


def parse_target(text: str) -> DownloadTarget:
    """Read a version id, AIR, Civitai URL or download link (see the module's table).

    Args:
        text: What the user pasted; surrounding whitespace is ignored.

    Returns:
        The target, with at least a model id or a version id.

    Raises:
        QueryParamsError: The text is none of the accepted forms (`param` is `target`).
    """
    cleaned = text.strip()
    if cleaned.isdigit():
        return DownloadTarget(cleaned, version_id=_id(cleaned, text))
    lowered = cleaned.lower()
    if lowered.startswith(("http://", "https://")) or _is_bare_site_url(lowered):
        return _from_url(cleaned)
    match = _AIR.match(cleaned)
    if match:
        return _from_air(cleaned, match)
    raise QueryParamsError(
        f"{text!r} is not a version id, an AIR (urn:air:sdxl:lora:civitai:MODEL@VERSION), "
        "a Civitai model URL or a download link",
        param="target",
    )


def _is_bare_site_url(lowered: str) -> bool:
    host = lowered.split("/", 1)[0].removeprefix("www.")
    return host in CIVITAI_HOSTS and "/" in lowered


def _id(value: str, text: str) -> int:
    number = int(value)
    if not 1 <= number <= MAX_INT4:
        raise QueryParamsError(
            f"{text!r}: ids are between 1 and {MAX_INT4}, got {number}", param="target"
        )
    return number


def _from_air(text: str, match: re.Match[str]) -> DownloadTarget:
    if match["source"].lower() != "civitai":
        raise QueryParamsError(
            f"{text!r} names a resource on {match['source']!r}; only civitai AIRs can be "
            "downloaded",
            param="target",
        )
    fmt = match["format"]
    return DownloadTarget(
        text,
        model_id=_id(match["id"], text),
        version_id=_id(match["version"], text) if match["version"] else None,
        file_id=_id(match["file"], text) if match["file"] else None,
        file_format=_FORMATS.get(fmt.lower(), fmt) if fmt else None,
    )


def _from_url(text: str) -> DownloadTarget:
    url = text if "://" in text else f"https://{text}"
    parts = urllib.parse.urlsplit(url)
    query = {key: values[-1] for key, values in urllib.parse.parse_qs(parts.query).items()}
    host = (parts.hostname or "").removeprefix("www.")
    path = urllib.parse.unquote(parts.path)
    if match := _API_VERSION.match(path):
        file_id = query.get("fileId")
        return DownloadTarget(
            text,
            version_id=_id(match.group(1), text),
            file_id=_id(file_id, text) if file_id and file_id.isdigit() else None,
            file_type=query.get("type") or None,
            file_format=query.get("format") or None,
            size=query.get("size") or None,
            fp=query.get("fp") or None,
            quant_type=query.get("quantType") or None,
        )
    if match := _API_MODEL.match(path):
        return DownloadTarget(text, model_id=_id(match.group(1), text))
    if host in CIVITAI_HOSTS:
        version = query.get("modelVersionId")
        version_id = _id(version, text) if version and version.isdigit() else None
        if match := _SITE_MODEL.match(path):
            return DownloadTarget(text, model_id=_id(match.group(1), text), version_id=version_id)
        if match := _SITE_VERSION.match(path):
            return DownloadTarget(text, version_id=_id(match.group(1), text))
    raise QueryParamsError(
        f"{text!r} is not a Civitai model page (/models/ID), model-version page or download "
        "link (/api/download/models/VERSION)",
        param="target",
    )
