"""Every tunable number and fixed name of the package, in one place."""

from __future__ import annotations

from typing import Final

from ._version import __version__

DEFAULT_BASE_URL: Final = "https://civitai.com"
# reference §1.1: since 2026-04 the same API answers on civitai.red; the key works on both.
CIVITAI_HOSTS: Final = frozenset({"civitai.com", "civitai.red"})
API_KEY_ENV: Final = "CIVITAI_API_KEY"
USER_AGENT: Final = f"civitai-api/{__version__} (+https://pypi.org/project/civitai-api/)"

# Timeouts in seconds. Civitai's edge gives up on slow origins after ~30 s (HTTP 524).
CONNECT_TIMEOUT: Final = 10.0
READ_TIMEOUT: Final = 60.0
WRITE_TIMEOUT: Final = 60.0
POOL_TIMEOUT: Final = 10.0

DEFAULT_MAX_RETRIES: Final = 3
INITIAL_RETRY_DELAY: Final = 0.5
MAX_RETRY_DELAY: Final = 8.0
# A Retry-After longer than this fails at once with RateLimitError instead of sleeping.
MAX_RETRY_AFTER: Final = 60.0
