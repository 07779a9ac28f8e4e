from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_response import GraphErrorResponse
from ...models.solution_migration_intent_created import SolutionMigrationIntentCreated
from ...models.solution_migration_intent_request import SolutionMigrationIntentRequest
from ...types import Response, quote_path


def _get_kwargs(
    waba_id: str,
    *,
    body: SolutionMigrationIntentRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/{quote_path(str(waba_id))}/set_solution_migration_intent",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorResponse | SolutionMigrationIntentCreated:
    if response.status_code == 200:
        response_200 = SolutionMigrationIntentCreated.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorResponse | SolutionMigrationIntentCreated]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    waba_id: str,
    *,
    client: AuthenticatedClient,
    body: SolutionMigrationIntentRequest,
) -> Response[GraphErrorResponse | SolutionMigrationIntentCreated]:
    """Start moving a WhatsApp Business Account to another solution

     Records the intent to move the account from one Multi-Partner Solution (or partner) to another; the
    customer approves it, then it completes. Follow it with `solutions.get_migration_intent`. Needs
    `whatsapp_business_management`.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        body (SolutionMigrationIntentRequest): A migration of a WABA between solutions. Example:
            {'solution_id': '1578492037561280', 'migration_intent': 'INITIATE_MIGRATION',
            'target_solution_id': '2345678901234567'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | SolutionMigrationIntentCreated]
    """

    kwargs = _get_kwargs(
        waba_id=waba_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    waba_id: str,
    *,
    client: AuthenticatedClient,
    body: SolutionMigrationIntentRequest,
) -> GraphErrorResponse | SolutionMigrationIntentCreated | None:
    """Start moving a WhatsApp Business Account to another solution

     Records the intent to move the account from one Multi-Partner Solution (or partner) to another; the
    customer approves it, then it completes. Follow it with `solutions.get_migration_intent`. Needs
    `whatsapp_business_management`.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        body (SolutionMigrationIntentRequest): A migration of a WABA between solutions. Example:
            {'solution_id': '1578492037561280', 'migration_intent': 'INITIATE_MIGRATION',
            'target_solution_id': '2345678901234567'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | SolutionMigrationIntentCreated
    """

    return sync_detailed(
        waba_id=waba_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    waba_id: str,
    *,
    client: AuthenticatedClient,
    body: SolutionMigrationIntentRequest,
) -> Response[GraphErrorResponse | SolutionMigrationIntentCreated]:
    """Start moving a WhatsApp Business Account to another solution

     Records the intent to move the account from one Multi-Partner Solution (or partner) to another; the
    customer approves it, then it completes. Follow it with `solutions.get_migration_intent`. Needs
    `whatsapp_business_management`.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        body (SolutionMigrationIntentRequest): A migration of a WABA between solutions. Example:
            {'solution_id': '1578492037561280', 'migration_intent': 'INITIATE_MIGRATION',
            'target_solution_id': '2345678901234567'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | SolutionMigrationIntentCreated]
    """

    kwargs = _get_kwargs(
        waba_id=waba_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    waba_id: str,
    *,
    client: AuthenticatedClient,
    body: SolutionMigrationIntentRequest,
) -> GraphErrorResponse | SolutionMigrationIntentCreated | None:
    """Start moving a WhatsApp Business Account to another solution

     Records the intent to move the account from one Multi-Partner Solution (or partner) to another; the
    customer approves it, then it completes. Follow it with `solutions.get_migration_intent`. Needs
    `whatsapp_business_management`.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        body (SolutionMigrationIntentRequest): A migration of a WABA between solutions. Example:
            {'solution_id': '1578492037561280', 'migration_intent': 'INITIATE_MIGRATION',
            'target_solution_id': '2345678901234567'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | SolutionMigrationIntentCreated
    """

    return (
        await asyncio_detailed(
            waba_id=waba_id,
            client=client,
            body=body,
        )
    ).parsed
