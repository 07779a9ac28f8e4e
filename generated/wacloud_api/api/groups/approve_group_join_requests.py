from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_response import GraphErrorResponse
from ...models.group_join_requests_request import GroupJoinRequestsRequest
from ...models.group_join_requests_result import GroupJoinRequestsResult
from ...types import Response, quote_path


def _get_kwargs(
    group_id: str,
    *,
    body: GroupJoinRequestsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/{quote_path(str(group_id))}/join_requests",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorResponse | GroupJoinRequestsResult:
    if response.status_code == 200:
        response_200 = GroupJoinRequestsResult.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorResponse | GroupJoinRequestsResult]:
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
    body: GroupJoinRequestsRequest,
) -> Response[GraphErrorResponse | GroupJoinRequestsResult]:
    """Approve join requests

     Lets the users of these join requests into the group. A partial success answers HTTP 206 with the
    failures in `failed_join_requests`.

    Args:
        group_id (str): A group id (from the `group_lifecycle_update` webhook or the list of
            groups).
        body (GroupJoinRequestsRequest): The join requests to approve or reject. Example:
            {'messaging_product': 'whatsapp', 'join_requests':
            ['MTY0NjcwNDM1OTU6MTIwMzYzNDA0Njk0MjMzODIw']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | GroupJoinRequestsResult]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    group_id: str,
    *,
    client: AuthenticatedClient,
    body: GroupJoinRequestsRequest,
) -> GraphErrorResponse | GroupJoinRequestsResult | None:
    """Approve join requests

     Lets the users of these join requests into the group. A partial success answers HTTP 206 with the
    failures in `failed_join_requests`.

    Args:
        group_id (str): A group id (from the `group_lifecycle_update` webhook or the list of
            groups).
        body (GroupJoinRequestsRequest): The join requests to approve or reject. Example:
            {'messaging_product': 'whatsapp', 'join_requests':
            ['MTY0NjcwNDM1OTU6MTIwMzYzNDA0Njk0MjMzODIw']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | GroupJoinRequestsResult
    """

    return sync_detailed(
        group_id=group_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    group_id: str,
    *,
    client: AuthenticatedClient,
    body: GroupJoinRequestsRequest,
) -> Response[GraphErrorResponse | GroupJoinRequestsResult]:
    """Approve join requests

     Lets the users of these join requests into the group. A partial success answers HTTP 206 with the
    failures in `failed_join_requests`.

    Args:
        group_id (str): A group id (from the `group_lifecycle_update` webhook or the list of
            groups).
        body (GroupJoinRequestsRequest): The join requests to approve or reject. Example:
            {'messaging_product': 'whatsapp', 'join_requests':
            ['MTY0NjcwNDM1OTU6MTIwMzYzNDA0Njk0MjMzODIw']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | GroupJoinRequestsResult]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    group_id: str,
    *,
    client: AuthenticatedClient,
    body: GroupJoinRequestsRequest,
) -> GraphErrorResponse | GroupJoinRequestsResult | None:
    """Approve join requests

     Lets the users of these join requests into the group. A partial success answers HTTP 206 with the
    failures in `failed_join_requests`.

    Args:
        group_id (str): A group id (from the `group_lifecycle_update` webhook or the list of
            groups).
        body (GroupJoinRequestsRequest): The join requests to approve or reject. Example:
            {'messaging_product': 'whatsapp', 'join_requests':
            ['MTY0NjcwNDM1OTU6MTIwMzYzNDA0Njk0MjMzODIw']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | GroupJoinRequestsResult
    """

    return (
        await asyncio_detailed(
            group_id=group_id,
            client=client,
            body=body,
        )
    ).parsed
