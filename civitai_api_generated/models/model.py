from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="Model")

# The keys `from_dict` reads into attributes; any other key goes to `additional_properties`.
_KNOWN_KEYS = frozenset(
    (
        "id",
        "name",
        "type",
        "modelVersions",
        "description",
        "allowNoCredit",
        "allowCommercialUse",
        "allowDerivatives",
        "allowDifferentLicense",
        "minor",
        "sfwOnly",
        "poi",
        "nsfw",
        "nsfwLevel",
        "availability",
        "mode",
        "userId",
        "baseModels",
        "cosmetic",
        "supportsGeneration",
        "stats",
        "creator",
        "tags",
    )
)


@_attrs_define
class Model(AdditionalProperties[Any]):
    """A model, as listed by /models and returned by /models/{modelId}. Only `id`, `name`,
    `type` and `modelVersions` have been sent in every era; every other key is optional.

        Attributes:
            id (int):
            name (str):
            type_ (str):
            model_versions (list[ModelVersion]): Published versions, newest first.
            description (None | str | Unset): HTML.
            allow_no_credit (bool | Unset): The license permissions (`allowNoCredit`, `allowCommercialUse`,
                `allowDerivatives`, `allowDifferentLicense`) are optional: `allowCommercialUse`
                changed shape twice, and nothing guarantees the others in every era.
            allow_commercial_use (list[str] | str | Unset): Commercial uses allowed (`None`, `Image`, `RentCivit`, `Rent`,
                `Sell`). An array
                since 2024-02-21; a single value such as `"Sell"` before; and since about 2025-11
                possibly a Postgres array literal string such as `"{Image,RentCivit}"`.
            allow_derivatives (bool | Unset):
            allow_different_license (bool | Unset):
            minor (bool | Unset):
            sfw_only (bool | Unset):
            poi (bool | Unset):
            nsfw (bool | Unset):
            nsfw_level (int | Unset): Bitwise OR of the content's levels (1 PG, 2 PG-13, 4 R, 8 X, 16 XXX, 32 Blocked);
                0 = unrated. Numeric since 2024-03; absent before.
            availability (str | Unset):
            mode (None | str | Unset): `Archived` (no files to download) or `TakenDown` (no images). Since 2023-04;
                omitted when the model has neither.
            user_id (int | Unset): The owner's user id; sent by newer servers only (about 2025-11 on).
            base_models (list[str] | Unset): Distinct base models of the listed versions; newer servers only.
            cosmetic (Cosmetic | None | Unset): Always null in the API.
            supports_generation (bool | Unset):
            stats (ModelStats | Unset): Counts of a model. No key is required: Civitai has added and removed stats keys over
                time (`favoriteCount`, `ratingCount` and `rating` were removed on 2025-11-24), and
                every count is `null` when the creator hid that metric (since 2026-07).
            creator (ModelCreator | Unset):
            tags (list[str] | Unset):
    """

    id: int
    name: str
    type_: str
    model_versions: list[ModelVersion]
    description: None | str | Unset = UNSET
    allow_no_credit: bool | Unset = UNSET
    allow_commercial_use: list[str] | str | Unset = UNSET
    allow_derivatives: bool | Unset = UNSET
    allow_different_license: bool | Unset = UNSET
    minor: bool | Unset = UNSET
    sfw_only: bool | Unset = UNSET
    poi: bool | Unset = UNSET
    nsfw: bool | Unset = UNSET
    nsfw_level: int | Unset = UNSET
    availability: str | Unset = UNSET
    mode: None | str | Unset = UNSET
    user_id: int | Unset = UNSET
    base_models: list[str] | Unset = UNSET
    cosmetic: Cosmetic | None | Unset = UNSET
    supports_generation: bool | Unset = UNSET
    stats: ModelStats | Unset = UNSET
    creator: ModelCreator | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: each property that is set, in the spec's order, then any other key."""
        field_dict: dict[str, Any] = {}
        field_dict["id"] = self.id

        field_dict["name"] = self.name

        if self.description is not UNSET:
            field_dict["description"] = self.description

        field_dict["type"] = self.type_

        if self.allow_no_credit is not UNSET:
            field_dict["allowNoCredit"] = self.allow_no_credit

        if self.allow_commercial_use is not UNSET:
            field_dict["allowCommercialUse"] = self.allow_commercial_use

        if self.allow_derivatives is not UNSET:
            field_dict["allowDerivatives"] = self.allow_derivatives

        if self.allow_different_license is not UNSET:
            field_dict["allowDifferentLicense"] = self.allow_different_license

        if self.minor is not UNSET:
            field_dict["minor"] = self.minor

        if self.sfw_only is not UNSET:
            field_dict["sfwOnly"] = self.sfw_only

        if self.poi is not UNSET:
            field_dict["poi"] = self.poi

        if self.nsfw is not UNSET:
            field_dict["nsfw"] = self.nsfw

        if self.nsfw_level is not UNSET:
            field_dict["nsfwLevel"] = self.nsfw_level

        if self.availability is not UNSET:
            field_dict["availability"] = self.availability

        if self.mode is not UNSET:
            field_dict["mode"] = self.mode

        if self.user_id is not UNSET:
            field_dict["userId"] = self.user_id

        if self.base_models is not UNSET:
            field_dict["baseModels"] = self.base_models

        cosmetic = self.cosmetic
        if not isinstance(cosmetic, Unset):
            field_dict["cosmetic"] = (
                cosmetic.to_dict() if isinstance(cosmetic, Cosmetic) else cosmetic
            )

        if self.supports_generation is not UNSET:
            field_dict["supportsGeneration"] = self.supports_generation

        stats = self.stats
        if not isinstance(stats, Unset):
            field_dict["stats"] = stats.to_dict()

        creator = self.creator
        if not isinstance(creator, Unset):
            field_dict["creator"] = creator.to_dict()

        if self.tags is not UNSET:
            field_dict["tags"] = self.tags

        model_versions = self.model_versions
        field_dict["modelVersions"] = [
            model_versions_item_data.to_dict() for model_versions_item_data in model_versions
        ]

        for key, value in self.additional_properties.items():
            if key not in field_dict:
                field_dict[key] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a decoded JSON object, read key by key and never modified; a key the spec
        does not name is kept in `additional_properties`."""
        # Set as attrs' own __init__ would, without the call (the types module says why).
        model = cls.__new__(cls)
        model.id = src_dict["id"]
        model.name = src_dict["name"]
        model.description = src_dict.get("description", UNSET)
        model.type_ = src_dict["type"]
        model.allow_no_credit = src_dict.get("allowNoCredit", UNSET)
        model.allow_commercial_use = src_dict.get("allowCommercialUse", UNSET)
        model.allow_derivatives = src_dict.get("allowDerivatives", UNSET)
        model.allow_different_license = src_dict.get("allowDifferentLicense", UNSET)
        model.minor = src_dict.get("minor", UNSET)
        model.sfw_only = src_dict.get("sfwOnly", UNSET)
        model.poi = src_dict.get("poi", UNSET)
        model.nsfw = src_dict.get("nsfw", UNSET)
        model.nsfw_level = src_dict.get("nsfwLevel", UNSET)
        model.availability = src_dict.get("availability", UNSET)
        model.mode = src_dict.get("mode", UNSET)
        model.user_id = src_dict.get("userId", UNSET)
        model.base_models = src_dict.get("baseModels", UNSET)
        model.cosmetic = _parse_cosmetic(src_dict["cosmetic"]) if "cosmetic" in src_dict else UNSET
        model.supports_generation = src_dict.get("supportsGeneration", UNSET)
        model.stats = ModelStats.from_dict(src_dict["stats"]) if "stats" in src_dict else UNSET
        model.creator = (
            ModelCreator.from_dict(src_dict["creator"]) if "creator" in src_dict else UNSET
        )
        model.tags = src_dict.get("tags", UNSET)
        model.model_versions = [
            ModelVersion.from_dict(model_versions_item_data)
            for model_versions_item_data in src_dict["modelVersions"]
        ]
        if _KNOWN_KEYS.issuperset(src_dict):
            model.additional_properties = {}
        else:
            model.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return model


def _parse_cosmetic(data: object) -> Cosmetic | None | Unset:
    if data is None:
        return data
    if isinstance(data, dict):
        try:
            return Cosmetic.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast(Cosmetic | None | Unset, data)


# Imported last, once: a model module that refers back to this one finds this class defined.
from ..models.cosmetic import Cosmetic  # noqa: E402
from ..models.model_creator import ModelCreator  # noqa: E402
from ..models.model_stats import ModelStats  # noqa: E402
from ..models.model_version import ModelVersion  # noqa: E402
