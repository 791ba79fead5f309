"""Civitai REST API v1: one function per operation, and an `async_` twin of each.

Every function takes the user's own `httpx.Client` (the twin: `httpx.AsyncClient`) as its
first argument, with or without a `base_url` (none means https://civitai.com), and returns the
generated response model. List endpoints take an options object (`Models_API_Opts`, ...)
whose every value is a list.

    >>> import httpx
    >>> from civitai_api.v1 import models, Models_API_Opts
    >>> with httpx.Client(headers={"Authorization": f"Bearer {key}"}) as client:
    ...     page = models(client, Models_API_Opts(limit=[5], query=["lora"]))

The name `models` is both the function and, through attribute lookup, the option package of the
original `civitai_api`: `civitai_api.v1.models.models`, `.images`, `.creators`, `.tags`, ... stay
importable in every form (`import civitai_api.v1.models.models as m`, `from
civitai_api.v1.models.models import Models_API_Opts`).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# Import every option module first: importing a submodule binds it as an attribute of its
# package, so all of them must be loaded before the `models` function takes the name below.
from .._exceptions import QueryParamsError
from .models import articles as _articles_module
from .models import collections as _collections_module
from .models import creators as _creators_module
from .models import images as _images_module
from .models import model_versions as _model_versions_module
from .models import models as _models_module
from .models import site as _site_module
from .models import tags as _tags_module
from .models import users as _users_module
from .models import vault as _vault_module
from .models.articles import (
    Articles_API_Opts,
    articles,
    async_articles,
    async_get_article,
    get_article,
)
from .models.collections import (
    Collections_API_Opts,
    async_collections,
    async_get_collection,
    collections,
    get_collection,
)
from .models.creators import Creators_API_Opts, async_creators, creators
from .models.images import Images_API_Opts, async_images, images
from .models.model_versions import (
    async_get_model_version_ids_by_hashes,
    async_get_model_version_mini,
    async_get_model_versions_by_hashes,
    get_model_version_ids_by_hashes,
    get_model_version_mini,
    get_model_versions_by_hashes,
)
from .models.models import (
    Models_API_Opts,
    async_get_model_by_hash,
    async_get_model_by_id,
    async_get_model_by_versionId,
    async_models,
    get_model_by_hash,
    get_model_by_id,
    get_model_by_versionId,
    models,
)
from .models.site import async_check_permissions, async_get_enums, check_permissions, get_enums
from .models.tags import Tags_API_Opts, async_tags, tags
from .models.users import Users_API_Opts, async_get_me, async_users, get_me, users
from .models.vault import (
    VaultItems_API_Opts,
    async_check_vault,
    async_get_vault,
    async_get_vault_items,
    async_toggle_vault_version,
    check_vault,
    get_vault,
    get_vault_items,
    toggle_vault_version,
)

if TYPE_CHECKING:
    from ._iterators import (
        async_iter_articles,
        async_iter_collections,
        async_iter_creators,
        async_iter_images,
        async_iter_models,
        async_iter_tags,
        iter_articles,
        iter_collections,
        iter_creators,
        iter_images,
        iter_models,
        iter_tags,
    )

# The iterators over every page of the list endpoints, and the pagination code behind them,
# are imported when one is first used.
_ITERATORS = frozenset(
    f"{prefix}iter_{name}"
    for prefix in ("", "async_")
    for name in ("articles", "collections", "creators", "images", "models", "tags")
)


if not TYPE_CHECKING:  # type checkers see the imports above

    def __getattr__(name: str) -> Any:
        if name not in _ITERATORS:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module("._iterators", __name__), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})


__all__ = [
    "Articles_API_Opts",
    "Collections_API_Opts",
    "Creators_API_Opts",
    "Images_API_Opts",
    "Models_API_Opts",
    "QueryParamsError",
    "Tags_API_Opts",
    "Users_API_Opts",
    "VaultItems_API_Opts",
    "articles",
    "async_articles",
    "async_check_permissions",
    "async_check_vault",
    "async_collections",
    "async_creators",
    "async_get_article",
    "async_get_collection",
    "async_get_enums",
    "async_get_me",
    "async_get_model_by_hash",
    "async_get_model_by_id",
    "async_get_model_by_versionId",
    "async_get_model_version_ids_by_hashes",
    "async_get_model_version_mini",
    "async_get_model_versions_by_hashes",
    "async_get_vault",
    "async_get_vault_items",
    "async_images",
    "async_iter_articles",
    "async_iter_collections",
    "async_iter_creators",
    "async_iter_images",
    "async_iter_models",
    "async_iter_tags",
    "async_models",
    "async_tags",
    "async_toggle_vault_version",
    "async_users",
    "check_permissions",
    "check_vault",
    "collections",
    "creators",
    "get_article",
    "get_collection",
    "get_enums",
    "get_me",
    "get_model_by_hash",
    "get_model_by_id",
    "get_model_by_versionId",
    "get_model_version_ids_by_hashes",
    "get_model_version_mini",
    "get_model_versions_by_hashes",
    "get_vault",
    "get_vault_items",
    "images",
    "iter_articles",
    "iter_collections",
    "iter_creators",
    "iter_images",
    "iter_models",
    "iter_tags",
    "models",
    "tags",
    "toggle_vault_version",
    "users",
]

# `import civitai_api.v1.models.models as m` resolves `models` by attribute lookup on this
# package, which finds the function; give the function the option modules as attributes so
# the lookup continues to the module (the original `civitai_api` broke this form).
_OPTION_MODULES = {
    "articles": _articles_module,
    "collections": _collections_module,
    "creators": _creators_module,
    "images": _images_module,
    "model_versions": _model_versions_module,
    "models": _models_module,
    "site": _site_module,
    "tags": _tags_module,
    "users": _users_module,
    "vault": _vault_module,
}
for _name, _module in _OPTION_MODULES.items():
    setattr(models, _name, _module)
del _name, _module
