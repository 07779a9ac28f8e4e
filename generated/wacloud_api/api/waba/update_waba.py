from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_response import GraphErrorResponse
from ...models.waba_update import WabaUpdate
from ...models.waba_update_response import WabaUpdateResponse
from ...types import Response, quote_path


def _get_kwargs(
    waba_id: str,
    *,
    body: WabaUpdate | None = None,
    is_enabled_for_insights: bool | None = None,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["is_enabled_for_insights"] = is_enabled_for_insights

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/{quote_path(str(waba_id))}",
        "params": params,
    }

    if body is not None:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorResponse | WabaUpdateResponse:
    if response.status_code == 200:
        response_200 = WabaUpdateResponse.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorResponse | WabaUpdateResponse]:
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
    body: WabaUpdate | None = None,
    is_enabled_for_insights: bool | None = None,
) -> Response[GraphErrorResponse | WabaUpdateResponse]:
    """Update the settings of a WhatsApp Business Account

     Changes the account's settings: enable template analytics (`is_enabled_for_insights`, also accepted
    as a
    query parameter), block Marketing templates on `/messages` so that they go through the Marketing
    Messages
    API (`disable_marketing_messages_on_cloud_api`), configure automatic creative optimizations of
    marketing
    templates (`degrees_of_freedom_spec`), or rename it. Needs `whatsapp_business_management`.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        is_enabled_for_insights (bool | None): Enable template analytics for the account
            (irreversible).
        body (WabaUpdate | None): WhatsApp Business Account settings to change; omitted ones are
            left unchanged. Example: {'disable_marketing_messages_on_cloud_api': True}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | WabaUpdateResponse]
    """

    kwargs = _get_kwargs(
        waba_id=waba_id,
        body=body,
        is_enabled_for_insights=is_enabled_for_insights,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    waba_id: str,
    *,
    client: AuthenticatedClient,
    body: WabaUpdate | None = None,
    is_enabled_for_insights: bool | None = None,
) -> GraphErrorResponse | WabaUpdateResponse | None:
    """Update the settings of a WhatsApp Business Account

     Changes the account's settings: enable template analytics (`is_enabled_for_insights`, also accepted
    as a
    query parameter), block Marketing templates on `/messages` so that they go through the Marketing
    Messages
    API (`disable_marketing_messages_on_cloud_api`), configure automatic creative optimizations of
    marketing
    templates (`degrees_of_freedom_spec`), or rename it. Needs `whatsapp_business_management`.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        is_enabled_for_insights (bool | None): Enable template analytics for the account
            (irreversible).
        body (WabaUpdate | None): WhatsApp Business Account settings to change; omitted ones are
            left unchanged. Example: {'disable_marketing_messages_on_cloud_api': True}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | WabaUpdateResponse
    """

    return sync_detailed(
        waba_id=waba_id,
        client=client,
        body=body,
        is_enabled_for_insights=is_enabled_for_insights,
    ).parsed


async def asyncio_detailed(
    waba_id: str,
    *,
    client: AuthenticatedClient,
    body: WabaUpdate | None = None,
    is_enabled_for_insights: bool | None = None,
) -> Response[GraphErrorResponse | WabaUpdateResponse]:
    """Update the settings of a WhatsApp Business Account

     Changes the account's settings: enable template analytics (`is_enabled_for_insights`, also accepted
    as a
    query parameter), block Marketing templates on `/messages` so that they go through the Marketing
    Messages
    API (`disable_marketing_messages_on_cloud_api`), configure automatic creative optimizations of
    marketing
    templates (`degrees_of_freedom_spec`), or rename it. Needs `whatsapp_business_management`.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        is_enabled_for_insights (bool | None): Enable template analytics for the account
            (irreversible).
        body (WabaUpdate | None): WhatsApp Business Account settings to change; omitted ones are
            left unchanged. Example: {'disable_marketing_messages_on_cloud_api': True}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | WabaUpdateResponse]
    """

    kwargs = _get_kwargs(
        waba_id=waba_id,
        body=body,
        is_enabled_for_insights=is_enabled_for_insights,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    waba_id: str,
    *,
    client: AuthenticatedClient,
    body: WabaUpdate | None = None,
    is_enabled_for_insights: bool | None = None,
) -> GraphErrorResponse | WabaUpdateResponse | None:
    """Update the settings of a WhatsApp Business Account

     Changes the account's settings: enable template analytics (`is_enabled_for_insights`, also accepted
    as a
    query parameter), block Marketing templates on `/messages` so that they go through the Marketing
    Messages
    API (`disable_marketing_messages_on_cloud_api`), configure automatic creative optimizations of
    marketing
    templates (`degrees_of_freedom_spec`), or rename it. Needs `whatsapp_business_management`.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        is_enabled_for_insights (bool | None): Enable template analytics for the account
            (irreversible).
        body (WabaUpdate | None): WhatsApp Business Account settings to change; omitted ones are
            left unchanged. Example: {'disable_marketing_messages_on_cloud_api': True}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | WabaUpdateResponse
    """

    return (
        await asyncio_detailed(
            waba_id=waba_id,
            client=client,
            body=body,
            is_enabled_for_insights=is_enabled_for_insights,
        )
    ).parsed
