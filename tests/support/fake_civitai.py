"""A fake Civitai on 127.0.0.1: an API host and a storage host, for every test that needs one.

Two real HTTP servers on different ports: "api" plays civitai.com (model-version metadata,
`POST /by-hash`, `/models/{id}`, `/models?ids=`, and the download endpoint that answers 307),
"storage" plays the pre-signed storage host the 307 points to and the image CDN (preview
images with real PNG/JPEG/WebP bytes). The client is built with the api origin as its base
URL, so the api origin is trusted with the key and storage is not. Every request is recorded
with its headers (`count` tallies them per route); behaviours (no range support, a dropped
connection, a corrupted body, error pages, `Content-Disposition` variants, deleted models)
are switched per test. Bodies follow the shape of real Civitai answers.
"""

from __future__ import annotations

import collections
import dataclasses
import functools
import gzip
import hashlib
import http.server
import json
import re
import socket
import ssl
import sys
import threading
import time
import urllib.parse
import zlib
from typing import Any

import httpx

FORMATS = ["SafeTensor", "PickleTensor", "GGUF", "Diffusers", "Core ML", "ONNX", "Other"]
CLIENT_TIMEOUT = httpx.Timeout(10.0)


@dataclasses.dataclass
class ServedFile:
    """One file of a version, with what the API lists about it."""

    file_id: int
    name: str
    data: bytes
    type: str = "Model"
    format: str | None = "SafeTensor"
    size: str | None = None
    fp: str | None = None
    primary: bool = False
    listed_sha256: str | None = None  # None: the real SHA256
    list_hashes: bool = True
    list_size: bool = True  # False: the API lists an unusable `sizeKB` (-1)
    virus_scan: str = "Success"  # Civitai's scan results: Pending, Success, Danger, Error
    pickle_scan: str = "Success"

    @functools.cached_property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest().upper()


# The first bytes of each image format (what a reader sniffs), padded to a small body.
IMAGE_MAGIC = {
    "png": b"\x89PNG\r\n\x1a\n",
    "jpeg": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00",
    "webp": b"RIFF\x24\x00\x00\x00WEBPVP8 ",
    "mp4": b"\x00\x00\x00\x18ftypmp42",
}


@dataclasses.dataclass
class ServedImage:
    """A showcase image of a version, served by the storage host under `/images/<name>`.

    `name` ends like Civitai's URLs do (`.jpeg`) whatever the bytes are: `kind` chooses them.
    """

    name: str
    kind: str = "jpeg"  # png, jpeg, webp (images) or mp4 (a video)
    nsfw_level: int = 1
    width: int = 832
    height: int = 1216
    # GET /api/v1/images: the image's id (default: from its name) and generation data.
    image_id: int | None = None
    meta: dict[str, Any] | None = None

    @property
    def id(self) -> int:
        return self.image_id if self.image_id is not None else zlib.crc32(self.name.encode())

    @property
    def data(self) -> bytes:
        return IMAGE_MAGIC[self.kind] + self.name.encode() * 8

    @property
    def media_type(self) -> str:
        return "video" if self.kind == "mp4" else "image"


@dataclasses.dataclass
class Version:
    id: int
    model_id: int
    name: str
    base_model: str
    files: list[ServedFile]
    index: int = 0
    trained_words: list[str] = dataclasses.field(default_factory=list)
    description: str | None = None
    images: list[ServedImage] = dataclasses.field(default_factory=list)
    username: str = "tester"
    require_auth: bool = False
    # Early and paid access, as the API lists them on a version (None: left out).
    availability: str = "Public"
    early_access_deadline: str | None = None
    paid_access: dict[str, Any] | None = None


