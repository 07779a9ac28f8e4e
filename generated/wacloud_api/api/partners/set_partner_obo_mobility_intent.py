from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_response import GraphErrorResponse
from ...models.set_obo_mobility_intent_request import SetOboMobilityIntentRequest
from ...models.set_obo_mobility_intent_response import SetOboMobilityIntentResponse
from ...types import Response, quote_path


def _get_kwargs(
    waba_id: str,
    *,
    body: SetOboMobilityIntentRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/{quote_path(str(waba_id))}/set_obo_mobility_intent",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorResponse | SetOboMobilityIntentResponse:
    if response.status_code == 200:
        response_200 = SetOboMobilityIntentResponse.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorResponse | SetOboMobilityIntentResponse]:
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
    body: SetOboMobilityIntentRequest,
) -> Response[GraphErrorResponse | SetOboMobilityIntentResponse]:
    """Set the OBO mobility intent of a WhatsApp Business Account

     Deprecated with the OBO model. Marks an OBO WABA as intended to move under a Multi-Partner Solution
    (the
    step before converting it to a shared WABA). Needs `whatsapp_business_management`.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        body (SetOboMobilityIntentRequest): The WABA to mark for moving under a Multi-Partner
            Solution. Example: {'waba_id': '102290129340398', 'solution_id': '1578492037561280'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | SetOboMobilityIntentResponse]
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
    body: SetOboMobilityIntentRequest,
) -> GraphErrorResponse | SetOboMobilityIntentResponse | None:
    """Set the OBO mobility intent of a WhatsApp Business Account

     Deprecated with the OBO model. Marks an OBO WABA as intended to move under a Multi-Partner Solution
    (the
    step before converting it to a shared WABA). Needs `whatsapp_business_management`.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        body (SetOboMobilityIntentRequest): The WABA to mark for moving under a Multi-Partner
            Solution. Example: {'waba_id': '102290129340398', 'solution_id': '1578492037561280'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | SetOboMobilityIntentResponse
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
    body: SetOboMobilityIntentRequest,
) -> Response[GraphErrorResponse | SetOboMobilityIntentResponse]:
    """Set the OBO mobility intent of a WhatsApp Business Account

     Deprecated with the OBO model. Marks an OBO WABA as intended to move under a Multi-Partner Solution
    (the
    step before converting it to a shared WABA). Needs `whatsapp_business_management`.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        body (SetOboMobilityIntentRequest): The WABA to mark for moving under a Multi-Partner
            Solution. Example: {'waba_id': '102290129340398', 'solution_id': '1578492037561280'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | SetOboMobilityIntentResponse]
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
    body: SetOboMobilityIntentRequest,
) -> GraphErrorResponse | SetOboMobilityIntentResponse | None:
    """Set the OBO mobility intent of a WhatsApp Business Account

     Deprecated with the OBO model. Marks an OBO WABA as intended to move under a Multi-Partner Solution
    (the
    step before converting it to a shared WABA). Needs `whatsapp_business_management`.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        body (SetOboMobilityIntentRequest): The WABA to mark for moving under a Multi-Partner
            Solution. Example: {'waba_id': '102290129340398', 'solution_id': '1578492037561280'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | SetOboMobilityIntentResponse
    """

    return (
        await asyncio_detailed(
            waba_id=waba_id,
            client=client,
            body=body,
        )
    ).parsed
