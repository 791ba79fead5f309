"""What differs between exporting models and images: endpoint, options, page size, tables.

The query is built by the same code as `models()` / `images()` (the options class, its
`QuerySpec` and the generated request builder), so an export sends exactly what a search with
the same options sends, plus what an export always wants: the largest page, NSFW included
unless the options say otherwise, and the images' generation data.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from civitai_api_generated.api.images import get_images
from civitai_api_generated.api.models import get_models

from .._constants import IMAGES_MAX_LIMIT, MODELS_MAX_LIMIT
from ..v1._common import list_kwargs
from ..v1.models.images import IMAGES_QUERY, Images_API_Opts
from ..v1.models.models import MODELS_QUERY, Models_API_Opts
from ._tables import IMAGES_EXPORT, MODELS_EXPORT, ExportTables

__all__ = ["IMAGES", "KINDS", "MODELS", "Kind"]


@dataclass(frozen=True)
class Kind:
    """One exportable list endpoint.

    Attributes:
        name: `models` or `images`: the top table and the JSON Lines file name.
        opts_type: The endpoint's options class.
        page_size: The largest `limit` the endpoint allows.
        defaults: Options set unless the caller set them (or, for `nsfw`, `browsingLevel`).
        prepare: Options → the generated builder's `{"method", "url", "params"}`.
        tables: The tables and the builder that fills them.
    """

    name: str
    opts_type: type
    page_size: int
    defaults: dict[str, list[Any]]
    prepare: Callable[[Any], dict[str, Any]]
    tables: ExportTables

    def request(self, opts: object | None) -> tuple[str, dict[str, Any]]:
        """The path and query parameters of the first page (cursor-free) for `opts`."""
        base = opts if opts is not None else self.opts_type()
        if not isinstance(base, self.opts_type):
            raise TypeError(f"opts must be a {self.opts_type.__name__}")
        changes: dict[str, Any] = {"limit": [self.page_size]}
        for name, value in self.defaults.items():
            if getattr(base, name, None) is None and not (
                name == "nsfw" and getattr(base, "browsingLevel", None)
            ):
                changes[name] = value
        for name in ("cursor", "page"):
            if getattr(base, name, None):
                raise ValueError(f"an export sets {name} itself; leave it out")
        prepared = self.prepare(dataclasses.replace(base, **changes))  # type: ignore[type-var]
        return str(prepared["url"]), _plain(prepared["params"])


def _plain(params: dict[str, Any]) -> dict[str, Any]:
    """Query parameters as JSON values (for the state file and for httpx alike)."""
    return {
        key: [_scalar(v) for v in value] if isinstance(value, list) else _scalar(value)
        for key, value in params.items()
    }


def _scalar(value: Any) -> Any:
    return value.value if hasattr(value, "value") else value


def _prepare_models(opts: Models_API_Opts) -> dict[str, Any]:
    return get_models._get_kwargs(**list_kwargs(MODELS_QUERY, opts, Models_API_Opts))  # type: ignore[arg-type]


def _prepare_images(opts: Images_API_Opts) -> dict[str, Any]:
    return get_images._get_kwargs(**list_kwargs(IMAGES_QUERY, opts, Images_API_Opts))  # type: ignore[arg-type]


# /models without nsfw=true leaves out NSFW models; /images with nsfw=true gives NSFW only,
# while nsfw=X gives every level up to X (browsing level 31).
MODELS = Kind(
    "models", Models_API_Opts, MODELS_MAX_LIMIT, {"nsfw": [True]}, _prepare_models, MODELS_EXPORT
)
IMAGES = Kind(
    "images",
    Images_API_Opts,
    IMAGES_MAX_LIMIT,
    {"nsfw": ["X"], "withMeta": [True], "flatMeta": [True]},
    _prepare_images,
    IMAGES_EXPORT,
)
KINDS = {kind.name: kind for kind in (MODELS, IMAGES)}
