from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_response import GraphErrorResponse
from ...models.success_response import SuccessResponse
from ...types import Response, quote_path


def _get_kwargs(
    app_id: str,
    *,
    object_: str | None = "whatsapp_business_account",
    callback_url: str,
    verify_token: str,
    fields: str,
    include_values: bool | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["object"] = object_

    params["callback_url"] = callback_url

    params["verify_token"] = verify_token

    params["fields"] = fields

    params["include_values"] = include_values

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/{quote_path(str(app_id))}/subscriptions",
        "params": params,
    }

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
    app_id: str,
    *,
    client: AuthenticatedClient,
    object_: str | None = "whatsapp_business_account",
    callback_url: str,
    verify_token: str,
    fields: str,
    include_values: bool | None = None,
) -> Response[GraphErrorResponse | SuccessResponse]:
    """Set the app's webhook callback URL and fields

     Sets (or replaces) the callback URL, verify token and webhook fields of the app for an object type;
    for WhatsApp, `object=whatsapp_business_account`. Meta verifies the callback right away with a GET
    carrying `hub.verify_token`. Per-WABA and per-number overrides are set with
    `subscribed_apps.subscribe` and `phone_numbers.update` (`webhook_configuration`). Needs an **app
    access
    token** (`wacloud.auth.app_access_token()`), not a user or system user token.

    Args:
        app_id (str): The Meta app id (WA_APP_ID); defaults to the client's `app_id`.
        object_ (str | None): The object type to subscribe to; `whatsapp_business_account` (the
            default) for WhatsApp. Default: 'whatsapp_business_account'.
        callback_url (str): HTTPS URL that receives the webhooks.
        verify_token (str): The token Meta echoes in `hub.verify_token` when it verifies the
            callback. Redacted in logs.
        fields (str): Comma-separated webhook fields, e.g.
            `messages,message_template_status_update,account_update`.
        include_values (bool | None): Include the changed values in change notifications.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | SuccessResponse]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        object_=object_,
        callback_url=callback_url,
        verify_token=verify_token,
        fields=fields,
        include_values=include_values,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    app_id: str,
    *,
    client: AuthenticatedClient,
    object_: str | None = "whatsapp_business_account",
    callback_url: str,
    verify_token: str,
    fields: str,
    include_values: bool | None = None,
) -> GraphErrorResponse | SuccessResponse | None:
    """Set the app's webhook callback URL and fields

     Sets (or replaces) the callback URL, verify token and webhook fields of the app for an object type;
    for WhatsApp, `object=whatsapp_business_account`. Meta verifies the callback right away with a GET
    carrying `hub.verify_token`. Per-WABA and per-number overrides are set with
    `subscribed_apps.subscribe` and `phone_numbers.update` (`webhook_configuration`). Needs an **app
    access
    token** (`wacloud.auth.app_access_token()`), not a user or system user token.

    Args:
        app_id (str): The Meta app id (WA_APP_ID); defaults to the client's `app_id`.
        object_ (str | None): The object type to subscribe to; `whatsapp_business_account` (the
            default) for WhatsApp. Default: 'whatsapp_business_account'.
        callback_url (str): HTTPS URL that receives the webhooks.
        verify_token (str): The token Meta echoes in `hub.verify_token` when it verifies the
            callback. Redacted in logs.
        fields (str): Comma-separated webhook fields, e.g.
            `messages,message_template_status_update,account_update`.
        include_values (bool | None): Include the changed values in change notifications.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | SuccessResponse
    """

    return sync_detailed(
        app_id=app_id,
        client=client,
        object_=object_,
        callback_url=callback_url,
        verify_token=verify_token,
        fields=fields,
        include_values=include_values,
    ).parsed


async def asyncio_detailed(
    app_id: str,
    *,
    client: AuthenticatedClient,
    object_: str | None = "whatsapp_business_account",
    callback_url: str,
    verify_token: str,
    fields: str,
    include_values: bool | None = None,
) -> Response[GraphErrorResponse | SuccessResponse]:
    """Set the app's webhook callback URL and fields

     Sets (or replaces) the callback URL, verify token and webhook fields of the app for an object type;
    for WhatsApp, `object=whatsapp_business_account`. Meta verifies the callback right away with a GET
    carrying `hub.verify_token`. Per-WABA and per-number overrides are set with
    `subscribed_apps.subscribe` and `phone_numbers.update` (`webhook_configuration`). Needs an **app
    access
    token** (`wacloud.auth.app_access_token()`), not a user or system user token.

    Args:
        app_id (str): The Meta app id (WA_APP_ID); defaults to the client's `app_id`.
        object_ (str | None): The object type to subscribe to; `whatsapp_business_account` (the
            default) for WhatsApp. Default: 'whatsapp_business_account'.
        callback_url (str): HTTPS URL that receives the webhooks.
        verify_token (str): The token Meta echoes in `hub.verify_token` when it verifies the
            callback. Redacted in logs.
        fields (str): Comma-separated webhook fields, e.g.
            `messages,message_template_status_update,account_update`.
        include_values (bool | None): Include the changed values in change notifications.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | SuccessResponse]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        object_=object_,
        callback_url=callback_url,
        verify_token=verify_token,
        fields=fields,
        include_values=include_values,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    app_id: str,
    *,
    client: AuthenticatedClient,
    object_: str | None = "whatsapp_business_account",
    callback_url: str,
    verify_token: str,
    fields: str,
    include_values: bool | None = None,
) -> GraphErrorResponse | SuccessResponse | None:
    """Set the app's webhook callback URL and fields

     Sets (or replaces) the callback URL, verify token and webhook fields of the app for an object type;
    for WhatsApp, `object=whatsapp_business_account`. Meta verifies the callback right away with a GET
    carrying `hub.verify_token`. Per-WABA and per-number overrides are set with
    `subscribed_apps.subscribe` and `phone_numbers.update` (`webhook_configuration`). Needs an **app
    access
    token** (`wacloud.auth.app_access_token()`), not a user or system user token.

    Args:
        app_id (str): The Meta app id (WA_APP_ID); defaults to the client's `app_id`.
        object_ (str | None): The object type to subscribe to; `whatsapp_business_account` (the
            default) for WhatsApp. Default: 'whatsapp_business_account'.
        callback_url (str): HTTPS URL that receives the webhooks.
        verify_token (str): The token Meta echoes in `hub.verify_token` when it verifies the
            callback. Redacted in logs.
        fields (str): Comma-separated webhook fields, e.g.
            `messages,message_template_status_update,account_update`.
        include_values (bool | None): Include the changed values in change notifications.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | SuccessResponse
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            client=client,
            object_=object_,
            callback_url=callback_url,
            verify_token=verify_token,
            fields=fields,
            include_values=include_values,
        )
    ).parsed
