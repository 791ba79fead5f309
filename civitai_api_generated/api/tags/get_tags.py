from typing import Any

import httpx

from ...api import call_arguments, check_unexpected_status, send, send_async
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.tags_response import TagsResponse
from ...models.validation_issue import ValidationIssue
from ...types import UNSET, Response, Unset, decode_json


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    query: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {
        "limit": limit,
        "page": page,
        "query": query,
    }
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/tags",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ErrorResponse | list[ValidationIssue] | TagsResponse | None:
    if response.status_code == 200:
        return TagsResponse.from_dict(decode_json(response.content))

    if response.status_code == 400:
        return _parse_response_400(decode_json(response.content))

    if response.status_code in (429, 451, 500, 503):
        return ErrorResponse.from_dict(decode_json(response.content))

    check_unexpected_status(client, response)
    return None


def _parse_response_400(data: object) -> ErrorResponse | list[ValidationIssue]:
    if isinstance(data, list):
        try:
            return [
                ValidationIssue.from_dict(componentsschemas_validation_issue_list_item_data)
                for componentsschemas_validation_issue_list_item_data in data
            ]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if not isinstance(data, dict):
        raise TypeError()
    return ErrorResponse.from_dict(data)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    query: str | Unset = UNSET,
) -> Response[ErrorResponse | ErrorResponse | list[ValidationIssue] | TagsResponse]:
    """List model tags.

     The server no longer counts tags: `totalItems` is 0, `totalPages` 1 and `nextPage`
    never appears. Increase `page` until a page is shorter than `limit`.

    Args:
        limit (int | Unset):
        page (int | Unset):
        query (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | list[ValidationIssue] | TagsResponse]
    """

    return send(client, _get_kwargs(**call_arguments(locals())), _parse_response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    query: str | Unset = UNSET,
) -> ErrorResponse | ErrorResponse | list[ValidationIssue] | TagsResponse | None:
    """List model tags.

    Like `sync_detailed` (the same arguments and errors), but returns only the parsed body:
    `ErrorResponse | ErrorResponse | list[ValidationIssue] | TagsResponse`, or None for a status
    the spec does not document.
    """

    return sync_detailed(**locals()).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    query: str | Unset = UNSET,
) -> Response[ErrorResponse | ErrorResponse | list[ValidationIssue] | TagsResponse]:
    """List model tags.

    Like `sync_detailed` (the same arguments and errors), as a coroutine: returns a
    `Response[ErrorResponse | ErrorResponse | list[ValidationIssue] | TagsResponse]`.
    """

    return await send_async(client, _get_kwargs(**call_arguments(locals())), _parse_response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    query: str | Unset = UNSET,
) -> ErrorResponse | ErrorResponse | list[ValidationIssue] | TagsResponse | None:
    """List model tags.

    Like `sync` (the same arguments and errors), as a coroutine: returns only the parsed body,
    `ErrorResponse | ErrorResponse | list[ValidationIssue] | TagsResponse`, or None for a status
    the spec does not document.
    """

    return (await asyncio_detailed(**locals())).parsed
