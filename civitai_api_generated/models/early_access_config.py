from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="EarlyAccessConfig")


@_attrs_define
class EarlyAccessConfig(AdditionalProperties[Any]):
    """Free-form early-access settings (older data)."""

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
        early_access_config = cls.__new__(cls)
        early_access_config.additional_properties = dict(src_dict)
        return early_access_config
