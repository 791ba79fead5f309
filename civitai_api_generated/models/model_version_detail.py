from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.early_access_config import EarlyAccessConfig
    from ..models.model_creator import ModelCreator
    from ..models.model_file import ModelFile
    from ..models.model_summary import ModelSummary
    from ..models.model_version_stats import ModelVersionStats
    from ..models.paid_access import PaidAccess
    from ..models.training_details import TrainingDetails
    from ..models.version_image import VersionImage


T = TypeVar("T", bound="ModelVersionDetail")


@_attrs_define
class ModelVersionDetail:
    """A model version from /model-versions (§6.3).

    Attributes:
        id (int):
        model_id (int):
        name (str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        status (str):
        published_at (datetime.datetime | None):
        trained_words (list[str]):
        training_status (None | str):
        training_details (None | TrainingDetails):
        base_model (str):
        base_model_type (None | str):
        description (None | str): HTML.
        upload_type (str):
        usage_control (str):
        air (str): AI resource name, `urn:air:{ecosystem}:{type}:civitai:{modelId}@{versionId}`.
        stats (ModelVersionStats): `ratingCount`/`rating` were removed in 2025-11 but appear in older data.
        model (ModelSummary): The model a version belongs to.
        files (list[ModelFile]):
        images (list[VersionImage]):
        nsfw_level (int | Unset):
        licensing_fee (float | None | Unset):
        paid_access (None | PaidAccess | Unset):
        early_access_ends_at (datetime.datetime | None | Unset): Replaced by `paidAccess` in 2026-07; in older data.
        early_access_config (EarlyAccessConfig | None | Unset): Replaced by `paidAccess` in 2026-07; in older data.
        early_access_time_frame (int | Unset):
        creator (ModelCreator | Unset):
        download_url (str | Unset): Absent when the model is archived.
    """

    id: int
    model_id: int
    name: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    status: str
    published_at: datetime.datetime | None
    trained_words: list[str]
    training_status: None | str
    training_details: None | TrainingDetails
    base_model: str
    base_model_type: None | str
    description: None | str
    upload_type: str
    usage_control: str
    air: str
    stats: ModelVersionStats
    model: ModelSummary
    files: list[ModelFile]
    images: list[VersionImage]
    nsfw_level: int | Unset = UNSET
    licensing_fee: float | None | Unset = UNSET
    paid_access: None | PaidAccess | Unset = UNSET
    early_access_ends_at: datetime.datetime | None | Unset = UNSET
    early_access_config: EarlyAccessConfig | None | Unset = UNSET
    early_access_time_frame: int | Unset = UNSET
    creator: ModelCreator | Unset = UNSET
    download_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.early_access_config import EarlyAccessConfig  # noqa: PLC0415
        from ..models.paid_access import PaidAccess  # noqa: PLC0415
        from ..models.training_details import TrainingDetails  # noqa: PLC0415

        id = self.id

        model_id = self.model_id

        name = self.name

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        status = self.status

        published_at: None | str
        if isinstance(self.published_at, datetime.datetime):
            published_at = self.published_at.isoformat()
        else:
            published_at = self.published_at

        trained_words = self.trained_words

        training_status: None | str
        training_status = self.training_status

        training_details: dict[str, Any] | None
        if isinstance(self.training_details, TrainingDetails):
            training_details = self.training_details.to_dict()
        else:
            training_details = self.training_details

        base_model = self.base_model

        base_model_type: None | str
        base_model_type = self.base_model_type

        description: None | str
        description = self.description

        upload_type = self.upload_type

        usage_control = self.usage_control

        air = self.air

        stats = self.stats.to_dict()

        model = self.model.to_dict()

        files = []
        for files_item_data in self.files:
            files_item = files_item_data.to_dict()
            files.append(files_item)

        images = []
        for images_item_data in self.images:
            images_item = images_item_data.to_dict()
            images.append(images_item)

        nsfw_level = self.nsfw_level

        licensing_fee: float | None | Unset
        if isinstance(self.licensing_fee, Unset):
            licensing_fee = UNSET
        else:
            licensing_fee = self.licensing_fee

        paid_access: dict[str, Any] | None | Unset
        if isinstance(self.paid_access, Unset):
            paid_access = UNSET
        elif isinstance(self.paid_access, PaidAccess):
            paid_access = self.paid_access.to_dict()
        else:
            paid_access = self.paid_access

        early_access_ends_at: None | str | Unset
        if isinstance(self.early_access_ends_at, Unset):
            early_access_ends_at = UNSET
        elif isinstance(self.early_access_ends_at, datetime.datetime):
            early_access_ends_at = self.early_access_ends_at.isoformat()
        else:
            early_access_ends_at = self.early_access_ends_at

        early_access_config: dict[str, Any] | None | Unset
        if isinstance(self.early_access_config, Unset):
            early_access_config = UNSET
        elif isinstance(self.early_access_config, EarlyAccessConfig):
            early_access_config = self.early_access_config.to_dict()
        else:
            early_access_config = self.early_access_config

        early_access_time_frame = self.early_access_time_frame

        creator: dict[str, Any] | Unset = UNSET
        if not isinstance(self.creator, Unset):
            creator = self.creator.to_dict()

        download_url = self.download_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "modelId": model_id,
                "name": name,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "status": status,
                "publishedAt": published_at,
                "trainedWords": trained_words,
                "trainingStatus": training_status,
                "trainingDetails": training_details,
                "baseModel": base_model,
                "baseModelType": base_model_type,
                "description": description,
                "uploadType": upload_type,
                "usageControl": usage_control,
                "air": air,
                "stats": stats,
                "model": model,
                "files": files,
                "images": images,
            }
        )
        if nsfw_level is not UNSET:
            field_dict["nsfwLevel"] = nsfw_level
        if licensing_fee is not UNSET:
            field_dict["licensingFee"] = licensing_fee
        if paid_access is not UNSET:
            field_dict["paidAccess"] = paid_access
        if early_access_ends_at is not UNSET:
            field_dict["earlyAccessEndsAt"] = early_access_ends_at
        if early_access_config is not UNSET:
            field_dict["earlyAccessConfig"] = early_access_config
        if early_access_time_frame is not UNSET:
            field_dict["earlyAccessTimeFrame"] = early_access_time_frame
        if creator is not UNSET:
            field_dict["creator"] = creator
        if download_url is not UNSET:
            field_dict["downloadUrl"] = download_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.early_access_config import EarlyAccessConfig  # noqa: PLC0415
        from ..models.model_creator import ModelCreator  # noqa: PLC0415
        from ..models.model_file import ModelFile  # noqa: PLC0415
        from ..models.model_summary import ModelSummary  # noqa: PLC0415
        from ..models.model_version_stats import ModelVersionStats  # noqa: PLC0415
        from ..models.paid_access import PaidAccess  # noqa: PLC0415
        from ..models.training_details import TrainingDetails  # noqa: PLC0415
        from ..models.version_image import VersionImage  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        model_id = d.pop("modelId")

        name = d.pop("name")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        status = d.pop("status")

        def _parse_published_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_at_type_0 = datetime.datetime.fromisoformat(data)

                return published_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        published_at = _parse_published_at(d.pop("publishedAt"))

        trained_words = cast(list[str], d.pop("trainedWords"))

        def _parse_training_status(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        training_status = _parse_training_status(d.pop("trainingStatus"))

        def _parse_training_details(data: object) -> None | TrainingDetails:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                training_details_type_0 = TrainingDetails.from_dict(data)

                return training_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TrainingDetails, data)

        training_details = _parse_training_details(d.pop("trainingDetails"))

        base_model = d.pop("baseModel")

        def _parse_base_model_type(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        base_model_type = _parse_base_model_type(d.pop("baseModelType"))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        upload_type = d.pop("uploadType")

        usage_control = d.pop("usageControl")

        air = d.pop("air")

        stats = ModelVersionStats.from_dict(d.pop("stats"))

        model = ModelSummary.from_dict(d.pop("model"))

        files = []
        _files = d.pop("files")
        for files_item_data in _files:
            files_item = ModelFile.from_dict(files_item_data)

            files.append(files_item)

        images = []
        _images = d.pop("images")
        for images_item_data in _images:
            images_item = VersionImage.from_dict(images_item_data)

            images.append(images_item)

        nsfw_level = d.pop("nsfwLevel", UNSET)

        def _parse_licensing_fee(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        licensing_fee = _parse_licensing_fee(d.pop("licensingFee", UNSET))

        def _parse_paid_access(data: object) -> None | PaidAccess | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                paid_access_type_0 = PaidAccess.from_dict(data)

                return paid_access_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaidAccess | Unset, data)

        paid_access = _parse_paid_access(d.pop("paidAccess", UNSET))

        def _parse_early_access_ends_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                early_access_ends_at_type_0 = datetime.datetime.fromisoformat(data)

                return early_access_ends_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        early_access_ends_at = _parse_early_access_ends_at(d.pop("earlyAccessEndsAt", UNSET))

        def _parse_early_access_config(data: object) -> EarlyAccessConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                early_access_config_type_0 = EarlyAccessConfig.from_dict(data)

                return early_access_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EarlyAccessConfig | None | Unset, data)

        early_access_config = _parse_early_access_config(d.pop("earlyAccessConfig", UNSET))

        early_access_time_frame = d.pop("earlyAccessTimeFrame", UNSET)

        _creator = d.pop("creator", UNSET)
        creator: ModelCreator | Unset
        if isinstance(_creator, Unset):
            creator = UNSET
        else:
            creator = ModelCreator.from_dict(_creator)

        download_url = d.pop("downloadUrl", UNSET)

        model_version_detail = cls(
            id=id,
            model_id=model_id,
            name=name,
            created_at=created_at,
            updated_at=updated_at,
            status=status,
            published_at=published_at,
            trained_words=trained_words,
            training_status=training_status,
            training_details=training_details,
            base_model=base_model,
            base_model_type=base_model_type,
            description=description,
            upload_type=upload_type,
            usage_control=usage_control,
            air=air,
            stats=stats,
            model=model,
            files=files,
            images=images,
            nsfw_level=nsfw_level,
            licensing_fee=licensing_fee,
            paid_access=paid_access,
            early_access_ends_at=early_access_ends_at,
            early_access_config=early_access_config,
            early_access_time_frame=early_access_time_frame,
            creator=creator,
            download_url=download_url,
        )

        model_version_detail.additional_properties = d
        return model_version_detail

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
