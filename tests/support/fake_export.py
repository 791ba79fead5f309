"""A fake Civitai on 127.0.0.1 for exports: cursor-paged /models and /images with many items.

Items are real bodies (the corpus's model list items and image items) given new, unique ids
(nested version, file and image ids too), served newest first (highest id first) as compact
JSON pages with `metadata.nextCursor` and `nextPage`, like Civitai. Traps are switched per
test: a cursor that loops back, pages that repeat items of the page before, failures served
before a given page (429 with or without `Retry-After`, runs of 5xx, an HTML maintenance page),
a delay per page (to kill an export mid-walk) and newer items appearing (for `--update`).
Every request is recorded.
"""

from __future__ import annotations

import copy
import dataclasses
import http.server
import json
import shutil
import sys
import threading
import time
import urllib.parse
from collections.abc import Sequence
from pathlib import Path
from typing import Any

__all__ = ["ExportFake", "Failure", "civitai_command", "corpus_templates"]

PAGE_LIMITS = {"models": 100, "images": 200}
MAINTENANCE_PAGE = (
    b"<!DOCTYPE html><html><head><title>We'll be right back</title></head>"
    b"<body>We're adjusting a few things, be back in a few minutes.</body></html>"
)


@dataclasses.dataclass(frozen=True)
class Failure:
    """One answer served instead of a page."""

    status: int
    body: bytes = b'{"error":"Internal Server Error"}'
    content_type: str = "application/json"
    retry_after: str | None = None


def civitai_command() -> list[str]:
    """The installed `civitai` entry point (beside this interpreter), else `-m civitai_api`."""
    installed = Path(sys.executable).with_name("civitai")
    if installed.exists():
        return [str(installed)]
    found = shutil.which("civitai")
    return [found] if found else [sys.executable, "-m", "civitai_api"]


def corpus_templates(corpus: Path) -> dict[str, list[dict[str, Any]]]:
    """Model and image items of the corpus (every live model list item, every image item)."""
    manifest = json.loads((corpus / "manifest.json").read_text(encoding="utf-8"))
    found: dict[str, list[dict[str, Any]]] = {"models": [], "images": []}
    for entry in manifest["entries"]:
        if entry["method"] != "GET" or entry["status"] != 200:
            continue
        kind = {"/api/v1/models": "models", "/api/v1/images": "images"}.get(entry["path"])
        if kind is None:
            continue
        body = json.loads((corpus / entry["file"]).read_text(encoding="utf-8"))
        items = [body] if entry["wrap"] == "items" else body.get("items", [])
        found[kind].extend(item for item in items if isinstance(item, dict))
    found["images"].extend(_images_of_versions(found["models"]))
    return found


