from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_response import GraphErrorResponse
from ...models.obo_mobility_intent_create import OboMobilityIntentCreate
from ...models.obo_mobility_intent_created import OboMobilityIntentCreated
from ...types import Response, quote_path


def _get_kwargs(
    waba_id: str,
    *,
    body: OboMobilityIntentCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/{quote_path(str(waba_id))}/obo_mobility_intent",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorResponse | OboMobilityIntentCreated:
    if response.status_code == 200:
        response_200 = OboMobilityIntentCreated.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorResponse | OboMobilityIntentCreated]:
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
    body: OboMobilityIntentCreate,
) -> Response[GraphErrorResponse | OboMobilityIntentCreated]:
    """Create an OBO mobility intent

     Deprecated with the OBO model. Starts (or confirms, cancels, hands over) moving an OBO WABA between
    solutions. Needs `whatsapp_business_management`.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        body (OboMobilityIntentCreate): An OBO mobility operation. Example: {'solution_id':
            '1578492037561280', 'intent_type': 'INITIATE_TRANSFER'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | OboMobilityIntentCreated]
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
    body: OboMobilityIntentCreate,
) -> GraphErrorResponse | OboMobilityIntentCreated | None:
    """Create an OBO mobility intent

     Deprecated with the OBO model. Starts (or confirms, cancels, hands over) moving an OBO WABA between
    solutions. Needs `whatsapp_business_management`.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        body (OboMobilityIntentCreate): An OBO mobility operation. Example: {'solution_id':
            '1578492037561280', 'intent_type': 'INITIATE_TRANSFER'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | OboMobilityIntentCreated
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
    body: OboMobilityIntentCreate,
) -> Response[GraphErrorResponse | OboMobilityIntentCreated]:
    """Create an OBO mobility intent

     Deprecated with the OBO model. Starts (or confirms, cancels, hands over) moving an OBO WABA between
    solutions. Needs `whatsapp_business_management`.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        body (OboMobilityIntentCreate): An OBO mobility operation. Example: {'solution_id':
            '1578492037561280', 'intent_type': 'INITIATE_TRANSFER'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | OboMobilityIntentCreated]
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
    body: OboMobilityIntentCreate,
) -> GraphErrorResponse | OboMobilityIntentCreated | None:
    """Create an OBO mobility intent

     Deprecated with the OBO model. Starts (or confirms, cancels, hands over) moving an OBO WABA between
    solutions. Needs `whatsapp_business_management`.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        body (OboMobilityIntentCreate): An OBO mobility operation. Example: {'solution_id':
            '1578492037561280', 'intent_type': 'INITIATE_TRANSFER'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | OboMobilityIntentCreated
    """

    return (
        await asyncio_detailed(
            waba_id=waba_id,
            client=client,
            body=body,
        )
    ).parsed
