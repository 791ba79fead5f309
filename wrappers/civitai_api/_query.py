"""List-style options → validated keyword arguments for the generated endpoint functions.

Users describe a query with an options object whose every value is a list (`limit=[20]`,
`types=[ModelType.LORA, ModelType.LoCon]`), as the original `civitai_api` taught. Each endpoint
declares a `QuerySpec`: the parameters it accepts, their types and ranges, how booleans are
sent, and the combinations the server rejects. `build_query` checks an options object against
its spec and returns the keyword arguments to pass on. It is pure (apart from warnings) and
raises `QueryParamsError` naming the offending parameter, so a bad query never leaves the
machine as a confusing 400 or 401.
"""

from __future__ import annotations

import builtins
import dataclasses
import datetime
import keyword
import logging
import re
import sys
import warnings
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, ClassVar, Literal

from ._exceptions import QueryParamsError

__all__ = [
    "MAX_INT4",
    "CivitaiWarning",
    "IgnoredParameterWarning",
    "ListOpts",
    "Param",
    "QuerySpec",
    "build_query",
    "cap_page_depth",
    "forbid_cursor_with",
    "forbid_page_with_query",
    "generated_name",
]

logger = logging.getLogger("civitai_api")

# ids are Postgres int4.
MAX_INT4 = 2_147_483_647

Kind = Literal["int", "str", "bool", "enum", "nsfw", "datetime"]
Values = dict[str, list[object]]
Check = Callable[[Values], None]


class CivitaiWarning(UserWarning):
    """Base class of the warnings civitai_api emits."""


class IgnoredParameterWarning(CivitaiWarning):
    """An option was given that Civitai accepts but ignores, so it is not sent."""


@dataclass(frozen=True)
class Param:
    """One query parameter of an endpoint.

    Attributes:
        name: The parameter as Civitai (and the options class) spells it, e.g. `baseModels`.
        kind: `int`, `str`, `bool`, `enum` (a member of `choices` or its value) or `nsfw`
            (an `NsfwLevel` value or a bool, as /images takes).
        multi: Whether several values may be given (sent as repeated keys).
        minimum: Smallest allowed int.
        maximum: Largest allowed int.
        choices: The StrEnum whose values are allowed (`enum` and `nsfw` kinds).
        pattern: A regular expression every string must match entirely.
        max_length: Longest allowed string.
        send_false: Whether `False` is sent. Not for bool-c parameters, where the server reads
            any value, "false" included, as true; nor for parameters whose mere presence needs
            a key.
        arg: The keyword of the generated endpoint function; derived from `name` if empty.
        repeat_single: Send a lone value twice: the server only accepts this parameter as an
            array, and one occurrence arrives as a string (`fileFormats` on /models).
        wire: Converts a checked value to the type the generated function takes (its enum
            class); plain values pass unchanged when None.
    """

    name: str
    kind: Kind
    multi: bool = False
    minimum: int | None = None
    maximum: int | None = None
    choices: type[StrEnum] | None = None
    pattern: str | None = None
    max_length: int | None = None
    send_false: bool = True
    arg: str = ""
    repeat_single: bool = False
    wire: Callable[[Any], object] | None = None

    @property
    def keyword(self) -> str:
        """The generated function's keyword argument for this parameter."""
        return self.arg or generated_name(self.name)


@dataclass(frozen=True)
class QuerySpec:
    """Everything an endpoint accepts, and the rules across parameters.

    Attributes:
        params: The parameters that are sent.
        ignored: Option names accepted but never sent (the server ignores them), with why.
        rejected: Option names always refused (the server rejects them), with why.
        checks: Rules across several parameters, each raising `QueryParamsError`.
    """

    params: tuple[Param, ...]
    ignored: Mapping[str, str] = field(default_factory=dict)
    rejected: Mapping[str, str] = field(default_factory=dict)
    checks: tuple[Check, ...] = ()

    def names(self) -> frozenset[str]:
        """Every option name this spec knows about."""
        return frozenset(p.name for p in self.params) | set(self.ignored) | set(self.rejected)


