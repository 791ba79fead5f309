from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_file import ModelFile
    from ..models.model_image import ModelImage
    from ..models.model_version_stats import ModelVersionStats
    from ..models.paid_access import PaidAccess


T = TypeVar("T", bound="ModelVersion")


@_attrs_define
class ModelVersion:
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
        from ..models.paid_access import PaidAccess  # noqa: PLC0415

        id = self.id

        name = self.name

        model_id = self.model_id

        index = self.index

        base_model = self.base_model

        base_model_type: None | str | Unset
        if isinstance(self.base_model_type, Unset):
            base_model_type = UNSET
        else:
            base_model_type = self.base_model_type

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        published_at: None | str | Unset
        if isinstance(self.published_at, Unset):
            published_at = UNSET
        elif isinstance(self.published_at, datetime.datetime):
            published_at = self.published_at.isoformat()
        else:
            published_at = self.published_at

        status = self.status

        flags = self.flags

        availability = self.availability

        nsfw_level = self.nsfw_level

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        trained_words: list[str] | Unset = UNSET
        if not isinstance(self.trained_words, Unset):
            trained_words = self.trained_words

        vae_id: int | None | Unset
        if isinstance(self.vae_id, Unset):
            vae_id = UNSET
        else:
            vae_id = self.vae_id

        early_access_deadline: str | Unset = UNSET
        if not isinstance(self.early_access_deadline, Unset):
            early_access_deadline = self.early_access_deadline.isoformat()

        early_access_time_frame = self.early_access_time_frame

        paid_access: dict[str, Any] | None | Unset
        if isinstance(self.paid_access, Unset):
            paid_access = UNSET
        elif isinstance(self.paid_access, PaidAccess):
            paid_access = self.paid_access.to_dict()
        else:
            paid_access = self.paid_access

        stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stats, Unset):
            stats = self.stats.to_dict()

        supports_generation = self.supports_generation

        covered = self.covered

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
                "name": name,
            }
        )
        if model_id is not UNSET:
            field_dict["modelId"] = model_id
        if index is not UNSET:
            field_dict["index"] = index
        if base_model is not UNSET:
            field_dict["baseModel"] = base_model
        if base_model_type is not UNSET:
            field_dict["baseModelType"] = base_model_type
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if published_at is not UNSET:
            field_dict["publishedAt"] = published_at
        if status is not UNSET:
            field_dict["status"] = status
        if flags is not UNSET:
            field_dict["flags"] = flags
        if availability is not UNSET:
            field_dict["availability"] = availability
        if nsfw_level is not UNSET:
            field_dict["nsfwLevel"] = nsfw_level
        if description is not UNSET:
            field_dict["description"] = description
        if trained_words is not UNSET:
            field_dict["trainedWords"] = trained_words
        if vae_id is not UNSET:
            field_dict["vaeId"] = vae_id
        if early_access_deadline is not UNSET:
            field_dict["earlyAccessDeadline"] = early_access_deadline
        if early_access_time_frame is not UNSET:
            field_dict["earlyAccessTimeFrame"] = early_access_time_frame
        if paid_access is not UNSET:
            field_dict["paidAccess"] = paid_access
        if stats is not UNSET:
            field_dict["stats"] = stats
        if supports_generation is not UNSET:
            field_dict["supportsGeneration"] = supports_generation
        if covered is not UNSET:
            field_dict["covered"] = covered
        if files is not UNSET:
            field_dict["files"] = files
        if images is not UNSET:
            field_dict["images"] = images
        if download_url is not UNSET:
            field_dict["downloadUrl"] = download_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.model_file import ModelFile  # noqa: PLC0415
        from ..models.model_image import ModelImage  # noqa: PLC0415
        from ..models.model_version_stats import ModelVersionStats  # noqa: PLC0415
        from ..models.paid_access import PaidAccess  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        model_id = d.pop("modelId", UNSET)

        index = d.pop("index", UNSET)

        base_model = d.pop("baseModel", UNSET)

        def _parse_base_model_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        base_model_type = _parse_base_model_type(d.pop("baseModelType", UNSET))

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

        status = d.pop("status", UNSET)

        flags = d.pop("flags", UNSET)

        availability = d.pop("availability", UNSET)

        nsfw_level = d.pop("nsfwLevel", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        trained_words = cast(list[str], d.pop("trainedWords", UNSET))

        def _parse_vae_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        vae_id = _parse_vae_id(d.pop("vaeId", UNSET))

        _early_access_deadline = d.pop("earlyAccessDeadline", UNSET)
        early_access_deadline: datetime.datetime | Unset
        if isinstance(_early_access_deadline, Unset):
            early_access_deadline = UNSET
        else:
            early_access_deadline = datetime.datetime.fromisoformat(_early_access_deadline)

        early_access_time_frame = d.pop("earlyAccessTimeFrame", UNSET)

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

        _stats = d.pop("stats", UNSET)
        stats: ModelVersionStats | Unset
        if isinstance(_stats, Unset):
            stats = UNSET
        else:
            stats = ModelVersionStats.from_dict(_stats)

        supports_generation = d.pop("supportsGeneration", UNSET)

        covered = d.pop("covered", UNSET)

        _files = d.pop("files", UNSET)
        files: list[ModelFile] | Unset = UNSET
        if _files is not UNSET:
            files = []
            for files_item_data in _files:
                files_item = ModelFile.from_dict(files_item_data)

                files.append(files_item)

        _images = d.pop("images", UNSET)
        images: list[ModelImage] | Unset = UNSET
        if _images is not UNSET:
            images = []
            for images_item_data in _images:
                images_item = ModelImage.from_dict(images_item_data)

                images.append(images_item)

        download_url = d.pop("downloadUrl", UNSET)

        model_version = cls(
            id=id,
            name=name,
            model_id=model_id,
            index=index,
            base_model=base_model,
            base_model_type=base_model_type,
            created_at=created_at,
            updated_at=updated_at,
            published_at=published_at,
            status=status,
            flags=flags,
            availability=availability,
            nsfw_level=nsfw_level,
            description=description,
            trained_words=trained_words,
            vae_id=vae_id,
            early_access_deadline=early_access_deadline,
            early_access_time_frame=early_access_time_frame,
            paid_access=paid_access,
            stats=stats,
            supports_generation=supports_generation,
            covered=covered,
            files=files,
            images=images,
            download_url=download_url,
        )

        model_version.additional_properties = d
        return model_version

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
