from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import FreeForm


@_attrs_define
class BuzzLimit(FreeForm[Any]):
    """Spending limit attached to the key; free-form."""

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