class ListOpts:
    """Base of the options classes: checks the options as soon as they are built.

    Subclasses are dataclasses whose fields are the query parameters, each a list or None,
    and set `_query_spec`.
    """

    _query_spec: ClassVar[QuerySpec]

    def __post_init__(self) -> None:
        build_query(self._query_spec, self, warn=False)


def build_query(spec: QuerySpec, opts: object | None, *, warn: bool = True) -> dict[str, object]:
    """Check list-style options and turn them into generated-function keyword arguments.

    Args:
        spec: The endpoint's parameters and rules.
        opts: A dataclass whose fields are option names (values: list, tuple or None).
        warn: Whether to emit `IgnoredParameterWarning` for accepted-but-ignored options.

    Returns:
        Keyword arguments: scalars for single-valued parameters, lists for multi-valued ones,
        enum members as their plain string values. Options left out, and booleans the server
        must not see, are absent.

    Raises:
        QueryParamsError: An option has the wrong type, is out of range, is given several
            values where one is allowed, is one the server rejects, or conflicts with another.
    """
    if opts is None:
        return {}
    if not dataclasses.is_dataclass(opts) or isinstance(opts, type):
        raise QueryParamsError(
            f"opts must be an options object, not {type(opts).__name__}", param="opts"
        )
    by_name = {p.name: p for p in spec.params}
    values: dict[str, list[object]] = {}
    for f in dataclasses.fields(opts):
        raw = getattr(opts, f.name)
        if raw is None:
            continue
        items = _as_list(f.name, raw)
        if f.name in spec.rejected:
            raise QueryParamsError(
                f"{f.name} cannot be used: {spec.rejected[f.name]}", param=f.name
            )
        if f.name in spec.ignored:
            if warn and items:
                warnings.warn(
                    f"{f.name} is not sent: {spec.ignored[f.name]}",
                    IgnoredParameterWarning,
                    stacklevel=_caller_stacklevel(),
                )
            continue
        param = by_name.get(f.name)
        if param is None:  # an options class out of step with its spec: a bug of ours
            raise QueryParamsError(f"{f.name} is not a known parameter", param=f.name)
        if not items:
            continue
        if not param.multi and len(items) > 1:
            raise QueryParamsError(
                f"{f.name} takes one value, got {len(items)}: {items!r}", param=f.name
            )
        values[f.name] = [_check_value(param, item) for item in items]
    for check in spec.checks:
        check(values)
    return _to_kwargs(by_name, values)


def generated_name(name: str) -> str:
    """The keyword openapi-python-client gives a query parameter (`baseModels` → `base_models`).

    Args:
        name: The parameter name as in the spec.

    Returns:
        Its snake_case form, with `_` appended to Python keywords and built-in names.
    """
    snake = re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()
    if keyword.iskeyword(snake) or snake in _BUILTIN_NAMES:
        snake += "_"
    return snake


def forbid_page_with_query(values: Values) -> None:
    """`page` with `query` → 400 "Cannot use page param with query search".

    `page=[1]` is the first page either way, so it is dropped rather than refused (the README
    of the original `civitai_api` has an example that combines `page=[1]` with `query`).
    """
    if not (values.get("page") and values.get("query")):
        return
    if values["page"] == [1]:
        logger.debug("not sending page=1 with query")
        del values["page"]
        return
    raise QueryParamsError(
        "page cannot be combined with query: Civitai only pages a search with cursors "
        "(use cursor, or leave page out)",
        param="page",
    )


def cap_page_depth(max_items: int, default_limit: int) -> Check:
    """Build the rule `page × limit ≤ max_items` (more → 429 page cap)."""

    def check(values: Values) -> None:
        page = values.get("page")
        if not page:
            return
        limits = values.get("limit")
        limit = limits[0] if limits else default_limit
        depth = _int(page[0]) * _int(limit)
        if depth > max_items:
            raise QueryParamsError(
                f"page × limit = {depth} goes past the first {max_items} results, which is as "
                f"deep as Civitai pages (it answers 429); use cursor pagination instead",
                param="page",
            )

    return check


