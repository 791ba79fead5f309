"""Every tunable number and fixed name of the package, in one place."""

from __future__ import annotations

from typing import Final

from ._version import __version__

DEFAULT_BASE_URL: Final = "https://civitai.com"
# since 2026-04 the same API answers on civitai.red; the key works on both.
CIVITAI_HOSTS: Final = frozenset({"civitai.com", "civitai.red"})
API_KEY_ENV: Final = "CIVITAI_API_KEY"
# The API host (`civitai.com`, `civitai.red` or a base URL) when none is passed in.
HOST_ENV: Final = "CIVITAI_HOST"
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

# How much of an unexpected (non-JSON) response body an exception keeps, in characters.
BODY_EXCERPT_CHARS: Final = 500
# Longest Civitai message an exception keeps (ZodError lists can be long), in characters.
MESSAGE_MAX_CHARS: Final = 2000

# Retries (wrappers/civitai_api/_retry.py). Each backoff delay is shortened by up to this fraction
# at random, so many clients that failed together do not retry together.
RETRY_JITTER: Final = 0.25
# Statuses worth another try: the rate limit, search overload (503) and the
# Cloudflare edge pages for an unreachable or slow origin.
RETRYABLE_STATUS_CODES: Final = frozenset({429, 502, 503, 504, 520, 521, 522, 523, 524})
# A 429 body is read to tell the page-depth cap from a rate limit; bigger bodies are not read.
RETRY_BODY_PEEK_LIMIT: Final = 64 * 1024

# Pagination (wrappers/civitai_api/_pagination.py).
# page * limit > 1000 on /models and /images answers 429.
PAGE_MODE_MAX_ITEMS: Final = 1000
# The page size /models, /images, /articles and /collections answer when no `limit` is sent,
# and the largest `limit` /models and /images accept.
DEFAULT_PAGE_LIMIT: Final = 100
MODELS_MAX_LIMIT: Final = 100
IMAGES_MAX_LIMIT: Final = 200
# Empty pages that still carry a new cursor end the
# iteration after this many in a row.
MAX_CONSECUTIVE_EMPTY_PAGES: Final = 10

# Async fan-out (wrappers/civitai_api/_concurrency.py).
DEFAULT_CONCURRENCY: Final = 8

# --- downloads, hashing, identification ---
# Hash types Civitai indexes, in the order results are listed.
HASH_ALGORITHMS: Final = ("SHA256", "AutoV1", "AutoV2", "AutoV3", "CRC32", "BLAKE3")
# What `hash_file` computes by default: the full SHA256 (by-hash lookups, download checks) and
# the two short hashes derived from it at almost no cost.
DEFAULT_HASH_ALGORITHMS: Final = ("SHA256", "AutoV1", "AutoV2")
# One read of a file feeds every hasher; big reads keep the per-call overhead negligible.
HASH_READ_SIZE: Final = 8 * 1024 * 1024
# AutoV1 hashes 0x10000 bytes at offset 0x100000, only for files ≥ 2 MiB.
AUTOV1_OFFSET: Final = 0x100000
AUTOV1_LENGTH: Final = 0x10000
AUTOV1_MIN_SIZE: Final = 0x200000
AUTOV2_LENGTH: Final = 10
AUTOV1_HEX_LENGTH: Final = 8
# live data shows AutoV3 truncated to 12 hex; matching compares prefixes.
AUTOV3_SHORT_LENGTH: Final = 12
# A safetensors header larger than this is not a safetensors file (the format caps it at 100 MB).
SAFETENSORS_MAX_HEADER: Final = 100_000_000
HASH_CACHE_ENV: Final = "CIVITAI_HASH_CACHE"
HASH_CACHE_FILENAME: Final = "hashes.sqlite3"

# Downloads: bytes are handed from the network to the writer and hasher threads in ~1 MiB
# chunks, through queues this many chunks deep (constant memory).
DOWNLOAD_CHUNK_SIZE: Final = 1024 * 1024
DOWNLOAD_QUEUE_CHUNKS: Final = 8
# Redirect hops followed by hand (API → storage, sometimes storage → storage).
MAX_DOWNLOAD_REDIRECTS: Final = 5
# Consecutive attempts without progress before a dropped download gives up.
DOWNLOAD_MAX_RESUMES: Final = DEFAULT_MAX_RETRIES
# The first bytes of a file body are inspected for an error page before anything is written.
SNIFF_BYTES: Final = 64 * 1024
# A body at most this large, starting with `{` or `<`, that is not the expected size, is an
# error page (error bodies are small JSON or HTML).
ERROR_PAGE_MAX_BYTES: Final = 256 * 1024
# Parallel downloads: range blocks between these sizes; each connection gets about this many
# blocks, and at most `connections + 2` blocks are held in memory at once.
PARALLEL_MIN_BLOCK: Final = 1024 * 1024
PARALLEL_MAX_BLOCK: Final = 4 * 1024 * 1024
PARALLEL_BLOCKS_PER_CONNECTION: Final = 4
# File extensions treated as model files when a folder is identified.
MODEL_FILE_EXTENSIONS: Final = frozenset(
    {".safetensors", ".ckpt", ".pt", ".pth", ".bin", ".gguf", ".sft", ".onnx"}
)
# Files that can run code when loaded (Python pickles) and archives, which a download warns
# about: SHA256 proves the bytes are Civitai's, not that they are safe.
PICKLE_EXTENSIONS: Final = frozenset({".ckpt", ".pt", ".pth", ".bin", ".pickle", ".pkl"})
ARCHIVE_EXTENSIONS: Final = frozenset({".zip", ".tar", ".gz", ".tgz", ".rar", ".7z"})
# POST /model-versions/by-hash takes at most 100 SHA256 hashes.
BY_HASH_BATCH_SIZE: Final = 100
# Concurrent model lookups when checking for updates.
IDENTIFY_CONCURRENCY: Final = 4

# Civitai lists AutoV3 as 12 hex; a shorter match than this proves nothing.
AUTOV3_MIN_PREFIX: Final = 10
