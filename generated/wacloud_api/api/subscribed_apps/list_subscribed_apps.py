from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_response import GraphErrorResponse
from ...models.subscribed_app_list import SubscribedAppList
from ...types import Response, quote_path


def _get_kwargs(
    waba_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/{quote_path(str(waba_id))}/subscribed_apps",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorResponse | SubscribedAppList:
    if response.status_code == 200:
        response_200 = SubscribedAppList.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorResponse | SubscribedAppList]:
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
) -> Response[GraphErrorResponse | SubscribedAppList]:
    """List the apps subscribed to a WhatsApp Business Account's webhooks

     Returns the apps that receive this WhatsApp Business Account's webhooks, with the per-WABA callback
    URL
    override when one is set. Needs `whatsapp_business_management`.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | SubscribedAppList]
    """

    kwargs = _get_kwargs(
        waba_id=waba_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    waba_id: str,
    *,
    client: AuthenticatedClient,
) -> GraphErrorResponse | SubscribedAppList | None:
    """List the apps subscribed to a WhatsApp Business Account's webhooks

     Returns the apps that receive this WhatsApp Business Account's webhooks, with the per-WABA callback
    URL
    override when one is set. Needs `whatsapp_business_management`.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | SubscribedAppList
    """

    return sync_detailed(
        waba_id=waba_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    waba_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[GraphErrorResponse | SubscribedAppList]:
    """List the apps subscribed to a WhatsApp Business Account's webhooks

     Returns the apps that receive this WhatsApp Business Account's webhooks, with the per-WABA callback
    URL
    override when one is set. Needs `whatsapp_business_management`.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | SubscribedAppList]
    """

    kwargs = _get_kwargs(
        waba_id=waba_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    waba_id: str,
    *,
    client: AuthenticatedClient,
) -> GraphErrorResponse | SubscribedAppList | None:
    """List the apps subscribed to a WhatsApp Business Account's webhooks

     Returns the apps that receive this WhatsApp Business Account's webhooks, with the per-WABA callback
    URL
    override when one is set. Needs `whatsapp_business_management`.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | SubscribedAppList
    """

    return (
        await asyncio_detailed(
            waba_id=waba_id,
            client=client,
        )
    ).parsed