@dataclasses.dataclass
class Behaviour:
    """How the fake servers misbehave; the defaults behave like Civitai on a good day."""

    ranges: bool = True
    drop_after: int | None = None  # storage closes the connection after this many bytes
    drops: int = 1  # how many storage answers are cut short
    corrupt: bool = False  # storage serves one flipped byte
    api_error: tuple[int, bytes, str] | None = None  # (status, body, content type)
    storage_error: tuple[int, bytes, str] | None = None
    disposition: str | None = None  # raw header value; None: attachment; filename="<name>"
    no_disposition: bool = False
    etag: str = '"etag-v1"'
    login_redirect: bool = False
    by_hash_status: int = 200
    # A page sent instead of every by-hash answer, with by_hash_status (a maintenance page).
    by_hash_page: bytes | None = None
    # Seconds each by-hash answer waits before it is sent, in order (0: at once); the wait
    # ends early when the fake closes.
    by_hash_stalls: list[float] = dataclasses.field(default_factory=list)
    model_status: dict[int, int] = dataclasses.field(default_factory=dict)
    models_list_status: int = 200  # the status of every GET /api/v1/models
    # Models GET /api/v1/models leaves out although by-hash still finds their files.
    unlisted_models: set[int] = dataclasses.field(default_factory=set)
    gzip: bool = False  # storage compresses the body although asked for identity
    chunked: bool = False  # storage streams the body chunked, without Content-Length
    range_overrun: int = 0  # extra junk bytes after a bounded range not starting at 0
    stall_after: int | None = None  # storage pauses the body after this many bytes, once
    stall_seconds: float = 0.0
    # Storage sends each answer at most this many bytes a second, as hosts that limit each
    # connection's rate do (None: as fast as it can).
    rate_per_connection: float | None = None
    # Keys left out of version answers and of their files, as older Civitai answers lack them.
    version_keys_left_out: tuple[str, ...] = ()
    file_keys_left_out: tuple[str, ...] = ()
    # GET /api/v1/models: cursor → answers of this (status, body) before it serves the page.
    list_failures: dict[str, list[tuple[int, bytes]]] = dataclasses.field(default_factory=dict)
    # Every storage answer waits here before its body: with N parties, N downloads must be
    # in flight at once or the wait breaks (and the file answer is a 500).
    storage_barrier: threading.Barrier | None = None
    me_status: int | None = None  # /api/v1/me: force this status (else 401 without a key)
    # Versions their model lists whose own GET /api/v1/model-versions/{id} answers 404.
    missing_versions: set[int] = dataclasses.field(default_factory=set)
    # A Retry-After sent with the scripted errors (api_error, storage_error, list_failures):
    # a long one makes the client give up at once instead of retrying a 429.
    error_retry_after: str | None = None
    # Storage answers for these file ids are errors (status, body, content type).
    file_errors: dict[int, tuple[int, bytes, str]] = dataclasses.field(default_factory=dict)
    # The download endpoint answers 403 "Early Access" for these version ids.
    early_access_versions: set[int] = dataclasses.field(default_factory=set)


@dataclasses.dataclass(frozen=True)
class Seen:
    server: str
    method: str
    path: str
    headers: dict[str, str]
    body: bytes = b""


def _quiet_tls_error(report: Any, request: Any, address: Any) -> None:
    """A client that does not trust the test CA ends the handshake: not worth a trace."""
    if not isinstance(sys.exc_info()[1], ssl.SSLError):
        report(request, address)


