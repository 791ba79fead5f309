from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, format_datetime

T = TypeVar("T", bound="ModelVersionDetail")

# The keys `from_dict` reads into attributes; any other key goes to `additional_properties`.
_KNOWN_KEYS = frozenset(
    (
        "id",
        "modelId",
        "name",
        "nsfwLevel",
        "createdAt",
        "updatedAt",
        "status",
        "publishedAt",
        "trainedWords",
        "trainingStatus",
        "trainingDetails",
        "baseModel",
        "baseModelType",
        "description",
        "uploadType",
        "usageControl",
        "licensingFee",
        "paidAccess",
        "earlyAccessEndsAt",
        "earlyAccessConfig",
        "earlyAccessTimeFrame",
        "air",
        "stats",
        "model",
        "creator",
        "files",
        "images",
        "downloadUrl",
    )
)


@_attrs_define
class ModelVersionDetail(AdditionalProperties[Any]):
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
        """The JSON object: each property that is set, in the spec's order, then any other key."""
        field_dict: dict[str, Any] = {}
        field_dict["id"] = self.id

        field_dict["modelId"] = self.model_id

        field_dict["name"] = self.name

        if self.nsfw_level is not UNSET:
            field_dict["nsfwLevel"] = self.nsfw_level

        created_at = self.created_at
        if not isinstance(created_at, Unset):
            field_dict["createdAt"] = format_datetime(created_at)

        updated_at = self.updated_at
        if not isinstance(updated_at, Unset):
            field_dict["updatedAt"] = format_datetime(updated_at)

        if self.status is not UNSET:
            field_dict["status"] = self.status

        published_at = self.published_at
        if not isinstance(published_at, Unset):
            field_dict["publishedAt"] = (
                format_datetime(published_at)
                if isinstance(published_at, datetime.datetime)
                else published_at
            )

        if self.trained_words is not UNSET:
            field_dict["trainedWords"] = self.trained_words

        if self.training_status is not UNSET:
            field_dict["trainingStatus"] = self.training_status

        training_details = self.training_details
        if not isinstance(training_details, Unset):
            field_dict["trainingDetails"] = (
                training_details.to_dict()
                if isinstance(training_details, TrainingDetails)
                else training_details
            )

        if self.base_model is not UNSET:
            field_dict["baseModel"] = self.base_model

        if self.base_model_type is not UNSET:
            field_dict["baseModelType"] = self.base_model_type

        if self.description is not UNSET:
            field_dict["description"] = self.description

        if self.upload_type is not UNSET:
            field_dict["uploadType"] = self.upload_type

        if self.usage_control is not UNSET:
            field_dict["usageControl"] = self.usage_control

        if self.licensing_fee is not UNSET:
            field_dict["licensingFee"] = self.licensing_fee

        paid_access = self.paid_access
        if not isinstance(paid_access, Unset):
            field_dict["paidAccess"] = (
                paid_access.to_dict() if isinstance(paid_access, PaidAccess) else paid_access
            )

        early_access_ends_at = self.early_access_ends_at
        if not isinstance(early_access_ends_at, Unset):
            field_dict["earlyAccessEndsAt"] = (
                format_datetime(early_access_ends_at)
                if isinstance(early_access_ends_at, datetime.datetime)
                else early_access_ends_at
            )

        early_access_config = self.early_access_config
        if not isinstance(early_access_config, Unset):
            field_dict["earlyAccessConfig"] = (
                early_access_config.to_dict()
                if isinstance(early_access_config, EarlyAccessConfig)
                else early_access_config
            )

        if self.early_access_time_frame is not UNSET:
            field_dict["earlyAccessTimeFrame"] = self.early_access_time_frame

        if self.air is not UNSET:
            field_dict["air"] = self.air

        stats = self.stats
        if not isinstance(stats, Unset):
            field_dict["stats"] = stats.to_dict()

        model = self.model
        if not isinstance(model, Unset):
            field_dict["model"] = model.to_dict()

        creator = self.creator
        if not isinstance(creator, Unset):
            field_dict["creator"] = creator.to_dict()

        files = self.files
        if not isinstance(files, Unset):
            field_dict["files"] = [files_item_data.to_dict() for files_item_data in files]

        images = self.images
        if not isinstance(images, Unset):
            field_dict["images"] = [images_item_data.to_dict() for images_item_data in images]

        if self.download_url is not UNSET:
            field_dict["downloadUrl"] = self.download_url

        for key, value in self.additional_properties.items():
            if key not in field_dict:
                field_dict[key] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a decoded JSON object, read key by key and never modified; a key the spec
        does not name is kept in `additional_properties`."""
        # Set as attrs' own __init__ would, without the call (the types module says why).
        model_version_detail = cls.__new__(cls)
        model_version_detail.id = src_dict["id"]
        model_version_detail.model_id = src_dict["modelId"]
        model_version_detail.name = src_dict["name"]
        model_version_detail.nsfw_level = src_dict.get("nsfwLevel", UNSET)
        model_version_detail.created_at = (
            datetime.datetime.fromisoformat(src_dict["createdAt"])
            if "createdAt" in src_dict
            else UNSET
        )
        model_version_detail.updated_at = (
            datetime.datetime.fromisoformat(src_dict["updatedAt"])
            if "updatedAt" in src_dict
            else UNSET
        )
        model_version_detail.status = src_dict.get("status", UNSET)
        model_version_detail.published_at = (
            _parse_published_at(src_dict["publishedAt"]) if "publishedAt" in src_dict else UNSET
        )
        model_version_detail.trained_words = src_dict.get("trainedWords", UNSET)
        model_version_detail.training_status = src_dict.get("trainingStatus", UNSET)
        model_version_detail.training_details = (
            _parse_training_details(src_dict["trainingDetails"])
            if "trainingDetails" in src_dict
            else UNSET
        )
        model_version_detail.base_model = src_dict.get("baseModel", UNSET)
        model_version_detail.base_model_type = src_dict.get("baseModelType", UNSET)
        model_version_detail.description = src_dict.get("description", UNSET)
        model_version_detail.upload_type = src_dict.get("uploadType", UNSET)
        model_version_detail.usage_control = src_dict.get("usageControl", UNSET)
        model_version_detail.licensing_fee = src_dict.get("licensingFee", UNSET)
        model_version_detail.paid_access = (
            _parse_paid_access(src_dict["paidAccess"]) if "paidAccess" in src_dict else UNSET
        )
        model_version_detail.early_access_ends_at = (
            _parse_early_access_ends_at(src_dict["earlyAccessEndsAt"])
            if "earlyAccessEndsAt" in src_dict
            else UNSET
        )
        model_version_detail.early_access_config = (
            _parse_early_access_config(src_dict["earlyAccessConfig"])
            if "earlyAccessConfig" in src_dict
            else UNSET
        )
        model_version_detail.early_access_time_frame = src_dict.get("earlyAccessTimeFrame", UNSET)
        model_version_detail.air = src_dict.get("air", UNSET)
        model_version_detail.stats = (
            ModelVersionStats.from_dict(src_dict["stats"]) if "stats" in src_dict else UNSET
        )
        model_version_detail.model = (
            ModelSummary.from_dict(src_dict["model"]) if "model" in src_dict else UNSET
        )
        model_version_detail.creator = (
            ModelCreator.from_dict(src_dict["creator"]) if "creator" in src_dict else UNSET
        )
        model_version_detail.files = (
            [ModelFile.from_dict(files_item_data) for files_item_data in src_dict["files"]]
            if "files" in src_dict
            else UNSET
        )
        model_version_detail.images = (
            [VersionImage.from_dict(images_item_data) for images_item_data in src_dict["images"]]
            if "images" in src_dict
            else UNSET
        )
        model_version_detail.download_url = src_dict.get("downloadUrl", UNSET)
        if _KNOWN_KEYS.issuperset(src_dict):
            model_version_detail.additional_properties = {}
        else:
            model_version_detail.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return model_version_detail


def _parse_published_at(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast(datetime.datetime | None | Unset, data)


def _parse_training_details(data: object) -> None | TrainingDetails | Unset:
    if data is None:
        return data
    if isinstance(data, dict):
        try:
            return TrainingDetails.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast(None | TrainingDetails | Unset, data)


def _parse_paid_access(data: object) -> None | PaidAccess | Unset:
    if data is None:
        return data
    if isinstance(data, dict):
        try:
            return PaidAccess.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast(None | PaidAccess | Unset, data)


def _parse_early_access_ends_at(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast(datetime.datetime | None | Unset, data)


def _parse_early_access_config(data: object) -> EarlyAccessConfig | None | Unset:
    if data is None:
        return data
    if isinstance(data, dict):
        try:
            return EarlyAccessConfig.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast(EarlyAccessConfig | None | Unset, data)


# Imported last, once: a model module that refers back to this one finds this class defined.
from ..models.early_access_config import EarlyAccessConfig  # noqa: E402
from ..models.model_creator import ModelCreator  # noqa: E402
from ..models.model_file import ModelFile  # noqa: E402
from ..models.model_summary import ModelSummary  # noqa: E402
from ..models.model_version_stats import ModelVersionStats  # noqa: E402
from ..models.paid_access import PaidAccess  # noqa: E402
from ..models.training_details import TrainingDetails  # noqa: E402
from ..models.version_image import VersionImage  # noqa: E402
