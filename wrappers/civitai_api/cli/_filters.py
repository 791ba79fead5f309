"""The filters a search and the export of the same endpoint share, written once.

`civitai models search` and `civitai export models` take the same filters of GET
/api/v1/models (`ModelFilters`); `civitai images search` and `civitai export images` those of
GET /api/v1/images (`ImageFilters`). Each is a dataclass flattened into the command's options
(`Parameter(name="*")`), so the options, their values and their help are one definition, and
`api_values()` names them as the library's options object does.
"""

from __future__ import annotations

import dataclasses

from cyclopts import Parameter

from ._options import (
    BaseModels,
    CheckpointTypeName,
    CommercialUses,
    FileFormats,
    MediaTypeName,
    ModelSortName,
    ModelTypes,
    PeriodName,
)

__all__ = ["ImageFilters", "ModelFilters", "image_nsfw"]


@Parameter(name="*")
@dataclasses.dataclass(frozen=True)
class ModelFilters:
    """The filters of GET /api/v1/models both `models search` and `export models` take."""

    tag: str | None = None
    """Only models with this tag."""

    username: str | None = None
    """Only models by this creator."""

    type: ModelTypes = None
    """Model type: Checkpoint, LORA, LoCon, TextualInversion, VAE, ... (repeatable)."""

    base_model: BaseModels = None
    """Base model, as Civitai spells it: "SDXL 1.0", "Flux.1 D", Illustrious, ... (repeatable)."""

    sort: ModelSortName = None
    """"Highest Rated", "Most Downloaded", "Most Liked", Newest, Oldest, ..."""

    period: PeriodName = None
    """Time frame of the sort: AllTime, Year, Month, Week, Day."""

    checkpoint_type: CheckpointTypeName = None
    """Trained or Merge."""

    file_format: FileFormats = None
    """SafeTensor, PickleTensor, GGUF, Diffusers, ... (repeatable)."""

    commercial_use: CommercialUses = None
    """None, Image, RentCivit, Rent, Sell (repeatable)."""

    primary_file_only: bool | None = None
    """List only each version's primary file."""

    supports_generation: bool | None = None
    """Only models Civitai can generate with."""

    def api_values(self) -> dict[str, object]:
        """The filters under the names of `Models_API_Opts`."""
        return {
            "tag": self.tag,
            "username": self.username,
            "types": self.type,
            "baseModels": self.base_model,
            "sort": self.sort,
            "period": self.period,
            "checkpointType": self.checkpoint_type,
            "fileFormats": self.file_format,
            "allowCommercialUse": self.commercial_use,
            "primaryFileOnly": self.primary_file_only,
            "supportsGeneration": self.supports_generation,
        }


@Parameter(name="*")
@dataclasses.dataclass(frozen=True)
class ImageFilters:
    """The filters of GET /api/v1/images both `images search` and `export images` take."""

    model_id: int | None = None
    """Images made with this model."""

    version_id: int | None = None
    """Images made with this model version."""

    post_id: int | None = None
    """Images of this post."""

    user_id: int | None = None
    """Images by this user id."""

    username: str | None = None
    """Images by this user."""

    base_model: BaseModels = None
    """Base model, as Civitai spells it (repeatable)."""

    tag: list[int] | None = None
    """Tag id (repeatable)."""

    type: MediaTypeName = None
    """image, video or audio."""

    period: PeriodName = None
    """AllTime, Year, Month, Week, Day."""

    browsing_level: int | None = None
    """NSFW levels as bit flags (1 PG, 2 PG-13, 4 R, 8 X, 16 XXX)."""

    requiring_meta: bool | None = None
    """Only images with generation data."""

    with_tags: bool | None = None
    """Include each image's tags."""

    def api_values(self) -> dict[str, object]:
        """The filters under the names of `Images_API_Opts`."""
        return {
            "modelId": self.model_id,
            "modelVersionId": self.version_id,
            "postId": self.post_id,
            "userId": self.user_id,
            "username": self.username,
            "baseModels": self.base_model,
            "tags": self.tag,
            "type": self.type,
            "period": self.period,
            "browsingLevel": self.browsing_level,
            "requiringMeta": self.requiring_meta,
            "withTags": self.with_tags,
        }


def image_nsfw(value: str | None) -> str | bool | None:
    """--nsfw of the images commands as sent: a level's name, or true/false as a boolean."""
    if value in ("true", "false"):  # the converter lower-cases them
        return value == "true"
    return value
