from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_response import GraphErrorResponse
from ...models.message_template_migrate_request import MessageTemplateMigrateRequest
from ...models.message_template_migrate_response import MessageTemplateMigrateResponse
from ...types import Response, quote_path


def _get_kwargs(
    waba_id: str,
    *,
    body: MessageTemplateMigrateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/{quote_path(str(waba_id))}/migrate_message_templates",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorResponse | MessageTemplateMigrateResponse:
    if response.status_code == 200:
        response_200 = MessageTemplateMigrateResponse.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorResponse | MessageTemplateMigrateResponse]:
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
    body: MessageTemplateMigrateRequest,
) -> Response[GraphErrorResponse | MessageTemplateMigrateResponse]:
    """Copy the templates of another WABA into this one

     Migrates approved templates from `source_waba_id` (same business) into this WABA (the path's
    `waba_id`), 500 per call: `page_number` 0 for the first 500, 1 for the next, and so on. Answers the
    migrated ids and, per id, why a template failed. Needs the `whatsapp_business_management`
    permission.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        body (MessageTemplateMigrateRequest): The body of `POST
            /{waba_id}/migrate_message_templates`. Example: {'source_waba_id': '104996122399160',
            'page_number': 0}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | MessageTemplateMigrateResponse]
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
    body: MessageTemplateMigrateRequest,
) -> GraphErrorResponse | MessageTemplateMigrateResponse | None:
    """Copy the templates of another WABA into this one

     Migrates approved templates from `source_waba_id` (same business) into this WABA (the path's
    `waba_id`), 500 per call: `page_number` 0 for the first 500, 1 for the next, and so on. Answers the
    migrated ids and, per id, why a template failed. Needs the `whatsapp_business_management`
    permission.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        body (MessageTemplateMigrateRequest): The body of `POST
            /{waba_id}/migrate_message_templates`. Example: {'source_waba_id': '104996122399160',
            'page_number': 0}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | MessageTemplateMigrateResponse
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
    body: MessageTemplateMigrateRequest,
) -> Response[GraphErrorResponse | MessageTemplateMigrateResponse]:
    """Copy the templates of another WABA into this one

     Migrates approved templates from `source_waba_id` (same business) into this WABA (the path's
    `waba_id`), 500 per call: `page_number` 0 for the first 500, 1 for the next, and so on. Answers the
    migrated ids and, per id, why a template failed. Needs the `whatsapp_business_management`
    permission.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        body (MessageTemplateMigrateRequest): The body of `POST
            /{waba_id}/migrate_message_templates`. Example: {'source_waba_id': '104996122399160',
            'page_number': 0}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | MessageTemplateMigrateResponse]
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
    body: MessageTemplateMigrateRequest,
) -> GraphErrorResponse | MessageTemplateMigrateResponse | None:
    """Copy the templates of another WABA into this one

     Migrates approved templates from `source_waba_id` (same business) into this WABA (the path's
    `waba_id`), 500 per call: `page_number` 0 for the first 500, 1 for the next, and so on. Answers the
    migrated ids and, per id, why a template failed. Needs the `whatsapp_business_management`
    permission.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        body (MessageTemplateMigrateRequest): The body of `POST
            /{waba_id}/migrate_message_templates`. Example: {'source_waba_id': '104996122399160',
            'page_number': 0}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | MessageTemplateMigrateResponse
    """

    return (
        await asyncio_detailed(
            waba_id=waba_id,
            client=client,
            body=body,
        )
    ).parsed
