from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cosmetic import Cosmetic
    from ..models.model_creator import ModelCreator
    from ..models.model_stats import ModelStats
    from ..models.model_version import ModelVersion


T = TypeVar("T", bound="Model")


@_attrs_define
class Model:
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
        from ..models.cosmetic import Cosmetic  # noqa: PLC0415

        id = self.id

        name = self.name

        type_ = self.type_

        model_versions = []
        for model_versions_item_data in self.model_versions:
            model_versions_item = model_versions_item_data.to_dict()
            model_versions.append(model_versions_item)

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        allow_no_credit = self.allow_no_credit

        allow_commercial_use: list[str] | str | Unset
        if isinstance(self.allow_commercial_use, Unset):
            allow_commercial_use = UNSET
        elif isinstance(self.allow_commercial_use, list):
            allow_commercial_use = self.allow_commercial_use

        else:
            allow_commercial_use = self.allow_commercial_use

        allow_derivatives = self.allow_derivatives

        allow_different_license = self.allow_different_license

        minor = self.minor

        sfw_only = self.sfw_only

        poi = self.poi

        nsfw = self.nsfw

        nsfw_level = self.nsfw_level

        availability = self.availability

        mode: None | str | Unset
        if isinstance(self.mode, Unset):
            mode = UNSET
        else:
            mode = self.mode

        user_id = self.user_id

        base_models: list[str] | Unset = UNSET
        if not isinstance(self.base_models, Unset):
            base_models = self.base_models

        cosmetic: dict[str, Any] | None | Unset
        if isinstance(self.cosmetic, Unset):
            cosmetic = UNSET
        elif isinstance(self.cosmetic, Cosmetic):
            cosmetic = self.cosmetic.to_dict()
        else:
            cosmetic = self.cosmetic

        supports_generation = self.supports_generation

        stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stats, Unset):
            stats = self.stats.to_dict()

        creator: dict[str, Any] | Unset = UNSET
        if not isinstance(self.creator, Unset):
            creator = self.creator.to_dict()

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "type": type_,
                "modelVersions": model_versions,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if allow_no_credit is not UNSET:
            field_dict["allowNoCredit"] = allow_no_credit
        if allow_commercial_use is not UNSET:
            field_dict["allowCommercialUse"] = allow_commercial_use
        if allow_derivatives is not UNSET:
            field_dict["allowDerivatives"] = allow_derivatives
        if allow_different_license is not UNSET:
            field_dict["allowDifferentLicense"] = allow_different_license
        if minor is not UNSET:
            field_dict["minor"] = minor
        if sfw_only is not UNSET:
            field_dict["sfwOnly"] = sfw_only
        if poi is not UNSET:
            field_dict["poi"] = poi
        if nsfw is not UNSET:
            field_dict["nsfw"] = nsfw
        if nsfw_level is not UNSET:
            field_dict["nsfwLevel"] = nsfw_level
        if availability is not UNSET:
            field_dict["availability"] = availability
        if mode is not UNSET:
            field_dict["mode"] = mode
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if base_models is not UNSET:
            field_dict["baseModels"] = base_models
        if cosmetic is not UNSET:
            field_dict["cosmetic"] = cosmetic
        if supports_generation is not UNSET:
            field_dict["supportsGeneration"] = supports_generation
        if stats is not UNSET:
            field_dict["stats"] = stats
        if creator is not UNSET:
            field_dict["creator"] = creator
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cosmetic import Cosmetic  # noqa: PLC0415
        from ..models.model_creator import ModelCreator  # noqa: PLC0415
        from ..models.model_stats import ModelStats  # noqa: PLC0415
        from ..models.model_version import ModelVersion  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        type_ = d.pop("type")

        model_versions = []
        _model_versions = d.pop("modelVersions")
        for model_versions_item_data in _model_versions:
            model_versions_item = ModelVersion.from_dict(model_versions_item_data)

            model_versions.append(model_versions_item)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        allow_no_credit = d.pop("allowNoCredit", UNSET)

        def _parse_allow_commercial_use(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allow_commercial_use_type_0 = cast(list[str], data)

                return allow_commercial_use_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        allow_commercial_use = _parse_allow_commercial_use(d.pop("allowCommercialUse", UNSET))

        allow_derivatives = d.pop("allowDerivatives", UNSET)

        allow_different_license = d.pop("allowDifferentLicense", UNSET)

        minor = d.pop("minor", UNSET)

        sfw_only = d.pop("sfwOnly", UNSET)

        poi = d.pop("poi", UNSET)

        nsfw = d.pop("nsfw", UNSET)

        nsfw_level = d.pop("nsfwLevel", UNSET)

        availability = d.pop("availability", UNSET)

        def _parse_mode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mode = _parse_mode(d.pop("mode", UNSET))

        user_id = d.pop("userId", UNSET)

        base_models = cast(list[str], d.pop("baseModels", UNSET))

        def _parse_cosmetic(data: object) -> Cosmetic | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cosmetic_type_0 = Cosmetic.from_dict(data)

                return cosmetic_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Cosmetic | None | Unset, data)

        cosmetic = _parse_cosmetic(d.pop("cosmetic", UNSET))

        supports_generation = d.pop("supportsGeneration", UNSET)

        _stats = d.pop("stats", UNSET)
        stats: ModelStats | Unset
        if isinstance(_stats, Unset):
            stats = UNSET
        else:
            stats = ModelStats.from_dict(_stats)

        _creator = d.pop("creator", UNSET)
        creator: ModelCreator | Unset
        if isinstance(_creator, Unset):
            creator = UNSET
        else:
            creator = ModelCreator.from_dict(_creator)

        tags = cast(list[str], d.pop("tags", UNSET))

        model = cls(
            id=id,
            name=name,
            type_=type_,
            model_versions=model_versions,
            description=description,
            allow_no_credit=allow_no_credit,
            allow_commercial_use=allow_commercial_use,
            allow_derivatives=allow_derivatives,
            allow_different_license=allow_different_license,
            minor=minor,
            sfw_only=sfw_only,
            poi=poi,
            nsfw=nsfw,
            nsfw_level=nsfw_level,
            availability=availability,
            mode=mode,
            user_id=user_id,
            base_models=base_models,
            cosmetic=cosmetic,
            supports_generation=supports_generation,
            stats=stats,
            creator=creator,
            tags=tags,
        )

        model.additional_properties = d
        return model

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
