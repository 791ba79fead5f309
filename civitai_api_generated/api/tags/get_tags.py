from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.tags_response import TagsResponse
from ...models.validation_issue import ValidationIssue
from ...types import UNSET, Response, Unset


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
        response_200 = TagsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:

        def _parse_response_400(data: object) -> ErrorResponse | list[ValidationIssue]:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                response_400_type_0 = []
                _response_400_type_0 = data
                for componentsschemas_validation_issue_list_item_data in _response_400_type_0:
                    componentsschemas_validation_issue_list_item = ValidationIssue.from_dict(
                        componentsschemas_validation_issue_list_item_data
                    )

                    response_400_type_0.append(componentsschemas_validation_issue_list_item)

                return response_400_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_400_type_1 = ErrorResponse.from_dict(data)

            return response_400_type_1

        response_400 = _parse_response_400(response.json())

        return response_400

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 451:
        response_451 = ErrorResponse.from_dict(response.json())

        return response_451

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


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
