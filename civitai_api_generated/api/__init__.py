"""Contains methods for accessing the API, and what every endpoint module shares: sending the
request that its `_get_kwargs` built, the `Response` around the body its `_parse_response`
parsed, and the answer to a status the spec does not document."""

from collections.abc import Callable
from http import HTTPStatus
from typing import Any, TypeVar

import httpx

from ..client import AuthenticatedClient, Client
from ..errors import UnexpectedStatus
from ..types import Response

T = TypeVar("T")

# An endpoint module's `_parse_response(*, client, response)`: the parsed body, or None.
Parse = Callable[..., T | None]


def send(
    client: AuthenticatedClient | Client, kwargs: dict[str, Any], parse: Parse[T]
) -> Response[T]:
    """Send the request through the client's httpx client and parse the answer."""
    response = client.get_httpx_client().request(**kwargs)
    return build_response(client, response, parse)


async def send_async(
    client: AuthenticatedClient | Client, kwargs: dict[str, Any], parse: Parse[T]
) -> Response[T]:
    """Send the request through the client's async httpx client and parse the answer."""
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(client, response, parse)


def build_response(
    client: AuthenticatedClient | Client, response: httpx.Response, parse: Parse[T]
) -> Response[T]:
    """The `Response` of an answer: its status, body, headers and the body parsed."""
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse(client=client, response=response),
    )


def check_unexpected_status(client: AuthenticatedClient | Client, response: httpx.Response) -> None:
    """Raise `UnexpectedStatus` for a status the spec does not document when the client was made
    with `raise_on_unexpected_status=True` (otherwise its parsed body is None)."""
    if client.raise_on_unexpected_status:
        raise UnexpectedStatus(response.status_code, response.content)


def call_arguments(given: dict[str, Any]) -> dict[str, Any]:
    """The arguments a `sync_detailed` or `asyncio_detailed` was called with (its `locals()`,
    taken first thing), less the client: what its module's `_get_kwargs` takes."""
    return {name: value for name, value in given.items() if name != "client"}
