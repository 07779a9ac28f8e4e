from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.flow_create_request import FlowCreateRequest
from ...models.flow_create_response import FlowCreateResponse
from ...models.graph_error_response import GraphErrorResponse
from ...types import Response, quote_path


def _get_kwargs(
    waba_id: str,
    *,
    body: FlowCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/{quote_path(str(waba_id))}/flows",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FlowCreateResponse | GraphErrorResponse:
    if response.status_code == 200:
        response_200 = FlowCreateResponse.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FlowCreateResponse | GraphErrorResponse]:
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
    body: FlowCreateRequest,
) -> Response[FlowCreateResponse | GraphErrorResponse]:
    """Create a Flow

     Creates a Flow in the WhatsApp Business Account, as a `DRAFT`. Give a unique `name` and at least one
    category. To copy an existing Flow (the way to change a published one), pass its id as
    `clone_flow_id`.
    `endpoint_uri` is the data endpoint for Flows that exchange data (Flow JSON 3.0+). You can also send
    the
    Flow JSON inline (`flow_json`, a JSON string) and `publish: true` to publish it at once; the answer
    then
    lists any `validation_errors` (a Flow with errors cannot be published). Needs
    `whatsapp_business_management`.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        body (FlowCreateRequest): A new Flow. Example: {'name': 'My first flow', 'categories':
            ['OTHER'], 'clone_flow_id': '2345678901234567'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FlowCreateResponse | GraphErrorResponse]
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
    body: FlowCreateRequest,
) -> FlowCreateResponse | GraphErrorResponse | None:
    """Create a Flow

     Creates a Flow in the WhatsApp Business Account, as a `DRAFT`. Give a unique `name` and at least one
    category. To copy an existing Flow (the way to change a published one), pass its id as
    `clone_flow_id`.
    `endpoint_uri` is the data endpoint for Flows that exchange data (Flow JSON 3.0+). You can also send
    the
    Flow JSON inline (`flow_json`, a JSON string) and `publish: true` to publish it at once; the answer
    then
    lists any `validation_errors` (a Flow with errors cannot be published). Needs
    `whatsapp_business_management`.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        body (FlowCreateRequest): A new Flow. Example: {'name': 'My first flow', 'categories':
            ['OTHER'], 'clone_flow_id': '2345678901234567'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FlowCreateResponse | GraphErrorResponse
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
    body: FlowCreateRequest,
) -> Response[FlowCreateResponse | GraphErrorResponse]:
    """Create a Flow

     Creates a Flow in the WhatsApp Business Account, as a `DRAFT`. Give a unique `name` and at least one
    category. To copy an existing Flow (the way to change a published one), pass its id as
    `clone_flow_id`.
    `endpoint_uri` is the data endpoint for Flows that exchange data (Flow JSON 3.0+). You can also send
    the
    Flow JSON inline (`flow_json`, a JSON string) and `publish: true` to publish it at once; the answer
    then
    lists any `validation_errors` (a Flow with errors cannot be published). Needs
    `whatsapp_business_management`.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        body (FlowCreateRequest): A new Flow. Example: {'name': 'My first flow', 'categories':
            ['OTHER'], 'clone_flow_id': '2345678901234567'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FlowCreateResponse | GraphErrorResponse]
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
    body: FlowCreateRequest,
) -> FlowCreateResponse | GraphErrorResponse | None:
    """Create a Flow

     Creates a Flow in the WhatsApp Business Account, as a `DRAFT`. Give a unique `name` and at least one
    category. To copy an existing Flow (the way to change a published one), pass its id as
    `clone_flow_id`.
    `endpoint_uri` is the data endpoint for Flows that exchange data (Flow JSON 3.0+). You can also send
    the
    Flow JSON inline (`flow_json`, a JSON string) and `publish: true` to publish it at once; the answer
    then
    lists any `validation_errors` (a Flow with errors cannot be published). Needs
    `whatsapp_business_management`.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        body (FlowCreateRequest): A new Flow. Example: {'name': 'My first flow', 'categories':
            ['OTHER'], 'clone_flow_id': '2345678901234567'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FlowCreateResponse | GraphErrorResponse
    """

    return (
        await asyncio_detailed(
            waba_id=waba_id,
            client=client,
            body=body,
        )
    ).parsed
