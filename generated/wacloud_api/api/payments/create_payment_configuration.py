from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_response import GraphErrorResponse
from ...models.payment_configuration_create import PaymentConfigurationCreate
from ...models.payment_configuration_link_response import PaymentConfigurationLinkResponse
from ...types import Response, quote_path


def _get_kwargs(
    waba_id: str,
    *,
    body: PaymentConfigurationCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/{quote_path(str(waba_id))}/payment_configuration",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorResponse | PaymentConfigurationLinkResponse:
    if response.status_code == 200:
        response_200 = PaymentConfigurationLinkResponse.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorResponse | PaymentConfigurationLinkResponse]:
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
    body: PaymentConfigurationCreate,
) -> Response[GraphErrorResponse | PaymentConfigurationLinkResponse]:
    """Create a payment configuration

     Creates a payment configuration. For a gateway (`razorpay`, `payu`, `zaakpay`) pass `redirect_url`:
    the
    answer carries an `oauth_url` the business opens to link its gateway account (valid until
    `expiration`). For `upi_vpa`, pass `merchant_vpa`. Needs `whatsapp_business_management`.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        body (PaymentConfigurationCreate): A payment configuration to create. Example:
            {'configuration_name': 'test-payment-configuration', 'provider_name': 'razorpay',
            'redirect_url': 'https://test-redirect-url.com'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | PaymentConfigurationLinkResponse]
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
    body: PaymentConfigurationCreate,
) -> GraphErrorResponse | PaymentConfigurationLinkResponse | None:
    """Create a payment configuration

     Creates a payment configuration. For a gateway (`razorpay`, `payu`, `zaakpay`) pass `redirect_url`:
    the
    answer carries an `oauth_url` the business opens to link its gateway account (valid until
    `expiration`). For `upi_vpa`, pass `merchant_vpa`. Needs `whatsapp_business_management`.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        body (PaymentConfigurationCreate): A payment configuration to create. Example:
            {'configuration_name': 'test-payment-configuration', 'provider_name': 'razorpay',
            'redirect_url': 'https://test-redirect-url.com'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | PaymentConfigurationLinkResponse
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
    body: PaymentConfigurationCreate,
) -> Response[GraphErrorResponse | PaymentConfigurationLinkResponse]:
    """Create a payment configuration

     Creates a payment configuration. For a gateway (`razorpay`, `payu`, `zaakpay`) pass `redirect_url`:
    the
    answer carries an `oauth_url` the business opens to link its gateway account (valid until
    `expiration`). For `upi_vpa`, pass `merchant_vpa`. Needs `whatsapp_business_management`.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        body (PaymentConfigurationCreate): A payment configuration to create. Example:
            {'configuration_name': 'test-payment-configuration', 'provider_name': 'razorpay',
            'redirect_url': 'https://test-redirect-url.com'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | PaymentConfigurationLinkResponse]
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
    body: PaymentConfigurationCreate,
) -> GraphErrorResponse | PaymentConfigurationLinkResponse | None:
    """Create a payment configuration

     Creates a payment configuration. For a gateway (`razorpay`, `payu`, `zaakpay`) pass `redirect_url`:
    the
    answer carries an `oauth_url` the business opens to link its gateway account (valid until
    `expiration`). For `upi_vpa`, pass `merchant_vpa`. Needs `whatsapp_business_management`.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        body (PaymentConfigurationCreate): A payment configuration to create. Example:
            {'configuration_name': 'test-payment-configuration', 'provider_name': 'razorpay',
            'redirect_url': 'https://test-redirect-url.com'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | PaymentConfigurationLinkResponse
    """

    return (
        await asyncio_detailed(
            waba_id=waba_id,
            client=client,
            body=body,
        )
    ).parsed
