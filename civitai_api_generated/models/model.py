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
    """A model, as listed by /models and returned by /models/{modelId} (§6.1, §6.2).

    Attributes:
        id (int):
        name (str):
        description (None | str): HTML.
        type_ (str):
        allow_no_credit (bool):
        allow_commercial_use (list[str] | str): Commercial uses allowed (`None`, `Image`, `RentCivit`, `Rent`, `Sell`).
            An array,
            or a Postgres array literal string such as `"{Image,RentCivit}"`, or (before
            2024-02) a single value such as `"Sell"` (§6.1).
        allow_derivatives (bool):
        allow_different_license (bool):
        poi (bool):
        nsfw (bool):
        stats (ModelStats): `null` counts are metrics the creator hid. `favoriteCount`, `ratingCount` and
            `rating` were removed in 2025-11 but appear in older data.
        tags (list[str]):
        model_versions (list[ModelVersion]): Published versions, newest first.
        minor (bool | Unset):
        sfw_only (bool | Unset):
        nsfw_level (int | Unset): Bitwise OR of the content's levels (1 PG, 2 PG-13, 4 R, 8 X, 16 XXX, 32 Blocked).
        availability (str | Unset):
        mode (None | str | Unset): `Archived` (no files to download) or `TakenDown` (no images).
        user_id (int | Unset):
        base_models (list[str] | Unset):
        cosmetic (Cosmetic | None | Unset): Always null in the API.
        supports_generation (bool | Unset):
        creator (ModelCreator | Unset):
    """

    id: int
    name: str
    description: None | str
    type_: str
    allow_no_credit: bool
    allow_commercial_use: list[str] | str
    allow_derivatives: bool
    allow_different_license: bool
    poi: bool
    nsfw: bool
    stats: ModelStats
    tags: list[str]
    model_versions: list[ModelVersion]
    minor: bool | Unset = UNSET
    sfw_only: bool | Unset = UNSET
    nsfw_level: int | Unset = UNSET
    availability: str | Unset = UNSET
    mode: None | str | Unset = UNSET
    user_id: int | Unset = UNSET
    base_models: list[str] | Unset = UNSET
    cosmetic: Cosmetic | None | Unset = UNSET
    supports_generation: bool | Unset = UNSET
    creator: ModelCreator | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.cosmetic import Cosmetic  # noqa: PLC0415

        id = self.id

        name = self.name

        description: None | str
        description = self.description

        type_ = self.type_

        allow_no_credit = self.allow_no_credit

        allow_commercial_use: list[str] | str
        if isinstance(self.allow_commercial_use, list):
            allow_commercial_use = self.allow_commercial_use

        else:
            allow_commercial_use = self.allow_commercial_use

        allow_derivatives = self.allow_derivatives

        allow_different_license = self.allow_different_license

        poi = self.poi

        nsfw = self.nsfw

        stats = self.stats.to_dict()

        tags = self.tags

        model_versions = []
        for model_versions_item_data in self.model_versions:
            model_versions_item = model_versions_item_data.to_dict()
            model_versions.append(model_versions_item)

        minor = self.minor

        sfw_only = self.sfw_only

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

        creator: dict[str, Any] | Unset = UNSET
        if not isinstance(self.creator, Unset):
            creator = self.creator.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "type": type_,
                "allowNoCredit": allow_no_credit,
                "allowCommercialUse": allow_commercial_use,
                "allowDerivatives": allow_derivatives,
                "allowDifferentLicense": allow_different_license,
                "poi": poi,
                "nsfw": nsfw,
                "stats": stats,
                "tags": tags,
                "modelVersions": model_versions,
            }
        )
        if minor is not UNSET:
            field_dict["minor"] = minor
        if sfw_only is not UNSET:
            field_dict["sfwOnly"] = sfw_only
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
        if creator is not UNSET:
            field_dict["creator"] = creator

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

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        type_ = d.pop("type")

        allow_no_credit = d.pop("allowNoCredit")

        def _parse_allow_commercial_use(data: object) -> list[str] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allow_commercial_use_type_0 = cast(list[str], data)

                return allow_commercial_use_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str, data)

        allow_commercial_use = _parse_allow_commercial_use(d.pop("allowCommercialUse"))

        allow_derivatives = d.pop("allowDerivatives")

        allow_different_license = d.pop("allowDifferentLicense")

        poi = d.pop("poi")

        nsfw = d.pop("nsfw")

        stats = ModelStats.from_dict(d.pop("stats"))

        tags = cast(list[str], d.pop("tags"))

        model_versions = []
        _model_versions = d.pop("modelVersions")
        for model_versions_item_data in _model_versions:
            model_versions_item = ModelVersion.from_dict(model_versions_item_data)

            model_versions.append(model_versions_item)

        minor = d.pop("minor", UNSET)

        sfw_only = d.pop("sfwOnly", UNSET)

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

        _creator = d.pop("creator", UNSET)
        creator: ModelCreator | Unset
        if isinstance(_creator, Unset):
            creator = UNSET
        else:
            creator = ModelCreator.from_dict(_creator)

        model = cls(
            id=id,
            name=name,
            description=description,
            type_=type_,
            allow_no_credit=allow_no_credit,
            allow_commercial_use=allow_commercial_use,
            allow_derivatives=allow_derivatives,
            allow_different_license=allow_different_license,
            poi=poi,
            nsfw=nsfw,
            stats=stats,
            tags=tags,
            model_versions=model_versions,
            minor=minor,
            sfw_only=sfw_only,
            nsfw_level=nsfw_level,
            availability=availability,
            mode=mode,
            user_id=user_id,
            base_models=base_models,
            cosmetic=cosmetic,
            supports_generation=supports_generation,
            creator=creator,
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
