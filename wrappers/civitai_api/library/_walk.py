"""The folder walk the library shares with `identify`: it lives in `civitai_api._walk`."""

from .._walk import Found, is_model_file, walk

__all__ = ["Found", "is_model_file", "walk"]
