"""`civitai images search`."""

from __future__ import annotations

from cyclopts import App

from ._listing import Listing, run_listing
from ._options import (
    BaseModels,
    Connection,
    ImageNsfwName,
    ImageSortName,
    MediaTypeName,
    Output,
    Paging,
    PeriodName,
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
    model_id: int | None = None,
    version_id: int | None = None,
    post_id: int | None = None,
    image_id: int | None = None,
    user_id: int | None = None,
    username: str | None = None,
    base_model: BaseModels = None,
    tag: list[int] | None = None,
    type: MediaTypeName = None,
    sort: ImageSortName = None,
    period: PeriodName = None,
    nsfw: ImageNsfwName = None,
    browsing_level: int | None = None,
    with_meta: bool | None = None,
    requiring_meta: bool | None = None,
    with_tags: bool | None = None,
    cursor: str | None = None,
    page: int | None = None,
    paging: Paging = Paging(),
    output: Output = Output(),
    connection: Connection = Connection(),
) -> int:
    """List and filter images (GET /api/v1/images).

    Add `--with-meta` to get each image's generation data (prompt, sampler, resources).

    Args:
        model_id: Images made with this model.
        version_id: Images made with this model version.
        post_id: Images of this post.
        image_id: This image.
        user_id: Images by this user id.
        username: Images by this user.
        base_model: Base model, as Civitai spells it (repeatable).
        tag: Tag id (repeatable).
        type: image, video or audio.
        sort: "Most Reactions", "Most Comments", "Most Collected", Newest, Oldest, Random.
        period: AllTime, Year, Month, Week, Day.
        nsfw: Up to this level: None, Soft, Mature, X; or true/false.
        browsing_level: NSFW levels as bit flags (1 PG, 2 PG-13, 4 R, 8 X, 16 XXX).
        with_meta: Include each image's generation data.
        requiring_meta: Only images with generation data.
        with_tags: Include each image's tags.
        cursor: Start from this cursor.
        page: Start from this page (at most 1000 results deep).
    """
    one_start(cursor, page)
    from ..v1 import Images_API_Opts, images, iter_images

    nsfw_value: str | bool | None = nsfw
    if nsfw in ("true", "false"):
        nsfw_value = nsfw == "true"
    opts = build_opts(
        Images_API_Opts,
        modelId=model_id,
        modelVersionId=version_id,
        postId=post_id,
        imageId=image_id,
        userId=user_id,
        username=username,
        baseModels=base_model,
        tags=tag,
        type=type,
        sort=sort,
        period=period,
        nsfw=nsfw_value,
        browsingLevel=browsing_level,
        withMeta=with_meta,
        requiringMeta=requiring_meta,
        withTags=with_tags,
        cursor=cursor,
        page=page,
        limit=paging.limit,
    )
    listing = Listing(images, iter_images, COLUMNS)
    return run_listing(listing, opts, connection, output, paging, start=cursor or page)
