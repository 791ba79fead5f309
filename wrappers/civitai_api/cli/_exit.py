"""Exit codes, and the one-line message each failure prints.

The codes are the official Civitai CLI's, so scripts written for one work with the other:

| code | meaning                                                              |
|------|----------------------------------------------------------------------|
| 0    | done                                                                 |
| 1    | any other failure, including file system errors and failed checks    |
| 2    | usage: a bad option or value (nothing was sent), or HTTP 400         |
| 3    | authentication: 401, 403, early access                               |
| 4    | not found: 404, 410, or no result where one was required             |
| 5    | network: no connection, timeouts, 5xx after retries                  |
| 6    | rate limited: 429                                                    |
| 7    | unsafe file: Civitai's virus or pickle scan flagged it or is pending |
| 130  | interrupted (Ctrl-C)                                                 |

This module imports nothing heavy: the exception classes are matched by name along the
class's bases, so mapping an error never imports httpx or the generated client.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = [
    "AUTH",
    "INTERRUPTED",
    "NETWORK",
    "NOT_FOUND",
    "OK",
    "OTHER",
    "RATE_LIMITED",
    "UNSAFE",
    "USAGE",
    "CommandError",
    "code_for_status",
    "exit_code",
    "message_for",
    "option_name",
]

OK: Final = 0
OTHER: Final = 1
USAGE: Final = 2
AUTH: Final = 3
NOT_FOUND: Final = 4
NETWORK: Final = 5
RATE_LIMITED: Final = 6
UNSAFE: Final = 7
INTERRUPTED: Final = 130

# Exception class name → exit code, most specific first (matched along the class's bases).
_BY_CLASS: Final = (
    ("CommandError", None),  # carries its own code
    ("PageLimitError", USAGE),  # page × limit too deep: retrying cannot help
    ("QueryParamsError", USAGE),
    ("LibraryError", USAGE),  # a file not in the catalog, a version not a candidate
    ("CycloptsError", USAGE),
    ("AuthenticationError", AUTH),
    ("PermissionDeniedError", AUTH),
    ("NotFoundError", NOT_FOUND),
    ("RateLimitError", None),  # 429 or 503: decided by status below
    ("APIConnectionError", NETWORK),
    ("APIStatusError", None),  # by status below
    ("KeyboardInterrupt", INTERRUPTED),
    ("UnsafeFileError", UNSAFE),
)
# API parameter names whose option is not simply their kebab-case form.
_OPTION_NAMES: Final = {
    "types": "type",
    "baseModels": "base-model",
    "allowCommercialUse": "commercial-use",
    "fileFormats": "file-format",
    "modelVersionIds": "version-id",
    "ids": "id",
    "tags": "tag",
    "algorithms": "algo",
    "quant_type": "quant",
    "model_file_id": "file-id",
}
# API parameter names that commands take as positional arguments.
_ARGUMENT_NAMES: Final = {
    "modelId": "MODEL_ID",
    "modelVersionId": "VERSION_ID",
    "model_version_id": "VERSION_ID",
    "model_version_ids": "VERSION_IDS",
    "entity_ids": "VERSION_IDS",
    "article_id": "ARTICLE_ID",
    "collection_id": "COLLECTION_ID",
    "hash": "HASHES",
    "hashes": "HASHES",
}


class CommandError(Exception):
    """A failure the command itself detected, with its exit code and an optional hint."""

    def __init__(self, message: str, code: int = OTHER, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.hint = hint


def exit_code(error: BaseException) -> int:
    """The exit code for an error (see the module's table)."""
    names = [cls.__name__ for cls in type(error).__mro__]
    for name, code in _BY_CLASS:
        if name not in names:
            continue
        if code is not None:
            return code
        if isinstance(error, CommandError):
            return error.code
        return code_for_status(getattr(error, "status_code", None))
    return OTHER


def code_for_status(status: object) -> int:
    """The exit code for an HTTP status (1 when it is not one)."""
    if not isinstance(status, int):
        return OTHER
    if status == 400:
        return USAGE
    if status in (401, 403):
        return AUTH
    if status in (404, 410):
        return NOT_FOUND
    if status == 429:
        return RATE_LIMITED
    if status >= 500:
        return NETWORK
    return OTHER


def option_name(param: str) -> str:
    """The command-line option for an API parameter name (`baseModels` → `--base-model`), or
    the argument's name for those commands take positionally (`modelId` → `MODEL_ID`)."""
    if param in _ARGUMENT_NAMES:
        return _ARGUMENT_NAMES[param]
    name = _OPTION_NAMES.get(param) or re.sub(r"(?<=[a-z0-9])([A-Z])", r"-\1", param).lower()
    return f"--{name.replace('_', '-')}"


def message_for(error: BaseException) -> tuple[str, str | None]:
    """The one-line message for an error, and a hint on what to do (or None)."""
    code = exit_code(error)
    text = " ".join(str(error).split()) or type(error).__name__
    param = getattr(error, "param", None)
    if isinstance(param, str) and param not in ("target", "opts") and code == USAGE:
        option = option_name(param)
        text = text[len(param) + 1 :] if text.startswith(f"{param} ") else text
        text = f"{option}: {text}"
    hint = error.hint if isinstance(error, CommandError) else _HINTS.get(code)
    return text, hint


_HINTS: Final = {
    AUTH: "this needs a valid API key with access: run `civitai auth login`, or set "
    "CIVITAI_API_KEY (keys: https://civitai.com/user/account)",
    RATE_LIMITED: "Civitai is limiting requests: wait a minute and run the command again",
    NETWORK: "Civitai could not be reached or kept failing: check the connection and retry",
    UNSAFE: "to download it anyway, add --allow-unscanned",
}
