"""The export's core: one `ExportRun` decides and commits page after page; two thin drivers
(sync and async) fetch the pages it asks for.

`ExportRun` holds no connection. It opens (or resumes) the folder, says which query to send
next (`next_params`), takes the bytes of each page (`take`): decodes them once, skips ids
already exported, writes the page's rows as new parts, then records the step in
`_export.json`. A kill at any moment loses at most the page in flight; the next run removes
whatever that page left behind and fetches it again.
"""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

from .._constants import DEFAULT_PAGE_LIMIT
from .._exceptions import CivitaiError
from .._pagination import PageInfo, PageState, PaginationError, PagingStyle
from ._ids import IdSet, append_ids
from ._kinds import Kind
from ._pace import Pace
from ._raw import decode_page
from ._state import IDS_FILE, STATE_FILE, ExportState
from ._tables import Columns
from ._values import is_int64

__all__ = ["ExportError", "ExportProgress", "ExportReport", "ExportRun", "Format"]

logger = logging.getLogger("civitai_api")

Format = Literal["parquet", "jsonl"]

# The longest wait before trying a failed page again, whatever `Retry-After` says.
_LONGEST_PAGE_WAIT = 600.0


class ExportError(CivitaiError):
    """The export stopped before its end; what it wrote so far is kept and the same call
    resumes it. `cause` is the failure behind it, `report` what was done."""

    def __init__(self, message: str, *, report: ExportReport, cause: BaseException | None = None):
        super().__init__(message)
        self.report = report
        self.cause = cause


@dataclasses.dataclass(frozen=True)
class ExportProgress:
    """Where a running export is, after each page."""

    items: int
    pages: int
    requests: int
    retries: int
    elapsed: float

    @property
    def items_per_second(self) -> float:
        return self.items / self.elapsed if self.elapsed > 0 else 0.0


@dataclasses.dataclass(frozen=True)
class ExportReport:
    """What an export run did.

    Attributes:
        folder: The export folder.
        kind: `models` or `images`.
        format: `parquet` or `jsonl`.
        counts: Rows per table in the whole dataset.
        added: Rows per table this run added.
        pages: Pages this run fetched.
        requests: HTTP requests this run sent, retries included.
        retries: Requests that were retries (after a 429, a 5xx, a dropped connection).
        duplicates: Items this run skipped because their id was exported already.
        elapsed: Seconds this run took.
        complete: Whether the walk reached the last page.
    """

    folder: Path
    kind: str
    format: str
    counts: dict[str, int]
    added: dict[str, int]
    pages: int
    requests: int
    retries: int
    duplicates: int
    elapsed: float
    complete: bool


class Tally:
    """Requests and 429s seen under the retry transport (every attempt, not only the last)."""

    def __init__(self) -> None:
        self.requests = 0
        self.rate_limited = 0

    def record(self, status: int) -> None:
        self.requests += 1
        if status == 429:
            self.rate_limited += 1