class FakeCivitai:
    """The two servers, their content and the log of requests they received."""

    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        """Args: tls: a server context (a test CA's certificate for 127.0.0.1) to serve HTTPS."""
        self.versions: dict[int, Version] = {}
        self.model_names: dict[int, str] = {}
        self.model_types: dict[int, str] = {}
        # Models Civitai deleted: 404 by id, left out of by-hash and /models answers.
        self.deleted_models: set[int] = set()
        # Version bodies served exactly as given (a real body from the corpus, say).
        self.raw_versions: dict[int, dict[str, Any]] = {}
        self.behaviour = Behaviour()
        self.closing = threading.Event()
        self.log: list[Seen] = []
        self.keep_log = True  # a benchmark measuring its client's memory turns it off
        self._lock = threading.Lock()
        self._tls = tls
        self._servers = [self._start("api"), self._start("storage")]
        scheme = "http" if tls is None else "https"
        self.api_url = f"{scheme}://127.0.0.1:{self._servers[0].server_address[1]}"
        self.storage_url = f"{scheme}://127.0.0.1:{self._servers[1].server_address[1]}"

    def _start(self, role: str) -> http.server.ThreadingHTTPServer:
        fake = self

        class Handler(_Handler):
            server_role = role
            civitai = fake

        server = _Server(("127.0.0.1", 0), Handler)
        server.daemon_threads = True
        if self._tls is not None:  # the handshake happens in the handler's thread
            server.socket = self._tls.wrap_socket(
                server.socket, server_side=True, do_handshake_on_connect=False
            )
            quiet = functools.partial(_quiet_tls_error, server.handle_error)
            server.handle_error = quiet  # type: ignore[method-assign]
        thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
        thread.daemon = True
        thread.start()
        server.thread = thread  # type: ignore[attr-defined]
        return server

    def close(self) -> None:
        self.closing.set()
        for server in self._servers:
            server.shutdown()
            server.server_close()
            server.thread.join(timeout=5)  # type: ignore[attr-defined]

    def add_version(
        self,
        version_id: int,
        files: list[ServedFile],
        *,
        model_id: int = 500,
        model_name: str = "Test Model",
        name: str | None = None,
        base_model: str = "SDXL 1.0",
        index: int = 0,
        model_type: str = "LORA",
        trained_words: list[str] | None = None,
        description: str | None = None,
        images: list[ServedImage] | None = None,
        username: str = "tester",
        require_auth: bool = False,
    ) -> Version:
        version = Version(
            version_id,
            model_id,
            name or f"v{version_id}",
            base_model,
            files,
            index,
            trained_words or [],
            description,
            images or [],
            username,
            require_auth,
        )
        self.versions[version_id] = version
        self.model_names[model_id] = model_name
        self.model_types[model_id] = model_type
        return version

    def record(self, seen: Seen) -> None:
        if not self.keep_log:
            return
        with self._lock:
            self.log.append(seen)

    def seen(self, server: str) -> list[Seen]:
        with self._lock:
            return [item for item in self.log if item.server == server]

    def count(self, route: str) -> int:
        """How many requests reached a route: `"POST by-hash"`, `"GET models"` (the list),
        `"GET model"` (one model), `"GET version"`, `"GET download"`, `"GET image"`,
        `"GET file"`."""
        return self.counts()[route]

    def counts(self) -> collections.Counter[str]:
        """Requests received so far, per route (see `count`)."""
        with self._lock:
            return collections.Counter(_route(item) for item in self.log)

    def published(self) -> list[Version]:
        """The versions whose model is not deleted."""
        return [v for v in self.versions.values() if v.model_id not in self.deleted_models]

    def find_file(self, file_id: int) -> ServedFile | None:
        for version in self.versions.values():
            for item in version.files:
                if item.file_id == file_id:
                    return item
        return None

    def files_json(self, version: Version) -> list[dict[str, Any]]:
        files = []
        for item in version.files:
            hashes = {}
            if item.list_hashes:
                sha = item.listed_sha256 or item.sha256
                hashes = {"SHA256": sha, "AutoV2": sha[:10]}
            files.append(
                {
                    "id": item.file_id,
                    "sizeKB": len(item.data) / 1024 if item.list_size else -1,
                    "name": item.name,
                    "type": item.type,
                    "pickleScanResult": item.pickle_scan,
                    "virusScanResult": item.virus_scan,
                    "metadata": {"format": item.format, "size": item.size, "fp": item.fp},
                    "hashes": hashes,
                    "primary": item.primary,
                    "downloadUrl": f"{self.api_url}/api/download/models/{version.id}",
                }
            )
        for answer in files:
            for key in self.behaviour.file_keys_left_out:
                answer.pop(key, None)
        return files

    def version_json(self, version: Version) -> dict[str, Any]:
        if version.id in self.raw_versions:
            return self.raw_versions[version.id]
        files = self.files_json(version)
        answer = {
            "id": version.id,
            "modelId": version.model_id,
            "name": version.name,
            "createdAt": "2025-01-08T06:13:08.839Z",
            "updatedAt": "2025-01-08T06:28:54.156Z",
            "status": "Published",
            "publishedAt": "2025-01-08T06:28:54.155Z",
            "trainedWords": list(version.trained_words),
            "trainingStatus": None,
            "trainingDetails": None,
            "baseModel": version.base_model,
            "baseModelType": "Standard",
            **self.access_json(version),
            "description": version.description,
            "uploadType": "Created",
            "usageControl": "Download",
            "air": f"urn:air:sdxl:lora:civitai:{version.model_id}@{version.id}",
            "stats": {"downloadCount": 1, "thumbsUpCount": 1},
            "model": {
                "name": self.model_names[version.model_id],
                "type": self.model_types[version.model_id],
                "nsfw": False,
                "poi": False,
            },
            "files": files,
            "images": [self.image_json(image) for image in version.images],
            "downloadUrl": f"{self.api_url}/api/download/models/{version.id}",
            "creator": {"username": "FakeCreator", "image": None},
        }
        for key in self.behaviour.version_keys_left_out:
            answer.pop(key, None)
        return answer

    def access_json(self, version: Version) -> dict[str, Any]:
        """A version's early and paid access keys (left out when unset or public)."""
        answer: dict[str, Any] = {}
        if version.availability != "Public":
            answer["availability"] = version.availability
        if version.early_access_deadline is not None:
            answer["earlyAccessDeadline"] = version.early_access_deadline
        if version.paid_access is not None:
            answer["paidAccess"] = version.paid_access
        return answer

    def image_json(self, image: ServedImage) -> dict[str, Any]:
        return {
            "url": f"{self.storage_url}/images/xG1nkqKTMzGDvpLrqFT7WA/width=832/{image.name}",
            "nsfwLevel": image.nsfw_level,
            "width": image.width,
            "height": image.height,
            "hash": "U7Am@@$^J3%100R;pLR.M]tQ-ps+?wRiVrof",
            "type": image.media_type,
            "metadata": {"hash": "U7Am", "size": 1000, "width": image.width},
            "minor": False,
            "poi": False,
            "meta": {"prompt": "a test image"},
            "availability": "Public",
            "hasMeta": True,
            "hasPositivePrompt": True,
            "onSite": False,
            "remixOfId": None,
        }

    def images_page(self, query: dict[str, list[str]]) -> dict[str, Any]:
        """`GET /api/v1/images?modelVersionId=`: the version's images rated within
        `browsingLevel` (default PG), `meta` only with `withMeta=true` (as since 2026-06)."""
        version = self.versions.get(int(query.get("modelVersionId", ["0"])[0]))
        with_meta = query.get("withMeta", ["false"])[0] == "true"
        levels = int(query.get("browsingLevel", ["1"])[0])
        limit = int(query.get("limit", ["100"])[0])
        names = {1: "None", 2: "Soft", 4: "Mature", 8: "X", 16: "X"}
        items = [
            {
                "id": image.id,
                "url": f"{self.storage_url}/images/xG1nkq/original=true/{image.name}",
                "hash": "U7Am@@$^J3%100R;pLR.M]tQ-ps+?wRiVrof",
                "width": image.width,
                "height": image.height,
                "nsfwLevel": names.get(image.nsfw_level, "None"),
                "type": image.media_type,
                "nsfw": image.nsfw_level > 1,
                "browsingLevel": image.nsfw_level,
                "createdAt": "2025-01-08T06:28:54.155Z",
                "postId": 1,
                "stats": {"likeCount": 1, "heartCount": 0, "commentCount": 0},
                "meta": (image.meta or {"prompt": f"a test image {image.name}"})
                if with_meta
                else None,
                "username": version.username,
                "baseModel": version.base_model,
                "modelVersionIds": [version.id],
            }
            for image in (version.images if version is not None else [])
            if image.nsfw_level & levels
        ]
        return {"items": items[:limit], "metadata": {}}

    def find_image(self, name: str) -> ServedImage | None:
        for version in self.versions.values():
            for image in version.images:
                if image.name == name:
                    return image
        return None

    def model_json(self, model_id: int) -> dict[str, Any]:
        versions = sorted(
            (v for v in self.versions.values() if v.model_id == model_id), key=lambda v: v.index
        )
        return {
            "id": model_id,
            "name": self.model_names[model_id],
            "description": None,
            "type": self.model_types[model_id],
            "creator": {
                "username": versions[0].username if versions else "tester",
                "image": None,
            },
            "allowNoCredit": True,
            "allowCommercialUse": ["Image"],
            "allowDerivatives": True,
            "allowDifferentLicense": True,
            "poi": False,
            "nsfw": False,
            "minor": False,
            "sfwOnly": False,
            "nsfwLevel": 1,
            "availability": "Public",
            "stats": {
                "downloadCount": 1,
                "thumbsUpCount": 1,
                "thumbsDownCount": 0,
                "commentCount": 0,
                "tippedAmountCount": 0,
            },
            "tags": [],
            "modelVersions": [
                {
                    "id": v.id,
                    "index": v.index,
                    "name": v.name,
                    "baseModel": v.base_model,
                    "status": "Published",
                    "publishedAt": "2025-01-08T06:28:54.155Z",
                    "stats": {"downloadCount": 1, "thumbsUpCount": 1, "thumbsDownCount": 0},
                    "trainedWords": list(v.trained_words),
                    **self.access_json(v),
                    "files": self.files_json(v),
                    "images": [self.image_json(image) for image in v.images],
                }
                for v in versions
            ],
        }

    def mini_json(self, version: Version) -> dict[str, Any]:
        primary = next((f for f in version.files if f.primary), version.files[0])
        return {
            "air": f"urn:air:sdxl:lora:civitai:{version.model_id}@{version.id}",
            "versionName": version.name,
            "modelName": self.model_names[version.model_id],
            "baseModel": version.base_model,
            "availability": "Public",
            "publishedAt": "2025-01-08T06:28:54.155Z",
            "size": len(primary.data) / 1024,
            "fileType": primary.type,
            "fileName": primary.name,
            "hashes": {"SHA256": primary.sha256},
            "downloadUrls": [f"{self.api_url}/api/download/models/{version.id}"],
            "format": primary.format,
            "canGenerate": False,
            "isFeatured": False,
            "requireAuth": version.require_auth,
            "checkPermission": False,
            "additionalResourceCharge": False,
            "minor": False,
            "sfwOnly": False,
        }

    def models_page(self, query: dict[str, list[str]]) -> dict[str, Any]:
        """GET /api/v1/models: models by id, filtered by username, paged by cursor (an id)."""
        wanted_user = query.get("username", [None])[0]
        ids = sorted(
            model_id
            for model_id in self.model_names
            if wanted_user is None
            or any(
                v.username == wanted_user for v in self.versions.values() if v.model_id == model_id
            )
        )
        limit = int(query.get("limit", ["100"])[0])
        cursor = query.get("cursor", [None])[0]
        start = ids.index(int(cursor)) if cursor is not None and int(cursor) in ids else 0
        page, rest = ids[start : start + limit], ids[start + limit :]
        metadata = {"nextCursor": str(rest[0])} if rest else {}
        return {"items": [self.model_json(model_id) for model_id in page], "metadata": metadata}


