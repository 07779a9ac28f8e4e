from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_response import GraphErrorResponse
from ...models.id_response import IdResponse
from ...models.phone_number_create import PhoneNumberCreate
from ...types import Response, quote_path


def _get_kwargs(
    waba_id: str,
    *,
    body: PhoneNumberCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/{quote_path(str(waba_id))}/phone_numbers",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorResponse | IdResponse:
    if response.status_code == 200:
        response_200 = IdResponse.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorResponse | IdResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    waba_id: str,
    *,
    client: AuthenticatedClient,
    body: PhoneNumberCreate,
) -> Response[GraphErrorResponse | IdResponse]:
    """Add a business phone number to a WhatsApp Business Account

     Adds a number (country code `cc` and `phone_number` without it) with its display name, then verify
    it
    with `request_code` / `verify_code` and `register` it. Solution partners add a pre-verified number
    with
    `preverified_id`, or migrate a number from another WABA with `migrate_phone_number=true`. Returns
    the new
    phone number id. Needs `whatsapp_business_management`.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        body (PhoneNumberCreate): A business phone number to add to a WhatsApp Business Account.
            Example: {'cc': '1', 'phone_number': '6315551000', 'verified_name': 'Lucky Shrub'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | IdResponse]
    """

    kwargs = _get_kwargs(
        waba_id=waba_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    waba_id: str,
    *,
    client: AuthenticatedClient,
    body: PhoneNumberCreate,
) -> GraphErrorResponse | IdResponse | None:
    """Add a business phone number to a WhatsApp Business Account

     Adds a number (country code `cc` and `phone_number` without it) with its display name, then verify
    it
    with `request_code` / `verify_code` and `register` it. Solution partners add a pre-verified number
    with
    `preverified_id`, or migrate a number from another WABA with `migrate_phone_number=true`. Returns
    the new
    phone number id. Needs `whatsapp_business_management`.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        body (PhoneNumberCreate): A business phone number to add to a WhatsApp Business Account.
            Example: {'cc': '1', 'phone_number': '6315551000', 'verified_name': 'Lucky Shrub'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | IdResponse
    """

    return sync_detailed(
        waba_id=waba_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    waba_id: str,
    *,
    client: AuthenticatedClient,
    body: PhoneNumberCreate,
) -> Response[GraphErrorResponse | IdResponse]:
    """Add a business phone number to a WhatsApp Business Account

     Adds a number (country code `cc` and `phone_number` without it) with its display name, then verify
    it
    with `request_code` / `verify_code` and `register` it. Solution partners add a pre-verified number
    with
    `preverified_id`, or migrate a number from another WABA with `migrate_phone_number=true`. Returns
    the new
    phone number id. Needs `whatsapp_business_management`.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        body (PhoneNumberCreate): A business phone number to add to a WhatsApp Business Account.
            Example: {'cc': '1', 'phone_number': '6315551000', 'verified_name': 'Lucky Shrub'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | IdResponse]
    """

    kwargs = _get_kwargs(
        waba_id=waba_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    waba_id: str,
    *,
    client: AuthenticatedClient,
    body: PhoneNumberCreate,
) -> GraphErrorResponse | IdResponse | None:
    """Add a business phone number to a WhatsApp Business Account

     Adds a number (country code `cc` and `phone_number` without it) with its display name, then verify
    it
    with `request_code` / `verify_code` and `register` it. Solution partners add a pre-verified number
    with
    `preverified_id`, or migrate a number from another WABA with `migrate_phone_number=true`. Returns
    the new
    phone number id. Needs `whatsapp_business_management`.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        body (PhoneNumberCreate): A business phone number to add to a WhatsApp Business Account.
            Example: {'cc': '1', 'phone_number': '6315551000', 'verified_name': 'Lucky Shrub'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | IdResponse
    """

    return (
        await asyncio_detailed(
            waba_id=waba_id,
            client=client,
            body=body,
        )
    ).parsed
