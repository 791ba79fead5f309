"""Images: list and filter them (`images`).

A module of the original `civitai_api`: `Images_API_Opts`, `NsfwLevel` and `Sort` (the images' sort
order) live here, next to the endpoint functions that `civitai_api.v1` re-exports.
"""

from __future__ import annotations

from dataclasses import dataclass

import httpx

from civitai_api_generated.api.images import get_images
from civitai_api_generated.models.image_sort import ImageSort as _WireSort
from civitai_api_generated.models.images_response import ImagesResponse
from civitai_api_generated.models.media_type import MediaType as _WireMediaType
from civitai_api_generated.models.metric_timeframe import MetricTimeframe as _WirePeriod
from civitai_api_generated.models.nsfw_level_name import NsfwLevelName as _WireNsfwLevel

from ..._constants import DEFAULT_PAGE_LIMIT, IMAGES_MAX_LIMIT, PAGE_MODE_MAX_ITEMS
from ..._query import MAX_INT4, ListOpts, Param, QuerySpec, cap_page_depth
from ...enums import BaseModel, BrowsingLevel, ImageSort, MediaType, NsfwLevel, Period
from .._call import Operation, async_call, call, instance_of
from .._common import list_kwargs

__all__ = [
    "BaseModel",
    "BrowsingLevel",
    "Images_API_Opts",
    "MediaType",
    "NsfwLevel",
    "Period",
    "Sort",
    "async_images",
    "images",
]

Sort = ImageSort
"""The original `civitai_api`'s name for the images' sort order (`ImageSort`)."""


def _wire_nsfw(value: object) -> object:
    # nsfw takes a level name or a boolean.
    return value if isinstance(value, bool) else _WireNsfwLevel(str(value))


IMAGES_QUERY = QuerySpec(
    params=(
        Param("limit", "int", minimum=0, maximum=IMAGES_MAX_LIMIT),
        Param("page", "int", minimum=1),
        Param("cursor", "str"),
        Param("postId", "int", minimum=1),
        Param("modelId", "int", minimum=1),
        Param("modelVersionId", "int", minimum=1),
        Param("imageId", "int", minimum=1),
        Param("userId", "int", minimum=1),
        # any other character answers 400.
        Param("username", "str", pattern=r"[A-Za-z0-9_]*"),
        Param("period", "enum", choices=Period, wire=_WirePeriod),
        Param("sort", "enum", choices=ImageSort, wire=_WireSort),
        Param("nsfw", "nsfw", choices=NsfwLevel, wire=_wire_nsfw),
        Param("browsingLevel", "int", minimum=1, maximum=MAX_INT4),
        Param("tags", "int", multi=True, minimum=1),
        Param("type", "enum", choices=MediaType, wire=_WireMediaType),
        Param("baseModels", "str", multi=True),
        Param("withMeta", "bool"),
        Param("flatMeta", "bool"),
        Param("requiringMeta", "bool"),
        Param("withTags", "bool"),
    ),
    checks=(cap_page_depth(PAGE_MODE_MAX_ITEMS, DEFAULT_PAGE_LIMIT),),
)


@dataclass(kw_only=True)
class Images_API_Opts(ListOpts):
    """Options of `images()` (GET /api/v1/images); every value is a list.

    `nsfw` takes an `NsfwLevel` ("up to" that level) or a bool (`True` means NSFW only);
    `browsingLevel` takes `BrowsingLevel` flags combined with `|` and wins over `nsfw`.
    `tags` are tag ids. `withMeta=[True]` is needed to get each image's generation `meta`.
    `baseModels` is checked by Civitai against its full list (unknown names answer 400).

    Example:
        >>> opts = Images_API_Opts(limit=[1], nsfw=[NsfwLevel.X], postId=[11059742])
    """

    _query_spec = IMAGES_QUERY

    limit: list[int] | None = None
    page: list[int] | None = None
    cursor: list[str] | None = None
    postId: list[int] | None = None
    modelId: list[int] | None = None
    modelVersionId: list[int] | None = None
    imageId: list[int] | None = None
    userId: list[int] | None = None
    username: list[str] | None = None
    period: list[Period | str] | None = None
    sort: list[ImageSort | str] | None = None
    nsfw: list[NsfwLevel | str | bool] | None = None
    browsingLevel: list[BrowsingLevel | int] | None = None
    tags: list[int] | None = None
    type: list[MediaType | str] | None = None
    baseModels: list[BaseModel | str] | None = None
    withMeta: list[bool] | None = None
    flatMeta: list[bool] | None = None
    requiringMeta: list[bool] | None = None
    withTags: list[bool] | None = None


_IMAGES = Operation.of(get_images, instance_of(ImagesResponse), list_endpoint=True)


def _prepare_images(opts: Images_API_Opts | None) -> dict[str, object]:
    return list_kwargs(IMAGES_QUERY, opts, Images_API_Opts)


def images(client: httpx.Client, opts: Images_API_Opts | None = None) -> ImagesResponse:
    """List images (GET /api/v1/images).

    Args:
        client: Any `httpx.Client`; without a `base_url` requests go to https://civitai.com.
        opts: Filters, sort and pagination; None lists with Civitai's defaults.

    Returns:
        The page: `.items` (images) and `.metadata` (`next_cursor`, `next_page`, ...).

    Raises:
        QueryParamsError: The options are invalid (before sending) or Civitai rejected them.
        CivitaiError: Any other failure (a subclass says which).

    Example:
        >>> page = images(client, Images_API_Opts(postId=[9178972], withMeta=[True]))
    """
    return call(client, _IMAGES, _prepare_images(opts))


async def async_images(
    client: httpx.AsyncClient, opts: Images_API_Opts | None = None
) -> ImagesResponse:
    """Async twin of `images`, taking an `httpx.AsyncClient`."""
    return await async_call(client, _IMAGES, _prepare_images(opts))
