from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, format_datetime

T = TypeVar("T", bound="ModelVersionMini")

# The keys `from_dict` reads into attributes; any other key goes to `additional_properties`.
_KNOWN_KEYS = frozenset(
    (
        "versionName",
        "modelName",
        "air",
        "userId",
        "baseModel",
        "availability",
        "publishedAt",
        "size",
        "fileType",
        "fileName",
        "hashes",
        "downloadUrls",
        "format",
        "canGenerate",
        "isFeatured",
        "requireAuth",
        "checkPermission",
        "earlyAccessEndsAt",
        "freeTrialLimit",
        "additionalResourceCharge",
        "minor",
        "sfwOnly",
        "fees",
        "payoutEnabled",
    )
)


@_attrs_define
class ModelVersionMini(AdditionalProperties[Any]):
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
        """The JSON object: each property that is set, in the spec's order, then any other key."""
        field_dict: dict[str, Any] = {}
        if self.air is not UNSET:
            field_dict["air"] = self.air

        field_dict["versionName"] = self.version_name

        field_dict["modelName"] = self.model_name

        if self.user_id is not UNSET:
            field_dict["userId"] = self.user_id

        if self.base_model is not UNSET:
            field_dict["baseModel"] = self.base_model

        if self.availability is not UNSET:
            field_dict["availability"] = self.availability

        published_at = self.published_at
        if not isinstance(published_at, Unset):
            field_dict["publishedAt"] = (
                format_datetime(published_at)
                if isinstance(published_at, datetime.datetime)
                else published_at
            )

        if self.size is not UNSET:
            field_dict["size"] = self.size

        if self.file_type is not UNSET:
            field_dict["fileType"] = self.file_type

        if self.file_name is not UNSET:
            field_dict["fileName"] = self.file_name

        hashes = self.hashes
        if not isinstance(hashes, Unset):
            field_dict["hashes"] = hashes.to_dict()

        if self.download_urls is not UNSET:
            field_dict["downloadUrls"] = self.download_urls

        if self.format_ is not UNSET:
            field_dict["format"] = self.format_

        if self.can_generate is not UNSET:
            field_dict["canGenerate"] = self.can_generate

        if self.is_featured is not UNSET:
            field_dict["isFeatured"] = self.is_featured

        if self.require_auth is not UNSET:
            field_dict["requireAuth"] = self.require_auth

        if self.check_permission is not UNSET:
            field_dict["checkPermission"] = self.check_permission

        early_access_ends_at = self.early_access_ends_at
        if not isinstance(early_access_ends_at, Unset):
            field_dict["earlyAccessEndsAt"] = (
                format_datetime(early_access_ends_at)
                if isinstance(early_access_ends_at, datetime.datetime)
                else early_access_ends_at
            )

        if self.free_trial_limit is not UNSET:
            field_dict["freeTrialLimit"] = self.free_trial_limit

        if self.additional_resource_charge is not UNSET:
            field_dict["additionalResourceCharge"] = self.additional_resource_charge

        if self.minor is not UNSET:
            field_dict["minor"] = self.minor

        if self.sfw_only is not UNSET:
            field_dict["sfwOnly"] = self.sfw_only

        fees = self.fees
        if not isinstance(fees, Unset):
            field_dict["fees"] = [fees_item_data.to_dict() for fees_item_data in fees]

        if self.payout_enabled is not UNSET:
            field_dict["payoutEnabled"] = self.payout_enabled

        for key, value in self.additional_properties.items():
            if key not in field_dict:
                field_dict[key] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a decoded JSON object, read key by key and never modified; a key the spec
        does not name is kept in `additional_properties`."""
        # Set as attrs' own __init__ would, without the call (the types module says why).
        model_version_mini = cls.__new__(cls)
        model_version_mini.air = src_dict.get("air", UNSET)
        model_version_mini.version_name = src_dict["versionName"]
        model_version_mini.model_name = src_dict["modelName"]
        model_version_mini.user_id = src_dict.get("userId", UNSET)
        model_version_mini.base_model = src_dict.get("baseModel", UNSET)
        model_version_mini.availability = src_dict.get("availability", UNSET)
        model_version_mini.published_at = (
            _parse_published_at(src_dict["publishedAt"]) if "publishedAt" in src_dict else UNSET
        )
        model_version_mini.size = src_dict.get("size", UNSET)
        model_version_mini.file_type = src_dict.get("fileType", UNSET)
        model_version_mini.file_name = src_dict.get("fileName", UNSET)
        model_version_mini.hashes = (
            FileHashes.from_dict(src_dict["hashes"]) if "hashes" in src_dict else UNSET
        )
        model_version_mini.download_urls = src_dict.get("downloadUrls", UNSET)
        model_version_mini.format_ = src_dict.get("format", UNSET)
        model_version_mini.can_generate = src_dict.get("canGenerate", UNSET)
        model_version_mini.is_featured = src_dict.get("isFeatured", UNSET)
        model_version_mini.require_auth = src_dict.get("requireAuth", UNSET)
        model_version_mini.check_permission = src_dict.get("checkPermission", UNSET)
        model_version_mini.early_access_ends_at = (
            _parse_early_access_ends_at(src_dict["earlyAccessEndsAt"])
            if "earlyAccessEndsAt" in src_dict
            else UNSET
        )
        model_version_mini.free_trial_limit = src_dict.get("freeTrialLimit", UNSET)
        model_version_mini.additional_resource_charge = src_dict.get(
            "additionalResourceCharge", UNSET
        )
        model_version_mini.minor = src_dict.get("minor", UNSET)
        model_version_mini.sfw_only = src_dict.get("sfwOnly", UNSET)
        model_version_mini.fees = (
            [ModelVersionFee.from_dict(fees_item_data) for fees_item_data in src_dict["fees"]]
            if "fees" in src_dict
            else UNSET
        )
        model_version_mini.payout_enabled = src_dict.get("payoutEnabled", UNSET)
        if _KNOWN_KEYS.issuperset(src_dict):
            model_version_mini.additional_properties = {}
        else:
            model_version_mini.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return model_version_mini


def _parse_published_at(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast(datetime.datetime | None | Unset, data)


def _parse_early_access_ends_at(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast(datetime.datetime | None | Unset, data)


# Imported last, once: a model module that refers back to this one finds this class defined.
from ..models.file_hashes import FileHashes  # noqa: E402
from ..models.model_version_fee import ModelVersionFee  # noqa: E402
