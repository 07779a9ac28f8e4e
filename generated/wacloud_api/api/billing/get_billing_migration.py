from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.billing_migration import BillingMigration
from ...models.graph_error_response import GraphErrorResponse
from ...types import Response, quote_path


def _get_kwargs(
    billing_migration_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/{quote_path(str(billing_migration_id))}",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BillingMigration | GraphErrorResponse:
    if response.status_code == 200:
        response_200 = BillingMigration.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BillingMigration | GraphErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    billing_migration_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[BillingMigration | GraphErrorResponse]:
    """Retrieve the progress of a currency migration

     Returns the migration's status and, once created, the destination account.

    Args:
        billing_migration_id (str): A currency migration id (`migration_id` from
            `billing.create_migration`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BillingMigration | GraphErrorResponse]
    """

    kwargs = _get_kwargs(
        billing_migration_id=billing_migration_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    billing_migration_id: str,
    *,
    client: AuthenticatedClient,
) -> BillingMigration | GraphErrorResponse | None:
    """Retrieve the progress of a currency migration

     Returns the migration's status and, once created, the destination account.

    Args:
        billing_migration_id (str): A currency migration id (`migration_id` from
            `billing.create_migration`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BillingMigration | GraphErrorResponse
    """

    return sync_detailed(
        billing_migration_id=billing_migration_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    billing_migration_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[BillingMigration | GraphErrorResponse]:
    """Retrieve the progress of a currency migration

     Returns the migration's status and, once created, the destination account.

    Args:
        billing_migration_id (str): A currency migration id (`migration_id` from
            `billing.create_migration`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BillingMigration | GraphErrorResponse]
    """

    kwargs = _get_kwargs(
        billing_migration_id=billing_migration_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    billing_migration_id: str,
    *,
    client: AuthenticatedClient,
) -> BillingMigration | GraphErrorResponse | None:
    """Retrieve the progress of a currency migration

     Returns the migration's status and, once created, the destination account.

    Args:
        billing_migration_id (str): A currency migration id (`migration_id` from
            `billing.create_migration`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BillingMigration | GraphErrorResponse
    """

    return (
        await asyncio_detailed(
            billing_migration_id=billing_migration_id,
            client=client,
        )
    ).parsed
