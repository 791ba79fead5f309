from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="ImageFileMetadata")


@_attrs_define
class ImageFileMetadata(AdditionalProperties[Any]):
    """Technical metadata of an image file (`hash`, `size`, `width`, `height`, ...)."""

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: every property that is set, in the spec's order, then every additional
        property."""
        return dict(self.additional_properties)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a decoded JSON object, read key by key and never modified; a key the spec
        does not name is kept in `additional_properties`."""
        # Each attribute is set here, as attrs' own __init__ would set it (these classes have no
        # validators, converters or post-init hook): a call passing one argument per property
        # would cost more than building the object.
        image_file_metadata = cls.__new__(cls)
        image_file_metadata.additional_properties = dict(src_dict)
        return image_file_metadata