class ExportRun:
    """One export run over one folder (see the module docstring).

    Args:
        folder: The export folder (created if missing).
        kind: What to export.
        opts: The endpoint's options (filters); None for everything.
        format: `parquet` (a folder of parts per table) or `jsonl` (one file).
        update: Add only what is new since a complete export (newest first).
        rate: Requests per second at most (None: one at a time, no cap).
        page_retries: Times a failing page is tried again after the transport's own retries.
        max_pages: Stop after this many pages (for tests and samples); None: all.
        on_progress: Called after each page.
    """

    def __init__(
        self,
        folder: Path,
        kind: Kind,
        opts: object | None = None,
        *,
        format: Format = "parquet",
        update: bool = False,
        rate: float | None = None,
        page_retries: int = 4,
        max_pages: int | None = None,
        on_progress: Callable[[ExportProgress], None] | None = None,
    ) -> None:
        if format not in ("parquet", "jsonl"):
            raise ValueError(f"format must be parquet or jsonl, got {format!r}")
        if page_retries < 0:
            raise ValueError("page_retries must be >= 0")
        self.folder = Path(folder)
        self.kind = kind
        self.format = format
        self.path, self.query = kind.request(opts)
        self.update = update
        self.pace = Pace(rate)
        self.page_retries = page_retries
        self.max_pages = max_pages
        self.on_progress = on_progress
        self.tally = Tally()
        self.started = time.monotonic()
        self.added: dict[str, int] = {table.name: 0 for table in kind.tables.tables}
        self.pages = 0
        self.duplicates = 0
        self.state: ExportState
        self.seen: IdSet
        self.fresh = IdSet()  # ids this update added (not the end of an update)
        self.paging: PageState
        self._finished = False
        self._write_part: Callable[[Path, Any, Columns, int], int] | None = None
        self._item_type: type | None = None  # the struct items are decoded into (`_items`)

    # ----------------------------------------------------------------- opening the folder

    def open(self) -> None:
        """Create, resume or reopen (for `update`) the export in the folder."""
        self.folder.mkdir(parents=True, exist_ok=True)
        state = ExportState.load(self.folder)
        if state is None:
            if self.update:
                raise ValueError(
                    f"{self.folder} holds no export to update; run the export without update first"
                )
            if any(self.folder.iterdir()):
                raise ValueError(f"{self.folder} is not empty and holds no export")
            state = ExportState(self.kind.name, self.format, self.query)
        else:
            self._check_same(state)
            if self.update and not state.complete:
                raise ValueError(
                    "the export in this folder is not complete yet: run it again without "
                    "update to finish it first"
                )
        self.state = state
        self._remove_uncommitted()
        self.seen = IdSet.load(self.folder / IDS_FILE, state.ids)
        if state.complete and not self.update and state.update_from is None:
            self._finished = True
        if self.update and state.update_from is None:
            state.update_from = state.ids
            state.cursor = None
        if state.update_from is not None:
            self._load_fresh(state.update_from)
        start = state.cursor
        self.paging = PageState(
            PagingStyle.CURSOR,
            limit=self.kind.page_size,
            default_limit=DEFAULT_PAGE_LIMIT,
            cursor=start,
        )
        if self.format == "parquet":
            from . import _items
            from ._parquet import write_part

            self._write_part = write_part
            self._item_type = getattr(_items, self.kind.tables.item)
        else:
            try:  # JSON Lines needs only the ids; without msgspec, items are decoded whole
                from ._items import IdOnly
            except ImportError:  # pragma: no cover - msgspec comes with the export extra
                pass
            else:
                self._item_type = IdOnly
        state.save(self.folder)

    def _check_same(self, state: ExportState) -> None:
        if state.kind != self.kind.name:
            raise ValueError(f"{self.folder} holds an export of {state.kind}, not {self.kind.name}")
        if state.format != self.format:
            raise ValueError(
                f"{self.folder} holds a {state.format} export; use that format or another folder"
            )
        if state.query != self.query:
            raise ValueError(
                f"{self.folder} holds an export of another query ({_describe(state.query)}); "
                "run it with the same filters, or use another folder"
            )

    def _remove_uncommitted(self) -> None:
        """Remove what a page that was never committed may have left (temporary files,
        parts past the committed count, JSON Lines past the committed length)."""
        for table in self.kind.tables.tables:
            folder = self.folder / table.name
            if not folder.is_dir():
                continue
            for path in folder.glob("part-*"):
                number = _part_number(path.name.removesuffix(".tmp"))
                if path.name.endswith(".parquet.tmp") or (
                    number is not None and number >= self.state.parts
                ):
                    path.unlink()
        leftover = self.folder / (STATE_FILE + ".tmp")
        if leftover.exists():
            leftover.unlink()
        jsonl = self.folder / f"{self.kind.name}.jsonl"
        if jsonl.exists():
            with jsonl.open("r+b") as handle:
                handle.truncate(self.state.jsonl_bytes)

    def _load_fresh(self, start: int) -> None:
        from array import array

        ids = array("q")
        path = self.folder / IDS_FILE
        if path.exists() and self.state.ids > start:
            with path.open("rb") as handle:
                handle.seek(start * ids.itemsize)
                ids.fromfile(handle, self.state.ids - start)
        self.fresh.add_all(ids)

    # ----------------------------------------------------------------- the walk

    def next_params(self) -> dict[str, Any] | None:
        """The query of the next page, or None when the export is over.

        Raises:
            ExportError: The server sent a cursor a second time (a loop).
        """
        if self._finished:
            return None
        if self.max_pages is not None and self.pages >= self.max_pages:
            return None
        try:
            request = self.paging.next_request()
        except PaginationError as error:
            raise self.stopped(
                f"Civitai sent a cursor it had sent before, so the pages loop; stopped there "
                f"({error})",
                error,
            ) from error
        if request is None:
            return None
        params = dict(self.query)
        if self.state.update_from is not None:
            params["sort"] = "Newest"
        if request.cursor is not None:
            params["cursor"] = str(request.cursor)
        return params

    def take(self, body: bytes) -> None:
        """Take one page's body: decode, skip known ids, write new parts, commit."""
        page = decode_page(body, self._item_type)
        if self.state.update_from is None and self._all_new(page.ids):
            # the usual page: every item a fresh id, none twice; taken whole
            self.paging.accept(page.items, _page_info(page.metadata, len(page.items)))
            self._commit(page.items, page.raw, page.ids, 0, False)
            return
        new_items: list[Any] = []
        new_raw: list[bytes] = []
        new_ids: list[int] = []
        ended_update = False
        skipped = 0
        page_ids: set[int] = set()
        for item, raw, item_id in zip(page.items, page.raw, page.ids, strict=True):
            if is_int64(item_id):
                if (
                    self.state.update_from is not None
                    and item_id in self.seen
                    and (item_id not in self.fresh)
                ):
                    ended_update = True
                    break
                if item_id in self.seen or item_id in page_ids:
                    skipped += 1
                    continue
                page_ids.add(item_id)
                new_ids.append(item_id)
            new_items.append(item)
            new_raw.append(raw)
        self.paging.accept(page.items, _page_info(page.metadata, len(page.items)))
        self.duplicates += skipped
        self._commit(new_items, new_raw, new_ids, skipped, ended_update)

    def _all_new(self, ids: list[Any]) -> bool:
        """Whether every item has an id (an int64) that is new, and no id comes twice."""
        return (
            all(map(is_int64, ids)) and len(set(ids)) == len(ids) and self.seen.holds_none_of(ids)
        )

    def _commit(
        self, items: list[Any], raw: list[bytes], ids: list[int], skipped: int, ended_update: bool
    ) -> None:
        state = self.state
        if items:
            if self.format == "jsonl":
                state.jsonl_bytes = self._append_jsonl(raw)
                self._count(self.kind.name, len(items))
            else:
                self._write_parts(items, raw)
                state.parts += 1
        if ids:
            append_ids(self.folder / IDS_FILE, ids)
            state.ids += len(ids)
            self.seen.add_all(ids)
            if state.update_from is not None:
                self.fresh.add_all(ids)
        state.pages += 1
        state.duplicates += skipped
        self.pages += 1
        following = self.paging.next_cursor
        if ended_update or following is None:
            state.cursor = None
            state.complete = True
            state.update_from = None
            self._finished = True
        else:
            state.cursor = str(following)
        state.save(self.folder, durable=self._finished)
        if self.on_progress is not None:
            self.on_progress(self.progress())

    def _write_parts(self, items: list[Any], raw: list[bytes]) -> None:
        assert self._write_part is not None
        columns = self.kind.tables.build(items, raw)
        for table in self.kind.tables.tables:
            rows = self._write_part(self.folder, table, columns[table.name], self.state.parts)
            self._count(table.name, rows)

    def _append_jsonl(self, raw: list[bytes]) -> int:
        path = self.folder / f"{self.kind.name}.jsonl"
        with path.open("ab") as handle:
            handle.write(b"\n".join(raw) + b"\n")
            return handle.tell()

    def _count(self, table: str, rows: int) -> None:
        self.state.counts[table] = self.state.counts.get(table, 0) + rows
        self.added[table] = self.added.get(table, 0) + rows

    # ----------------------------------------------------------------- failures and reports

    def retry_delay(self, error: BaseException, attempt: int) -> float | None:
        """After a page failed (the transport's retries spent): seconds to wait before trying
        it again, or None to stop. Retried: 5xx, 429, dropped connections, HTML pages."""
        if attempt >= self.page_retries or not _transient(error):
            return None
        delay = min(0.5 * 2.0**attempt, 30.0)
        # a Retry-After longer than the client waits for is waited here, within reason
        retry_after = getattr(error, "retry_after", None)
        if isinstance(retry_after, int | float) and retry_after > delay:
            delay = min(float(retry_after), _LONGEST_PAGE_WAIT)
        return delay

    def stopped(self, message: str, cause: BaseException | None) -> ExportError:
        """The error that ends a run early; the state on disk already says where to resume."""
        if hasattr(self, "state"):
            self.state.save(self.folder, durable=True)
        return ExportError(message, report=self.report(), cause=cause)

    def progress(self) -> ExportProgress:
        return ExportProgress(
            items=self.added.get(self.kind.name, 0),
            pages=self.pages,
            requests=self.tally.requests,
            retries=self.retries,
            elapsed=time.monotonic() - self.started,
        )

    @property
    def retries(self) -> int:
        return max(0, self.tally.requests - self.pages)

    def report(self) -> ExportReport:
        state = getattr(self, "state", None)
        return ExportReport(
            folder=self.folder,
            kind=self.kind.name,
            format=self.format,
            counts=dict(state.counts) if state else {},
            added=dict(self.added),
            pages=self.pages,
            requests=self.tally.requests,
            retries=self.retries,
            duplicates=self.duplicates,
            elapsed=time.monotonic() - self.started,
            complete=bool(state and state.complete),
        )


