from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_response import GraphErrorResponse
from ...models.solution_create import SolutionCreate
from ...models.solution_created import SolutionCreated
from ...types import Response, quote_path


def _get_kwargs(
    app_id: str,
    *,
    body: SolutionCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/{quote_path(str(app_id))}/whatsapp_business_solution",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorResponse | SolutionCreated:
    if response.status_code == 200:
        response_200 = SolutionCreated.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorResponse | SolutionCreated]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    app_id: str,
    *,
    client: AuthenticatedClient,
    body: SolutionCreate,
) -> Response[GraphErrorResponse | SolutionCreated]:
    """Create a Multi-Partner Solution

     Creates a solution owned by your app and invites `partner_app_id`; the partner accepts with
    `solutions.accept`. Returns the solution id. Needs `whatsapp_business_management`.

    Args:
        app_id (str): The Meta app id (WA_APP_ID); defaults to the client's `app_id`.
        body (SolutionCreate): A Multi-Partner Solution to create. Example: {'solution_name':
            'Owner-Managed Messaging Solution', 'partner_app_id': '9876543210987654',
            'owner_permissions': ['MESSAGING'], 'partner_permissions': []}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | SolutionCreated]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    app_id: str,
    *,
    client: AuthenticatedClient,
    body: SolutionCreate,
) -> GraphErrorResponse | SolutionCreated | None:
    """Create a Multi-Partner Solution

     Creates a solution owned by your app and invites `partner_app_id`; the partner accepts with
    `solutions.accept`. Returns the solution id. Needs `whatsapp_business_management`.

    Args:
        app_id (str): The Meta app id (WA_APP_ID); defaults to the client's `app_id`.
        body (SolutionCreate): A Multi-Partner Solution to create. Example: {'solution_name':
            'Owner-Managed Messaging Solution', 'partner_app_id': '9876543210987654',
            'owner_permissions': ['MESSAGING'], 'partner_permissions': []}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | SolutionCreated
    """

    return sync_detailed(
        app_id=app_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    app_id: str,
    *,
    client: AuthenticatedClient,
    body: SolutionCreate,
) -> Response[GraphErrorResponse | SolutionCreated]:
    """Create a Multi-Partner Solution

     Creates a solution owned by your app and invites `partner_app_id`; the partner accepts with
    `solutions.accept`. Returns the solution id. Needs `whatsapp_business_management`.

    Args:
        app_id (str): The Meta app id (WA_APP_ID); defaults to the client's `app_id`.
        body (SolutionCreate): A Multi-Partner Solution to create. Example: {'solution_name':
            'Owner-Managed Messaging Solution', 'partner_app_id': '9876543210987654',
            'owner_permissions': ['MESSAGING'], 'partner_permissions': []}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | SolutionCreated]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    app_id: str,
    *,
    client: AuthenticatedClient,
    body: SolutionCreate,
) -> GraphErrorResponse | SolutionCreated | None:
    """Create a Multi-Partner Solution

     Creates a solution owned by your app and invites `partner_app_id`; the partner accepts with
    `solutions.accept`. Returns the solution id. Needs `whatsapp_business_management`.

    Args:
        app_id (str): The Meta app id (WA_APP_ID); defaults to the client's `app_id`.
        body (SolutionCreate): A Multi-Partner Solution to create. Example: {'solution_name':
            'Owner-Managed Messaging Solution', 'partner_app_id': '9876543210987654',
            'owner_permissions': ['MESSAGING'], 'partner_permissions': []}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | SolutionCreated
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            client=client,
            body=body,
        )
    ).parsed
