"""`civitai images search`."""

from __future__ import annotations

from cyclopts import App

from ._filters import ImageFilters, image_nsfw
from ._listing import Listing, run_listing
from ._options import (
    Connection,
    ImageNsfwName,
    ImageSortName,
    Output,
    Paging,
    build_opts,
    one_start,
)
from ._render import Column, field

__all__ = ["app"]

app = App(name="images", help="Search images and their generation data.", help_format="markdown")

COLUMNS = (
    Column("id", lambda row: row.get("id"), "right", priority=0),
    Column("user", lambda row: row.get("username"), narrowest=10),
    Column("size", lambda row: f"{row.get('width')}x{row.get('height')}", priority=2),
    Column("nsfw", lambda row: row.get("nsfwLevel"), priority=3),
    Column("base model", lambda row: row.get("baseModel"), priority=2, narrowest=10),
    Column("prompt", lambda row: str(field(row, "meta", "prompt") or "")[:60], narrowest=16),
    Column("url", lambda row: row.get("url"), priority=4),
)


@app.command
def search(
    *,
    filters: ImageFilters = ImageFilters(),
    image_id: int | None = None,
    sort: ImageSortName = None,
    nsfw: ImageNsfwName = None,
    with_meta: bool | None = None,
    cursor: str | None = None,
    page: int | None = None,
    paging: Paging = Paging(),
    output: Output = Output(),
    connection: Connection = Connection(),
) -> int:
    """List and filter images (GET /api/v1/images).

    Add `--with-meta` to get each image's generation data (prompt, sampler, resources).

    Args:
        image_id: This image.
        sort: "Most Reactions", "Most Comments", "Most Collected", Newest, Oldest, Random.
        nsfw: Up to this level: None, Soft, Mature, X; or true/false.
        with_meta: Include each image's generation data.
        cursor: Start from this cursor.
        page: Start from this page (at most 1000 results deep).
    """
    one_start(cursor, page)
    from ..v1 import Images_API_Opts, images, iter_images

    opts = build_opts(
        Images_API_Opts,
        **filters.api_values(),
        imageId=image_id,
        sort=sort,
        nsfw=image_nsfw(nsfw),
        withMeta=with_meta,
        cursor=cursor,
        page=page,
        limit=paging.limit,
    )
    listing = Listing(images, iter_images, COLUMNS)
    return run_listing(listing, opts, connection, output, paging, start=cursor or page)
