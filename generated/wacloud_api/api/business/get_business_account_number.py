from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_response import GraphErrorResponse
from ...models.whats_app_account_number import WhatsAppAccountNumber
from ...types import Response, quote_path


def _get_kwargs(
    whatsapp_account_number_id: str,
    *,
    fields: str | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/{quote_path(str(whatsapp_account_number_id))}",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorResponse | WhatsAppAccountNumber:
    if response.status_code == 200:
        response_200 = WhatsAppAccountNumber.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorResponse | WhatsAppAccountNumber]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    whatsapp_account_number_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
) -> Response[GraphErrorResponse | WhatsAppAccountNumber]:
    """Retrieve a WhatsApp account number

     Returns the WhatsApp account-number node: the number, its display name, status, quality and limits.
    Needs `whatsapp_business_management`.

    Args:
        whatsapp_account_number_id (str): A WhatsApp account-number id.
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | WhatsAppAccountNumber]
    """

    kwargs = _get_kwargs(
        whatsapp_account_number_id=whatsapp_account_number_id,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    whatsapp_account_number_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
) -> GraphErrorResponse | WhatsAppAccountNumber | None:
    """Retrieve a WhatsApp account number

     Returns the WhatsApp account-number node: the number, its display name, status, quality and limits.
    Needs `whatsapp_business_management`.

    Args:
        whatsapp_account_number_id (str): A WhatsApp account-number id.
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | WhatsAppAccountNumber
    """

    return sync_detailed(
        whatsapp_account_number_id=whatsapp_account_number_id,
        client=client,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    whatsapp_account_number_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
) -> Response[GraphErrorResponse | WhatsAppAccountNumber]:
    """Retrieve a WhatsApp account number

     Returns the WhatsApp account-number node: the number, its display name, status, quality and limits.
    Needs `whatsapp_business_management`.

    Args:
        whatsapp_account_number_id (str): A WhatsApp account-number id.
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | WhatsAppAccountNumber]
    """

    kwargs = _get_kwargs(
        whatsapp_account_number_id=whatsapp_account_number_id,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    whatsapp_account_number_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
) -> GraphErrorResponse | WhatsAppAccountNumber | None:
    """Retrieve a WhatsApp account number

     Returns the WhatsApp account-number node: the number, its display name, status, quality and limits.
    Needs `whatsapp_business_management`.

    Args:
        whatsapp_account_number_id (str): A WhatsApp account-number id.
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | WhatsAppAccountNumber
    """

    return (
        await asyncio_detailed(
            whatsapp_account_number_id=whatsapp_account_number_id,
            client=client,
            fields=fields,
        )
    ).parsed
