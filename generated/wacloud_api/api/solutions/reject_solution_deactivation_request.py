from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_response import GraphErrorResponse
from ...models.solution import Solution
from ...models.solution_reject_deactivation_request import SolutionRejectDeactivationRequest
from ...types import Response, quote_path


def _get_kwargs(
    solution_id: str,
    *,
    body: SolutionRejectDeactivationRequest | None = None,
    fields: str | None = None,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/{quote_path(str(solution_id))}/reject_deactivation_request",
        "params": params,
    }

    if body is not None:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GraphErrorResponse | Solution:
    if response.status_code == 200:
        response_200 = Solution.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorResponse | Solution]:
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
    body: SolutionRejectDeactivationRequest | None = None,
    fields: str | None = None,
) -> Response[GraphErrorResponse | Solution]:
    """Reject a request to deactivate a Multi-Partner Solution

     Refuses the pending deactivation; the solution stays `ACTIVE` and is returned. Needs
    `whatsapp_business_management`.

    Args:
        solution_id (str): A Multi-Partner Solution id.
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.
        body (SolutionRejectDeactivationRequest | None): The body Meta's reference documents for
            refusing a deactivation. Example: {'reject_deactivation_request': True}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | Solution]
    """

    kwargs = _get_kwargs(
        solution_id=solution_id,
        body=body,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    solution_id: str,
    *,
    client: AuthenticatedClient,
    body: SolutionRejectDeactivationRequest | None = None,
    fields: str | None = None,
) -> GraphErrorResponse | Solution | None:
    """Reject a request to deactivate a Multi-Partner Solution

     Refuses the pending deactivation; the solution stays `ACTIVE` and is returned. Needs
    `whatsapp_business_management`.

    Args:
        solution_id (str): A Multi-Partner Solution id.
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.
        body (SolutionRejectDeactivationRequest | None): The body Meta's reference documents for
            refusing a deactivation. Example: {'reject_deactivation_request': True}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | Solution
    """

    return sync_detailed(
        solution_id=solution_id,
        client=client,
        body=body,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    solution_id: str,
    *,
    client: AuthenticatedClient,
    body: SolutionRejectDeactivationRequest | None = None,
    fields: str | None = None,
) -> Response[GraphErrorResponse | Solution]:
    """Reject a request to deactivate a Multi-Partner Solution

     Refuses the pending deactivation; the solution stays `ACTIVE` and is returned. Needs
    `whatsapp_business_management`.

    Args:
        solution_id (str): A Multi-Partner Solution id.
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.
        body (SolutionRejectDeactivationRequest | None): The body Meta's reference documents for
            refusing a deactivation. Example: {'reject_deactivation_request': True}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | Solution]
    """

    kwargs = _get_kwargs(
        solution_id=solution_id,
        body=body,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    solution_id: str,
    *,
    client: AuthenticatedClient,
    body: SolutionRejectDeactivationRequest | None = None,
    fields: str | None = None,
) -> GraphErrorResponse | Solution | None:
    """Reject a request to deactivate a Multi-Partner Solution

     Refuses the pending deactivation; the solution stays `ACTIVE` and is returned. Needs
    `whatsapp_business_management`.

    Args:
        solution_id (str): A Multi-Partner Solution id.
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.
        body (SolutionRejectDeactivationRequest | None): The body Meta's reference documents for
            refusing a deactivation. Example: {'reject_deactivation_request': True}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | Solution
    """

    return (
        await asyncio_detailed(
            solution_id=solution_id,
            client=client,
            body=body,
            fields=fields,
        )
    ).parsed
