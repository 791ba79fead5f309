from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, format_datetime

T = TypeVar("T", bound="ModelFile")

# The keys `from_dict` reads into attributes; any other key goes to `additional_properties`.
_KNOWN_KEYS = frozenset(
    (
        "id",
        "name",
        "sizeKB",
        "overrideName",
        "type",
        "metadata",
        "pickleScanResult",
        "pickleScanMessage",
        "virusScanResult",
        "virusScanMessage",
        "scannedAt",
        "hashes",
        "downloadUrl",
        "primary",
    )
)


@_attrs_define
class ModelFile(AdditionalProperties[Any]):
    """A file of a version. `primary` is `true` or absent in /models, `true` or `false` in
    /model-versions. Only `id` and `name` are required: `hashes` is `{}` or missing while
    Civitai still scans a file, real answers have lacked the scan fields, and `metadata`
    keys have come and gone.

        Attributes:
            id (int):
            name (str): File name served on download.
            size_kb (float | Unset):
            override_name (None | str | Unset):
            type_ (str | Unset):
            metadata (ModelFileMetadata | Unset): Every key may be absent, and null in older rows. Values are open sets
                (formats,
                precisions and quantisations keep growing).
            pickle_scan_result (str | Unset):
            pickle_scan_message (None | str | Unset):
            virus_scan_result (str | Unset):
            virus_scan_message (None | str | Unset):
            scanned_at (datetime.datetime | None | Unset):
            hashes (FileHashes | Unset): Upper-case hex digests; any may be missing (`{}` while scanning).
            download_url (str | Unset): Download URL of this file (`?type=...&format=...` for a non-primary file).
            primary (bool | Unset):
    """

    id: int
    name: str
    size_kb: float | Unset = UNSET
    override_name: None | str | Unset = UNSET
    type_: str | Unset = UNSET
    metadata: ModelFileMetadata | Unset = UNSET
    pickle_scan_result: str | Unset = UNSET
    pickle_scan_message: None | str | Unset = UNSET
    virus_scan_result: str | Unset = UNSET
    virus_scan_message: None | str | Unset = UNSET
    scanned_at: datetime.datetime | None | Unset = UNSET
    hashes: FileHashes | Unset = UNSET
    download_url: str | Unset = UNSET
    primary: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: each property that is set, in the spec's order, then any other key."""
        field_dict: dict[str, Any] = {}
        field_dict["id"] = self.id

        if self.size_kb is not UNSET:
            field_dict["sizeKB"] = self.size_kb

        field_dict["name"] = self.name

        if self.override_name is not UNSET:
            field_dict["overrideName"] = self.override_name

        if self.type_ is not UNSET:
            field_dict["type"] = self.type_

        metadata = self.metadata
        if not isinstance(metadata, Unset):
            field_dict["metadata"] = metadata.to_dict()

        if self.pickle_scan_result is not UNSET:
            field_dict["pickleScanResult"] = self.pickle_scan_result

        if self.pickle_scan_message is not UNSET:
            field_dict["pickleScanMessage"] = self.pickle_scan_message

        if self.virus_scan_result is not UNSET:
            field_dict["virusScanResult"] = self.virus_scan_result

        if self.virus_scan_message is not UNSET:
            field_dict["virusScanMessage"] = self.virus_scan_message

        scanned_at = self.scanned_at
        if not isinstance(scanned_at, Unset):
            field_dict["scannedAt"] = (
                format_datetime(scanned_at)
                if isinstance(scanned_at, datetime.datetime)
                else scanned_at
            )

        hashes = self.hashes
        if not isinstance(hashes, Unset):
            field_dict["hashes"] = hashes.to_dict()

        if self.download_url is not UNSET:
            field_dict["downloadUrl"] = self.download_url

        if self.primary is not UNSET:
            field_dict["primary"] = self.primary

        for key, value in self.additional_properties.items():
            if key not in field_dict:
                field_dict[key] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a decoded JSON object, read key by key and never modified; a key the spec
        does not name is kept in `additional_properties`."""
        # Set as attrs' own __init__ would, without the call (the types module says why).
        model_file = cls.__new__(cls)
        model_file.id = src_dict["id"]
        model_file.size_kb = src_dict.get("sizeKB", UNSET)
        model_file.name = src_dict["name"]
        model_file.override_name = src_dict.get("overrideName", UNSET)
        model_file.type_ = src_dict.get("type", UNSET)
        model_file.metadata = (
            ModelFileMetadata.from_dict(src_dict["metadata"]) if "metadata" in src_dict else UNSET
        )
        model_file.pickle_scan_result = src_dict.get("pickleScanResult", UNSET)
        model_file.pickle_scan_message = src_dict.get("pickleScanMessage", UNSET)
        model_file.virus_scan_result = src_dict.get("virusScanResult", UNSET)
        model_file.virus_scan_message = src_dict.get("virusScanMessage", UNSET)
        model_file.scanned_at = (
            _parse_scanned_at(src_dict["scannedAt"]) if "scannedAt" in src_dict else UNSET
        )
        model_file.hashes = (
            FileHashes.from_dict(src_dict["hashes"]) if "hashes" in src_dict else UNSET
        )
        model_file.download_url = src_dict.get("downloadUrl", UNSET)
        model_file.primary = src_dict.get("primary", UNSET)
        if _KNOWN_KEYS.issuperset(src_dict):
            model_file.additional_properties = {}
        else:
            model_file.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return model_file


def _parse_scanned_at(data: object) -> datetime.datetime | None | Unset:
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
from ..models.model_file_metadata import ModelFileMetadata  # noqa: E402
