from typing import Any

import httpx

from ...api import call_arguments, check_unexpected_status, send, send_async
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.permission_entity_type import PermissionEntityType
from ...models.permission_type import PermissionType
from ...models.permissions_check import PermissionsCheck
from ...types import UNSET, Response, Unset, decode_json


def _get_kwargs(
    *,
    entity_ids: list[int],
    entity_type: PermissionEntityType | Unset = UNSET,
    permission: PermissionType | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {
        "entityIds": entity_ids,
        "entityType": UNSET if isinstance(entity_type, Unset) else entity_type.value,
        "permission": UNSET if isinstance(permission, Unset) else permission.value,
        "userId": user_id,
    }
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/permissions/check",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[bool] | PermissionsCheck | None:
    if response.status_code == 200:
        return _parse_response_200(decode_json(response.content))

    if response.status_code in (400, 429, 451, 500):
        return ErrorResponse.from_dict(decode_json(response.content))

    check_unexpected_status(client, response)
    return None


def _parse_response_200(data: object) -> list[bool] | PermissionsCheck:
    if isinstance(data, dict):
        try:
            return PermissionsCheck.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if not isinstance(data, list):
        raise TypeError()
    return data


def sync_detailed(
    *,
    client: AuthenticatedClient,
    entity_ids: list[int],
    entity_type: PermissionEntityType | Unset = UNSET,
    permission: PermissionType | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> Response[ErrorResponse | list[bool] | PermissionsCheck]:
    """Check whether entities allow a permission (on-site generation).

     The key is not used.

    Args:
        entity_ids (list[int]):
        entity_type (PermissionEntityType | Unset):
        permission (PermissionType | Unset):
        user_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[bool] | PermissionsCheck]
    """

    return send(client, _get_kwargs(**call_arguments(locals())), _parse_response)


def sync(
    *,
    client: AuthenticatedClient,
    entity_ids: list[int],
    entity_type: PermissionEntityType | Unset = UNSET,
    permission: PermissionType | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> ErrorResponse | list[bool] | PermissionsCheck | None:
    """Check whether entities allow a permission (on-site generation).

    Like `sync_detailed` (the same arguments and errors), but returns only the parsed body:
    `ErrorResponse | list[bool] | PermissionsCheck`, or None for a status the spec does not
    document.
    """

    return sync_detailed(**locals()).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    entity_ids: list[int],
    entity_type: PermissionEntityType | Unset = UNSET,
    permission: PermissionType | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> Response[ErrorResponse | list[bool] | PermissionsCheck]:
    """Check whether entities allow a permission (on-site generation).

    Like `sync_detailed` (the same arguments and errors), as a coroutine: returns a
    `Response[ErrorResponse | list[bool] | PermissionsCheck]`.
    """

    return await send_async(client, _get_kwargs(**call_arguments(locals())), _parse_response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    entity_ids: list[int],
    entity_type: PermissionEntityType | Unset = UNSET,
    permission: PermissionType | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> ErrorResponse | list[bool] | PermissionsCheck | None:
    """Check whether entities allow a permission (on-site generation).

    Like `sync` (the same arguments and errors), as a coroutine: returns only the parsed body,
    `ErrorResponse | list[bool] | PermissionsCheck`, or None for a status the spec does not
    document.
    """

    return (await asyncio_detailed(**locals())).parsed
