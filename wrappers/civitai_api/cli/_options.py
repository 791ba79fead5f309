"""Options several commands share: where to connect, how to print, how far to page, and
the options whose values are Civitai's names.

Each group is a dataclass flattened into a command's options (`Parameter(name="*")`), so
`civitai models search --host civitai.red --json --all` reads as one list of options while
the help groups them under "Connection", "Output" and "Pages".

Every option whose values are Civitai's names (types, sorts, periods, base models, file
formats, ...) goes through one converter (`civitai_names`), used through the aliases below
(`ModelTypes`, `ModelSortName`, ...): any letter case is accepted (also with `_`, `-`, `.`
or spaces left out or added: `lora`, `highest-rated`, `sdxl 1.0`), the value is sent as
Civitai spells it, and a wrong value names the nearest right one. Closed sets refuse a
wrong value (exit 2, nothing sent); open sets (base models, file types and precisions, which
Civitai extends every few weeks) send an unknown value as given, with a warning.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
import shlex
from collections.abc import Callable, Iterable, Sequence
from enum import StrEnum
from typing import Annotated, Any, Final, TypeVar

from cyclopts import Group, Parameter, Token

from .. import HASH_ALGORITHMS
from ..enums import (
    AllowCommercialUse,
    ArticleSort,
    BaseModel,
    CheckpointType,
    CollectionSort,
    FileFormat,
    FileFp,
    FileSize,
    ImageSort,
    MediaType,
    ModelFileType,
    ModelSort,
    ModelStatus,
    ModelType,
    NsfwLevel,
    Period,
    PeriodMode,
    VaultSort,
)

__all__ = [
    "CONNECTION",
    "OUTPUT",
    "PAGES",
    "AnyModelTypes",
    "ArticleSortName",
    "BaseModels",
    "CheckpointTypeName",
    "CollectionSortName",
    "CommercialUses",
    "Connection",
    "FileFormatName",
    "FileFormats",
    "FileFpName",
    "FileSizeName",
    "FileTypeName",
    "Flag",
    "HashTypes",
    "ImageNsfwName",
    "ImageSortName",
    "MediaTypeName",
    "ModelSortName",
    "ModelStatuses",
    "ModelTypes",
    "Output",
    "Paging",
    "PeriodModeName",
    "PeriodName",
    "VaultSortName",
    "as_lists",
    "build_opts",
    "canonical_name",
    "civitai_names",
    "one_start",
]

_Opts = TypeVar("_Opts")

CONNECTION = Group("Connection", sort_key=90)
OUTPUT = Group("Output", sort_key=80)
PAGES = Group("Pages", sort_key=70)


Flag = Annotated[bool, Parameter(negative=(), show_default=False)]
"""An on/off option given by its name alone (`--force`), with no `--no-` form."""


@Parameter(name="*", group=CONNECTION)
@dataclasses.dataclass(frozen=True)
class Connection:
    """Where requests go and which key they carry."""

    host: Annotated[str | None, Parameter(show_default=False)] = None
    """Civitai host: civitai.com, civitai.red, or a base URL such as http://127.0.0.1:8000.
    Default: $CIVITAI_HOST, else civitai.com."""

    token: Annotated[str | None, Parameter(show_default=False)] = None
    """API key. Default: $CIVITAI_API_KEY, $CIVITAI_TOKEN, $CIVITAI_API_TOKEN, else the key
    saved by `civitai auth login`."""


@Parameter(name="*", group=OUTPUT)
@dataclasses.dataclass(frozen=True)
class Output:
    """How results are printed."""

    json: Flag = False
    """Print Civitai's JSON on stdout, and nothing else, instead of a table."""

    quiet: Annotated[bool, Parameter(name=["--quiet", "-q"], negative=(), show_default=False)] = (
        False
    )
    """No progress bars (also accepted by the commands that show none)."""


@Parameter(name="*", group=PAGES)
@dataclasses.dataclass(frozen=True)
class Paging:
    """How many results, and where to start."""

    limit: Annotated[int | None, Parameter(show_default=False)] = None
    """Results per page (Civitai's default when left out)."""

    all: Flag = False
    """Follow the pages to the last one (with --json: one item per line, JSON Lines)."""

    max: Annotated[int | None, Parameter(show_default=False)] = None
    """Follow the pages until this many results (also with --all)."""

    @property
    def walks(self) -> bool:
        """Whether to follow pages rather than print one."""
        return self.all or self.max is not None


def one_start(cursor: object, page: object) -> None:
    """Refuse `--cursor` with `--page`: a walk starts from one or the other (exit 2)."""
    if cursor is not None and page is not None:
        from ._exit import USAGE, CommandError

        raise CommandError(
            "--cursor cannot be combined with --page: start from one or the other", USAGE
        )


def as_lists(**values: object) -> dict[str, list[object]]:
    """Option values in the library's list style: None and empty lists left out, a single
    value wrapped (`limit=5` → `limit=[5]`), lists kept."""
    lists: dict[str, list[object]] = {}
    for name, value in values.items():
        if value is None:
            continue
        items = list(value) if isinstance(value, list | tuple) else [value]
        if items:
            lists[name] = items
    return lists


def build_opts(cls: Callable[..., _Opts], **values: object) -> _Opts:
    """An options object (`Models_API_Opts`, ...) from option values, in the library's list
    style (see `as_lists`): typed by the class given, so calls need no ignore comment."""
    return cls(**as_lists(**values))


