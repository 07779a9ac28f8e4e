from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_response import GraphErrorResponse
from ...models.obo_mobility_intent import OboMobilityIntent
from ...types import Response, quote_path


def _get_kwargs(
    obo_mobility_intent_id: str,
    *,
    fields: str | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/{quote_path(str(obo_mobility_intent_id))}",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorResponse | OboMobilityIntent:
    if response.status_code == 200:
        response_200 = OboMobilityIntent.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorResponse | OboMobilityIntent]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    obo_mobility_intent_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
) -> Response[GraphErrorResponse | OboMobilityIntent]:
    """Retrieve an OBO mobility intent

     Deprecated with the OBO model. Returns an OBO mobility intent: the WABA it moves, the Multi-Partner
    Solution involved and its status. Needs `whatsapp_business_management`.

    Args:
        obo_mobility_intent_id (str): An OBO mobility intent id.
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | OboMobilityIntent]
    """

    kwargs = _get_kwargs(
        obo_mobility_intent_id=obo_mobility_intent_id,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    obo_mobility_intent_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
) -> GraphErrorResponse | OboMobilityIntent | None:
    """Retrieve an OBO mobility intent

     Deprecated with the OBO model. Returns an OBO mobility intent: the WABA it moves, the Multi-Partner
    Solution involved and its status. Needs `whatsapp_business_management`.

    Args:
        obo_mobility_intent_id (str): An OBO mobility intent id.
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | OboMobilityIntent
    """

    return sync_detailed(
        obo_mobility_intent_id=obo_mobility_intent_id,
        client=client,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    obo_mobility_intent_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
) -> Response[GraphErrorResponse | OboMobilityIntent]:
    """Retrieve an OBO mobility intent

     Deprecated with the OBO model. Returns an OBO mobility intent: the WABA it moves, the Multi-Partner
    Solution involved and its status. Needs `whatsapp_business_management`.

    Args:
        obo_mobility_intent_id (str): An OBO mobility intent id.
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | OboMobilityIntent]
    """

    kwargs = _get_kwargs(
        obo_mobility_intent_id=obo_mobility_intent_id,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    obo_mobility_intent_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
) -> GraphErrorResponse | OboMobilityIntent | None:
    """Retrieve an OBO mobility intent

     Deprecated with the OBO model. Returns an OBO mobility intent: the WABA it moves, the Multi-Partner
    Solution involved and its status. Needs `whatsapp_business_management`.

    Args:
        obo_mobility_intent_id (str): An OBO mobility intent id.
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | OboMobilityIntent
    """

    return (
        await asyncio_detailed(
            obo_mobility_intent_id=obo_mobility_intent_id,
            client=client,
            fields=fields,
        )
    ).parsed
