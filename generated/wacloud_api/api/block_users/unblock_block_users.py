from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.block_users_remove_response import BlockUsersRemoveResponse
from ...models.block_users_request import BlockUsersRequest
from ...models.graph_error_response import GraphErrorResponse
from ...types import Response, quote_path


def _get_kwargs(
    phone_number_id: str,
    *,
    body: BlockUsersRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": f"/{quote_path(str(phone_number_id))}/block_users",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BlockUsersRemoveResponse | GraphErrorResponse:
    if response.status_code == 200:
        response_200 = BlockUsersRemoveResponse.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BlockUsersRemoveResponse | GraphErrorResponse]:
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
    body: BlockUsersRequest,
) -> Response[BlockUsersRemoveResponse | GraphErrorResponse]:
    """Unblock WhatsApp users

     Unblocks the given users (phone numbers or WhatsApp ids), so they can message the business phone
    number
    again. Users that could not be unblocked come back in `failed_users`. Needs
    `whatsapp_business_messaging`.

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        body (BlockUsersRequest): The users to block or unblock. Example: {'messaging_product':
            'whatsapp', 'block_users': [{'user': '+15551234567'}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BlockUsersRemoveResponse | GraphErrorResponse]
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
    body: BlockUsersRequest,
) -> BlockUsersRemoveResponse | GraphErrorResponse | None:
    """Unblock WhatsApp users

     Unblocks the given users (phone numbers or WhatsApp ids), so they can message the business phone
    number
    again. Users that could not be unblocked come back in `failed_users`. Needs
    `whatsapp_business_messaging`.

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        body (BlockUsersRequest): The users to block or unblock. Example: {'messaging_product':
            'whatsapp', 'block_users': [{'user': '+15551234567'}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BlockUsersRemoveResponse | GraphErrorResponse
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
    body: BlockUsersRequest,
) -> Response[BlockUsersRemoveResponse | GraphErrorResponse]:
    """Unblock WhatsApp users

     Unblocks the given users (phone numbers or WhatsApp ids), so they can message the business phone
    number
    again. Users that could not be unblocked come back in `failed_users`. Needs
    `whatsapp_business_messaging`.

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        body (BlockUsersRequest): The users to block or unblock. Example: {'messaging_product':
            'whatsapp', 'block_users': [{'user': '+15551234567'}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BlockUsersRemoveResponse | GraphErrorResponse]
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
    body: BlockUsersRequest,
) -> BlockUsersRemoveResponse | GraphErrorResponse | None:
    """Unblock WhatsApp users

     Unblocks the given users (phone numbers or WhatsApp ids), so they can message the business phone
    number
    again. Users that could not be unblocked come back in `failed_users`. Needs
    `whatsapp_business_messaging`.

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        body (BlockUsersRequest): The users to block or unblock. Example: {'messaging_product':
            'whatsapp', 'block_users': [{'user': '+15551234567'}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BlockUsersRemoveResponse | GraphErrorResponse
    """

    return (
        await asyncio_detailed(
            phone_number_id=phone_number_id,
            client=client,
            body=body,
        )
    ).parsed
