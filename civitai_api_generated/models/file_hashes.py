from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="FileHashes")

# The keys `from_dict` reads into attributes; any other key goes to `additional_properties`.
_KNOWN_KEYS = frozenset(
    (
        "AutoV1",
        "AutoV2",
        "AutoV3",
        "SHA256",
        "CRC32",
        "BLAKE3",
    )
)


@_attrs_define
class FileHashes(AdditionalProperties[Any]):
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
        """The JSON object: each property that is set, in the spec's order, then any other key."""
        field_dict: dict[str, Any] = {}
        if self.auto_v1 is not UNSET:
            field_dict["AutoV1"] = self.auto_v1

        if self.auto_v2 is not UNSET:
            field_dict["AutoV2"] = self.auto_v2

        if self.auto_v3 is not UNSET:
            field_dict["AutoV3"] = self.auto_v3

        if self.sha256 is not UNSET:
            field_dict["SHA256"] = self.sha256

        if self.crc32 is not UNSET:
            field_dict["CRC32"] = self.crc32

        if self.blake3 is not UNSET:
            field_dict["BLAKE3"] = self.blake3

        for key, value in self.additional_properties.items():
            if key not in field_dict:
                field_dict[key] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a decoded JSON object, read key by key and never modified; a key the spec
        does not name is kept in `additional_properties`."""
        # Set as attrs' own __init__ would, without the call (the types module says why).
        file_hashes = cls.__new__(cls)
        file_hashes.auto_v1 = src_dict.get("AutoV1", UNSET)
        file_hashes.auto_v2 = src_dict.get("AutoV2", UNSET)
        file_hashes.auto_v3 = src_dict.get("AutoV3", UNSET)
        file_hashes.sha256 = src_dict.get("SHA256", UNSET)
        file_hashes.crc32 = src_dict.get("CRC32", UNSET)
        file_hashes.blake3 = src_dict.get("BLAKE3", UNSET)
        if _KNOWN_KEYS.issuperset(src_dict):
            file_hashes.additional_properties = {}
        else:
            file_hashes.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return file_hashes
