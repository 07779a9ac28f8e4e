from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.flow_migrate_request import FlowMigrateRequest
from ...models.flow_migrate_response import FlowMigrateResponse
from ...models.graph_error_response import GraphErrorResponse
from ...types import Response, quote_path


def _get_kwargs(
    waba_id: str,
    *,
    body: FlowMigrateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/{quote_path(str(waba_id))}/migrate_flows",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FlowMigrateResponse | GraphErrorResponse:
    if response.status_code == 200:
        response_200 = FlowMigrateResponse.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FlowMigrateResponse | GraphErrorResponse]:
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
    body: FlowMigrateRequest,
) -> Response[FlowMigrateResponse | GraphErrorResponse]:
    """Copy Flows from another WABA into this one

     Copies Flows from `source_waba_id` (same business) into this WABA (the path's `waba_id`): every
    Flow, or
    only those named in `source_flow_names` (up to 100). A published source Flow is published in the
    destination; others arrive as drafts. Answers each migrated Flow's new id and each failure's reason.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        body (FlowMigrateRequest): The body of `POST /{waba_id}/migrate_flows`. Example:
            {'source_waba_id': '104996122399160', 'source_flow_names': ['appointment-booking']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FlowMigrateResponse | GraphErrorResponse]
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
    body: FlowMigrateRequest,
) -> FlowMigrateResponse | GraphErrorResponse | None:
    """Copy Flows from another WABA into this one

     Copies Flows from `source_waba_id` (same business) into this WABA (the path's `waba_id`): every
    Flow, or
    only those named in `source_flow_names` (up to 100). A published source Flow is published in the
    destination; others arrive as drafts. Answers each migrated Flow's new id and each failure's reason.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        body (FlowMigrateRequest): The body of `POST /{waba_id}/migrate_flows`. Example:
            {'source_waba_id': '104996122399160', 'source_flow_names': ['appointment-booking']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FlowMigrateResponse | GraphErrorResponse
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
    body: FlowMigrateRequest,
) -> Response[FlowMigrateResponse | GraphErrorResponse]:
    """Copy Flows from another WABA into this one

     Copies Flows from `source_waba_id` (same business) into this WABA (the path's `waba_id`): every
    Flow, or
    only those named in `source_flow_names` (up to 100). A published source Flow is published in the
    destination; others arrive as drafts. Answers each migrated Flow's new id and each failure's reason.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        body (FlowMigrateRequest): The body of `POST /{waba_id}/migrate_flows`. Example:
            {'source_waba_id': '104996122399160', 'source_flow_names': ['appointment-booking']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FlowMigrateResponse | GraphErrorResponse]
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
    body: FlowMigrateRequest,
) -> FlowMigrateResponse | GraphErrorResponse | None:
    """Copy Flows from another WABA into this one

     Copies Flows from `source_waba_id` (same business) into this WABA (the path's `waba_id`): every
    Flow, or
    only those named in `source_flow_names` (up to 100). A published source Flow is published in the
    destination; others arrive as drafts. Answers each migrated Flow's new id and each failure's reason.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        body (FlowMigrateRequest): The body of `POST /{waba_id}/migrate_flows`. Example:
            {'source_waba_id': '104996122399160', 'source_flow_names': ['appointment-booking']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FlowMigrateResponse | GraphErrorResponse
    """

    return (
        await asyncio_detailed(
            waba_id=waba_id,
            client=client,
            body=body,
        )
    ).parsed
