from __future__ import annotations

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import FreeForm


@_attrs_define
class PermissionsCheck(FreeForm[bool]):
    """Entity id (as a string) to whether the permission is granted."""

    additional_properties: dict[str, bool] = _attrs_field(init=False, factory=dict)
