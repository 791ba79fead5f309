from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
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

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["page"] = page

    params["query"] = query

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

    if response.status_code == 429:
        return ErrorResponse.from_dict(decode_json(response.content))

    if response.status_code == 451:
        return ErrorResponse.from_dict(decode_json(response.content))

    if response.status_code == 500:
        return ErrorResponse.from_dict(decode_json(response.content))

    if response.status_code == 503:
        return ErrorResponse.from_dict(decode_json(response.content))

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ErrorResponse | list[ValidationIssue] | TagsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


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

    kwargs = _get_kwargs(
        limit=limit,
        page=page,
        query=query,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    query: str | Unset = UNSET,
) -> ErrorResponse | ErrorResponse | list[ValidationIssue] | TagsResponse | None:
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
        ErrorResponse | ErrorResponse | list[ValidationIssue] | TagsResponse
    """

    return sync_detailed(
        client=client,
        limit=limit,
        page=page,
        query=query,
    ).parsed


async def asyncio_detailed(
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

    kwargs = _get_kwargs(
        limit=limit,
        page=page,
        query=query,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    query: str | Unset = UNSET,
) -> ErrorResponse | ErrorResponse | list[ValidationIssue] | TagsResponse | None:
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
        ErrorResponse | ErrorResponse | list[ValidationIssue] | TagsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            page=page,
            query=query,
        )
    ).parsed
