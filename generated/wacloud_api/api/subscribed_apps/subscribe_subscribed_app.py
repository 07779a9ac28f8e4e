from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_response import GraphErrorResponse
from ...models.subscribed_app_subscribe_request import SubscribedAppSubscribeRequest
from ...models.success_response import SuccessResponse
from ...types import Response, quote_path


def _get_kwargs(
    waba_id: str,
    *,
    body: SubscribedAppSubscribeRequest | None = None,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/{quote_path(str(waba_id))}/subscribed_apps",
    }

    if body is not None:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorResponse | SuccessResponse:
    if response.status_code == 200:
        response_200 = SuccessResponse.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorResponse | SuccessResponse]:
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
    body: SubscribedAppSubscribeRequest | None = None,
) -> Response[GraphErrorResponse | SuccessResponse]:
    """Subscribe your app to a WhatsApp Business Account's webhooks

     Subscribes the app that owns the access token to the WhatsApp Business Account's webhooks (the
    fields
    chosen in the app dashboard). Optionally sends this WABA's webhooks to another callback URL
    (`override_callback_uri`, verified with `verify_token` like the app's own callback); send no body to
    use
    the app's callback. Needs `whatsapp_business_management`.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        body (SubscribedAppSubscribeRequest | None): Optional per-WABA callback override for a
            webhook subscription. Example: {'override_callback_uri':
            'https://example.com/webhooks/whatsapp', 'verify_token': 'my-verify-token'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | SuccessResponse]
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
    body: SubscribedAppSubscribeRequest | None = None,
) -> GraphErrorResponse | SuccessResponse | None:
    """Subscribe your app to a WhatsApp Business Account's webhooks

     Subscribes the app that owns the access token to the WhatsApp Business Account's webhooks (the
    fields
    chosen in the app dashboard). Optionally sends this WABA's webhooks to another callback URL
    (`override_callback_uri`, verified with `verify_token` like the app's own callback); send no body to
    use
    the app's callback. Needs `whatsapp_business_management`.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        body (SubscribedAppSubscribeRequest | None): Optional per-WABA callback override for a
            webhook subscription. Example: {'override_callback_uri':
            'https://example.com/webhooks/whatsapp', 'verify_token': 'my-verify-token'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | SuccessResponse
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
    body: SubscribedAppSubscribeRequest | None = None,
) -> Response[GraphErrorResponse | SuccessResponse]:
    """Subscribe your app to a WhatsApp Business Account's webhooks

     Subscribes the app that owns the access token to the WhatsApp Business Account's webhooks (the
    fields
    chosen in the app dashboard). Optionally sends this WABA's webhooks to another callback URL
    (`override_callback_uri`, verified with `verify_token` like the app's own callback); send no body to
    use
    the app's callback. Needs `whatsapp_business_management`.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        body (SubscribedAppSubscribeRequest | None): Optional per-WABA callback override for a
            webhook subscription. Example: {'override_callback_uri':
            'https://example.com/webhooks/whatsapp', 'verify_token': 'my-verify-token'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | SuccessResponse]
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
    body: SubscribedAppSubscribeRequest | None = None,
) -> GraphErrorResponse | SuccessResponse | None:
    """Subscribe your app to a WhatsApp Business Account's webhooks

     Subscribes the app that owns the access token to the WhatsApp Business Account's webhooks (the
    fields
    chosen in the app dashboard). Optionally sends this WABA's webhooks to another callback URL
    (`override_callback_uri`, verified with `verify_token` like the app's own callback); send no body to
    use
    the app's callback. Needs `whatsapp_business_management`.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        body (SubscribedAppSubscribeRequest | None): Optional per-WABA callback override for a
            webhook subscription. Example: {'override_callback_uri':
            'https://example.com/webhooks/whatsapp', 'verify_token': 'my-verify-token'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | SuccessResponse
    """

    return (
        await asyncio_detailed(
            waba_id=waba_id,
            client=client,
            body=body,
        )
    ).parsed
