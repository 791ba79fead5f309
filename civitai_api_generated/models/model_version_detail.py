from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, format_datetime

T = TypeVar("T", bound="ModelVersionDetail")

# The keys `from_dict` reads into attributes; any other key goes to `additional_properties`.
_KNOWN_KEYS = frozenset(
    (
        "id",
        "modelId",
        "name",
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
        "air",
        "stats",
        "model",
        "files",
        "images",
        "nsfwLevel",
        "licensingFee",
        "paidAccess",
        "earlyAccessEndsAt",
        "earlyAccessConfig",
        "earlyAccessTimeFrame",
        "creator",
        "downloadUrl",
    )
)


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
        """The JSON object: every property that is set, in the spec's order, then every additional
        property."""
        field_dict: dict[str, Any] = {}
        field_dict["id"] = self.id

        field_dict["modelId"] = self.model_id

        field_dict["name"] = self.name

        if self.nsfw_level is not UNSET:
            field_dict["nsfwLevel"] = self.nsfw_level

        created_at = self.created_at
        field_dict["createdAt"] = format_datetime(created_at)

        updated_at = self.updated_at
        field_dict["updatedAt"] = format_datetime(updated_at)

        field_dict["status"] = self.status

        published_at = self.published_at
        field_dict["publishedAt"] = (
            format_datetime(published_at)
            if isinstance(published_at, datetime.datetime)
            else published_at
        )

        field_dict["trainedWords"] = self.trained_words

        field_dict["trainingStatus"] = self.training_status

        training_details = self.training_details
        field_dict["trainingDetails"] = (
            training_details.to_dict()
            if isinstance(training_details, TrainingDetails)
            else training_details
        )

        field_dict["baseModel"] = self.base_model

        field_dict["baseModelType"] = self.base_model_type

        field_dict["description"] = self.description

        field_dict["uploadType"] = self.upload_type

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

        field_dict["air"] = self.air

        stats = self.stats
        field_dict["stats"] = stats.to_dict()

        model = self.model
        field_dict["model"] = model.to_dict()

        creator = self.creator
        if not isinstance(creator, Unset):
            field_dict["creator"] = creator.to_dict()

        files = self.files
        field_dict["files"] = [files_item_data.to_dict() for files_item_data in files]

        images = self.images
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
        # Each attribute is set here, as attrs' own __init__ would set it (these classes have no
        # validators, converters or post-init hook): a call passing one argument per property
        # would cost more than building the object.
        model_version_detail = cls.__new__(cls)
        model_version_detail.id = src_dict["id"]
        model_version_detail.model_id = src_dict["modelId"]
        model_version_detail.name = src_dict["name"]
        model_version_detail.nsfw_level = src_dict.get("nsfwLevel", UNSET)
        model_version_detail.created_at = datetime.datetime.fromisoformat(src_dict["createdAt"])
        model_version_detail.updated_at = datetime.datetime.fromisoformat(src_dict["updatedAt"])
        model_version_detail.status = src_dict["status"]
        model_version_detail.published_at = _parse_published_at(src_dict["publishedAt"])
        model_version_detail.trained_words = src_dict["trainedWords"]
        model_version_detail.training_status = src_dict["trainingStatus"]
        model_version_detail.training_details = _parse_training_details(src_dict["trainingDetails"])
        model_version_detail.base_model = src_dict["baseModel"]
        model_version_detail.base_model_type = src_dict["baseModelType"]
        model_version_detail.description = src_dict["description"]
        model_version_detail.upload_type = src_dict["uploadType"]
        model_version_detail.usage_control = src_dict["usageControl"]
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
        model_version_detail.air = src_dict["air"]
        model_version_detail.stats = ModelVersionStats.from_dict(src_dict["stats"])
        model_version_detail.model = ModelSummary.from_dict(src_dict["model"])
        model_version_detail.creator = (
            ModelCreator.from_dict(src_dict["creator"]) if "creator" in src_dict else UNSET
        )
        model_version_detail.files = [
            ModelFile.from_dict(files_item_data) for files_item_data in src_dict["files"]
        ]
        model_version_detail.images = [
            VersionImage.from_dict(images_item_data) for images_item_data in src_dict["images"]
        ]
        model_version_detail.download_url = src_dict.get("downloadUrl", UNSET)
        if _KNOWN_KEYS.issuperset(src_dict):
            model_version_detail.additional_properties = {}
        else:
            model_version_detail.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
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


def _parse_published_at(data: object) -> datetime.datetime | None:
    if data is None:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast(datetime.datetime | None, data)


def _parse_training_details(data: object) -> None | TrainingDetails:
    if data is None:
        return data
    if isinstance(data, dict):
        try:
            return TrainingDetails.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast(None | TrainingDetails, data)


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
