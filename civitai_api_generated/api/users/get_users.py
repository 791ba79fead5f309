from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.users_response import UsersResponse
from ...types import UNSET, Response, Unset, decode_json


def _get_kwargs(
    *,
    ids: list[int] | Unset = UNSET,
    query: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_ids: list[int] | Unset = UNSET
    if not isinstance(ids, Unset):
        json_ids = ids

    params["ids"] = json_ids

    params["query"] = query

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/users",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | UsersResponse | None:
    if response.status_code == 200:
        return UsersResponse.from_dict(decode_json(response.content))

    if response.status_code == 400:
        return ErrorResponse.from_dict(decode_json(response.content))

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | UsersResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    ids: list[int] | Unset = UNSET,
    query: str | Unset = UNSET,
) -> Response[ErrorResponse | UsersResponse]:
    """Look users up by id or username prefix.

     Returns at most as many users as `ids` given, else 5. `limit` and `page` are
    overwritten by the server and not described.

    Args:
        ids (list[int] | Unset):
        query (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UsersResponse]
    """

    kwargs = _get_kwargs(
        ids=ids,
        query=query,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    ids: list[int] | Unset = UNSET,
    query: str | Unset = UNSET,
) -> ErrorResponse | UsersResponse | None:
    """Look users up by id or username prefix.

     Returns at most as many users as `ids` given, else 5. `limit` and `page` are
    overwritten by the server and not described.

    Args:
        ids (list[int] | Unset):
        query (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UsersResponse
    """

    return sync_detailed(
        client=client,
        ids=ids,
        query=query,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    ids: list[int] | Unset = UNSET,
    query: str | Unset = UNSET,
) -> Response[ErrorResponse | UsersResponse]:
    """Look users up by id or username prefix.

     Returns at most as many users as `ids` given, else 5. `limit` and `page` are
    overwritten by the server and not described.

    Args:
        ids (list[int] | Unset):
        query (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UsersResponse]
    """

    kwargs = _get_kwargs(
        ids=ids,
        query=query,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    ids: list[int] | Unset = UNSET,
    query: str | Unset = UNSET,
) -> ErrorResponse | UsersResponse | None:
    """Look users up by id or username prefix.

     Returns at most as many users as `ids` given, else 5. `limit` and `page` are
    overwritten by the server and not described.

    Args:
        ids (list[int] | Unset):
        query (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UsersResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            ids=ids,
            query=query,
        )
    ).parsed
