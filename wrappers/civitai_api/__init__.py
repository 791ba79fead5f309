"""civitai_api: a typed, sync and async client for Civitai's public REST API.

Each area of the package re-exports its public names here, in its own block.
"""

from ._version import __version__

# --- errors and endpoints (issue 3) ---

# --- reliability: clients, retries, pagination, concurrency (issue 4) ---

# --- downloads, hashing, identification (issue 5) ---

__all__ = ["__version__"]
