from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_response import GraphErrorResponse
from ...models.solution_migration_intent import SolutionMigrationIntent
from ...types import Response, quote_path


def _get_kwargs(
    migration_intent_id: str,
    *,
    fields: str | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/{quote_path(str(migration_intent_id))}",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorResponse | SolutionMigrationIntent:
    if response.status_code == 200:
        response_200 = SolutionMigrationIntent.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorResponse | SolutionMigrationIntent]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    migration_intent_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
) -> Response[GraphErrorResponse | SolutionMigrationIntent]:
    """Retrieve a solution migration intent

     Returns a migration intent and its status: `INITIATED`, `ACCEPTED` (by the customer), `REJECTED` or
    `COMPLETED`. Needs `whatsapp_business_management`.

    Args:
        migration_intent_id (str): A solution migration intent id (from
            `solutions.set_migration_intent`).
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | SolutionMigrationIntent]
    """

    kwargs = _get_kwargs(
        migration_intent_id=migration_intent_id,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    migration_intent_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
) -> GraphErrorResponse | SolutionMigrationIntent | None:
    """Retrieve a solution migration intent

     Returns a migration intent and its status: `INITIATED`, `ACCEPTED` (by the customer), `REJECTED` or
    `COMPLETED`. Needs `whatsapp_business_management`.

    Args:
        migration_intent_id (str): A solution migration intent id (from
            `solutions.set_migration_intent`).
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | SolutionMigrationIntent
    """

    return sync_detailed(
        migration_intent_id=migration_intent_id,
        client=client,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    migration_intent_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
) -> Response[GraphErrorResponse | SolutionMigrationIntent]:
    """Retrieve a solution migration intent

     Returns a migration intent and its status: `INITIATED`, `ACCEPTED` (by the customer), `REJECTED` or
    `COMPLETED`. Needs `whatsapp_business_management`.

    Args:
        migration_intent_id (str): A solution migration intent id (from
            `solutions.set_migration_intent`).
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | SolutionMigrationIntent]
    """

    kwargs = _get_kwargs(
        migration_intent_id=migration_intent_id,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    migration_intent_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
) -> GraphErrorResponse | SolutionMigrationIntent | None:
    """Retrieve a solution migration intent

     Returns a migration intent and its status: `INITIATED`, `ACCEPTED` (by the customer), `REJECTED` or
    `COMPLETED`. Needs `whatsapp_business_management`.

    Args:
        migration_intent_id (str): A solution migration intent id (from
            `solutions.set_migration_intent`).
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | SolutionMigrationIntent
    """

    return (
        await asyncio_detailed(
            migration_intent_id=migration_intent_id,
            client=client,
            fields=fields,
        )
    ).parsed
