from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import FreeForm


@_attrs_define
class ImageMeta(FreeForm[Any]):
    """Free-form generation metadata (`prompt`, `negativePrompt`, `seed`, `steps`,
    `sampler`, `cfgScale`, `resources`, A1111/ComfyUI keys...); numbers may be strings.

    """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
