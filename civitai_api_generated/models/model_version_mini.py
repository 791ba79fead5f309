from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, format_datetime

T = TypeVar("T", bound="ModelVersionMini")

# The keys `from_dict` reads into attributes; any other key goes to `additional_properties`.
_KNOWN_KEYS = frozenset(
    (
        "air",
        "versionName",
        "modelName",
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
        "additionalResourceCharge",
        "minor",
        "sfwOnly",
        "userId",
        "earlyAccessEndsAt",
        "freeTrialLimit",
        "fees",
        "payoutEnabled",
    )
)


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
        """The JSON object: every property that is set, in the spec's order, then every additional
        property."""
        field_dict: dict[str, Any] = {}
        field_dict["air"] = self.air

        field_dict["versionName"] = self.version_name

        field_dict["modelName"] = self.model_name

        if self.user_id is not UNSET:
            field_dict["userId"] = self.user_id

        field_dict["baseModel"] = self.base_model

        field_dict["availability"] = self.availability

        published_at = self.published_at
        field_dict["publishedAt"] = (
            format_datetime(published_at)
            if isinstance(published_at, datetime.datetime)
            else published_at
        )

        field_dict["size"] = self.size

        field_dict["fileType"] = self.file_type

        field_dict["fileName"] = self.file_name

        hashes = self.hashes
        field_dict["hashes"] = hashes.to_dict()

        field_dict["downloadUrls"] = self.download_urls

        field_dict["format"] = self.format_

        field_dict["canGenerate"] = self.can_generate

        field_dict["isFeatured"] = self.is_featured

        field_dict["requireAuth"] = self.require_auth

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

        field_dict["additionalResourceCharge"] = self.additional_resource_charge

        field_dict["minor"] = self.minor

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
        # Each attribute is set here, as attrs' own __init__ would set it (these classes have no
        # validators, converters or post-init hook): a call passing one argument per property
        # would cost more than building the object.
        model_version_mini = cls.__new__(cls)
        model_version_mini.air = src_dict["air"]
        model_version_mini.version_name = src_dict["versionName"]
        model_version_mini.model_name = src_dict["modelName"]
        model_version_mini.user_id = src_dict.get("userId", UNSET)
        model_version_mini.base_model = src_dict["baseModel"]
        model_version_mini.availability = src_dict["availability"]
        model_version_mini.published_at = _parse_published_at(src_dict["publishedAt"])
        model_version_mini.size = src_dict["size"]
        model_version_mini.file_type = src_dict["fileType"]
        model_version_mini.file_name = src_dict["fileName"]
        model_version_mini.hashes = FileHashes.from_dict(src_dict["hashes"])
        model_version_mini.download_urls = src_dict["downloadUrls"]
        model_version_mini.format_ = src_dict["format"]
        model_version_mini.can_generate = src_dict["canGenerate"]
        model_version_mini.is_featured = src_dict["isFeatured"]
        model_version_mini.require_auth = src_dict["requireAuth"]
        model_version_mini.check_permission = src_dict["checkPermission"]
        model_version_mini.early_access_ends_at = (
            _parse_early_access_ends_at(src_dict["earlyAccessEndsAt"])
            if "earlyAccessEndsAt" in src_dict
            else UNSET
        )
        model_version_mini.free_trial_limit = src_dict.get("freeTrialLimit", UNSET)
        model_version_mini.additional_resource_charge = src_dict["additionalResourceCharge"]
        model_version_mini.minor = src_dict["minor"]
        model_version_mini.sfw_only = src_dict["sfwOnly"]
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
