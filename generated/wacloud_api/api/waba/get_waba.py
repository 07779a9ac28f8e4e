from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_response import GraphErrorResponse
from ...models.whats_app_business_account import WhatsAppBusinessAccount
from ...types import Response, quote_path


def _get_kwargs(
    waba_id: str,
    *,
    fields: str | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/{quote_path(str(waba_id))}",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorResponse | WhatsAppBusinessAccount:
    if response.status_code == 200:
        response_200 = WhatsAppBusinessAccount.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorResponse | WhatsAppBusinessAccount]:
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
    fields: str | None = None,
) -> Response[GraphErrorResponse | WhatsAppBusinessAccount]:
    """Retrieve a WhatsApp Business Account

     Returns the WhatsApp Business Account node: name, time zone, template namespace, review and
    verification
    status, currency, ownership, health status and more, chosen with `fields`. Messaging, conversation,
    pricing and template analytics are fields of this node too, requested with Graph field-expansion
    filters, e.g. `fields=analytics.start(1543543200).end(1544148000).granularity(DAY)` (wacloud's
    wrapper
    builds these expressions). Needs the `whatsapp_business_management` permission.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | WhatsAppBusinessAccount]
    """

    kwargs = _get_kwargs(
        waba_id=waba_id,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    waba_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
) -> GraphErrorResponse | WhatsAppBusinessAccount | None:
    """Retrieve a WhatsApp Business Account

     Returns the WhatsApp Business Account node: name, time zone, template namespace, review and
    verification
    status, currency, ownership, health status and more, chosen with `fields`. Messaging, conversation,
    pricing and template analytics are fields of this node too, requested with Graph field-expansion
    filters, e.g. `fields=analytics.start(1543543200).end(1544148000).granularity(DAY)` (wacloud's
    wrapper
    builds these expressions). Needs the `whatsapp_business_management` permission.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | WhatsAppBusinessAccount
    """

    return sync_detailed(
        waba_id=waba_id,
        client=client,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    waba_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
) -> Response[GraphErrorResponse | WhatsAppBusinessAccount]:
    """Retrieve a WhatsApp Business Account

     Returns the WhatsApp Business Account node: name, time zone, template namespace, review and
    verification
    status, currency, ownership, health status and more, chosen with `fields`. Messaging, conversation,
    pricing and template analytics are fields of this node too, requested with Graph field-expansion
    filters, e.g. `fields=analytics.start(1543543200).end(1544148000).granularity(DAY)` (wacloud's
    wrapper
    builds these expressions). Needs the `whatsapp_business_management` permission.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | WhatsAppBusinessAccount]
    """

    kwargs = _get_kwargs(
        waba_id=waba_id,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    waba_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
) -> GraphErrorResponse | WhatsAppBusinessAccount | None:
    """Retrieve a WhatsApp Business Account

     Returns the WhatsApp Business Account node: name, time zone, template namespace, review and
    verification
    status, currency, ownership, health status and more, chosen with `fields`. Messaging, conversation,
    pricing and template analytics are fields of this node too, requested with Graph field-expansion
    filters, e.g. `fields=analytics.start(1543543200).end(1544148000).granularity(DAY)` (wacloud's
    wrapper
    builds these expressions). Needs the `whatsapp_business_management` permission.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | WhatsAppBusinessAccount
    """

    return (
        await asyncio_detailed(
            waba_id=waba_id,
            client=client,
            fields=fields,
        )
    ).parsed
