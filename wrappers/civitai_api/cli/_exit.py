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
| 141  | the reader of the output went away (a pipe into `head -1`): quiet    |

Errors from concurrent work (task groups) are mapped through the first real error inside the
group, so a failed download says what failed, never "unhandled errors in a TaskGroup".
`message_for` speaks the command line's words: options as typed (`--force`, `--size`), paths
and operating-system errors in plain words (no `[Errno N]`), and a hint on what to do next.

This module imports nothing heavy: the exception classes are matched by name along the
class's bases, so mapping an error never imports httpx or the generated client.
"""

from __future__ import annotations

import errno
import re
from collections.abc import Iterator, Mapping
from typing import Final

__all__ = [
    "AUTH",
    "BROKEN_PIPE",
    "INTERRUPTED",
    "NETWORK",
    "NOT_FOUND",
    "OK",
    "OTHER",
    "RATE_LIMITED",
    "UNSAFE",
    "USAGE",
    "CommandError",
    "code_for_message",
    "code_for_status",
    "exit_code",
    "first_error",
    "is_broken_pipe",
    "message_for",
    "option_name",
    "os_reason",
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
BROKEN_PIPE: Final = 141  # what a shell reports for a program killed by SIGPIPE (128 + 13)

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
    "precision_size": "size",
    "overwrite": "force",
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
    """The exit code for an error (see the module's table); a group's is its first error's."""
    error = first_error(error)
    names = [cls.__name__ for cls in type(error).__mro__]
    for name, code in _BY_CLASS:
        if name not in names:
            continue
        if code is not None:
            return code
        if isinstance(error, CommandError):
            return error.code
        return code_for_status(getattr(error, "status_code", None))
    if isinstance(error, BrokenPipeError):
        return BROKEN_PIPE
    return OTHER


def first_error(error: BaseException) -> BaseException:
    """The error itself, or for an exception group (what a task group raises when its tasks
    fail) the first error inside it that is not a cancellation of the others."""
    leaves = list(_leaves(error))
    real = [leaf for leaf in leaves if type(leaf).__name__ not in _CANCELLATIONS]
    return (real or leaves or [error])[0]


def is_broken_pipe(error: BaseException) -> bool:
    """Whether the error is the reader of stdout (or stderr) going away."""
    return isinstance(first_error(error), BrokenPipeError)


_CANCELLATIONS: Final = frozenset({"CancelledError", "Cancelled"})


def _leaves(error: BaseException) -> Iterator[BaseException]:
    if isinstance(error, BaseExceptionGroup):
        for inner in error.exceptions:
            yield from _leaves(inner)
    else:
        yield error


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


def code_for_message(text: str) -> int:
    """The exit code for a failure known only by its message (a library result's `error`):
    by the `(HTTP 404, ...)` the package's errors end with, 5 for a request that got no
    answer, else 1."""
    status = _HTTP_STATUS.search(text)
    if status:
        return code_for_status(int(status.group(1)))
    if _NO_ANSWER.search(text):
        return NETWORK
    return OTHER


_HTTP_STATUS: Final = re.compile(r"\(HTTP (\d{3})[,)]")
_NO_ANSWER: Final = re.compile(
    r"^The (request (failed|timed out) before .* answered|connection to .* (broke|timed out))"
)


def option_name(param: str) -> str:
    """The command-line option for an API parameter name (`baseModels` → `--base-model`), or
    the argument's name for those commands take positionally (`modelId` → `MODEL_ID`)."""
    if param in _ARGUMENT_NAMES:
        return _ARGUMENT_NAMES[param]
    name = _OPTION_NAMES.get(param) or re.sub(r"(?<=[a-z0-9])([A-Z])", r"-\1", param).lower()
    return f"--{name.replace('_', '-')}"


def message_for(error: BaseException) -> tuple[str, str | None]:
    """The one-line message for an error, and a hint on what to do (or None).

    The library's exceptions speak Python (`overwrite=True`, `precision_size=pruned`); this
    is where they are said in the command line's words.
    """
    error = first_error(error)
    code = exit_code(error)
    names = {cls.__name__ for cls in type(error).__mro__}
    if "CivitaiError" not in names and isinstance(error, OSError):
        return _os_error(error)
    if "FileSelectionError" in names:
        return _no_such_file(error), _FILE_HINT
    if "DownloadError" in names and getattr(error, "reason", None) in _DOWNLOAD_WORDS:
        return _download_error(error)
    text = " ".join(str(error).split()) or type(error).__name__
    param = getattr(error, "param", None)
    if isinstance(param, str) and param not in ("target", "opts") and code == USAGE:
        option = option_name(param)
        text = text[len(param) + 1 :] if text.startswith(f"{param} ") else text
        text = f"{option}: {text}"
    hint = error.hint if isinstance(error, CommandError) else _HINTS.get(code)
    if "HashMismatchError" in names:
        hint = _MISMATCH_HINT
    return text, hint


def os_reason(error: OSError) -> str:
    """An operating-system error's reason in plain words (`permission denied`), no errno."""
    if error.errno in _OS_REASONS:
        return _OS_REASONS[error.errno]
    text = error.strerror or re.sub(r"^\[Errno -?\d+\]\s*", "", str(error)) or "failed"
    return text[:1].lower() + text[1:]


def _os_error(error: OSError) -> tuple[str, str | None]:
    """`cannot write /x/y.part: permission denied`, and what to do about it."""
    reason = os_reason(error)
    path = error.filename
    if path is None:
        return reason, _OS_HINTS.get(error.errno or 0)
    verb = "cannot write " if error.errno in _WRITE_ERRORS else ""
    return f"{verb}{path}: {reason}", _OS_HINTS.get(error.errno or 0)


def _download_error(error: BaseException) -> tuple[str, str | None]:
    """A `DownloadError` the library raised with a `reason`, in the command line's words."""
    reason, path = getattr(error, "reason", None), getattr(error, "path", None)
    cause = error.__cause__
    if reason == "unwritable" and isinstance(cause, OSError):
        return f"cannot write {path}: {os_reason(cause)}", _part_hint(cause, path)
    text, hint = _DOWNLOAD_WORDS[str(reason)]
    return text.format(path=path, part=getattr(error, "part", None)), hint


def _part_hint(cause: OSError, part: object) -> str:
    first = _OS_HINTS.get(cause.errno or 0, "fix the cause")
    return (
        f"{first}; what was downloaded is kept in {part}: run the same command again to "
        "resume, or delete it to start over"
    )


def _no_such_file(error: BaseException) -> str:
    """No file of a version matches what was asked (`--size pruned`): say which files exist."""
    wanted: Mapping[str, str] = getattr(error, "wanted", None) or {}
    files = getattr(error, "files", ()) or ()
    named, file_id = getattr(error, "named", None), getattr(error, "file_id", None)
    if not files:
        return " ".join(str(error).split())
    if named is not None:
        several = getattr(error, "several", False)
        what = f"--file {named} matches {'several files' if several else 'no file'}"
    elif file_id is not None:
        what = f"there is no file with id {file_id}"
    else:
        asked = " ".join(f"{option_name(key)} {value}" for key, value in wanted.items())
        what = f"no file matches {asked}" if asked else "no file matches"
    return f"{what} in this version; its files: " + "; ".join(_file_words(f) for f in files)


def _file_words(info: object) -> str:
    facts = [
        str(value)
        for value in (
            getattr(info, key, None)
            for key in ("type", "format", "precision_size", "fp", "quant_type")
        )
        if value
    ]
    if getattr(info, "primary", False):
        facts.append("primary")
    return f"{getattr(info, 'name', '?')} (id {getattr(info, 'id', '?')}: {', '.join(facts)})"


_HINTS: Final = {
    AUTH: "this needs a valid API key with access: run `civitai auth login`, or set "
    "CIVITAI_API_KEY (keys: https://civitai.com/user/account)",
    RATE_LIMITED: "Civitai is limiting requests: wait a minute and run the command again",
    NETWORK: "Civitai (or its file host) could not be reached or kept failing: check the "
    "connection and run the command again",
    UNSAFE: "to download it anyway, add --allow-unscanned",
}
_FILE_HINT: Final = (
    "pick a file with --file NAME (or --type, --format, --size, --fp, --quant), "
    "or take every file with --all-files"
)
_MISMATCH_HINT: Final = (
    "run the same command again to download the file afresh; --no-verify skips the check "
    "(only for a file Civitai lists wrongly)"
)
# DownloadError.reason → (message, hint); `{path}` and `{part}` come from the error.
_DOWNLOAD_WORDS: Final = {
    "exists": (
        "{path} exists and is not this file",
        "add --force to replace it, or move it away and run the command again",
    ),
    "taken": (
        "{path} exists and is not this file (the download is kept in {part})",
        "add --force to replace it, or move it away and run the command again",
    ),
    "busy": (
        "{path} is being written by another download of the same file",
        "wait for the other download to finish",
    ),
    "unwritable": ("cannot write {path}", None),
}
_OS_REASONS: Final = {
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EROFS: "the file system is read-only",
    errno.ENOSPC: "no space left on the device",
    errno.EDQUOT: "disk quota exceeded",
    errno.EFBIG: "file too large",
    errno.ENOENT: "no such file or folder",
    errno.ENOTDIR: "a part of the path is not a folder",
    errno.EISDIR: "it is a folder",
    errno.EEXIST: "it already exists",
    errno.ENAMETOOLONG: "the name is too long",
    errno.EMFILE: "too many open files",
}
_WRITE_ERRORS: Final = frozenset(
    {errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
)
_OS_HINTS: Final = {
    errno.EACCES: "choose a folder you may write to (or change its permissions), then run "
    "the command again",
    errno.EPERM: "choose a folder you may write to (or change its permissions), then run "
    "the command again",
    errno.EROFS: "choose a folder on a writable disk, then run the command again",
    errno.ENOSPC: "free some space, then run the command again",
    errno.EDQUOT: "free some space, then run the command again",
    errno.ENOTDIR: "a file stands where a folder is needed: move it away or choose another folder",
}
