from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_response import GraphErrorResponse
from ...models.group_request_response import GroupRequestResponse
from ...models.remove_group_participants_request import RemoveGroupParticipantsRequest
from ...types import Response, quote_path


def _get_kwargs(
    group_id: str,
    *,
    body: RemoveGroupParticipantsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": f"/{quote_path(str(group_id))}/participants",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorResponse | GroupRequestResponse:
    if response.status_code == 200:
        response_200 = GroupRequestResponse.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorResponse | GroupRequestResponse]:
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
    body: RemoveGroupParticipantsRequest,
) -> Response[GraphErrorResponse | GroupRequestResponse]:
    """Remove participants from a group

     Removes up to 8 participants, each by phone number (`user`) or BSUID (`user_id`), not both. A
    removed user
    can no longer join through the invite link. The outcome per user arrives in a
    `group_participants_update`
    webhook (`type` `group_participants_remove`); a partial success answers HTTP 206.

    Args:
        group_id (str): A group id (from the `group_lifecycle_update` webhook or the list of
            groups).
        body (RemoveGroupParticipantsRequest): The participants to remove (1 to 8). Example:
            {'messaging_product': 'whatsapp', 'participants': [{'user': '+16505551234'}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | GroupRequestResponse]
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
    body: RemoveGroupParticipantsRequest,
) -> GraphErrorResponse | GroupRequestResponse | None:
    """Remove participants from a group

     Removes up to 8 participants, each by phone number (`user`) or BSUID (`user_id`), not both. A
    removed user
    can no longer join through the invite link. The outcome per user arrives in a
    `group_participants_update`
    webhook (`type` `group_participants_remove`); a partial success answers HTTP 206.

    Args:
        group_id (str): A group id (from the `group_lifecycle_update` webhook or the list of
            groups).
        body (RemoveGroupParticipantsRequest): The participants to remove (1 to 8). Example:
            {'messaging_product': 'whatsapp', 'participants': [{'user': '+16505551234'}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | GroupRequestResponse
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
    body: RemoveGroupParticipantsRequest,
) -> Response[GraphErrorResponse | GroupRequestResponse]:
    """Remove participants from a group

     Removes up to 8 participants, each by phone number (`user`) or BSUID (`user_id`), not both. A
    removed user
    can no longer join through the invite link. The outcome per user arrives in a
    `group_participants_update`
    webhook (`type` `group_participants_remove`); a partial success answers HTTP 206.

    Args:
        group_id (str): A group id (from the `group_lifecycle_update` webhook or the list of
            groups).
        body (RemoveGroupParticipantsRequest): The participants to remove (1 to 8). Example:
            {'messaging_product': 'whatsapp', 'participants': [{'user': '+16505551234'}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | GroupRequestResponse]
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
    body: RemoveGroupParticipantsRequest,
) -> GraphErrorResponse | GroupRequestResponse | None:
    """Remove participants from a group

     Removes up to 8 participants, each by phone number (`user`) or BSUID (`user_id`), not both. A
    removed user
    can no longer join through the invite link. The outcome per user arrives in a
    `group_participants_update`
    webhook (`type` `group_participants_remove`); a partial success answers HTTP 206.

    Args:
        group_id (str): A group id (from the `group_lifecycle_update` webhook or the list of
            groups).
        body (RemoveGroupParticipantsRequest): The participants to remove (1 to 8). Example:
            {'messaging_product': 'whatsapp', 'participants': [{'user': '+16505551234'}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | GroupRequestResponse
    """

    return (
        await asyncio_detailed(
            group_id=group_id,
            client=client,
            body=body,
        )
    ).parsed
