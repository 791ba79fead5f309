"""List commands: one page as Civitai sends it, or every page with resumable progress.

Without `--all`/`--max` a command fetches one page: `--json` prints Civitai's body as is, a
table shows its items, and stderr says how to get the next page. With them the library's
paginator walks the pages: `--json` prints one item per line (JSON Lines) as each page
arrives, a table is printed at the end. If the walk is interrupted (Ctrl-C) or a page fails,
stderr names the `--cursor` (or `--page`) to run the same command from: every item before it
was printed, none after it, so nothing is lost or printed twice.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Any, Literal

from . import _render
from ._options import Connection, Output, Paging
from ._session import hold_interrupts, sync_client

__all__ = ["Listing", "run_listing"]

Position = Literal["cursor", "page"]


@dataclasses.dataclass(frozen=True)
class Listing:
    """How to fetch and show one list endpoint.

    Attributes:
        fetch: The endpoint function (`models`, `images`, ...): client, options → page.
        walk: Its paginator (`iter_models`, ...): client, options, max_items → iterator.
        columns: The table's columns, read from each item's JSON.
        position: How the endpoint pages: by `cursor` or by `page` number.
    """

    fetch: Callable[[Any, Any], Any]
    walk: Callable[..., Any]
    columns: Sequence[_render.Column]
    position: Position = "cursor"


def run_listing(
    listing: Listing,
    opts: object,
    connection: Connection,
    output: Output,
    paging: Paging,
    *,
    start: str | int | None = None,
) -> int:
    """Run a list command with already-validated options.

    Args:
        listing: The endpoint.
        opts: Its options object (built, so checked, before any request).
        connection: Host and key.
        output: Table or JSON.
        paging: One page, or `--all` / `--max`.
        start: The `--cursor` or `--page` the command started from, if any.

    Returns:
        The exit code (0).
    """
    with sync_client(connection) as client:
        if not paging.walks:
            page = listing.fetch(client, opts)
            _print_page(listing, page, output)
            return 0
        return _walk(listing, listing.walk(client, opts), output, paging.max, start)


def _print_page(listing: Listing, page: Any, output: Output) -> None:
    body = page.to_dict()
    if output.json:
        _render.print_json(body)
        return
    items = body.get("items") or []
    _render.print_table(listing.columns, items)
    following = _next_position(listing, body)
    if following is not None:
        _render.err(f"more results: add --{listing.position} {following} (or --all)")
    elif not items:
        _render.err("no results")


def _next_position(listing: Listing, body: dict[str, Any]) -> object:
    metadata = body.get("metadata") or body
    if listing.position == "cursor":
        return metadata.get("nextCursor")
    current = metadata.get("currentPage")
    has_more = metadata.get("nextPage") is not None or (
        isinstance(metadata.get("totalPages"), int) and metadata["totalPages"] > (current or 1)
    )
    return (current or 1) + 1 if has_more else None


def _walk(
    listing: Listing, iterator: Any, output: Output, limit: int | None, start: str | int | None
) -> int:
    """Print page after page; `limit` (`--max`) may stop inside a page."""
    resume: object = start
    rows: list[dict[str, Any]] = []
    printed = 0
    try:
        for page in iterator.pages():
            shown = page if limit is None else page[: limit - printed]
            with hold_interrupts():
                for item in shown:
                    row = item.to_dict()
                    if output.json:
                        _render.print_json_line(row)
                    else:
                        rows.append(row)
                    printed += 1  # counted as written: a stop mid-page reports the truth
            resume = _after(listing, iterator)
            if len(shown) < len(page):
                _render.err(
                    f"stopped at --max {limit}; more results from --{listing.position} "
                    f"{_position_of(listing, iterator)} (its first {len(shown)} are printed)"
                )
                break
            if limit is not None and printed >= limit:
                if resume is not None:
                    _render.err(f"stopped at --max {limit}; more: --{listing.position} {resume}")
                break
    except BaseException as error:
        if not isinstance(error, BrokenPipeError):  # nobody reads: stop quietly (`main`)
            _report_stop(listing, printed, resume)
        raise
    finally:
        if not output.json:
            _render.print_table(listing.columns, rows)
    return 0


def _after(listing: Listing, iterator: Any) -> object:
    """Where the page after the one just printed starts (None: there is none)."""
    if listing.position == "cursor":
        return iterator.next_cursor
    return (iterator.page or 1) + 1


def _position_of(listing: Listing, iterator: Any) -> object:
    """Where the page just printed starts."""
    if listing.position == "cursor":
        return iterator.cursor
    return iterator.page or 1


def _report_stop(listing: Listing, printed: int, resume: object) -> None:
    if resume is None:
        _render.err(f"stopped after {printed} results; run the command again to start over")
    else:
        _render.err(
            f"stopped after {printed} results; to go on, run the same command with "
            f"--{listing.position} {resume}"
        )