def forbid_cursor_with(param: str, value: str) -> Check:
    """Build the rule "no `cursor` when `param` is `value`" (collections 400)."""

    def check(values: Values) -> None:
        if values.get("cursor") and value in (values.get(param) or ()):
            raise QueryParamsError(
                f"cursor cannot be combined with {param}={value!r}: Civitai rejects it",
                param="cursor",
            )

    return check


def _as_list(name: str, raw: object) -> list[object]:
    if isinstance(raw, list | tuple):
        return list(raw)
    raise QueryParamsError(
        f"{name} must be a list of values, e.g. {name}=[{raw!r}], not {type(raw).__name__}",
        param=name,
    )


def _check_value(param: Param, value: object) -> object:
    """Validate one value; return it in the form it is sent (enum members → plain str)."""
    name = param.name
    if param.kind == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            raise QueryParamsError(f"{name} takes integers, got {value!r}", param=name)
        low = param.minimum if param.minimum is not None else -MAX_INT4 - 1
        high = param.maximum if param.maximum is not None else MAX_INT4
        if not low <= value <= high:
            raise QueryParamsError(
                f"{name} must be between {low} and {high}, got {value}", param=name
            )
        return int(value)
    if param.kind == "bool":
        if not isinstance(value, bool):
            raise QueryParamsError(f"{name} takes True or False, got {value!r}", param=name)
        return value
    if param.kind == "nsfw" and isinstance(value, bool):
        return value
    if param.kind == "datetime":
        if not isinstance(value, datetime.datetime):
            raise QueryParamsError(f"{name} takes datetime objects, got {value!r}", param=name)
        return value
    if not isinstance(value, str):
        raise QueryParamsError(
            f"{name} takes strings, got {type(value).__name__} {value!r}", param=name
        )
    if param.choices is not None:
        allowed = [member.value for member in param.choices]
        if str(value) not in allowed:
            raise QueryParamsError(
                f"{name} must be one of {allowed}, got {str(value)!r}", param=name
            )
        return str(value)
    if param.max_length is not None and len(value) > param.max_length:
        raise QueryParamsError(
            f"{name} is limited to {param.max_length} characters, got {len(value)}", param=name
        )
    if param.pattern is not None and re.fullmatch(param.pattern, value) is None:
        raise QueryParamsError(
            f"{name} {value!r} has characters Civitai rejects (allowed: {param.pattern})",
            param=name,
        )
    return str(value)


def _to_kwargs(
    by_name: Mapping[str, Param], values: Mapping[str, list[object]]
) -> dict[str, object]:
    kwargs: dict[str, object] = {}
    for name, items in values.items():
        param = by_name[name]
        if param.kind == "bool" and not param.send_false:
            items = [item for item in items if item is not False]
            if not items:
                logger.debug("not sending %s=false", name)
                continue
        if param.repeat_single and len(items) == 1:
            items = items * 2
        if param.wire is not None:
            items = [param.wire(item) for item in items]
        kwargs[param.keyword] = list(items) if param.multi else items[0]
    return kwargs


def _int(value: object) -> int:
    if isinstance(value, int):
        return value
    raise TypeError(f"expected an int, got {value!r}")  # unreachable after _check_value


def _caller_stacklevel() -> int:
    """The `stacklevel` that points a warning at the first frame outside this package."""
    level = 1
    frame = sys._getframe(1)
    while frame is not None and str(frame.f_globals.get("__name__", "")).startswith("civitai_api."):
        frame = frame.f_back  # type: ignore[assignment]
        level += 1
    return level


# openapi-python-client appends "_" to these (and to keywords); "id" it leaves alone.
_BUILTIN_NAMES = (frozenset(dir(builtins)) | {"self", "true", "false", "datetime"}) - {"id"}
