from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.file_hashes import FileHashes
    from ..models.model_version_fee import ModelVersionFee


T = TypeVar("T", bound="ModelVersionMini")


@_attrs_define
class ModelVersionMini:
    """Compact description of a version (§2.7).

    Attributes:
        air (str):
        version_name (str):
        model_name (str):
        base_model (str):
        availability (str):
        published_at (datetime.datetime | None):
        size (float | None): File size in KB.
        file_type (str):
        file_name (str):
        hashes (FileHashes): Upper-case hex digests; any may be missing (`{}` while scanning) (§3.1, §6.6).
        download_urls (list[str]):
        format_ (None | str):
        can_generate (bool):
        is_featured (bool):
        require_auth (bool):
        check_permission (bool):
        additional_resource_charge (bool):
        minor (bool):
        sfw_only (bool):
        user_id (int | Unset):
        early_access_ends_at (datetime.datetime | None | Unset): Only when `checkPermission` is true.
        free_trial_limit (int | None | Unset): Only when `checkPermission` is true.
        fees (list[ModelVersionFee] | Unset):
        payout_enabled (bool | Unset):
    """

    air: str
    version_name: str
    model_name: str
    base_model: str
    availability: str
    published_at: datetime.datetime | None
    size: float | None
    file_type: str
    file_name: str
    hashes: FileHashes
    download_urls: list[str]
    format_: None | str
    can_generate: bool
    is_featured: bool
    require_auth: bool
    check_permission: bool
    additional_resource_charge: bool
    minor: bool
    sfw_only: bool
    user_id: int | Unset = UNSET
    early_access_ends_at: datetime.datetime | None | Unset = UNSET
    free_trial_limit: int | None | Unset = UNSET
    fees: list[ModelVersionFee] | Unset = UNSET
    payout_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        air = self.air

        version_name = self.version_name

        model_name = self.model_name

        base_model = self.base_model

        availability = self.availability

        published_at: None | str
        if isinstance(self.published_at, datetime.datetime):
            published_at = self.published_at.isoformat()
        else:
            published_at = self.published_at

        size: float | None
        size = self.size

        file_type = self.file_type

        file_name = self.file_name

        hashes = self.hashes.to_dict()

        download_urls = self.download_urls

        format_: None | str
        format_ = self.format_

        can_generate = self.can_generate

        is_featured = self.is_featured

        require_auth = self.require_auth

        check_permission = self.check_permission

        additional_resource_charge = self.additional_resource_charge

        minor = self.minor

        sfw_only = self.sfw_only

        user_id = self.user_id

        early_access_ends_at: None | str | Unset
        if isinstance(self.early_access_ends_at, Unset):
            early_access_ends_at = UNSET
        elif isinstance(self.early_access_ends_at, datetime.datetime):
            early_access_ends_at = self.early_access_ends_at.isoformat()
        else:
            early_access_ends_at = self.early_access_ends_at

        free_trial_limit: int | None | Unset
        if isinstance(self.free_trial_limit, Unset):
            free_trial_limit = UNSET
        else:
            free_trial_limit = self.free_trial_limit

        fees: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fees, Unset):
            fees = []
            for fees_item_data in self.fees:
                fees_item = fees_item_data.to_dict()
                fees.append(fees_item)

        payout_enabled = self.payout_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "air": air,
                "versionName": version_name,
                "modelName": model_name,
                "baseModel": base_model,
                "availability": availability,
                "publishedAt": published_at,
                "size": size,
                "fileType": file_type,
                "fileName": file_name,
                "hashes": hashes,
                "downloadUrls": download_urls,
                "format": format_,
                "canGenerate": can_generate,
                "isFeatured": is_featured,
                "requireAuth": require_auth,
                "checkPermission": check_permission,
                "additionalResourceCharge": additional_resource_charge,
                "minor": minor,
                "sfwOnly": sfw_only,
            }
        )
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if early_access_ends_at is not UNSET:
            field_dict["earlyAccessEndsAt"] = early_access_ends_at
        if free_trial_limit is not UNSET:
            field_dict["freeTrialLimit"] = free_trial_limit
        if fees is not UNSET:
            field_dict["fees"] = fees
        if payout_enabled is not UNSET:
            field_dict["payoutEnabled"] = payout_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.file_hashes import FileHashes  # noqa: PLC0415
        from ..models.model_version_fee import ModelVersionFee  # noqa: PLC0415

        d = dict(src_dict)
        air = d.pop("air")

        version_name = d.pop("versionName")

        model_name = d.pop("modelName")

        base_model = d.pop("baseModel")

        availability = d.pop("availability")

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

        def _parse_size(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        size = _parse_size(d.pop("size"))

        file_type = d.pop("fileType")

        file_name = d.pop("fileName")

        hashes = FileHashes.from_dict(d.pop("hashes"))

        download_urls = cast(list[str], d.pop("downloadUrls"))

        def _parse_format_(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        format_ = _parse_format_(d.pop("format"))

        can_generate = d.pop("canGenerate")

        is_featured = d.pop("isFeatured")

        require_auth = d.pop("requireAuth")

        check_permission = d.pop("checkPermission")

        additional_resource_charge = d.pop("additionalResourceCharge")

        minor = d.pop("minor")

        sfw_only = d.pop("sfwOnly")

        user_id = d.pop("userId", UNSET)

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

        def _parse_free_trial_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        free_trial_limit = _parse_free_trial_limit(d.pop("freeTrialLimit", UNSET))

        _fees = d.pop("fees", UNSET)
        fees: list[ModelVersionFee] | Unset = UNSET
        if _fees is not UNSET:
            fees = []
            for fees_item_data in _fees:
                fees_item = ModelVersionFee.from_dict(fees_item_data)

                fees.append(fees_item)

        payout_enabled = d.pop("payoutEnabled", UNSET)

        model_version_mini = cls(
            air=air,
            version_name=version_name,
            model_name=model_name,
            base_model=base_model,
            availability=availability,
            published_at=published_at,
            size=size,
            file_type=file_type,
            file_name=file_name,
            hashes=hashes,
            download_urls=download_urls,
            format_=format_,
            can_generate=can_generate,
            is_featured=is_featured,
            require_auth=require_auth,
            check_permission=check_permission,
            additional_resource_charge=additional_resource_charge,
            minor=minor,
            sfw_only=sfw_only,
            user_id=user_id,
            early_access_ends_at=early_access_ends_at,
            free_trial_limit=free_trial_limit,
            fees=fees,
            payout_enabled=payout_enabled,
        )

        model_version_mini.additional_properties = d
        return model_version_mini

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
