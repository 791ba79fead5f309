from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, format_datetime

T = TypeVar("T", bound="VaultItem")

# The keys `from_dict` reads into attributes; any other key goes to `additional_properties`.
_KNOWN_KEYS = frozenset(
    (
        "id",
        "modelVersionId",
        "modelId",
        "vaultId",
        "status",
        "modelName",
        "versionName",
        "creatorId",
        "creatorName",
        "type",
        "baseModel",
        "category",
        "modelSizeKb",
        "detailsSizeKb",
        "imagesSizeKb",
        "createdAt",
        "addedAt",
        "refreshedAt",
        "notes",
        "meta",
        "coverImageUrl",
        "files",
    )
)


@_attrs_define
class VaultItem(AdditionalProperties[Any]):
    """
    Attributes:
        id (int):
        model_version_id (int):
        model_id (int):
        vault_id (int | Unset):
        status (str | Unset):
        model_name (str | Unset):
        version_name (str | Unset):
        creator_id (int | Unset):
        creator_name (str | Unset):
        type_ (str | Unset):
        base_model (str | Unset):
        category (str | Unset):
        model_size_kb (float | Unset):
        details_size_kb (float | Unset):
        images_size_kb (float | Unset):
        created_at (datetime.datetime | Unset):
        added_at (datetime.datetime | Unset):
        refreshed_at (datetime.datetime | None | Unset):
        notes (None | str | Unset):
        meta (VaultMeta | Unset): Free-form.
        cover_image_url (str | Unset):
        files (list[VaultItemFile] | Unset):
    """

    id: int
    model_version_id: int
    model_id: int
    vault_id: int | Unset = UNSET
    status: str | Unset = UNSET
    model_name: str | Unset = UNSET
    version_name: str | Unset = UNSET
    creator_id: int | Unset = UNSET
    creator_name: str | Unset = UNSET
    type_: str | Unset = UNSET
    base_model: str | Unset = UNSET
    category: str | Unset = UNSET
    model_size_kb: float | Unset = UNSET
    details_size_kb: float | Unset = UNSET
    images_size_kb: float | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    added_at: datetime.datetime | Unset = UNSET
    refreshed_at: datetime.datetime | None | Unset = UNSET
    notes: None | str | Unset = UNSET
    meta: VaultMeta | Unset = UNSET
    cover_image_url: str | Unset = UNSET
    files: list[VaultItemFile] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: each property that is set, in the spec's order, then any other key."""
        field_dict: dict[str, Any] = {}
        field_dict["id"] = self.id

        if self.vault_id is not UNSET:
            field_dict["vaultId"] = self.vault_id

        if self.status is not UNSET:
            field_dict["status"] = self.status

        field_dict["modelVersionId"] = self.model_version_id

        field_dict["modelId"] = self.model_id

        if self.model_name is not UNSET:
            field_dict["modelName"] = self.model_name

        if self.version_name is not UNSET:
            field_dict["versionName"] = self.version_name

        if self.creator_id is not UNSET:
            field_dict["creatorId"] = self.creator_id

        if self.creator_name is not UNSET:
            field_dict["creatorName"] = self.creator_name

        if self.type_ is not UNSET:
            field_dict["type"] = self.type_

        if self.base_model is not UNSET:
            field_dict["baseModel"] = self.base_model

        if self.category is not UNSET:
            field_dict["category"] = self.category

        if self.model_size_kb is not UNSET:
            field_dict["modelSizeKb"] = self.model_size_kb

        if self.details_size_kb is not UNSET:
            field_dict["detailsSizeKb"] = self.details_size_kb

        if self.images_size_kb is not UNSET:
            field_dict["imagesSizeKb"] = self.images_size_kb

        created_at = self.created_at
        if not isinstance(created_at, Unset):
            field_dict["createdAt"] = format_datetime(created_at)

        added_at = self.added_at
        if not isinstance(added_at, Unset):
            field_dict["addedAt"] = format_datetime(added_at)

        refreshed_at = self.refreshed_at
        if not isinstance(refreshed_at, Unset):
            field_dict["refreshedAt"] = (
                format_datetime(refreshed_at)
                if isinstance(refreshed_at, datetime.datetime)
                else refreshed_at
            )

        if self.notes is not UNSET:
            field_dict["notes"] = self.notes

        meta = self.meta
        if not isinstance(meta, Unset):
            field_dict["meta"] = meta.to_dict()

        if self.cover_image_url is not UNSET:
            field_dict["coverImageUrl"] = self.cover_image_url

        files = self.files
        if not isinstance(files, Unset):
            field_dict["files"] = [files_item_data.to_dict() for files_item_data in files]

        for key, value in self.additional_properties.items():
            if key not in field_dict:
                field_dict[key] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a decoded JSON object, read key by key and never modified; a key the spec
        does not name is kept in `additional_properties`."""
        # Set as attrs' own __init__ would, without the call (the types module says why).
        vault_item = cls.__new__(cls)
        vault_item.id = src_dict["id"]
        vault_item.vault_id = src_dict.get("vaultId", UNSET)
        vault_item.status = src_dict.get("status", UNSET)
        vault_item.model_version_id = src_dict["modelVersionId"]
        vault_item.model_id = src_dict["modelId"]
        vault_item.model_name = src_dict.get("modelName", UNSET)
        vault_item.version_name = src_dict.get("versionName", UNSET)
        vault_item.creator_id = src_dict.get("creatorId", UNSET)
        vault_item.creator_name = src_dict.get("creatorName", UNSET)
        vault_item.type_ = src_dict.get("type", UNSET)
        vault_item.base_model = src_dict.get("baseModel", UNSET)
        vault_item.category = src_dict.get("category", UNSET)
        vault_item.model_size_kb = src_dict.get("modelSizeKb", UNSET)
        vault_item.details_size_kb = src_dict.get("detailsSizeKb", UNSET)
        vault_item.images_size_kb = src_dict.get("imagesSizeKb", UNSET)
        vault_item.created_at = (
            datetime.datetime.fromisoformat(src_dict["createdAt"])
            if "createdAt" in src_dict
            else UNSET
        )
        vault_item.added_at = (
            datetime.datetime.fromisoformat(src_dict["addedAt"]) if "addedAt" in src_dict else UNSET
        )
        vault_item.refreshed_at = (
            _parse_refreshed_at(src_dict["refreshedAt"]) if "refreshedAt" in src_dict else UNSET
        )
        vault_item.notes = src_dict.get("notes", UNSET)
        vault_item.meta = VaultMeta.from_dict(src_dict["meta"]) if "meta" in src_dict else UNSET
        vault_item.cover_image_url = src_dict.get("coverImageUrl", UNSET)
        vault_item.files = (
            [VaultItemFile.from_dict(files_item_data) for files_item_data in src_dict["files"]]
            if "files" in src_dict
            else UNSET
        )
        if _KNOWN_KEYS.issuperset(src_dict):
            vault_item.additional_properties = {}
        else:
            vault_item.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return vault_item


def _parse_refreshed_at(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast(datetime.datetime | None | Unset, data)


# Imported last, once: a model module that refers back to this one finds this class defined.
from ..models.vault_item_file import VaultItemFile  # noqa: E402
from ..models.vault_meta import VaultMeta  # noqa: E402