# --- Civitai's names, any letter case -------------------------------------------------------

_SEPARATORS: Final = re.compile(r"[\s_.\-]+")


def _folded(text: str) -> str:
    """The form names are compared in: no case, no spaces, `_`, `-` or `.`."""
    return _SEPARATORS.sub("", text).casefold()


def _shown(name: str) -> str:
    """A name as it would be typed in a shell (quoted when it has spaces)."""
    return shlex.quote(name)


def canonical_name(value: str, names: Sequence[str]) -> tuple[str | None, str | None]:
    """`value` spelled as in `names` (compared without case or separators), and else the
    nearest name to suggest: `(canonical, None)` or `(None, suggestion or None)`."""
    by_folded = {_folded(name): name for name in names}
    folded = _folded(value)
    if folded in by_folded:
        return by_folded[folded], None
    close = difflib.get_close_matches(folded, list(by_folded), n=1, cutoff=0.7)
    if not close:  # a unique name this starts ("highest" → Highest Rated)
        starting = [key for key in by_folded if folded and key.startswith(folded)]
        close = starting if len(starting) == 1 else []
    return None, by_folded[close[0]] if close else None


def civitai_names(
    names: Iterable[str] | type[StrEnum], *, open_set: bool = False, also: Iterable[str] = ()
) -> Callable[[Any, Sequence[Token]], Any]:
    """The cyclopts converter of an option whose values are among `names` (any case).

    Args:
        names: Civitai's names, or the StrEnum whose values they are.
        open_set: Civitai adds names often: send an unknown one as given, with a warning,
            instead of refusing it.
        also: Further values accepted as typed, lower-cased (`true`, `false`).

    The converter returns a list for a repeatable option, else one string. A refused value
    raises `CommandError` (exit 2) naming the option, the nearest name and all of them.
    """
    choices = [str(getattr(item, "value", item)) for item in names]
    extras = {item.casefold() for item in also}

    def one(option: str, value: str) -> str:
        if value.casefold() in extras:
            return value.casefold()
        found, nearest = canonical_name(value, choices)
        if found is not None:
            return found
        guess = f"; did you mean {_shown(nearest)}?" if nearest else ""
        if open_set:
            from . import _render

            _render.warn(
                f"{option}: {_shown(value)} is not a name this version of civitai knows{guess} "
                "(sent as given)"
            )
            return value
        from ._exit import USAGE, CommandError

        listed = ", ".join([*map(_shown, choices), *sorted(extras)])
        raise CommandError(
            f"{option}: unknown value {_shown(value)}{guess} (one of: {listed})", USAGE
        )

    def convert(kind: Any, tokens: Sequence[Token]) -> Any:
        values = [one(token.keyword or "value", token.value) for token in tokens]
        many = getattr(kind, "__origin__", None) in (list, tuple) or kind in (list, tuple)
        return values if many else values[-1]

    return convert


def _repeatable(names: Callable[[Any, Sequence[Token]], Any]) -> Parameter:
    return Parameter(converter=names)


ModelTypes = Annotated[list[str] | None, _repeatable(civitai_names(ModelType))]
"""--type / --model-type: Civitai's model types (repeatable)."""
AnyModelTypes = Annotated[list[str] | None, _repeatable(civitai_names(ModelType, open_set=True))]
"""--type of `library ls`: a catalog may hold types newer than this version knows."""
BaseModels = Annotated[list[str] | None, _repeatable(civitai_names(BaseModel, open_set=True))]
"""--base-model: base models (repeatable; a new one is sent as given)."""
ModelStatuses = Annotated[list[str] | None, _repeatable(civitai_names(ModelStatus))]
FileFormats = Annotated[list[str] | None, _repeatable(civitai_names(FileFormat))]
CommercialUses = Annotated[list[str] | None, _repeatable(civitai_names(AllowCommercialUse))]
HashTypes = Annotated[list[str] | None, _repeatable(civitai_names(HASH_ALGORITHMS))]
ModelSortName = Annotated[str | None, Parameter(converter=civitai_names(ModelSort))]
ImageSortName = Annotated[str | None, Parameter(converter=civitai_names(ImageSort))]
ArticleSortName = Annotated[str | None, Parameter(converter=civitai_names(ArticleSort))]
CollectionSortName = Annotated[str | None, Parameter(converter=civitai_names(CollectionSort))]
VaultSortName = Annotated[str | None, Parameter(converter=civitai_names(VaultSort))]
PeriodName = Annotated[str | None, Parameter(converter=civitai_names(Period))]
PeriodModeName = Annotated[str | None, Parameter(converter=civitai_names(PeriodMode))]
CheckpointTypeName = Annotated[str | None, Parameter(converter=civitai_names(CheckpointType))]
MediaTypeName = Annotated[str | None, Parameter(converter=civitai_names(MediaType))]
ImageNsfwName = Annotated[
    str | None, Parameter(converter=civitai_names(NsfwLevel, also=("true", "false")))
]
FileFormatName = Annotated[str | None, Parameter(converter=civitai_names(FileFormat))]
FileSizeName = Annotated[str | None, Parameter(converter=civitai_names(FileSize))]
FileTypeName = Annotated[
    str | None, Parameter(converter=civitai_names(ModelFileType, open_set=True))
]
FileFpName = Annotated[str | None, Parameter(converter=civitai_names(FileFp, open_set=True))]
