"""Run one generated operation through a user's httpx client, sync or async.

Every endpoint function is: a pure preparation (options → keyword arguments), one of the two
thin drivers here (`call` / `async_call`), and the pure `finish`, which decides what the
answer means: the parsed model, or one of the package's exceptions. The drivers differ only
in `await`; every decision lives in `finish` and in `_error_mapping.error_from_response`.

Each body is decoded once: a 2xx body by the generated parser, which `finish` then only has
to accept; any other answer stops in the adapter before the generated parser sees it, and is
decoded by `error_from_response` for its message.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from types import ModuleType
from typing import Any, Generic, TypeVar, cast

import httpx

from civitai_api_generated.types import Response

from .._adapter import AsyncAdapter, ErrorStatus, SyncAdapter
from .._constants import BODY_EXCERPT_CHARS
from .._error_mapping import error_from_response, error_from_transport
from .._exceptions import ErrorContext, ResponseValidationError
from .._redact import redact_text, redact_url

__all__ = ["Operation", "async_call", "call", "finish", "instance_of", "list_of"]

logger = logging.getLogger("civitai_api")

T = TypeVar("T")
Accept = Callable[[object], "T | None"]


@dataclass(frozen=True)
class Operation(Generic[T]):
    """One generated operation and how to recognise its success body.

    Attributes:
        sync: The generated `sync_detailed` function.
        asyncio: The generated `asyncio_detailed` function.
        accept: Returns the parsed success value when it has the promised type, else None.
        list_endpoint: Whether a 400 means "your query was rejected" (`QueryParamsError`).
    """

    sync: Callable[..., Response[Any]]
    asyncio: Callable[..., Awaitable[Response[Any]]]
    accept: Callable[[object], T | None]
    list_endpoint: bool = False

    @classmethod
    def of(
        cls,
        endpoint: ModuleType,
        accept: Callable[[object], T | None],
        *,
        list_endpoint: bool = False,
    ) -> Operation[T]:
        """The operation of one generated endpoint module (its two `*_detailed` functions)."""
        return cls(endpoint.sync_detailed, endpoint.asyncio_detailed, accept, list_endpoint)


def instance_of(cls: type[T]) -> Callable[[object], T | None]:
    """An `accept` for operations whose success body parses to one `cls` instance."""

    def accept(value: object) -> T | None:
        return value if isinstance(value, cls) else None

    return accept


def list_of(cls: type[T]) -> Callable[[object], list[T] | None]:
    """An `accept` for operations whose success body parses to a list of `cls` instances."""

    def accept(value: object) -> list[T] | None:
        if isinstance(value, list) and all(isinstance(item, cls) for item in value):
            return cast("list[T]", value)
        return None

    return accept


def call(client: httpx.Client, operation: Operation[T], kwargs: Mapping[str, object]) -> T:
    """Send one operation through a sync httpx client and return its parsed body."""
    adapter = SyncAdapter(client)
    try:
        detailed = operation.sync(client=adapter.generated_client(), **kwargs)
    except Exception as failure:  # mapped (or re-raised) by finish
        return finish(operation, adapter.response, None, failure)
    return finish(operation, adapter.response, detailed.parsed, None)


async def async_call(
    client: httpx.AsyncClient, operation: Operation[T], kwargs: Mapping[str, object]
) -> T:
    """Send one operation through an async httpx client and return its parsed body."""
    adapter = AsyncAdapter(client)
    try:
        detailed = await operation.asyncio(client=adapter.generated_client(), **kwargs)
    except Exception as failure:  # mapped (or re-raised) by finish
        return finish(operation, adapter.response, None, failure)
    return finish(operation, adapter.response, detailed.parsed, None)


def finish(
    operation: Operation[T],
    response: httpx.Response | None,
    parsed: object,
    failure: Exception | None,
) -> T:
    """Decide what one exchange means: the parsed value, or the exception to raise.

    Args:
        operation: The operation that was called.
        response: The httpx response the adapter saw, or None when none arrived.
        parsed: What the generated parser returned (None when it raised).
        failure: What the generated call raised, if anything.

    Returns:
        The parsed success value.

    Raises:
        CivitaiError: The matching subclass for a non-2xx status, a transport failure, or a
            success body that is not what the spec promises.
    """
    if failure is None and response is not None:
        # The usual path: a 2xx body the generated parser decoded and parsed.
        value = operation.accept(parsed)
        if value is not None and not _is_html(response):
            return value
    if isinstance(failure, ErrorStatus):  # a non-2xx answer, mapped below from its raw body
        failure = None
    elif isinstance(failure, httpx.HTTPStatusError):  # raised by the user's own response hook
        response = failure.response
    elif isinstance(failure, httpx.HTTPError):
        raise error_from_transport(failure) from failure
    if response is None:
        if failure is not None:  # not ours to translate (e.g. the user's request hook raised)
            raise failure
        raise ResponseValidationError("the generated client returned without a response")
    request = response.request
    try:
        body = response.content
    except httpx.ResponseNotRead:
        body = b""
    error = error_from_response(
        method=request.method,
        url=request.url,
        status=response.status_code,
        headers=response.headers,
        body=body,
        list_endpoint=operation.list_endpoint,
    )
    if error is not None:
        logger.debug("%s %s → %s", request.method, redact_url(request.url), type(error).__name__)
        raise error from failure
    context: ErrorContext = {
        "status_code": response.status_code,
        "method": request.method,
        "url": redact_url(request.url),
        "body_excerpt": redact_text(body[:BODY_EXCERPT_CHARS].decode("utf-8", "replace")),
    }
    if failure is not None:
        raise ResponseValidationError(
            f"the response body does not match the API schema "
            f"({type(failure).__name__}: {redact_text(str(failure))[:300]})",
            **context,
        ) from failure
    value = operation.accept(parsed)
    if value is None:
        raise ResponseValidationError(
            f"the response body is not the expected {type(parsed).__name__} shape",
            **context,
        )
    return value


def _is_html(response: httpx.Response) -> bool:
    """Whether the answer says it is an HTML page (an error page, whatever its body parses to)."""
    return "html" in response.headers.get("content-type", "").lower()
