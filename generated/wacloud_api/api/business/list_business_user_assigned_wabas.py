from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.assigned_waba_list import AssignedWabaList
from ...models.graph_error_response import GraphErrorResponse
from ...types import Response, quote_path


def _get_kwargs(
    user_id: str,
    *,
    fields: str | None = None,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fields"] = fields

    params["limit"] = limit

    params["after"] = after

    params["before"] = before

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/{quote_path(str(user_id))}/assigned_whatsapp_business_accounts",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AssignedWabaList | GraphErrorResponse:
    if response.status_code == 200:
        response_200 = AssignedWabaList.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AssignedWabaList | GraphErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
) -> Response[AssignedWabaList | GraphErrorResponse]:
    """List the WhatsApp Business Accounts assigned to a user

     Returns the WhatsApp Business Accounts a user or system user was assigned (with
    `waba.add_assigned_user`), with the tasks granted on each. Needs `business_management`.

    Args:
        user_id (str): A (system) user id.
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.
        limit (int | None): Maximum number of items per page.
        after (str | None): Cursor from `paging.cursors.after` of the previous page.
        before (str | None): Cursor from `paging.cursors.before` of the next page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssignedWabaList | GraphErrorResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        fields=fields,
        limit=limit,
        after=after,
        before=before,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
) -> AssignedWabaList | GraphErrorResponse | None:
    """List the WhatsApp Business Accounts assigned to a user

     Returns the WhatsApp Business Accounts a user or system user was assigned (with
    `waba.add_assigned_user`), with the tasks granted on each. Needs `business_management`.

    Args:
        user_id (str): A (system) user id.
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.
        limit (int | None): Maximum number of items per page.
        after (str | None): Cursor from `paging.cursors.after` of the previous page.
        before (str | None): Cursor from `paging.cursors.before` of the next page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssignedWabaList | GraphErrorResponse
    """

    return sync_detailed(
        user_id=user_id,
        client=client,
        fields=fields,
        limit=limit,
        after=after,
        before=before,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
) -> Response[AssignedWabaList | GraphErrorResponse]:
    """List the WhatsApp Business Accounts assigned to a user

     Returns the WhatsApp Business Accounts a user or system user was assigned (with
    `waba.add_assigned_user`), with the tasks granted on each. Needs `business_management`.

    Args:
        user_id (str): A (system) user id.
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.
        limit (int | None): Maximum number of items per page.
        after (str | None): Cursor from `paging.cursors.after` of the previous page.
        before (str | None): Cursor from `paging.cursors.before` of the next page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssignedWabaList | GraphErrorResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        fields=fields,
        limit=limit,
        after=after,
        before=before,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
) -> AssignedWabaList | GraphErrorResponse | None:
    """List the WhatsApp Business Accounts assigned to a user

     Returns the WhatsApp Business Accounts a user or system user was assigned (with
    `waba.add_assigned_user`), with the tasks granted on each. Needs `business_management`.

    Args:
        user_id (str): A (system) user id.
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.
        limit (int | None): Maximum number of items per page.
        after (str | None): Cursor from `paging.cursors.after` of the previous page.
        before (str | None): Cursor from `paging.cursors.before` of the next page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssignedWabaList | GraphErrorResponse
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            client=client,
            fields=fields,
            limit=limit,
            after=after,
            before=before,
        )
    ).parsed