def _transient(error: BaseException) -> bool:
    from .._exceptions import (
        APIConnectionError,
        APIStatusError,
        PageLimitError,
        RateLimitError,
        ResponseValidationError,
    )

    if isinstance(error, PageLimitError):
        return False
    if isinstance(error, RateLimitError | APIConnectionError):
        return True
    if isinstance(error, ResponseValidationError):
        return True  # an HTML maintenance page, a truncated body
    if isinstance(error, APIStatusError):
        return isinstance(error.status_code, int) and error.status_code >= 500
    return isinstance(error, ValueError)  # a body that is not a list page


def _page_info(metadata: dict[str, Any], count: int) -> PageInfo:
    cursor = metadata.get("nextCursor")
    valid = isinstance(cursor, str | int) and not isinstance(cursor, bool) and cursor != ""
    next_page = metadata.get("nextPage")
    return PageInfo(
        count,
        next_cursor=cursor if valid else None,
        next_page=next_page if isinstance(next_page, str) and next_page else None,
    )


def _part_number(name: str) -> int | None:
    if name.startswith("part-") and name.endswith(".parquet"):
        digits = name[len("part-") : -len(".parquet")]
        return int(digits) if digits.isdigit() else None
    return None


def _describe(query: dict[str, Any]) -> str:
    return ", ".join(f"{key}={value}" for key, value in sorted(query.items()))
