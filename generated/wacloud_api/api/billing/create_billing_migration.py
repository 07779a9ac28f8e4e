from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.billing_migration_create import BillingMigrationCreate
from ...models.billing_migration_started import BillingMigrationStarted
from ...models.graph_error_response import GraphErrorResponse
from ...types import Response, quote_path


def _get_kwargs(
    waba_id: str,
    *,
    body: BillingMigrationCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/{quote_path(str(waba_id))}/set_payment_method_migration_intent",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BillingMigrationStarted | GraphErrorResponse:
    if response.status_code == 200:
        response_200 = BillingMigrationStarted.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BillingMigrationStarted | GraphErrorResponse]:
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
    body: BillingMigrationCreate,
) -> Response[BillingMigrationStarted | GraphErrorResponse]:
    """Start moving a WhatsApp Business Account to another currency or payment method

     Starts the migration: Meta creates the destination account in `currency` and copies the source's
    assets into
    it. Poll `get_migration` until `status` is `READY_TO_COMPLETE`, then call `resume_migration`.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        body (BillingMigrationCreate): The currency (and line of credit) to move a WhatsApp
            Business Account to. Example: {'currency': 'INR', 'extended_credit_id':
            '1972385232742146'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BillingMigrationStarted | GraphErrorResponse]
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
    body: BillingMigrationCreate,
) -> BillingMigrationStarted | GraphErrorResponse | None:
    """Start moving a WhatsApp Business Account to another currency or payment method

     Starts the migration: Meta creates the destination account in `currency` and copies the source's
    assets into
    it. Poll `get_migration` until `status` is `READY_TO_COMPLETE`, then call `resume_migration`.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        body (BillingMigrationCreate): The currency (and line of credit) to move a WhatsApp
            Business Account to. Example: {'currency': 'INR', 'extended_credit_id':
            '1972385232742146'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BillingMigrationStarted | GraphErrorResponse
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
    body: BillingMigrationCreate,
) -> Response[BillingMigrationStarted | GraphErrorResponse]:
    """Start moving a WhatsApp Business Account to another currency or payment method

     Starts the migration: Meta creates the destination account in `currency` and copies the source's
    assets into
    it. Poll `get_migration` until `status` is `READY_TO_COMPLETE`, then call `resume_migration`.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        body (BillingMigrationCreate): The currency (and line of credit) to move a WhatsApp
            Business Account to. Example: {'currency': 'INR', 'extended_credit_id':
            '1972385232742146'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BillingMigrationStarted | GraphErrorResponse]
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
    body: BillingMigrationCreate,
) -> BillingMigrationStarted | GraphErrorResponse | None:
    """Start moving a WhatsApp Business Account to another currency or payment method

     Starts the migration: Meta creates the destination account in `currency` and copies the source's
    assets into
    it. Poll `get_migration` until `status` is `READY_TO_COMPLETE`, then call `resume_migration`.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        body (BillingMigrationCreate): The currency (and line of credit) to move a WhatsApp
            Business Account to. Example: {'currency': 'INR', 'extended_credit_id':
            '1972385232742146'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BillingMigrationStarted | GraphErrorResponse
    """

    return (
        await asyncio_detailed(
            waba_id=waba_id,
            client=client,
            body=body,
        )
    ).parsed
