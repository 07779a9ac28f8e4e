from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_response import GraphErrorResponse
from ...models.group_join_request_list import GroupJoinRequestList
from ...types import Response, quote_path


def _get_kwargs(
    group_id: str,
    *,
    after: str | None = None,
    before: str | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["after"] = after

    params["before"] = before

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/{quote_path(str(group_id))}/join_requests",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorResponse | GroupJoinRequestList:
    if response.status_code == 200:
        response_200 = GroupJoinRequestList.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorResponse | GroupJoinRequestList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    group_id: str,
    *,
    client: AuthenticatedClient,
    after: str | None = None,
    before: str | None = None,
) -> Response[GraphErrorResponse | GroupJoinRequestList]:
    """List a group's open join requests

     The open join requests of a group created with `join_approval_mode` `approval_required`. Each names
    the
    user by `user_id` (BSUID) and, when Meta can share it, `wa_id`.

    Args:
        group_id (str): A group id (from the `group_lifecycle_update` webhook or the list of
            groups).
        after (str | None): Cursor from `paging.cursors.after` of the previous page.
        before (str | None): Cursor from `paging.cursors.before` of the next page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | GroupJoinRequestList]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        after=after,
        before=before,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    group_id: str,
    *,
    client: AuthenticatedClient,
    after: str | None = None,
    before: str | None = None,
) -> GraphErrorResponse | GroupJoinRequestList | None:
    """List a group's open join requests

     The open join requests of a group created with `join_approval_mode` `approval_required`. Each names
    the
    user by `user_id` (BSUID) and, when Meta can share it, `wa_id`.

    Args:
        group_id (str): A group id (from the `group_lifecycle_update` webhook or the list of
            groups).
        after (str | None): Cursor from `paging.cursors.after` of the previous page.
        before (str | None): Cursor from `paging.cursors.before` of the next page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | GroupJoinRequestList
    """

    return sync_detailed(
        group_id=group_id,
        client=client,
        after=after,
        before=before,
    ).parsed


async def asyncio_detailed(
    group_id: str,
    *,
    client: AuthenticatedClient,
    after: str | None = None,
    before: str | None = None,
) -> Response[GraphErrorResponse | GroupJoinRequestList]:
    """List a group's open join requests

     The open join requests of a group created with `join_approval_mode` `approval_required`. Each names
    the
    user by `user_id` (BSUID) and, when Meta can share it, `wa_id`.

    Args:
        group_id (str): A group id (from the `group_lifecycle_update` webhook or the list of
            groups).
        after (str | None): Cursor from `paging.cursors.after` of the previous page.
        before (str | None): Cursor from `paging.cursors.before` of the next page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | GroupJoinRequestList]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        after=after,
        before=before,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    group_id: str,
    *,
    client: AuthenticatedClient,
    after: str | None = None,
    before: str | None = None,
) -> GraphErrorResponse | GroupJoinRequestList | None:
    """List a group's open join requests

     The open join requests of a group created with `join_approval_mode` `approval_required`. Each names
    the
    user by `user_id` (BSUID) and, when Meta can share it, `wa_id`.

    Args:
        group_id (str): A group id (from the `group_lifecycle_update` webhook or the list of
            groups).
        after (str | None): Cursor from `paging.cursors.after` of the previous page.
        before (str | None): Cursor from `paging.cursors.before` of the next page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | GroupJoinRequestList
    """

    return (
        await asyncio_detailed(
            group_id=group_id,
            client=client,
            after=after,
            before=before,
        )
    ).parsed
