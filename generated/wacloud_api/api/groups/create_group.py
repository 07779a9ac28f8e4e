from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.create_group_request import CreateGroupRequest
from ...models.create_group_response import CreateGroupResponse
from ...models.graph_error_response import GraphErrorResponse
from ...types import Response, quote_path


def _get_kwargs(
    phone_number_id: str,
    *,
    body: CreateGroupRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/{quote_path(str(phone_number_id))}/groups",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateGroupResponse | GraphErrorResponse:
    if response.status_code == 200:
        response_200 = CreateGroupResponse.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateGroupResponse | GraphErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    phone_number_id: str,
    *,
    client: AuthenticatedClient,
    body: CreateGroupRequest,
) -> Response[CreateGroupResponse | GraphErrorResponse]:
    """Create a group

     Starts creating a group with an invite link. Asynchronous: the answer holds only a `request_id`; the
    group
    id, subject and `invite_link` arrive in a `group_lifecycle_update` webhook (`type` `group_create`)
    carrying
    the same `request_id`, or its `errors` if creation failed. Not idempotent: a repeated call creates a
    second group. Needs `whatsapp_business_messaging`.

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        body (CreateGroupRequest): A new group. Example: {'messaging_product': 'whatsapp',
            'subject': 'Order 12345 coordination'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateGroupResponse | GraphErrorResponse]
    """

    kwargs = _get_kwargs(
        phone_number_id=phone_number_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    phone_number_id: str,
    *,
    client: AuthenticatedClient,
    body: CreateGroupRequest,
) -> CreateGroupResponse | GraphErrorResponse | None:
    """Create a group

     Starts creating a group with an invite link. Asynchronous: the answer holds only a `request_id`; the
    group
    id, subject and `invite_link` arrive in a `group_lifecycle_update` webhook (`type` `group_create`)
    carrying
    the same `request_id`, or its `errors` if creation failed. Not idempotent: a repeated call creates a
    second group. Needs `whatsapp_business_messaging`.

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        body (CreateGroupRequest): A new group. Example: {'messaging_product': 'whatsapp',
            'subject': 'Order 12345 coordination'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateGroupResponse | GraphErrorResponse
    """

    return sync_detailed(
        phone_number_id=phone_number_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    phone_number_id: str,
    *,
    client: AuthenticatedClient,
    body: CreateGroupRequest,
) -> Response[CreateGroupResponse | GraphErrorResponse]:
    """Create a group

     Starts creating a group with an invite link. Asynchronous: the answer holds only a `request_id`; the
    group
    id, subject and `invite_link` arrive in a `group_lifecycle_update` webhook (`type` `group_create`)
    carrying
    the same `request_id`, or its `errors` if creation failed. Not idempotent: a repeated call creates a
    second group. Needs `whatsapp_business_messaging`.

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        body (CreateGroupRequest): A new group. Example: {'messaging_product': 'whatsapp',
            'subject': 'Order 12345 coordination'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateGroupResponse | GraphErrorResponse]
    """

    kwargs = _get_kwargs(
        phone_number_id=phone_number_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    phone_number_id: str,
    *,
    client: AuthenticatedClient,
    body: CreateGroupRequest,
) -> CreateGroupResponse | GraphErrorResponse | None:
    """Create a group

     Starts creating a group with an invite link. Asynchronous: the answer holds only a `request_id`; the
    group
    id, subject and `invite_link` arrive in a `group_lifecycle_update` webhook (`type` `group_create`)
    carrying
    the same `request_id`, or its `errors` if creation failed. Not idempotent: a repeated call creates a
    second group. Needs `whatsapp_business_messaging`.

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        body (CreateGroupRequest): A new group. Example: {'messaging_product': 'whatsapp',
            'subject': 'Order 12345 coordination'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateGroupResponse | GraphErrorResponse
    """

    return (
        await asyncio_detailed(
            phone_number_id=phone_number_id,
            client=client,
            body=body,
        )
    ).parsed
