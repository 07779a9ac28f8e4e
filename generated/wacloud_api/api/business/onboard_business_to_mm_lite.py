from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_response import GraphErrorResponse
from ...models.marketing_messages_onboarding_response import MarketingMessagesOnboardingResponse
from ...types import Response, quote_path


def _get_kwargs(
    business_id: str,
    *,
    solution_id: str | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["solution_id"] = solution_id

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/{quote_path(str(business_id))}/onboard_partners_to_mm_lite",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorResponse | MarketingMessagesOnboardingResponse:
    if response.status_code == 200:
        response_200 = MarketingMessagesOnboardingResponse.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorResponse | MarketingMessagesOnboardingResponse]:
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
    solution_id: str | None = None,
) -> Response[GraphErrorResponse | MarketingMessagesOnboardingResponse]:
    """Ask an end business to onboard to the Marketing Messages API

     Sent by a partner for the end business `business_id`: creates a request that the business's admins
    accept to sign the Marketing Messages API for WhatsApp (formerly MM Lite) terms and move their
    shared
    WABAs to it. Returns the request id; an existing pending request between the same partner and
    business
    is returned instead of a new one. Needs `whatsapp_business_management`.

    Args:
        business_id (str): A business portfolio (Business Manager) id.
        solution_id (str | None): A Multi-Partner Solution to associate with the request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | MarketingMessagesOnboardingResponse]
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        solution_id=solution_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    business_id: str,
    *,
    client: AuthenticatedClient,
    solution_id: str | None = None,
) -> GraphErrorResponse | MarketingMessagesOnboardingResponse | None:
    """Ask an end business to onboard to the Marketing Messages API

     Sent by a partner for the end business `business_id`: creates a request that the business's admins
    accept to sign the Marketing Messages API for WhatsApp (formerly MM Lite) terms and move their
    shared
    WABAs to it. Returns the request id; an existing pending request between the same partner and
    business
    is returned instead of a new one. Needs `whatsapp_business_management`.

    Args:
        business_id (str): A business portfolio (Business Manager) id.
        solution_id (str | None): A Multi-Partner Solution to associate with the request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | MarketingMessagesOnboardingResponse
    """

    return sync_detailed(
        business_id=business_id,
        client=client,
        solution_id=solution_id,
    ).parsed


async def asyncio_detailed(
    business_id: str,
    *,
    client: AuthenticatedClient,
    solution_id: str | None = None,
) -> Response[GraphErrorResponse | MarketingMessagesOnboardingResponse]:
    """Ask an end business to onboard to the Marketing Messages API

     Sent by a partner for the end business `business_id`: creates a request that the business's admins
    accept to sign the Marketing Messages API for WhatsApp (formerly MM Lite) terms and move their
    shared
    WABAs to it. Returns the request id; an existing pending request between the same partner and
    business
    is returned instead of a new one. Needs `whatsapp_business_management`.

    Args:
        business_id (str): A business portfolio (Business Manager) id.
        solution_id (str | None): A Multi-Partner Solution to associate with the request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | MarketingMessagesOnboardingResponse]
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        solution_id=solution_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    business_id: str,
    *,
    client: AuthenticatedClient,
    solution_id: str | None = None,
) -> GraphErrorResponse | MarketingMessagesOnboardingResponse | None:
    """Ask an end business to onboard to the Marketing Messages API

     Sent by a partner for the end business `business_id`: creates a request that the business's admins
    accept to sign the Marketing Messages API for WhatsApp (formerly MM Lite) terms and move their
    shared
    WABAs to it. Returns the request id; an existing pending request between the same partner and
    business
    is returned instead of a new one. Needs `whatsapp_business_management`.

    Args:
        business_id (str): A business portfolio (Business Manager) id.
        solution_id (str | None): A Multi-Partner Solution to associate with the request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | MarketingMessagesOnboardingResponse
    """

    return (
        await asyncio_detailed(
            business_id=business_id,
            client=client,
            solution_id=solution_id,
        )
    ).parsed
