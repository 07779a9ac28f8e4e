from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.coexistence_sync_request import CoexistenceSyncRequest
from ...models.coexistence_sync_response import CoexistenceSyncResponse
from ...models.graph_error_response import GraphErrorResponse
from ...types import Response, quote_path


def _get_kwargs(
    phone_number_id: str,
    *,
    body: CoexistenceSyncRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/{quote_path(str(phone_number_id))}/smb_app_data",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CoexistenceSyncResponse | GraphErrorResponse:
    if response.status_code == 200:
        response_200 = CoexistenceSyncResponse.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CoexistenceSyncResponse | GraphErrorResponse]:
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
    body: CoexistenceSyncRequest,
) -> Response[CoexistenceSyncResponse | GraphErrorResponse]:
    """Start synchronizing WhatsApp Business app contacts or message history

     `sync_type=smb_app_state_sync` starts the contacts sync; `sync_type=history` starts the message
    history
    sync (the last 6 months, only if the business chose to share it). Call each within 24 hours of
    onboarding; each can be started once. Returns a request id; the data arrives by webhook. Needs
    `whatsapp_business_messaging`.

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        body (CoexistenceSyncRequest): Which WhatsApp Business app data to synchronize. Example:
            {'messaging_product': 'whatsapp', 'sync_type': 'history'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CoexistenceSyncResponse | GraphErrorResponse]
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
    body: CoexistenceSyncRequest,
) -> CoexistenceSyncResponse | GraphErrorResponse | None:
    """Start synchronizing WhatsApp Business app contacts or message history

     `sync_type=smb_app_state_sync` starts the contacts sync; `sync_type=history` starts the message
    history
    sync (the last 6 months, only if the business chose to share it). Call each within 24 hours of
    onboarding; each can be started once. Returns a request id; the data arrives by webhook. Needs
    `whatsapp_business_messaging`.

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        body (CoexistenceSyncRequest): Which WhatsApp Business app data to synchronize. Example:
            {'messaging_product': 'whatsapp', 'sync_type': 'history'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CoexistenceSyncResponse | GraphErrorResponse
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
    body: CoexistenceSyncRequest,
) -> Response[CoexistenceSyncResponse | GraphErrorResponse]:
    """Start synchronizing WhatsApp Business app contacts or message history

     `sync_type=smb_app_state_sync` starts the contacts sync; `sync_type=history` starts the message
    history
    sync (the last 6 months, only if the business chose to share it). Call each within 24 hours of
    onboarding; each can be started once. Returns a request id; the data arrives by webhook. Needs
    `whatsapp_business_messaging`.

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        body (CoexistenceSyncRequest): Which WhatsApp Business app data to synchronize. Example:
            {'messaging_product': 'whatsapp', 'sync_type': 'history'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CoexistenceSyncResponse | GraphErrorResponse]
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
    body: CoexistenceSyncRequest,
) -> CoexistenceSyncResponse | GraphErrorResponse | None:
    """Start synchronizing WhatsApp Business app contacts or message history

     `sync_type=smb_app_state_sync` starts the contacts sync; `sync_type=history` starts the message
    history
    sync (the last 6 months, only if the business chose to share it). Call each within 24 hours of
    onboarding; each can be started once. Returns a request id; the data arrives by webhook. Needs
    `whatsapp_business_messaging`.

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        body (CoexistenceSyncRequest): Which WhatsApp Business app data to synchronize. Example:
            {'messaging_product': 'whatsapp', 'sync_type': 'history'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CoexistenceSyncResponse | GraphErrorResponse
    """

    return (
        await asyncio_detailed(
            phone_number_id=phone_number_id,
            client=client,
            body=body,
        )
    ).parsed
