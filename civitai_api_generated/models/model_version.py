from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, format_datetime

T = TypeVar("T", bound="ModelVersion")

# The keys `from_dict` reads into attributes; any other key goes to `additional_properties`.
_KNOWN_KEYS = frozenset(
    (
        "id",
        "name",
        "modelId",
        "index",
        "baseModel",
        "baseModelType",
        "createdAt",
        "updatedAt",
        "publishedAt",
        "status",
        "flags",
        "availability",
        "nsfwLevel",
        "description",
        "trainedWords",
        "vaeId",
        "earlyAccessDeadline",
        "earlyAccessTimeFrame",
        "paidAccess",
        "stats",
        "supportsGeneration",
        "covered",
        "files",
        "images",
        "downloadUrl",
    )
)


@_attrs_define
class ModelVersion(AdditionalProperties[Any]):
    """A version inside a model. In /models it carries `supportsGeneration`; in
    /models/{modelId} it carries `status`, `createdAt` and `covered` instead, and every
    key whose value is null or an empty list is left out (`description`,
    `baseModelType`, `trainedWords`, `files`, `images`, `paidAccess`, ...). So only `id`
    and `name` are required.

        Attributes:
            id (int):
            name (str):
            model_id (int | Unset):
            index (int | Unset): Display position; 0 is listed first (normally the newest).
            base_model (str | Unset):
            base_model_type (None | str | Unset):
            created_at (datetime.datetime | Unset):
            updated_at (datetime.datetime | Unset):
            published_at (datetime.datetime | None | Unset):
            status (str | Unset):
            flags (int | Unset):
            availability (str | Unset):
            nsfw_level (int | Unset): Bitwise OR of the content's levels; numeric since 2024-03.
            description (None | str | Unset): HTML.
            trained_words (list[str] | Unset):
            vae_id (int | None | Unset):
            early_access_deadline (datetime.datetime | Unset):
            early_access_time_frame (int | Unset): Legacy early-access length in days (older data).
            paid_access (None | PaidAccess | Unset): Paid (early) access gate; added 2026-07-30, null or absent without one.
            stats (ModelVersionStats | Unset): Counts of a version. No key is required: `ratingCount` and `rating` were
                removed on
                2025-11-24 (they appear in older data), and every count is `null` when the creator
                hid that metric (since 2026-07).
            supports_generation (bool | Unset):
            covered (bool | Unset): On-site generation coverage (/models/{modelId} only).
            files (list[ModelFile] | Unset):
            images (list[ModelImage] | Unset):
            download_url (str | Unset): Download URL of the primary file; absent when the model is archived.
    """

    id: int
    name: str
    model_id: int | Unset = UNSET
    index: int | Unset = UNSET
    base_model: str | Unset = UNSET
    base_model_type: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    published_at: datetime.datetime | None | Unset = UNSET
    status: str | Unset = UNSET
    flags: int | Unset = UNSET
    availability: str | Unset = UNSET
    nsfw_level: int | Unset = UNSET
    description: None | str | Unset = UNSET
    trained_words: list[str] | Unset = UNSET
    vae_id: int | None | Unset = UNSET
    early_access_deadline: datetime.datetime | Unset = UNSET
    early_access_time_frame: int | Unset = UNSET
    paid_access: None | PaidAccess | Unset = UNSET
    stats: ModelVersionStats | Unset = UNSET
    supports_generation: bool | Unset = UNSET
    covered: bool | Unset = UNSET
    files: list[ModelFile] | Unset = UNSET
    images: list[ModelImage] | Unset = UNSET
    download_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: each property that is set, in the spec's order, then any other key."""
        field_dict: dict[str, Any] = {}
        field_dict["id"] = self.id

        if self.model_id is not UNSET:
            field_dict["modelId"] = self.model_id

        if self.index is not UNSET:
            field_dict["index"] = self.index

        field_dict["name"] = self.name

        if self.base_model is not UNSET:
            field_dict["baseModel"] = self.base_model

        if self.base_model_type is not UNSET:
            field_dict["baseModelType"] = self.base_model_type

        created_at = self.created_at
        if not isinstance(created_at, Unset):
            field_dict["createdAt"] = format_datetime(created_at)

        updated_at = self.updated_at
        if not isinstance(updated_at, Unset):
            field_dict["updatedAt"] = format_datetime(updated_at)

        published_at = self.published_at
        if not isinstance(published_at, Unset):
            field_dict["publishedAt"] = (
                format_datetime(published_at)
                if isinstance(published_at, datetime.datetime)
                else published_at
            )

        if self.status is not UNSET:
            field_dict["status"] = self.status

        if self.flags is not UNSET:
            field_dict["flags"] = self.flags

        if self.availability is not UNSET:
            field_dict["availability"] = self.availability

        if self.nsfw_level is not UNSET:
            field_dict["nsfwLevel"] = self.nsfw_level

        if self.description is not UNSET:
            field_dict["description"] = self.description

        if self.trained_words is not UNSET:
            field_dict["trainedWords"] = self.trained_words

        if self.vae_id is not UNSET:
            field_dict["vaeId"] = self.vae_id

        early_access_deadline = self.early_access_deadline
        if not isinstance(early_access_deadline, Unset):
            field_dict["earlyAccessDeadline"] = format_datetime(early_access_deadline)

        if self.early_access_time_frame is not UNSET:
            field_dict["earlyAccessTimeFrame"] = self.early_access_time_frame

        paid_access = self.paid_access
        if not isinstance(paid_access, Unset):
            field_dict["paidAccess"] = (
                paid_access.to_dict() if isinstance(paid_access, PaidAccess) else paid_access
            )

        stats = self.stats
        if not isinstance(stats, Unset):
            field_dict["stats"] = stats.to_dict()

        if self.supports_generation is not UNSET:
            field_dict["supportsGeneration"] = self.supports_generation

        if self.covered is not UNSET:
            field_dict["covered"] = self.covered

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
        model_version = cls.__new__(cls)
        model_version.id = src_dict["id"]
        model_version.model_id = src_dict.get("modelId", UNSET)
        model_version.index = src_dict.get("index", UNSET)
        model_version.name = src_dict["name"]
        model_version.base_model = src_dict.get("baseModel", UNSET)
        model_version.base_model_type = src_dict.get("baseModelType", UNSET)
        model_version.created_at = (
            datetime.datetime.fromisoformat(src_dict["createdAt"])
            if "createdAt" in src_dict
            else UNSET
        )
        model_version.updated_at = (
            datetime.datetime.fromisoformat(src_dict["updatedAt"])
            if "updatedAt" in src_dict
            else UNSET
        )
        model_version.published_at = (
            _parse_published_at(src_dict["publishedAt"]) if "publishedAt" in src_dict else UNSET
        )
        model_version.status = src_dict.get("status", UNSET)
        model_version.flags = src_dict.get("flags", UNSET)
        model_version.availability = src_dict.get("availability", UNSET)
        model_version.nsfw_level = src_dict.get("nsfwLevel", UNSET)
        model_version.description = src_dict.get("description", UNSET)
        model_version.trained_words = src_dict.get("trainedWords", UNSET)
        model_version.vae_id = src_dict.get("vaeId", UNSET)
        model_version.early_access_deadline = (
            datetime.datetime.fromisoformat(src_dict["earlyAccessDeadline"])
            if "earlyAccessDeadline" in src_dict
            else UNSET
        )
        model_version.early_access_time_frame = src_dict.get("earlyAccessTimeFrame", UNSET)
        model_version.paid_access = (
            _parse_paid_access(src_dict["paidAccess"]) if "paidAccess" in src_dict else UNSET
        )
        model_version.stats = (
            ModelVersionStats.from_dict(src_dict["stats"]) if "stats" in src_dict else UNSET
        )
        model_version.supports_generation = src_dict.get("supportsGeneration", UNSET)
        model_version.covered = src_dict.get("covered", UNSET)
        model_version.files = (
            [ModelFile.from_dict(files_item_data) for files_item_data in src_dict["files"]]
            if "files" in src_dict
            else UNSET
        )
        model_version.images = (
            [ModelImage.from_dict(images_item_data) for images_item_data in src_dict["images"]]
            if "images" in src_dict
            else UNSET
        )
        model_version.download_url = src_dict.get("downloadUrl", UNSET)
        if _KNOWN_KEYS.issuperset(src_dict):
            model_version.additional_properties = {}
        else:
            model_version.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return model_version


def _parse_published_at(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast(datetime.datetime | None | Unset, data)


def _parse_paid_access(data: object) -> None | PaidAccess | Unset:
    if data is None:
        return data
    if isinstance(data, dict):
        try:
            return PaidAccess.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast(None | PaidAccess | Unset, data)


# Imported last, once: a model module that refers back to this one finds this class defined.
from ..models.model_file import ModelFile  # noqa: E402
from ..models.model_image import ModelImage  # noqa: E402
from ..models.model_version_stats import ModelVersionStats  # noqa: E402
from ..models.paid_access import PaidAccess  # noqa: E402
