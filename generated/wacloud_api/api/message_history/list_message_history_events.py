from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_response import GraphErrorResponse
from ...models.message_history_event_edge_list import MessageHistoryEventEdgeList
from ...types import Response, quote_path


def _get_kwargs(
    message_history_id: str,
    *,
    status_filter: str | None = None,
    fields: str | None = None,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["status_filter"] = status_filter

    params["fields"] = fields

    params["limit"] = limit

    params["after"] = after

    params["before"] = before

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/{quote_path(str(message_history_id))}/events",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorResponse | MessageHistoryEventEdgeList:
    if response.status_code == 200:
        response_200 = MessageHistoryEventEdgeList.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorResponse | MessageHistoryEventEdgeList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    message_history_id: str,
    *,
    client: AuthenticatedClient,
    status_filter: str | None = None,
    fields: str | None = None,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
) -> Response[GraphErrorResponse | MessageHistoryEventEdgeList]:
    """List the status events of one message history entry

     Returns the status events of one sent message, one page at a time, optionally only one delivery
    status.
    Needs `whatsapp_business_messaging`.

    Args:
        message_history_id (str): A message history entry id (from `message_history.list`).
        status_filter (str | None): Only events with this status: `SENT`, `DELIVERED`, `READ`,
            `FAILED` or `DELETED`.
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.
        limit (int | None): Maximum number of items per page.
        after (str | None): Cursor from `paging.cursors.after` of the previous page.
        before (str | None): Cursor from `paging.cursors.before` of the next page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | MessageHistoryEventEdgeList]
    """

    kwargs = _get_kwargs(
        message_history_id=message_history_id,
        status_filter=status_filter,
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
    message_history_id: str,
    *,
    client: AuthenticatedClient,
    status_filter: str | None = None,
    fields: str | None = None,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
) -> GraphErrorResponse | MessageHistoryEventEdgeList | None:
    """List the status events of one message history entry

     Returns the status events of one sent message, one page at a time, optionally only one delivery
    status.
    Needs `whatsapp_business_messaging`.

    Args:
        message_history_id (str): A message history entry id (from `message_history.list`).
        status_filter (str | None): Only events with this status: `SENT`, `DELIVERED`, `READ`,
            `FAILED` or `DELETED`.
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.
        limit (int | None): Maximum number of items per page.
        after (str | None): Cursor from `paging.cursors.after` of the previous page.
        before (str | None): Cursor from `paging.cursors.before` of the next page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | MessageHistoryEventEdgeList
    """

    return sync_detailed(
        message_history_id=message_history_id,
        client=client,
        status_filter=status_filter,
        fields=fields,
        limit=limit,
        after=after,
        before=before,
    ).parsed


async def asyncio_detailed(
    message_history_id: str,
    *,
    client: AuthenticatedClient,
    status_filter: str | None = None,
    fields: str | None = None,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
) -> Response[GraphErrorResponse | MessageHistoryEventEdgeList]:
    """List the status events of one message history entry

     Returns the status events of one sent message, one page at a time, optionally only one delivery
    status.
    Needs `whatsapp_business_messaging`.

    Args:
        message_history_id (str): A message history entry id (from `message_history.list`).
        status_filter (str | None): Only events with this status: `SENT`, `DELIVERED`, `READ`,
            `FAILED` or `DELETED`.
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.
        limit (int | None): Maximum number of items per page.
        after (str | None): Cursor from `paging.cursors.after` of the previous page.
        before (str | None): Cursor from `paging.cursors.before` of the next page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | MessageHistoryEventEdgeList]
    """

    kwargs = _get_kwargs(
        message_history_id=message_history_id,
        status_filter=status_filter,
        fields=fields,
        limit=limit,
        after=after,
        before=before,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    message_history_id: str,
    *,
    client: AuthenticatedClient,
    status_filter: str | None = None,
    fields: str | None = None,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
) -> GraphErrorResponse | MessageHistoryEventEdgeList | None:
    """List the status events of one message history entry

     Returns the status events of one sent message, one page at a time, optionally only one delivery
    status.
    Needs `whatsapp_business_messaging`.

    Args:
        message_history_id (str): A message history entry id (from `message_history.list`).
        status_filter (str | None): Only events with this status: `SENT`, `DELIVERED`, `READ`,
            `FAILED` or `DELETED`.
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.
        limit (int | None): Maximum number of items per page.
        after (str | None): Cursor from `paging.cursors.after` of the previous page.
        before (str | None): Cursor from `paging.cursors.before` of the next page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | MessageHistoryEventEdgeList
    """

    return (
        await asyncio_detailed(
            message_history_id=message_history_id,
            client=client,
            status_filter=status_filter,
            fields=fields,
            limit=limit,
            after=after,
            before=before,
        )
    ).parsed
