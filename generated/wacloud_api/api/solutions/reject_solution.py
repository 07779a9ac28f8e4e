from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_response import GraphErrorResponse
from ...models.solution_reject_request import SolutionRejectRequest
from ...models.solution_reject_response import SolutionRejectResponse
from ...types import Response, quote_path


def _get_kwargs(
    solution_id: str,
    *,
    body: SolutionRejectRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/{quote_path(str(solution_id))}/reject",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorResponse | SolutionRejectResponse:
    if response.status_code == 200:
        response_200 = SolutionRejectResponse.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorResponse | SolutionRejectResponse]:
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
    body: SolutionRejectRequest,
) -> Response[GraphErrorResponse | SolutionRejectResponse]:
    """Reject an invitation to (or a deactivation of) a Multi-Partner Solution

     Rejects a pending partnership request (`request_type=PARTNERSHIP_REQUEST`, with `partner_app_id`) or
    a
    pending deactivation request. Needs `whatsapp_business_management`.

    Args:
        solution_id (str): A Multi-Partner Solution id.
        body (SolutionRejectRequest): Which pending request to reject. Example: {'request_type':
            'PARTNERSHIP_REQUEST', 'partner_app_id': '9876543210987654'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | SolutionRejectResponse]
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
    body: SolutionRejectRequest,
) -> GraphErrorResponse | SolutionRejectResponse | None:
    """Reject an invitation to (or a deactivation of) a Multi-Partner Solution

     Rejects a pending partnership request (`request_type=PARTNERSHIP_REQUEST`, with `partner_app_id`) or
    a
    pending deactivation request. Needs `whatsapp_business_management`.

    Args:
        solution_id (str): A Multi-Partner Solution id.
        body (SolutionRejectRequest): Which pending request to reject. Example: {'request_type':
            'PARTNERSHIP_REQUEST', 'partner_app_id': '9876543210987654'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | SolutionRejectResponse
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
    body: SolutionRejectRequest,
) -> Response[GraphErrorResponse | SolutionRejectResponse]:
    """Reject an invitation to (or a deactivation of) a Multi-Partner Solution

     Rejects a pending partnership request (`request_type=PARTNERSHIP_REQUEST`, with `partner_app_id`) or
    a
    pending deactivation request. Needs `whatsapp_business_management`.

    Args:
        solution_id (str): A Multi-Partner Solution id.
        body (SolutionRejectRequest): Which pending request to reject. Example: {'request_type':
            'PARTNERSHIP_REQUEST', 'partner_app_id': '9876543210987654'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | SolutionRejectResponse]
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
    body: SolutionRejectRequest,
) -> GraphErrorResponse | SolutionRejectResponse | None:
    """Reject an invitation to (or a deactivation of) a Multi-Partner Solution

     Rejects a pending partnership request (`request_type=PARTNERSHIP_REQUEST`, with `partner_app_id`) or
    a
    pending deactivation request. Needs `whatsapp_business_management`.

    Args:
        solution_id (str): A Multi-Partner Solution id.
        body (SolutionRejectRequest): Which pending request to reject. Example: {'request_type':
            'PARTNERSHIP_REQUEST', 'partner_app_id': '9876543210987654'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | SolutionRejectResponse
    """

    return (
        await asyncio_detailed(
            solution_id=solution_id,
            client=client,
            body=body,
        )
    ).parsed
