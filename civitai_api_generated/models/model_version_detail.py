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
    """A model version from /model-versions. Only `id`, `modelId` and `name` are required:
    `air` came on 2024-04-26, `paidAccess` replaced `earlyAccessEndsAt` and
    `earlyAccessConfig` in 2026-07, stats keys came and went, and the upload, usage and
    training fields were added over time.

        Attributes:
            id (int):
            model_id (int):
            name (str):
            nsfw_level (int | Unset): Bitwise OR of the content's levels; numeric since 2024-03.
            created_at (datetime.datetime | Unset):
            updated_at (datetime.datetime | Unset):
            status (str | Unset):
            published_at (datetime.datetime | None | Unset):
            trained_words (list[str] | Unset):
            training_status (None | str | Unset):
            training_details (None | TrainingDetails | Unset):
            base_model (str | Unset):
            base_model_type (None | str | Unset):
            description (None | str | Unset): HTML.
            upload_type (str | Unset):
            usage_control (str | Unset):
            licensing_fee (float | None | Unset):
            paid_access (None | PaidAccess | Unset):
            early_access_ends_at (datetime.datetime | None | Unset): Replaced by `paidAccess` in 2026-07; in older data.
            early_access_config (EarlyAccessConfig | None | Unset): Replaced by `paidAccess` in 2026-07; in older data.
            early_access_time_frame (int | Unset):
            air (str | Unset): AI resource name, `urn:air:{ecosystem}:{type}:civitai:{modelId}@{versionId}`.
                Added 2024-04-26; absent in older answers.
            stats (ModelVersionStats | Unset): Counts of a version. No key is required: `ratingCount` and `rating` were
                removed on
                2025-11-24 (they appear in older data), and every count is `null` when the creator
                hid that metric (since 2026-07).
            model (ModelSummary | Unset): The model a version belongs to. `poi` came later than the first release.
            creator (ModelCreator | Unset):
            files (list[ModelFile] | Unset): The version's files; may be missing or empty (archived models).
            images (list[VersionImage] | Unset):
            download_url (str | Unset): Absent when the model is archived.
    """

    id: int
    model_id: int
    name: str
    nsfw_level: int | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    status: str | Unset = UNSET
    published_at: datetime.datetime | None | Unset = UNSET
    trained_words: list[str] | Unset = UNSET
    training_status: None | str | Unset = UNSET
    training_details: None | TrainingDetails | Unset = UNSET
    base_model: str | Unset = UNSET
    base_model_type: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    upload_type: str | Unset = UNSET
    usage_control: str | Unset = UNSET
    licensing_fee: float | None | Unset = UNSET
    paid_access: None | PaidAccess | Unset = UNSET
    early_access_ends_at: datetime.datetime | None | Unset = UNSET
    early_access_config: EarlyAccessConfig | None | Unset = UNSET
    early_access_time_frame: int | Unset = UNSET
    air: str | Unset = UNSET
    stats: ModelVersionStats | Unset = UNSET
    model: ModelSummary | Unset = UNSET
    creator: ModelCreator | Unset = UNSET
    files: list[ModelFile] | Unset = UNSET
    images: list[VersionImage] | Unset = UNSET
    download_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.early_access_config import EarlyAccessConfig  # noqa: PLC0415
        from ..models.paid_access import PaidAccess  # noqa: PLC0415
        from ..models.training_details import TrainingDetails  # noqa: PLC0415

        id = self.id

        model_id = self.model_id

        name = self.name

        nsfw_level = self.nsfw_level

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        status = self.status

        published_at: None | str | Unset
        if isinstance(self.published_at, Unset):
            published_at = UNSET
        elif isinstance(self.published_at, datetime.datetime):
            published_at = self.published_at.isoformat()
        else:
            published_at = self.published_at

        trained_words: list[str] | Unset = UNSET
        if not isinstance(self.trained_words, Unset):
            trained_words = self.trained_words

        training_status: None | str | Unset
        if isinstance(self.training_status, Unset):
            training_status = UNSET
        else:
            training_status = self.training_status

        training_details: dict[str, Any] | None | Unset
        if isinstance(self.training_details, Unset):
            training_details = UNSET
        elif isinstance(self.training_details, TrainingDetails):
            training_details = self.training_details.to_dict()
        else:
            training_details = self.training_details

        base_model = self.base_model

        base_model_type: None | str | Unset
        if isinstance(self.base_model_type, Unset):
            base_model_type = UNSET
        else:
            base_model_type = self.base_model_type

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        upload_type = self.upload_type

        usage_control = self.usage_control

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

        air = self.air

        stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stats, Unset):
            stats = self.stats.to_dict()

        model: dict[str, Any] | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model.to_dict()

        creator: dict[str, Any] | Unset = UNSET
        if not isinstance(self.creator, Unset):
            creator = self.creator.to_dict()

        files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.files, Unset):
            files = []
            for files_item_data in self.files:
                files_item = files_item_data.to_dict()
                files.append(files_item)

        images: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = []
            for images_item_data in self.images:
                images_item = images_item_data.to_dict()
                images.append(images_item)

        download_url = self.download_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "modelId": model_id,
                "name": name,
            }
        )
        if nsfw_level is not UNSET:
            field_dict["nsfwLevel"] = nsfw_level
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if status is not UNSET:
            field_dict["status"] = status
        if published_at is not UNSET:
            field_dict["publishedAt"] = published_at
        if trained_words is not UNSET:
            field_dict["trainedWords"] = trained_words
        if training_status is not UNSET:
            field_dict["trainingStatus"] = training_status
        if training_details is not UNSET:
            field_dict["trainingDetails"] = training_details
        if base_model is not UNSET:
            field_dict["baseModel"] = base_model
        if base_model_type is not UNSET:
            field_dict["baseModelType"] = base_model_type
        if description is not UNSET:
            field_dict["description"] = description
        if upload_type is not UNSET:
            field_dict["uploadType"] = upload_type
        if usage_control is not UNSET:
            field_dict["usageControl"] = usage_control
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
        if air is not UNSET:
            field_dict["air"] = air
        if stats is not UNSET:
            field_dict["stats"] = stats
        if model is not UNSET:
            field_dict["model"] = model
        if creator is not UNSET:
            field_dict["creator"] = creator
        if files is not UNSET:
            field_dict["files"] = files
        if images is not UNSET:
            field_dict["images"] = images
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

        nsfw_level = d.pop("nsfwLevel", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        status = d.pop("status", UNSET)

        def _parse_published_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_at_type_0 = datetime.datetime.fromisoformat(data)

                return published_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        published_at = _parse_published_at(d.pop("publishedAt", UNSET))

        trained_words = cast(list[str], d.pop("trainedWords", UNSET))

        def _parse_training_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        training_status = _parse_training_status(d.pop("trainingStatus", UNSET))

        def _parse_training_details(data: object) -> None | TrainingDetails | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                training_details_type_0 = TrainingDetails.from_dict(data)

                return training_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TrainingDetails | Unset, data)

        training_details = _parse_training_details(d.pop("trainingDetails", UNSET))

        base_model = d.pop("baseModel", UNSET)

        def _parse_base_model_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        base_model_type = _parse_base_model_type(d.pop("baseModelType", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        upload_type = d.pop("uploadType", UNSET)

        usage_control = d.pop("usageControl", UNSET)

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

        air = d.pop("air", UNSET)

        _stats = d.pop("stats", UNSET)
        stats: ModelVersionStats | Unset
        if isinstance(_stats, Unset):
            stats = UNSET
        else:
            stats = ModelVersionStats.from_dict(_stats)

        _model = d.pop("model", UNSET)
        model: ModelSummary | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = ModelSummary.from_dict(_model)

        _creator = d.pop("creator", UNSET)
        creator: ModelCreator | Unset
        if isinstance(_creator, Unset):
            creator = UNSET
        else:
            creator = ModelCreator.from_dict(_creator)

        _files = d.pop("files", UNSET)
        files: list[ModelFile] | Unset = UNSET
        if _files is not UNSET:
            files = []
            for files_item_data in _files:
                files_item = ModelFile.from_dict(files_item_data)

                files.append(files_item)

        _images = d.pop("images", UNSET)
        images: list[VersionImage] | Unset = UNSET
        if _images is not UNSET:
            images = []
            for images_item_data in _images:
                images_item = VersionImage.from_dict(images_item_data)

                images.append(images_item)

        download_url = d.pop("downloadUrl", UNSET)

        model_version_detail = cls(
            id=id,
            model_id=model_id,
            name=name,
            nsfw_level=nsfw_level,
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
            licensing_fee=licensing_fee,
            paid_access=paid_access,
            early_access_ends_at=early_access_ends_at,
            early_access_config=early_access_config,
            early_access_time_frame=early_access_time_frame,
            air=air,
            stats=stats,
            model=model,
            creator=creator,
            files=files,
            images=images,
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
