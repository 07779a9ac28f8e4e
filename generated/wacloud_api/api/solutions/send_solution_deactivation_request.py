from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_response import GraphErrorResponse
from ...models.solution_deactivation_request import SolutionDeactivationRequest
from ...models.solution_deactivation_request_response import SolutionDeactivationRequestResponse
from ...types import Response, quote_path


def _get_kwargs(
    solution_id: str,
    *,
    body: SolutionDeactivationRequest | None = None,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/{quote_path(str(solution_id))}/send_deactivation_request",
    }

    if body is not None:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorResponse | SolutionDeactivationRequestResponse:
    if response.status_code == 200:
        response_200 = SolutionDeactivationRequestResponse.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorResponse | SolutionDeactivationRequestResponse]:
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
    body: SolutionDeactivationRequest | None = None,
) -> Response[GraphErrorResponse | SolutionDeactivationRequestResponse]:
    """Ask to deactivate a Multi-Partner Solution

     Asks the other app of the solution to agree to deactivate it; it accepts or rejects with
    `accept_deactivation_request` / `reject_deactivation_request`. Needs `whatsapp_business_management`.

    Args:
        solution_id (str): A Multi-Partner Solution id.
        body (SolutionDeactivationRequest | None): Why the solution should be deactivated.
            Example: {'reason': 'Solution no longer needed for current business operations'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | SolutionDeactivationRequestResponse]
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
    body: SolutionDeactivationRequest | None = None,
) -> GraphErrorResponse | SolutionDeactivationRequestResponse | None:
    """Ask to deactivate a Multi-Partner Solution

     Asks the other app of the solution to agree to deactivate it; it accepts or rejects with
    `accept_deactivation_request` / `reject_deactivation_request`. Needs `whatsapp_business_management`.

    Args:
        solution_id (str): A Multi-Partner Solution id.
        body (SolutionDeactivationRequest | None): Why the solution should be deactivated.
            Example: {'reason': 'Solution no longer needed for current business operations'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | SolutionDeactivationRequestResponse
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
    body: SolutionDeactivationRequest | None = None,
) -> Response[GraphErrorResponse | SolutionDeactivationRequestResponse]:
    """Ask to deactivate a Multi-Partner Solution

     Asks the other app of the solution to agree to deactivate it; it accepts or rejects with
    `accept_deactivation_request` / `reject_deactivation_request`. Needs `whatsapp_business_management`.

    Args:
        solution_id (str): A Multi-Partner Solution id.
        body (SolutionDeactivationRequest | None): Why the solution should be deactivated.
            Example: {'reason': 'Solution no longer needed for current business operations'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | SolutionDeactivationRequestResponse]
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
    body: SolutionDeactivationRequest | None = None,
) -> GraphErrorResponse | SolutionDeactivationRequestResponse | None:
    """Ask to deactivate a Multi-Partner Solution

     Asks the other app of the solution to agree to deactivate it; it accepts or rejects with
    `accept_deactivation_request` / `reject_deactivation_request`. Needs `whatsapp_business_management`.

    Args:
        solution_id (str): A Multi-Partner Solution id.
        body (SolutionDeactivationRequest | None): Why the solution should be deactivated.
            Example: {'reason': 'Solution no longer needed for current business operations'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | SolutionDeactivationRequestResponse
    """

    return (
        await asyncio_detailed(
            solution_id=solution_id,
            client=client,
            body=body,
        )
    ).parsed
