from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.business_portfolio import BusinessPortfolio
from ...models.graph_error_response import GraphErrorResponse
from ...types import Response, quote_path


def _get_kwargs(
    business_id: str,
    *,
    fields: str | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/{quote_path(str(business_id))}",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BusinessPortfolio | GraphErrorResponse:
    if response.status_code == 200:
        response_200 = BusinessPortfolio.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BusinessPortfolio | GraphErrorResponse]:
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
    fields: str | None = None,
) -> Response[BusinessPortfolio | GraphErrorResponse]:
    """Retrieve a business portfolio

     Returns the business portfolio node with the fields asked for, e.g. `id,name,timezone_id`. From
    v24.0,
    `whatsapp_business_manager_messaging_limit` returns the portfolio's messaging limit (messaging
    limits are
    per portfolio, no longer per phone number). Needs `business_management`.

    Args:
        business_id (str): A business portfolio (Business Manager) id.
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BusinessPortfolio | GraphErrorResponse]
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    business_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
) -> BusinessPortfolio | GraphErrorResponse | None:
    """Retrieve a business portfolio

     Returns the business portfolio node with the fields asked for, e.g. `id,name,timezone_id`. From
    v24.0,
    `whatsapp_business_manager_messaging_limit` returns the portfolio's messaging limit (messaging
    limits are
    per portfolio, no longer per phone number). Needs `business_management`.

    Args:
        business_id (str): A business portfolio (Business Manager) id.
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BusinessPortfolio | GraphErrorResponse
    """

    return sync_detailed(
        business_id=business_id,
        client=client,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    business_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
) -> Response[BusinessPortfolio | GraphErrorResponse]:
    """Retrieve a business portfolio

     Returns the business portfolio node with the fields asked for, e.g. `id,name,timezone_id`. From
    v24.0,
    `whatsapp_business_manager_messaging_limit` returns the portfolio's messaging limit (messaging
    limits are
    per portfolio, no longer per phone number). Needs `business_management`.

    Args:
        business_id (str): A business portfolio (Business Manager) id.
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BusinessPortfolio | GraphErrorResponse]
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    business_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
) -> BusinessPortfolio | GraphErrorResponse | None:
    """Retrieve a business portfolio

     Returns the business portfolio node with the fields asked for, e.g. `id,name,timezone_id`. From
    v24.0,
    `whatsapp_business_manager_messaging_limit` returns the portfolio's messaging limit (messaging
    limits are
    per portfolio, no longer per phone number). Needs `business_management`.

    Args:
        business_id (str): A business portfolio (Business Manager) id.
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BusinessPortfolio | GraphErrorResponse
    """

    return (
        await asyncio_detailed(
            business_id=business_id,
            client=client,
            fields=fields,
        )
    ).parsed
