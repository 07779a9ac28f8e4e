from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_response import GraphErrorResponse
from ...models.qr_code import QrCode
from ...models.qr_code_create_or_update_request import QrCodeCreateOrUpdateRequest
from ...types import Response, quote_path


def _get_kwargs(
    phone_number_id: str,
    *,
    body: QrCodeCreateOrUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/{quote_path(str(phone_number_id))}/message_qrdls",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GraphErrorResponse | QrCode:
    if response.status_code == 200:
        response_200 = QrCode.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorResponse | QrCode]:
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
    body: QrCodeCreateOrUpdateRequest,
) -> Response[GraphErrorResponse | QrCode]:
    """Create a message QR code, or change the message of an existing one

     Without `code`, creates a QR code (and wa.me short link) that opens a chat with the business pre-
    filled
    with `prefilled_message` (at most 140 characters). With `code`, changes that QR code's message
    instead.
    `generate_qr_image` (`SVG` or `PNG`) adds a `qr_image_url` to the answer. Needs
    `whatsapp_business_messaging`.

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        body (QrCodeCreateOrUpdateRequest): A new QR code, or (with `code`) a new message for an
            existing one. Example: {'prefilled_message': 'Cyber Monday', 'generate_qr_image': 'SVG'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | QrCode]
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
    body: QrCodeCreateOrUpdateRequest,
) -> GraphErrorResponse | QrCode | None:
    """Create a message QR code, or change the message of an existing one

     Without `code`, creates a QR code (and wa.me short link) that opens a chat with the business pre-
    filled
    with `prefilled_message` (at most 140 characters). With `code`, changes that QR code's message
    instead.
    `generate_qr_image` (`SVG` or `PNG`) adds a `qr_image_url` to the answer. Needs
    `whatsapp_business_messaging`.

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        body (QrCodeCreateOrUpdateRequest): A new QR code, or (with `code`) a new message for an
            existing one. Example: {'prefilled_message': 'Cyber Monday', 'generate_qr_image': 'SVG'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | QrCode
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
    body: QrCodeCreateOrUpdateRequest,
) -> Response[GraphErrorResponse | QrCode]:
    """Create a message QR code, or change the message of an existing one

     Without `code`, creates a QR code (and wa.me short link) that opens a chat with the business pre-
    filled
    with `prefilled_message` (at most 140 characters). With `code`, changes that QR code's message
    instead.
    `generate_qr_image` (`SVG` or `PNG`) adds a `qr_image_url` to the answer. Needs
    `whatsapp_business_messaging`.

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        body (QrCodeCreateOrUpdateRequest): A new QR code, or (with `code`) a new message for an
            existing one. Example: {'prefilled_message': 'Cyber Monday', 'generate_qr_image': 'SVG'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | QrCode]
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
    body: QrCodeCreateOrUpdateRequest,
) -> GraphErrorResponse | QrCode | None:
    """Create a message QR code, or change the message of an existing one

     Without `code`, creates a QR code (and wa.me short link) that opens a chat with the business pre-
    filled
    with `prefilled_message` (at most 140 characters). With `code`, changes that QR code's message
    instead.
    `generate_qr_image` (`SVG` or `PNG`) adds a `qr_image_url` to the answer. Needs
    `whatsapp_business_messaging`.

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        body (QrCodeCreateOrUpdateRequest): A new QR code, or (with `code`) a new message for an
            existing one. Example: {'prefilled_message': 'Cyber Monday', 'generate_qr_image': 'SVG'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | QrCode
    """

    return (
        await asyncio_detailed(
            phone_number_id=phone_number_id,
            client=client,
            body=body,
        )
    ).parsed