def _images_of_versions(models: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """/images-shaped items made of the versions' example images that carry generation
    data (older model list bodies have it), for variety beyond the corpus's image item."""
    made = []
    names = {1: "None", 2: "Soft", 4: "Mature", 8: "X", 16: "X"}
    for model in models:
        for version in model.get("modelVersions") or ():
            for image in version.get("images") or ():
                if not isinstance(image.get("meta"), dict):
                    continue
                level = image.get("nsfwLevel") if isinstance(image.get("nsfwLevel"), int) else 1
                made.append(
                    {
                        "id": 1,
                        "url": image.get("url"),
                        "hash": image.get("hash"),
                        "width": image.get("width"),
                        "height": image.get("height"),
                        "type": image.get("type", "image"),
                        "nsfw": level > 1,
                        "nsfwLevel": names.get(level, "None"),
                        "browsingLevel": level,
                        "createdAt": version.get("createdAt", "2024-01-01T00:00:00.000Z"),
                        "postId": 1,
                        "username": (model.get("creator") or {}).get("username"),
                        "baseModel": version.get("baseModel"),
                        "modelVersionIds": [version.get("id")],
                        "stats": {"likeCount": 3, "heartCount": 1, "commentCount": 0},
                        "meta": image["meta"],
                    }
                )
    return made


def _renumber_model(template: dict[str, Any], model_id: int) -> dict[str, Any]:
    item = copy.deepcopy(template)
    item["id"] = model_id
    for v, version in enumerate(item.get("modelVersions") or ()):
        version_id = model_id * 1000 + v
        version["id"] = version_id
        for f, file in enumerate(version.get("files") or ()):
            file["id"] = version_id * 100 + f
        for i, image in enumerate(version.get("images") or ()):
            image["id"] = version_id * 100 + i
    return item


def _renumber_image(template: dict[str, Any], image_id: int) -> dict[str, Any]:
    item = copy.deepcopy(template)
    item["id"] = image_id
    item["postId"] = image_id // 7
    return item


class ExportFake:
    """The fake: `url` is its base URL; `ids[kind]` the ids served, newest (highest) first.

    Args:
        templates: Items per kind (from `corpus_templates`).
        models: How many models to serve.
        images: How many images to serve.
    """

    def __init__(
        self, templates: dict[str, list[dict[str, Any]]], *, models: int = 0, images: int = 0
    ) -> None:
        self.templates = templates
        self.ids: dict[str, list[int]] = {
            "models": list(range(100_000 + models, 100_000, -1)),
            "images": list(range(5_000_000 + images, 5_000_000, -1)),
        }
        self.requests: list[tuple[str, dict[str, list[str]]]] = []
        self.failures: dict[tuple[str, int], list[Failure]] = {}
        self.loop_after_pages: int | None = None  # from this page on, send the first cursor
        self.repeat: int = 0  # each page starts with this many items of the page before
        self.page_delay: float = 0.0
        self.keep_log = True
        self._cache: dict[tuple[str, int], bytes] = {}
        self._lock = threading.Lock()
        fake = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                fake._serve(self)

        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    # ------------------------------------------------------------------ what tests switch

    def fail(self, kind: str, page: int, failures: Sequence[Failure]) -> None:
        """Serve `failures`, one per request, before page number `page` (0 is the first)."""
        self.failures[(kind, page)] = list(failures)

    def add_newer(self, kind: str, count: int) -> list[int]:
        """Make `count` newer items appear before the others; their ids."""
        with self._lock:
            top = self.ids[kind][0] if self.ids[kind] else 100_000
            new = list(range(top + count, top, -1))
            self.ids[kind] = new + self.ids[kind]
        return new

    def pages_requested(self, kind: str) -> list[str | None]:
        """The cursor of each page request of `kind`, in order (None: the first page)."""
        return [
            params.get("cursor", [None])[0]
            for path, params in self.requests
            if path == f"/api/v1/{kind}"
        ]

    def item(self, kind: str, item_id: int) -> dict[str, Any]:
        templates = self.templates[kind]
        template = templates[item_id % len(templates)]
        if kind == "models":
            return _renumber_model(template, item_id)
        return _renumber_image(template, item_id)

    def item_bytes(self, kind: str, item_id: int) -> bytes:
        key = (kind, item_id)
        cached = self._cache.get(key)
        if cached is None:
            cached = json.dumps(
                self.item(kind, item_id), separators=(",", ":"), ensure_ascii=False
            ).encode()
            if len(self._cache) < 50_000:
                self._cache[key] = cached
        return cached

    # ------------------------------------------------------------------ serving

    def _serve(self, handler: http.server.BaseHTTPRequestHandler) -> None:
        parts = urllib.parse.urlsplit(handler.path)
        params = urllib.parse.parse_qs(parts.query)
        kind = {"/api/v1/models": "models", "/api/v1/images": "images"}.get(parts.path)
        if self.keep_log:
            with self._lock:
                self.requests.append((parts.path, params))
        if kind is None:
            self._send(handler, 404, b'{"error":"Not found"}', "application/json")
            return
        cursor = params.get("cursor", [None])[0]
        start = int(cursor.split("|")[1]) if cursor else 0
        limit = min(int(params.get("limit", ["100"])[0]), PAGE_LIMITS[kind])
        page_number = start // limit if limit else 0
        queue = self.failures.get((kind, page_number))
        if queue:
            failure = queue.pop(0)
            headers = {"Retry-After": failure.retry_after} if failure.retry_after else {}
            self._send(handler, failure.status, failure.body, failure.content_type, headers)
            return
        if self.page_delay:
            time.sleep(self.page_delay)
        with self._lock:
            ids = self.ids[kind]
            first = max(0, start - self.repeat) if start else 0
            chosen = ids[first : start + limit]
            end = start + limit
            more = end < len(ids)
        metadata: dict[str, Any] = {}
        if more:
            following = end
            if self.loop_after_pages is not None and page_number + 1 >= self.loop_after_pages:
                following = limit  # the cursor of the second page, sent before
            next_cursor = f"{following}|{following}"
            metadata = {
                "nextCursor": next_cursor,
                "nextPage": f"{self.url}{parts.path}?limit={limit}&cursor="
                + urllib.parse.quote(next_cursor),
            }
        body = (
            b'{"items":['
            + b",".join(self.item_bytes(kind, item_id) for item_id in chosen)
            + b'],"metadata":'
            + json.dumps(metadata, separators=(",", ":")).encode()
            + b"}"
        )
        self._send(handler, 200, body, "application/json; charset=utf-8")

    @staticmethod
    def _send(
        handler: http.server.BaseHTTPRequestHandler,
        status: int,
        body: bytes,
        content_type: str,
        headers: dict[str, str] | None = None,
    ) -> None:
        handler.send_response(status)
        handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            handler.send_header(name, value)
        handler.end_headers()
        try:
            handler.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):  # the client was killed mid-page
            handler.close_connection = True
