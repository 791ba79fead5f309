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
    """Compact description of a version, used by on-site generation (endpoint added
    2024-04-23). Only the two names are required: `air` came to versions three days
    after this endpoint, and the fee and permission keys are not known to be sent in
    every era.

        Attributes:
            version_name (str):
            model_name (str):
            air (str | Unset):
            user_id (int | Unset):
            base_model (str | Unset):
            availability (str | Unset):
            published_at (datetime.datetime | None | Unset):
            size (float | None | Unset): File size in KB.
            file_type (str | Unset):
            file_name (str | Unset):
            hashes (FileHashes | Unset): Upper-case hex digests; any may be missing (`{}` while scanning).
            download_urls (list[str] | Unset):
            format_ (None | str | Unset):
            can_generate (bool | Unset):
            is_featured (bool | Unset):
            require_auth (bool | Unset):
            check_permission (bool | Unset):
            early_access_ends_at (datetime.datetime | None | Unset): Only when `checkPermission` is true.
            free_trial_limit (int | None | Unset): Only when `checkPermission` is true.
            additional_resource_charge (bool | Unset):
            minor (bool | Unset):
            sfw_only (bool | Unset):
            fees (list[ModelVersionFee] | Unset):
            payout_enabled (bool | Unset):
    """

    version_name: str
    model_name: str
    air: str | Unset = UNSET
    user_id: int | Unset = UNSET
    base_model: str | Unset = UNSET
    availability: str | Unset = UNSET
    published_at: datetime.datetime | None | Unset = UNSET
    size: float | None | Unset = UNSET
    file_type: str | Unset = UNSET
    file_name: str | Unset = UNSET
    hashes: FileHashes | Unset = UNSET
    download_urls: list[str] | Unset = UNSET
    format_: None | str | Unset = UNSET
    can_generate: bool | Unset = UNSET
    is_featured: bool | Unset = UNSET
    require_auth: bool | Unset = UNSET
    check_permission: bool | Unset = UNSET
    early_access_ends_at: datetime.datetime | None | Unset = UNSET
    free_trial_limit: int | None | Unset = UNSET
    additional_resource_charge: bool | Unset = UNSET
    minor: bool | Unset = UNSET
    sfw_only: bool | Unset = UNSET
    fees: list[ModelVersionFee] | Unset = UNSET
    payout_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version_name = self.version_name

        model_name = self.model_name

        air = self.air

        user_id = self.user_id

        base_model = self.base_model

        availability = self.availability

        published_at: None | str | Unset
        if isinstance(self.published_at, Unset):
            published_at = UNSET
        elif isinstance(self.published_at, datetime.datetime):
            published_at = self.published_at.isoformat()
        else:
            published_at = self.published_at

        size: float | None | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        file_type = self.file_type

        file_name = self.file_name

        hashes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hashes, Unset):
            hashes = self.hashes.to_dict()

        download_urls: list[str] | Unset = UNSET
        if not isinstance(self.download_urls, Unset):
            download_urls = self.download_urls

        format_: None | str | Unset
        if isinstance(self.format_, Unset):
            format_ = UNSET
        else:
            format_ = self.format_

        can_generate = self.can_generate

        is_featured = self.is_featured

        require_auth = self.require_auth

        check_permission = self.check_permission

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

        additional_resource_charge = self.additional_resource_charge

        minor = self.minor

        sfw_only = self.sfw_only

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
                "versionName": version_name,
                "modelName": model_name,
            }
        )
        if air is not UNSET:
            field_dict["air"] = air
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if base_model is not UNSET:
            field_dict["baseModel"] = base_model
        if availability is not UNSET:
            field_dict["availability"] = availability
        if published_at is not UNSET:
            field_dict["publishedAt"] = published_at
        if size is not UNSET:
            field_dict["size"] = size
        if file_type is not UNSET:
            field_dict["fileType"] = file_type
        if file_name is not UNSET:
            field_dict["fileName"] = file_name
        if hashes is not UNSET:
            field_dict["hashes"] = hashes
        if download_urls is not UNSET:
            field_dict["downloadUrls"] = download_urls
        if format_ is not UNSET:
            field_dict["format"] = format_
        if can_generate is not UNSET:
            field_dict["canGenerate"] = can_generate
        if is_featured is not UNSET:
            field_dict["isFeatured"] = is_featured
        if require_auth is not UNSET:
            field_dict["requireAuth"] = require_auth
        if check_permission is not UNSET:
            field_dict["checkPermission"] = check_permission
        if early_access_ends_at is not UNSET:
            field_dict["earlyAccessEndsAt"] = early_access_ends_at
        if free_trial_limit is not UNSET:
            field_dict["freeTrialLimit"] = free_trial_limit
        if additional_resource_charge is not UNSET:
            field_dict["additionalResourceCharge"] = additional_resource_charge
        if minor is not UNSET:
            field_dict["minor"] = minor
        if sfw_only is not UNSET:
            field_dict["sfwOnly"] = sfw_only
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
        version_name = d.pop("versionName")

        model_name = d.pop("modelName")

        air = d.pop("air", UNSET)

        user_id = d.pop("userId", UNSET)

        base_model = d.pop("baseModel", UNSET)

        availability = d.pop("availability", UNSET)

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

        def _parse_size(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        size = _parse_size(d.pop("size", UNSET))

        file_type = d.pop("fileType", UNSET)

        file_name = d.pop("fileName", UNSET)

        _hashes = d.pop("hashes", UNSET)
        hashes: FileHashes | Unset
        if isinstance(_hashes, Unset):
            hashes = UNSET
        else:
            hashes = FileHashes.from_dict(_hashes)

        download_urls = cast(list[str], d.pop("downloadUrls", UNSET))

        def _parse_format_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        format_ = _parse_format_(d.pop("format", UNSET))

        can_generate = d.pop("canGenerate", UNSET)

        is_featured = d.pop("isFeatured", UNSET)

        require_auth = d.pop("requireAuth", UNSET)

        check_permission = d.pop("checkPermission", UNSET)

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

        additional_resource_charge = d.pop("additionalResourceCharge", UNSET)

        minor = d.pop("minor", UNSET)

        sfw_only = d.pop("sfwOnly", UNSET)

        _fees = d.pop("fees", UNSET)
        fees: list[ModelVersionFee] | Unset = UNSET
        if _fees is not UNSET:
            fees = []
            for fees_item_data in _fees:
                fees_item = ModelVersionFee.from_dict(fees_item_data)

                fees.append(fees_item)

        payout_enabled = d.pop("payoutEnabled", UNSET)

        model_version_mini = cls(
            version_name=version_name,
            model_name=model_name,
            air=air,
            user_id=user_id,
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
            early_access_ends_at=early_access_ends_at,
            free_trial_limit=free_trial_limit,
            additional_resource_charge=additional_resource_charge,
            minor=minor,
            sfw_only=sfw_only,
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