class _Server(http.server.ThreadingHTTPServer):
    """The standard threading server, quiet when a client hangs up (a cancelled download, a
    client closing a kept-alive connection): the socketserver default prints a traceback on
    stderr for that, from a thread, often after the test that caused it has ended."""

    def handle_error(self, request: Any, client_address: Any) -> None:
        if isinstance(sys.exc_info()[1], ConnectionError):  # reset, aborted, broken pipe
            return
        super().handle_error(request, client_address)


_ROUTES = (
    ("POST", r"/api/v1/model-versions/by-hash", "by-hash"),
    ("GET", r"/api/v1/models", "models"),
    ("GET", r"/api/v1/models/\d+", "model"),
    ("GET", r"/api/v1/model-versions/\d+", "version"),
    ("GET", r"/api/download/models/\d+", "download"),
    ("GET", r"/images/.*", "image"),
    ("GET", r"/api/v1/images", "images"),
    ("GET", r"/files/\d+", "file"),
)


def _route(seen: Seen) -> str:
    path = urllib.parse.urlsplit(seen.path).path
    for method, pattern, name in _ROUTES:
        if seen.method == method and re.fullmatch(pattern, path):
            return f"{method} {name}"
    return f"{seen.method} {path}"


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body go out as separate writes: without TCP_NODELAY the body waits for the
    # client's delayed ACK (about 40 ms an answer).
    disable_nagle_algorithm = True
    server_role = ""
    civitai: FakeCivitai

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _record(self, body: bytes = b"") -> None:
        headers = {name.lower(): value for name, value in self.headers.items()}
        self.civitai.record(Seen(self.server_role, self.command, self.path, headers, body))

    def _send(self, status: int, body: bytes, content_type: str, **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def _retry_after(self) -> dict[str, str]:
        wait = self.civitai.behaviour.error_retry_after
        return {} if wait is None else {"Retry_After": wait}

    def _json(self, status: int, data: object) -> None:
        self._send(status, json.dumps(data).encode(), "application/json; charset=utf-8")

    def do_POST(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        body = self.rfile.read(length)
        self._record(body)
        fake = self.civitai
        if self.server_role == "api" and self.path == "/api/v1/model-versions/by-hash":
            if fake.behaviour.by_hash_page is not None:
                page = fake.behaviour.by_hash_page
                self._send(fake.behaviour.by_hash_status, page, "text/html; charset=utf-8")
                return
            if fake.behaviour.by_hash_status != 200:
                self._json(fake.behaviour.by_hash_status, {"error": "Service unavailable"})
                return
            wanted = {h.upper() for h in json.loads(body)}
            found = [
                fake.version_json(version)
                for version in fake.published()
                for item in version.files
                if item.sha256 in wanted
            ]
            if fake.behaviour.by_hash_stalls:
                fake.closing.wait(fake.behaviour.by_hash_stalls.pop(0))
            try:
                self._json(200, found)
            except OSError:  # the client gave up waiting
                self.close_connection = True
            return
        if self.server_role == "api" and self.path == "/api/v1/model-versions/by-hash/ids":
            wanted = {h.upper() for h in json.loads(body)}
            matches = [
                {"modelVersionId": version.id, "modelId": version.model_id, "hash": item.sha256}
                for version in fake.published()
                for item in version.files
                if item.sha256 in wanted
            ]
            self._json(200, matches)
            return
        self._json(404, {"error": "Not found"})

    def do_GET(self) -> None:
        self._record()
        if self.server_role == "api":
            self._api()
        else:
            self._storage()

    def _api(self) -> None:
        fake, behaviour = self.civitai, self.civitai.behaviour
        url = urllib.parse.urlsplit(self.path)
        query = urllib.parse.parse_qs(url.query)
        if url.path == "/api/v1/models":
            cursor = query.get("cursor", [""])[0]
            pending = behaviour.list_failures.get(cursor)
            if pending:
                status, body = pending.pop(0)
                self._send(status, body, "application/json", **self._retry_after())
                return
            if "ids" in query:
                self._models_list(query)
            else:
                self._json(200, fake.models_page(query))
            return
        if url.path == "/api/v1/enums":  # a few of Civitai's lists, in its shape
            self._json(200, {"ModelType": ["Checkpoint", "LORA", "VAE"], "FileFormat": FORMATS})
            return
        if url.path == "/api/v1/images":
            self._json(200, fake.images_page(query))
            return
        if url.path == "/api/v1/me":
            has_key = "authorization" in {name.lower() for name in self.headers}
            status = behaviour.me_status or (200 if has_key else 401)
            if status in (429, 503):  # a long Retry-After: the client gives up at once
                body = json.dumps({"error": "Slow down"}).encode()
                self._send(status, body, "application/json", Retry_After="3600")
            elif status != 200:
                self._json(status, {"error": "Unauthorized" if status == 401 else "Failed"})
            else:
                self._json(
                    200,
                    {
                        "id": 1,
                        "username": "tester",
                        "status": "active",
                        "isMember": False,
                        "subscriptions": [],
                    },
                )
            return
        if match := re.fullmatch(r"/api/v1/model-versions/by-hash/([0-9A-Fa-f]+)", url.path):
            wanted_hash = match.group(1).upper()
            owner = next(
                (
                    version
                    for version in fake.versions.values()
                    for item in version.files
                    if wanted_hash in (item.sha256, item.sha256[:10])
                ),
                None,
            )
            if owner is None:
                self._json(404, {"error": "Model not found"})
            else:
                self._json(200, fake.version_json(owner))
            return
        if match := re.fullmatch(r"/api/v1/model-versions/mini/(\d+)", url.path):
            version = fake.versions.get(int(match.group(1)))
            if version is None:
                self._json(404, {"error": "Model not found"})
            else:
                self._json(200, fake.mini_json(version))
            return
        if match := re.fullmatch(r"/api/v1/model-versions/(\d+)", url.path):
            version = fake.versions.get(int(match.group(1)))
            missing = version is None or version.id in behaviour.missing_versions
            if missing or version.model_id in fake.deleted_models:
                self._json(404, {"error": "Model not found"})
            else:
                self._json(200, fake.version_json(version))
            return
        if match := re.fullmatch(r"/api/v1/models/(\d+)", url.path):
            model_id = int(match.group(1))
            status = behaviour.model_status.get(model_id, 200)
            if model_id not in fake.model_names or model_id in fake.deleted_models or status == 404:
                self._json(404, {"error": f"No model with id {model_id}"})
            elif status != 200:
                self._json(status, {"error": "Internal error"})
            else:
                self._json(200, fake.model_json(model_id))
            return
        if match := re.fullmatch(r"/api/download/models/(\d+)", url.path):
            if behaviour.api_error is not None:
                status, body, content_type = behaviour.api_error
                self._send(status, body, content_type, **self._retry_after())
                return
            if int(match.group(1)) in behaviour.early_access_versions:
                deadline = fake.versions[int(match.group(1))].early_access_deadline
                body = {"error": "Early Access", "deadline": deadline, "message": "Buy access"}
                self._json(403, body)
                return
            if behaviour.login_redirect:
                location = f"{fake.api_url}/login?returnUrl=%2Fmodels&reason=download-auth"
                self._send(307, b"", "text/plain", Location=location)
                return
            file_id = query.get("fileId", [""])[0]
            location = f"{fake.storage_url}/files/{file_id}?X-Signature=abc123"
            self._send(307, b"", "text/plain", Location=location, Cache_Control="no-store")
            return
        self._json(404, {"error": "Not found"})

    def _models_list(self, query: dict[str, list[str]]) -> None:
        """`GET /api/v1/models`: only `ids` (repeated or comma-separated) is honoured."""
        fake = self.civitai
        if fake.behaviour.models_list_status != 200:
            self._json(fake.behaviour.models_list_status, {"error": "Internal error"})
            return
        ids = [int(part) for value in query.get("ids", []) for part in value.split(",") if part]
        limit = int(query.get("limit", ["100"])[0])
        if len(ids) > 100 or limit > 100:
            self._json(400, {"error": "Too many ids or limit above 100"})
            return
        listed = [
            model_id
            for model_id in ids
            if model_id in fake.model_names
            and model_id not in fake.deleted_models
            and model_id not in fake.behaviour.unlisted_models
        ]
        self._json(200, {"items": [fake.model_json(i) for i in listed[:limit]], "metadata": {}})

    def _storage(self) -> None:
        fake, behaviour = self.civitai, self.civitai.behaviour
        image_path = urllib.parse.urlsplit(self.path).path
        if image_path.startswith("/images/"):
            image = fake.find_image(image_path.rsplit("/", 1)[-1])
            if image is None:
                self._send(404, b"<Error>NoSuchKey</Error>", "application/xml")
            else:
                content_type = f"{image.media_type}/{image.kind}"
                self._send(200, image.data, content_type)
            return
        if behaviour.storage_barrier is not None:
            try:
                behaviour.storage_barrier.wait(timeout=10)
            except threading.BrokenBarrierError:
                self._send(500, b"downloads did not overlap", "text/plain")
                return
        if behaviour.storage_error is not None:
            status, body, content_type = behaviour.storage_error
            self._send(status, body, content_type, **self._retry_after())
            return
        match = re.fullmatch(r"/files/(\d+)", urllib.parse.urlsplit(self.path).path)
        if match and int(match.group(1)) in behaviour.file_errors:
            status, body, content_type = behaviour.file_errors[int(match.group(1))]
            self._send(status, body, content_type)
            return
        served = fake.find_file(int(match.group(1))) if match else None
        if served is None:
            self._send(404, b"<Error>NoSuchKey</Error>", "application/xml")
            return
        data = served.data
        if behaviour.corrupt:
            middle = len(data) // 2
            data = data[:middle] + bytes([data[middle] ^ 0xFF]) + data[middle + 1 :]
        start, end, status = 0, len(data) - 1, 200
        wanted = self.headers.get("range")
        if_range = self.headers.get("if-range")
        if behaviour.ranges and wanted and (if_range is None or if_range == behaviour.etag):
            first, _, last = wanted.removeprefix("bytes=").partition("-")
            start = int(first)
            end = min(int(last), len(data) - 1) if last else len(data) - 1
            if start >= len(data):
                self.send_response(416)
                self.send_header("Content-Range", f"bytes */{len(data)}")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            status = 206
        body = data[start : end + 1]
        if status == 206 and start > 0 and wanted and not wanted.endswith("-"):
            body += b"\x00" * behaviour.range_overrun
        if behaviour.gzip:
            body = gzip.compress(body)
        self.send_response(status)
        self.send_header("Content-Type", "application/octet-stream")
        if behaviour.gzip:
            self.send_header("Content-Encoding", "gzip")
        if behaviour.chunked:
            self.send_header("Transfer-Encoding", "chunked")
        else:
            self.send_header("Content-Length", str(len(body)))
        self.send_header("ETag", behaviour.etag)
        if behaviour.ranges:
            self.send_header("Accept-Ranges", "bytes")
        if status == 206:
            self.send_header("Content-Range", f"bytes {start}-{end}/{len(data)}")
        if not behaviour.no_disposition:
            disposition = behaviour.disposition or f'attachment; filename="{served.name}"'
            self.send_header("Content-Disposition", disposition)
        self.end_headers()
        if behaviour.drop_after is not None and behaviour.drops > 0:
            behaviour.drops -= 1
            self.wfile.write(body[: behaviour.drop_after])
            self.wfile.flush()
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        if behaviour.stall_after is not None:
            cut, behaviour.stall_after = behaviour.stall_after, None
            self.wfile.write(body[:cut])
            self.wfile.flush()
            time.sleep(behaviour.stall_seconds)
            try:
                self.wfile.write(body[cut:])
            except OSError:  # the client gave up waiting
                self.close_connection = True
            return
        if behaviour.chunked:
            for offset in range(0, len(body), 100_000):
                piece = body[offset : offset + 100_000]
                self.wfile.write(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")
            self.wfile.write(b"0\r\n\r\n")
            return
        if behaviour.rate_per_connection is not None:
            self._send_paced(body, behaviour.rate_per_connection)
            return
        self.wfile.write(body)

    def _send_paced(self, body: bytes, rate: float) -> None:
        """Send `body` at `rate` bytes a second, in pieces of a hundredth of a second."""
        piece = max(1, int(rate // 100))
        started = time.monotonic()
        try:
            for offset in range(0, len(body), piece):
                self.wfile.write(body[offset : offset + piece])
                ahead = started + (offset + piece) / rate - time.monotonic()
                if ahead > 0:
                    time.sleep(ahead)
        except OSError:  # the client closed the connection (it moved to several)
            self.close_connection = True
