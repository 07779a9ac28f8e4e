from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_response import GraphErrorResponse
from ...models.success_response import SuccessResponse
from ...types import Response, quote_path


def _get_kwargs(
    phone_number_id: str,
    *,
    is_cart_enabled: bool | None = None,
    is_catalog_visible: bool | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["is_cart_enabled"] = is_cart_enabled

    params["is_catalog_visible"] = is_catalog_visible

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/{quote_path(str(phone_number_id))}/whatsapp_commerce_settings",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorResponse | SuccessResponse:
    if response.status_code == 200:
        response_200 = SuccessResponse.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorResponse | SuccessResponse]:
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
    is_cart_enabled: bool | None = None,
    is_catalog_visible: bool | None = None,
) -> Response[GraphErrorResponse | SuccessResponse]:
    """Change a phone number's commerce settings

     Enables or disables the shopping cart and shows or hides the catalog for the business phone number.
    Meta
    takes both settings as query parameters (no body); send either or both. Needs
    `whatsapp_business_management`.

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        is_cart_enabled (bool | None): Whether customers can add products to a cart and send it as
            an order.
        is_catalog_visible (bool | None): Whether the catalog (storefront icon and catalog button)
            is shown to customers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | SuccessResponse]
    """

    kwargs = _get_kwargs(
        phone_number_id=phone_number_id,
        is_cart_enabled=is_cart_enabled,
        is_catalog_visible=is_catalog_visible,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    phone_number_id: str,
    *,
    client: AuthenticatedClient,
    is_cart_enabled: bool | None = None,
    is_catalog_visible: bool | None = None,
) -> GraphErrorResponse | SuccessResponse | None:
    """Change a phone number's commerce settings

     Enables or disables the shopping cart and shows or hides the catalog for the business phone number.
    Meta
    takes both settings as query parameters (no body); send either or both. Needs
    `whatsapp_business_management`.

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        is_cart_enabled (bool | None): Whether customers can add products to a cart and send it as
            an order.
        is_catalog_visible (bool | None): Whether the catalog (storefront icon and catalog button)
            is shown to customers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | SuccessResponse
    """

    return sync_detailed(
        phone_number_id=phone_number_id,
        client=client,
        is_cart_enabled=is_cart_enabled,
        is_catalog_visible=is_catalog_visible,
    ).parsed


async def asyncio_detailed(
    phone_number_id: str,
    *,
    client: AuthenticatedClient,
    is_cart_enabled: bool | None = None,
    is_catalog_visible: bool | None = None,
) -> Response[GraphErrorResponse | SuccessResponse]:
    """Change a phone number's commerce settings

     Enables or disables the shopping cart and shows or hides the catalog for the business phone number.
    Meta
    takes both settings as query parameters (no body); send either or both. Needs
    `whatsapp_business_management`.

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        is_cart_enabled (bool | None): Whether customers can add products to a cart and send it as
            an order.
        is_catalog_visible (bool | None): Whether the catalog (storefront icon and catalog button)
            is shown to customers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | SuccessResponse]
    """

    kwargs = _get_kwargs(
        phone_number_id=phone_number_id,
        is_cart_enabled=is_cart_enabled,
        is_catalog_visible=is_catalog_visible,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    phone_number_id: str,
    *,
    client: AuthenticatedClient,
    is_cart_enabled: bool | None = None,
    is_catalog_visible: bool | None = None,
) -> GraphErrorResponse | SuccessResponse | None:
    """Change a phone number's commerce settings

     Enables or disables the shopping cart and shows or hides the catalog for the business phone number.
    Meta
    takes both settings as query parameters (no body); send either or both. Needs
    `whatsapp_business_management`.

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        is_cart_enabled (bool | None): Whether customers can add products to a cart and send it as
            an order.
        is_catalog_visible (bool | None): Whether the catalog (storefront icon and catalog button)
            is shown to customers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | SuccessResponse
    """

    return (
        await asyncio_detailed(
            phone_number_id=phone_number_id,
            client=client,
            is_cart_enabled=is_cart_enabled,
            is_catalog_visible=is_catalog_visible,
        )
    ).parsed
