"""Civitai answers small enough to write by hand, shaped as the generated client parses them."""

from __future__ import annotations

from typing import Any

__all__ = ["model_body"]


def model_body(model_id: int, name: str, **stats: int) -> dict[str, Any]:
    """A model with the fewest fields the generated `Model` needs (its `to_dict()` gives it
    back as it is) and no versions; `stats` (default: one download)."""
    return {
        "id": model_id,
        "name": name,
        "description": None,
        "type": "LORA",
        "allowNoCredit": True,
        "allowCommercialUse": ["Image"],
        "allowDerivatives": True,
        "allowDifferentLicense": True,
        "poi": False,
        "nsfw": False,
        "stats": stats or {"downloadCount": 1},
        "tags": [],
        "modelVersions": [],
    }
