from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_response import GraphErrorResponse
from ...models.solution_accept_request import SolutionAcceptRequest
from ...models.solution_accept_response import SolutionAcceptResponse
from ...types import Response, quote_path


def _get_kwargs(
    solution_id: str,
    *,
    body: SolutionAcceptRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/{quote_path(str(solution_id))}/accept",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorResponse | SolutionAcceptResponse:
    if response.status_code == 200:
        response_200 = SolutionAcceptResponse.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorResponse | SolutionAcceptResponse]:
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
    body: SolutionAcceptRequest,
) -> Response[GraphErrorResponse | SolutionAcceptResponse]:
    """Accept an invitation to a Multi-Partner Solution

     Accepts, as the partner app, the invitation to the solution. Needs `whatsapp_business_management`.

    Args:
        solution_id (str): A Multi-Partner Solution id.
        body (SolutionAcceptRequest): The partner app accepting the invitation. Example:
            {'partner_app_id': '9876543210987654'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | SolutionAcceptResponse]
    """

    kwargs = _get_kwargs(
        solution_id=solution_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    solution_id: str,
    *,
    client: AuthenticatedClient,
    body: SolutionAcceptRequest,
) -> GraphErrorResponse | SolutionAcceptResponse | None:
    """Accept an invitation to a Multi-Partner Solution

     Accepts, as the partner app, the invitation to the solution. Needs `whatsapp_business_management`.

    Args:
        solution_id (str): A Multi-Partner Solution id.
        body (SolutionAcceptRequest): The partner app accepting the invitation. Example:
            {'partner_app_id': '9876543210987654'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | SolutionAcceptResponse
    """

    return sync_detailed(
        solution_id=solution_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    solution_id: str,
    *,
    client: AuthenticatedClient,
    body: SolutionAcceptRequest,
) -> Response[GraphErrorResponse | SolutionAcceptResponse]:
    """Accept an invitation to a Multi-Partner Solution

     Accepts, as the partner app, the invitation to the solution. Needs `whatsapp_business_management`.

    Args:
        solution_id (str): A Multi-Partner Solution id.
        body (SolutionAcceptRequest): The partner app accepting the invitation. Example:
            {'partner_app_id': '9876543210987654'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | SolutionAcceptResponse]
    """

    kwargs = _get_kwargs(
        solution_id=solution_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    solution_id: str,
    *,
    client: AuthenticatedClient,
    body: SolutionAcceptRequest,
) -> GraphErrorResponse | SolutionAcceptResponse | None:
    """Accept an invitation to a Multi-Partner Solution

     Accepts, as the partner app, the invitation to the solution. Needs `whatsapp_business_management`.

    Args:
        solution_id (str): A Multi-Partner Solution id.
        body (SolutionAcceptRequest): The partner app accepting the invitation. Example:
            {'partner_app_id': '9876543210987654'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | SolutionAcceptResponse
    """

    return (
        await asyncio_detailed(
            solution_id=solution_id,
            client=client,
            body=body,
        )
    ).parsed
