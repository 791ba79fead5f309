from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.file_hashes import FileHashes
    from ..models.model_file_metadata import ModelFileMetadata


T = TypeVar("T", bound="ModelFile")


@_attrs_define
class ModelFile:
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
        id = self.id

        name = self.name

        size_kb = self.size_kb

        override_name: None | str | Unset
        if isinstance(self.override_name, Unset):
            override_name = UNSET
        else:
            override_name = self.override_name

        type_ = self.type_

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        pickle_scan_result = self.pickle_scan_result

        pickle_scan_message: None | str | Unset
        if isinstance(self.pickle_scan_message, Unset):
            pickle_scan_message = UNSET
        else:
            pickle_scan_message = self.pickle_scan_message

        virus_scan_result = self.virus_scan_result

        virus_scan_message: None | str | Unset
        if isinstance(self.virus_scan_message, Unset):
            virus_scan_message = UNSET
        else:
            virus_scan_message = self.virus_scan_message

        scanned_at: None | str | Unset
        if isinstance(self.scanned_at, Unset):
            scanned_at = UNSET
        elif isinstance(self.scanned_at, datetime.datetime):
            scanned_at = self.scanned_at.isoformat()
        else:
            scanned_at = self.scanned_at

        hashes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hashes, Unset):
            hashes = self.hashes.to_dict()

        download_url = self.download_url

        primary = self.primary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if size_kb is not UNSET:
            field_dict["sizeKB"] = size_kb
        if override_name is not UNSET:
            field_dict["overrideName"] = override_name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if pickle_scan_result is not UNSET:
            field_dict["pickleScanResult"] = pickle_scan_result
        if pickle_scan_message is not UNSET:
            field_dict["pickleScanMessage"] = pickle_scan_message
        if virus_scan_result is not UNSET:
            field_dict["virusScanResult"] = virus_scan_result
        if virus_scan_message is not UNSET:
            field_dict["virusScanMessage"] = virus_scan_message
        if scanned_at is not UNSET:
            field_dict["scannedAt"] = scanned_at
        if hashes is not UNSET:
            field_dict["hashes"] = hashes
        if download_url is not UNSET:
            field_dict["downloadUrl"] = download_url
        if primary is not UNSET:
            field_dict["primary"] = primary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.file_hashes import FileHashes  # noqa: PLC0415
        from ..models.model_file_metadata import ModelFileMetadata  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        size_kb = d.pop("sizeKB", UNSET)

        def _parse_override_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        override_name = _parse_override_name(d.pop("overrideName", UNSET))

        type_ = d.pop("type", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: ModelFileMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = ModelFileMetadata.from_dict(_metadata)

        pickle_scan_result = d.pop("pickleScanResult", UNSET)

        def _parse_pickle_scan_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pickle_scan_message = _parse_pickle_scan_message(d.pop("pickleScanMessage", UNSET))

        virus_scan_result = d.pop("virusScanResult", UNSET)

        def _parse_virus_scan_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        virus_scan_message = _parse_virus_scan_message(d.pop("virusScanMessage", UNSET))

        def _parse_scanned_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                scanned_at_type_0 = datetime.datetime.fromisoformat(data)

                return scanned_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        scanned_at = _parse_scanned_at(d.pop("scannedAt", UNSET))

        _hashes = d.pop("hashes", UNSET)
        hashes: FileHashes | Unset
        if isinstance(_hashes, Unset):
            hashes = UNSET
        else:
            hashes = FileHashes.from_dict(_hashes)

        download_url = d.pop("downloadUrl", UNSET)

        primary = d.pop("primary", UNSET)

        model_file = cls(
            id=id,
            name=name,
            size_kb=size_kb,
            override_name=override_name,
            type_=type_,
            metadata=metadata,
            pickle_scan_result=pickle_scan_result,
            pickle_scan_message=pickle_scan_message,
            virus_scan_result=virus_scan_result,
            virus_scan_message=virus_scan_message,
            scanned_at=scanned_at,
            hashes=hashes,
            download_url=download_url,
            primary=primary,
        )

        model_file.additional_properties = d
        return model_file

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
