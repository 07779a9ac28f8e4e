from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_response import GraphErrorResponse
from ...models.whats_app_business_bot import WhatsAppBusinessBot
from ...types import Response, quote_path


def _get_kwargs(
    whatsapp_business_bot_id: str,
    *,
    fields: str | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/{quote_path(str(whatsapp_business_bot_id))}",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorResponse | WhatsAppBusinessBot:
    if response.status_code == 200:
        response_200 = WhatsAppBusinessBot.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorResponse | WhatsAppBusinessBot]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    whatsapp_business_bot_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
) -> Response[GraphErrorResponse | WhatsAppBusinessBot]:
    """Retrieve a WhatsApp business bot

     Returns the bot node that holds a number's conversational automation: its ice breakers (`prompts`)
    and
    `/` commands. Configure them with `phone_numbers.update_conversational_automation`. Needs
    `whatsapp_business_management`.

    Args:
        whatsapp_business_bot_id (str): A WhatsApp business bot id (the conversational automation
            of a number).
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | WhatsAppBusinessBot]
    """

    kwargs = _get_kwargs(
        whatsapp_business_bot_id=whatsapp_business_bot_id,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    whatsapp_business_bot_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
) -> GraphErrorResponse | WhatsAppBusinessBot | None:
    """Retrieve a WhatsApp business bot

     Returns the bot node that holds a number's conversational automation: its ice breakers (`prompts`)
    and
    `/` commands. Configure them with `phone_numbers.update_conversational_automation`. Needs
    `whatsapp_business_management`.

    Args:
        whatsapp_business_bot_id (str): A WhatsApp business bot id (the conversational automation
            of a number).
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | WhatsAppBusinessBot
    """

    return sync_detailed(
        whatsapp_business_bot_id=whatsapp_business_bot_id,
        client=client,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    whatsapp_business_bot_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
) -> Response[GraphErrorResponse | WhatsAppBusinessBot]:
    """Retrieve a WhatsApp business bot

     Returns the bot node that holds a number's conversational automation: its ice breakers (`prompts`)
    and
    `/` commands. Configure them with `phone_numbers.update_conversational_automation`. Needs
    `whatsapp_business_management`.

    Args:
        whatsapp_business_bot_id (str): A WhatsApp business bot id (the conversational automation
            of a number).
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | WhatsAppBusinessBot]
    """

    kwargs = _get_kwargs(
        whatsapp_business_bot_id=whatsapp_business_bot_id,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    whatsapp_business_bot_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
) -> GraphErrorResponse | WhatsAppBusinessBot | None:
    """Retrieve a WhatsApp business bot

     Returns the bot node that holds a number's conversational automation: its ice breakers (`prompts`)
    and
    `/` commands. Configure them with `phone_numbers.update_conversational_automation`. Needs
    `whatsapp_business_management`.

    Args:
        whatsapp_business_bot_id (str): A WhatsApp business bot id (the conversational automation
            of a number).
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | WhatsAppBusinessBot
    """

    return (
        await asyncio_detailed(
            whatsapp_business_bot_id=whatsapp_business_bot_id,
            client=client,
            fields=fields,
        )
    ).parsed
