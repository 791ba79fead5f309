from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vault_item_file import VaultItemFile
    from ..models.vault_meta import VaultMeta


T = TypeVar("T", bound="VaultItem")


@_attrs_define
class VaultItem:
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
        id = self.id

        model_version_id = self.model_version_id

        model_id = self.model_id

        vault_id = self.vault_id

        status = self.status

        model_name = self.model_name

        version_name = self.version_name

        creator_id = self.creator_id

        creator_name = self.creator_name

        type_ = self.type_

        base_model = self.base_model

        category = self.category

        model_size_kb = self.model_size_kb

        details_size_kb = self.details_size_kb

        images_size_kb = self.images_size_kb

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        added_at: str | Unset = UNSET
        if not isinstance(self.added_at, Unset):
            added_at = self.added_at.isoformat()

        refreshed_at: None | str | Unset
        if isinstance(self.refreshed_at, Unset):
            refreshed_at = UNSET
        elif isinstance(self.refreshed_at, datetime.datetime):
            refreshed_at = self.refreshed_at.isoformat()
        else:
            refreshed_at = self.refreshed_at

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        cover_image_url = self.cover_image_url

        files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.files, Unset):
            files = []
            for files_item_data in self.files:
                files_item = files_item_data.to_dict()
                files.append(files_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "modelVersionId": model_version_id,
                "modelId": model_id,
            }
        )
        if vault_id is not UNSET:
            field_dict["vaultId"] = vault_id
        if status is not UNSET:
            field_dict["status"] = status
        if model_name is not UNSET:
            field_dict["modelName"] = model_name
        if version_name is not UNSET:
            field_dict["versionName"] = version_name
        if creator_id is not UNSET:
            field_dict["creatorId"] = creator_id
        if creator_name is not UNSET:
            field_dict["creatorName"] = creator_name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if base_model is not UNSET:
            field_dict["baseModel"] = base_model
        if category is not UNSET:
            field_dict["category"] = category
        if model_size_kb is not UNSET:
            field_dict["modelSizeKb"] = model_size_kb
        if details_size_kb is not UNSET:
            field_dict["detailsSizeKb"] = details_size_kb
        if images_size_kb is not UNSET:
            field_dict["imagesSizeKb"] = images_size_kb
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if added_at is not UNSET:
            field_dict["addedAt"] = added_at
        if refreshed_at is not UNSET:
            field_dict["refreshedAt"] = refreshed_at
        if notes is not UNSET:
            field_dict["notes"] = notes
        if meta is not UNSET:
            field_dict["meta"] = meta
        if cover_image_url is not UNSET:
            field_dict["coverImageUrl"] = cover_image_url
        if files is not UNSET:
            field_dict["files"] = files

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vault_item_file import VaultItemFile  # noqa: PLC0415
        from ..models.vault_meta import VaultMeta  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        model_version_id = d.pop("modelVersionId")

        model_id = d.pop("modelId")

        vault_id = d.pop("vaultId", UNSET)

        status = d.pop("status", UNSET)

        model_name = d.pop("modelName", UNSET)

        version_name = d.pop("versionName", UNSET)

        creator_id = d.pop("creatorId", UNSET)

        creator_name = d.pop("creatorName", UNSET)

        type_ = d.pop("type", UNSET)

        base_model = d.pop("baseModel", UNSET)

        category = d.pop("category", UNSET)

        model_size_kb = d.pop("modelSizeKb", UNSET)

        details_size_kb = d.pop("detailsSizeKb", UNSET)

        images_size_kb = d.pop("imagesSizeKb", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _added_at = d.pop("addedAt", UNSET)
        added_at: datetime.datetime | Unset
        if isinstance(_added_at, Unset):
            added_at = UNSET
        else:
            added_at = datetime.datetime.fromisoformat(_added_at)

        def _parse_refreshed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                refreshed_at_type_0 = datetime.datetime.fromisoformat(data)

                return refreshed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        refreshed_at = _parse_refreshed_at(d.pop("refreshedAt", UNSET))

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        _meta = d.pop("meta", UNSET)
        meta: VaultMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = VaultMeta.from_dict(_meta)

        cover_image_url = d.pop("coverImageUrl", UNSET)

        _files = d.pop("files", UNSET)
        files: list[VaultItemFile] | Unset = UNSET
        if _files is not UNSET:
            files = []
            for files_item_data in _files:
                files_item = VaultItemFile.from_dict(files_item_data)

                files.append(files_item)

        vault_item = cls(
            id=id,
            model_version_id=model_version_id,
            model_id=model_id,
            vault_id=vault_id,
            status=status,
            model_name=model_name,
            version_name=version_name,
            creator_id=creator_id,
            creator_name=creator_name,
            type_=type_,
            base_model=base_model,
            category=category,
            model_size_kb=model_size_kb,
            details_size_kb=details_size_kb,
            images_size_kb=images_size_kb,
            created_at=created_at,
            added_at=added_at,
            refreshed_at=refreshed_at,
            notes=notes,
            meta=meta,
            cover_image_url=cover_image_url,
            files=files,
        )

        vault_item.additional_properties = d
        return vault_item

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
