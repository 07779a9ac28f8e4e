from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_response import GraphErrorResponse
from ...models.whats_app_flow import WhatsAppFlow
from ...types import Response, quote_path


def _get_kwargs(
    flow_id: str,
    *,
    fields: str | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/{quote_path(str(flow_id))}",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorResponse | WhatsAppFlow:
    if response.status_code == 200:
        response_200 = WhatsAppFlow.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorResponse | WhatsAppFlow]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    flow_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
) -> Response[GraphErrorResponse | WhatsAppFlow]:
    """Retrieve a Flow

     Returns one Flow. Without `fields` Meta returns `id`, `name`, `status`, `categories` and
    `validation_errors`. Other fields: `json_version`, `data_api_version`, `endpoint_uri`, `preview` (a
    web preview link, `preview.invalidate(true)` makes a new one), `whatsapp_business_account`,
    `application` and `health_status` (whether the Flow can be sent, and which entity blocks it). Needs
    `whatsapp_business_management`.

    Args:
        flow_id (str): A Flow id (the `id` returned when the Flow was created or listed).
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | WhatsAppFlow]
    """

    kwargs = _get_kwargs(
        flow_id=flow_id,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    flow_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
) -> GraphErrorResponse | WhatsAppFlow | None:
    """Retrieve a Flow

     Returns one Flow. Without `fields` Meta returns `id`, `name`, `status`, `categories` and
    `validation_errors`. Other fields: `json_version`, `data_api_version`, `endpoint_uri`, `preview` (a
    web preview link, `preview.invalidate(true)` makes a new one), `whatsapp_business_account`,
    `application` and `health_status` (whether the Flow can be sent, and which entity blocks it). Needs
    `whatsapp_business_management`.

    Args:
        flow_id (str): A Flow id (the `id` returned when the Flow was created or listed).
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | WhatsAppFlow
    """

    return sync_detailed(
        flow_id=flow_id,
        client=client,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    flow_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
) -> Response[GraphErrorResponse | WhatsAppFlow]:
    """Retrieve a Flow

     Returns one Flow. Without `fields` Meta returns `id`, `name`, `status`, `categories` and
    `validation_errors`. Other fields: `json_version`, `data_api_version`, `endpoint_uri`, `preview` (a
    web preview link, `preview.invalidate(true)` makes a new one), `whatsapp_business_account`,
    `application` and `health_status` (whether the Flow can be sent, and which entity blocks it). Needs
    `whatsapp_business_management`.

    Args:
        flow_id (str): A Flow id (the `id` returned when the Flow was created or listed).
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | WhatsAppFlow]
    """

    kwargs = _get_kwargs(
        flow_id=flow_id,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    flow_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
) -> GraphErrorResponse | WhatsAppFlow | None:
    """Retrieve a Flow

     Returns one Flow. Without `fields` Meta returns `id`, `name`, `status`, `categories` and
    `validation_errors`. Other fields: `json_version`, `data_api_version`, `endpoint_uri`, `preview` (a
    web preview link, `preview.invalidate(true)` makes a new one), `whatsapp_business_account`,
    `application` and `health_status` (whether the Flow can be sent, and which entity blocks it). Needs
    `whatsapp_business_management`.

    Args:
        flow_id (str): A Flow id (the `id` returned when the Flow was created or listed).
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | WhatsAppFlow
    """

    return (
        await asyncio_detailed(
            flow_id=flow_id,
            client=client,
            fields=fields,
        )
    ).parsed
