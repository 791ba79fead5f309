from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FileHashes")


@_attrs_define
class FileHashes:
    """Upper-case hex digests; any may be missing (`{}` while scanning).

    Attributes:
        auto_v1 (str | Unset): 8 hex: SHA256 of 64 KiB at offset 1 MiB.
        auto_v2 (str | Unset): 10 hex: prefix of the full-file SHA256.
        auto_v3 (str | Unset): SHA256 of the safetensors tensor data (12 or 64 hex seen).
        sha256 (str | Unset):
        crc32 (str | Unset):
        blake3 (str | Unset):
    """

    auto_v1: str | Unset = UNSET
    auto_v2: str | Unset = UNSET
    auto_v3: str | Unset = UNSET
    sha256: str | Unset = UNSET
    crc32: str | Unset = UNSET
    blake3: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auto_v1 = self.auto_v1

        auto_v2 = self.auto_v2

        auto_v3 = self.auto_v3

        sha256 = self.sha256

        crc32 = self.crc32

        blake3 = self.blake3

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auto_v1 is not UNSET:
            field_dict["AutoV1"] = auto_v1
        if auto_v2 is not UNSET:
            field_dict["AutoV2"] = auto_v2
        if auto_v3 is not UNSET:
            field_dict["AutoV3"] = auto_v3
        if sha256 is not UNSET:
            field_dict["SHA256"] = sha256
        if crc32 is not UNSET:
            field_dict["CRC32"] = crc32
        if blake3 is not UNSET:
            field_dict["BLAKE3"] = blake3

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        auto_v1 = d.pop("AutoV1", UNSET)

        auto_v2 = d.pop("AutoV2", UNSET)

        auto_v3 = d.pop("AutoV3", UNSET)

        sha256 = d.pop("SHA256", UNSET)

        crc32 = d.pop("CRC32", UNSET)

        blake3 = d.pop("BLAKE3", UNSET)

        file_hashes = cls(
            auto_v1=auto_v1,
            auto_v2=auto_v2,
            auto_v3=auto_v3,
            sha256=sha256,
            crc32=crc32,
            blake3=blake3,
        )

        file_hashes.additional_properties = d
        return file_hashes

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
