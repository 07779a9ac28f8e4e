from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_response import GraphErrorResponse
from ...models.share_preverified_number_request import SharePreverifiedNumberRequest
from ...models.success_response import SuccessResponse
from ...types import Response, quote_path


def _get_kwargs(
    business_id: str,
    *,
    body: SharePreverifiedNumberRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/{quote_path(str(business_id))}/share_preverified_numbers",
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
    business_id: str,
    *,
    client: AuthenticatedClient,
    body: SharePreverifiedNumberRequest,
) -> Response[GraphErrorResponse | SuccessResponse]:
    """Share a pre-verified number with a partner business

     Grants another business portfolio (a partner) access to one of your pre-verified numbers. Needs
    `whatsapp_business_management`.

    Args:
        business_id (str): A business portfolio (Business Manager) id.
        body (SharePreverifiedNumberRequest): Which pre-verified number to share, with whom.
            Example: {'preverified_id': '1284738293846238', 'partner_business_id':
            '9876543210987654'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | SuccessResponse]
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    business_id: str,
    *,
    client: AuthenticatedClient,
    body: SharePreverifiedNumberRequest,
) -> GraphErrorResponse | SuccessResponse | None:
    """Share a pre-verified number with a partner business

     Grants another business portfolio (a partner) access to one of your pre-verified numbers. Needs
    `whatsapp_business_management`.

    Args:
        business_id (str): A business portfolio (Business Manager) id.
        body (SharePreverifiedNumberRequest): Which pre-verified number to share, with whom.
            Example: {'preverified_id': '1284738293846238', 'partner_business_id':
            '9876543210987654'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | SuccessResponse
    """

    return sync_detailed(
        business_id=business_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    business_id: str,
    *,
    client: AuthenticatedClient,
    body: SharePreverifiedNumberRequest,
) -> Response[GraphErrorResponse | SuccessResponse]:
    """Share a pre-verified number with a partner business

     Grants another business portfolio (a partner) access to one of your pre-verified numbers. Needs
    `whatsapp_business_management`.

    Args:
        business_id (str): A business portfolio (Business Manager) id.
        body (SharePreverifiedNumberRequest): Which pre-verified number to share, with whom.
            Example: {'preverified_id': '1284738293846238', 'partner_business_id':
            '9876543210987654'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | SuccessResponse]
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    business_id: str,
    *,
    client: AuthenticatedClient,
    body: SharePreverifiedNumberRequest,
) -> GraphErrorResponse | SuccessResponse | None:
    """Share a pre-verified number with a partner business

     Grants another business portfolio (a partner) access to one of your pre-verified numbers. Needs
    `whatsapp_business_management`.

    Args:
        business_id (str): A business portfolio (Business Manager) id.
        body (SharePreverifiedNumberRequest): Which pre-verified number to share, with whom.
            Example: {'preverified_id': '1284738293846238', 'partner_business_id':
            '9876543210987654'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | SuccessResponse
    """

    return (
        await asyncio_detailed(
            business_id=business_id,
            client=client,
            body=body,
        )
    ).parsed
