from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_response import GraphErrorResponse
from ...models.solution_access_token import SolutionAccessToken
from ...types import Response, quote_path


def _get_kwargs(
    solution_id: str,
    *,
    business_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["business_id"] = business_id

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/{quote_path(str(solution_id))}/access_token",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorResponse | SolutionAccessToken:
    if response.status_code == 200:
        response_200 = SolutionAccessToken.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorResponse | SolutionAccessToken]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    solution_id: str,
    *,
    client: AuthenticatedClient,
    business_id: str,
) -> Response[GraphErrorResponse | SolutionAccessToken]:
    """Get a business token for a customer onboarded through the solution

     Returns a granular business integration system user (BISU) access token for `business_id`, a
    customer
    that onboarded through the solution, scoped to the WABAs it shared. The token is a secret: wacloud
    never
    logs it, and the returned model does not show it in its repr. Needs `whatsapp_business_management`.

    Args:
        solution_id (str): A Multi-Partner Solution id.
        business_id (str): The customer's business portfolio id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | SolutionAccessToken]
    """

    kwargs = _get_kwargs(
        solution_id=solution_id,
        business_id=business_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    solution_id: str,
    *,
    client: AuthenticatedClient,
    business_id: str,
) -> GraphErrorResponse | SolutionAccessToken | None:
    """Get a business token for a customer onboarded through the solution

     Returns a granular business integration system user (BISU) access token for `business_id`, a
    customer
    that onboarded through the solution, scoped to the WABAs it shared. The token is a secret: wacloud
    never
    logs it, and the returned model does not show it in its repr. Needs `whatsapp_business_management`.

    Args:
        solution_id (str): A Multi-Partner Solution id.
        business_id (str): The customer's business portfolio id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | SolutionAccessToken
    """

    return sync_detailed(
        solution_id=solution_id,
        client=client,
        business_id=business_id,
    ).parsed


async def asyncio_detailed(
    solution_id: str,
    *,
    client: AuthenticatedClient,
    business_id: str,
) -> Response[GraphErrorResponse | SolutionAccessToken]:
    """Get a business token for a customer onboarded through the solution

     Returns a granular business integration system user (BISU) access token for `business_id`, a
    customer
    that onboarded through the solution, scoped to the WABAs it shared. The token is a secret: wacloud
    never
    logs it, and the returned model does not show it in its repr. Needs `whatsapp_business_management`.

    Args:
        solution_id (str): A Multi-Partner Solution id.
        business_id (str): The customer's business portfolio id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | SolutionAccessToken]
    """

    kwargs = _get_kwargs(
        solution_id=solution_id,
        business_id=business_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    solution_id: str,
    *,
    client: AuthenticatedClient,
    business_id: str,
) -> GraphErrorResponse | SolutionAccessToken | None:
    """Get a business token for a customer onboarded through the solution

     Returns a granular business integration system user (BISU) access token for `business_id`, a
    customer
    that onboarded through the solution, scoped to the WABAs it shared. The token is a secret: wacloud
    never
    logs it, and the returned model does not show it in its repr. Needs `whatsapp_business_management`.

    Args:
        solution_id (str): A Multi-Partner Solution id.
        business_id (str): The customer's business portfolio id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | SolutionAccessToken
    """

    return (
        await asyncio_detailed(
            solution_id=solution_id,
            client=client,
            business_id=business_id,
        )
    ).parsed
