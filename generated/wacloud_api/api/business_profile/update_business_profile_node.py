from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.business_profile_update import BusinessProfileUpdate
from ...models.graph_error_response import GraphErrorResponse
from ...models.success_response import SuccessResponse
from ...types import Response, quote_path


def _get_kwargs(
    whatsapp_business_profile_id: str,
    *,
    body: BusinessProfileUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/{quote_path(str(whatsapp_business_profile_id))}",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    whatsapp_business_profile_id: str,
    *,
    client: AuthenticatedClient,
    body: BusinessProfileUpdate,
) -> Response[GraphErrorResponse | SuccessResponse]:
    """Update a business profile by its id

     Updates the given fields of the business profile node and leaves the others unchanged. Needs
    `whatsapp_business_management`.

    Args:
        whatsapp_business_profile_id (str): A WhatsApp business profile id (not the phone number
            id).
        body (BusinessProfileUpdate): Profile fields to change; omitted fields are left unchanged.
            Example: {'messaging_product': 'whatsapp', 'about': 'Succulent specialists!', 'websites':
            ['https://www.luckyshrub.com/'], 'vertical': 'RETAIL'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | SuccessResponse]
    """

    kwargs = _get_kwargs(
        whatsapp_business_profile_id=whatsapp_business_profile_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    whatsapp_business_profile_id: str,
    *,
    client: AuthenticatedClient,
    body: BusinessProfileUpdate,
) -> GraphErrorResponse | SuccessResponse | None:
    """Update a business profile by its id

     Updates the given fields of the business profile node and leaves the others unchanged. Needs
    `whatsapp_business_management`.

    Args:
        whatsapp_business_profile_id (str): A WhatsApp business profile id (not the phone number
            id).
        body (BusinessProfileUpdate): Profile fields to change; omitted fields are left unchanged.
            Example: {'messaging_product': 'whatsapp', 'about': 'Succulent specialists!', 'websites':
            ['https://www.luckyshrub.com/'], 'vertical': 'RETAIL'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | SuccessResponse
    """

    return sync_detailed(
        whatsapp_business_profile_id=whatsapp_business_profile_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    whatsapp_business_profile_id: str,
    *,
    client: AuthenticatedClient,
    body: BusinessProfileUpdate,
) -> Response[GraphErrorResponse | SuccessResponse]:
    """Update a business profile by its id

     Updates the given fields of the business profile node and leaves the others unchanged. Needs
    `whatsapp_business_management`.

    Args:
        whatsapp_business_profile_id (str): A WhatsApp business profile id (not the phone number
            id).
        body (BusinessProfileUpdate): Profile fields to change; omitted fields are left unchanged.
            Example: {'messaging_product': 'whatsapp', 'about': 'Succulent specialists!', 'websites':
            ['https://www.luckyshrub.com/'], 'vertical': 'RETAIL'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | SuccessResponse]
    """

    kwargs = _get_kwargs(
        whatsapp_business_profile_id=whatsapp_business_profile_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    whatsapp_business_profile_id: str,
    *,
    client: AuthenticatedClient,
    body: BusinessProfileUpdate,
) -> GraphErrorResponse | SuccessResponse | None:
    """Update a business profile by its id

     Updates the given fields of the business profile node and leaves the others unchanged. Needs
    `whatsapp_business_management`.

    Args:
        whatsapp_business_profile_id (str): A WhatsApp business profile id (not the phone number
            id).
        body (BusinessProfileUpdate): Profile fields to change; omitted fields are left unchanged.
            Example: {'messaging_product': 'whatsapp', 'about': 'Succulent specialists!', 'websites':
            ['https://www.luckyshrub.com/'], 'vertical': 'RETAIL'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | SuccessResponse
    """

    return (
        await asyncio_detailed(
            whatsapp_business_profile_id=whatsapp_business_profile_id,
            client=client,
            body=body,
        )
    ).parsed
