from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_response import GraphErrorResponse
from ...models.phone_number_update import PhoneNumberUpdate
from ...models.success_response import SuccessResponse
from ...types import Response, quote_path


def _get_kwargs(
    phone_number_id: str,
    *,
    body: PhoneNumberUpdate | None = None,
    new_display_name: str | None = None,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["new_display_name"] = new_display_name

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/{quote_path(str(phone_number_id))}",
        "params": params,
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
    phone_number_id: str,
    *,
    client: AuthenticatedClient,
    body: PhoneNumberUpdate | None = None,
    new_display_name: str | None = None,
) -> Response[GraphErrorResponse | SuccessResponse]:
    """Set the PIN, the webhook override or search visibility, or request a display name change

     Several documented actions share this endpoint. To set or change the 6-digit two-step verification
    PIN,
    send `{"pin": "123456"}` (the PIN is needed again to register the number). To send this number's
    webhooks
    to another callback URL, send `webhook_configuration` with `override_callback_uri` and
    `verify_token`
    (Meta verifies the URL first; an empty `override_callback_uri` removes the override).
    `search_visibility`
    makes the number findable by name search or not. To change the
    display name, send `new_display_name` as a query parameter and no body: the new name goes through
    display
    name review; follow it with the phone number's `new_display_name` and `new_name_status` fields (a
    `phone_number_name_update` webhook reports the decision). The name can be changed 10 times per 30
    days;
    once approved, re-register the number within 14 days. Both answer `{"success": true}`. Needs
    `whatsapp_business_management`.

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        new_display_name (str | None): Request a display name change to this name (sent as a query
            parameter, as Meta documents).
        body (PhoneNumberUpdate | None): A change of a phone number (body of `POST
            /{phone_number_id}`): send one of the properties. Example: {'pin': '123456'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | SuccessResponse]
    """

    kwargs = _get_kwargs(
        phone_number_id=phone_number_id,
        body=body,
        new_display_name=new_display_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    phone_number_id: str,
    *,
    client: AuthenticatedClient,
    body: PhoneNumberUpdate | None = None,
    new_display_name: str | None = None,
) -> GraphErrorResponse | SuccessResponse | None:
    """Set the PIN, the webhook override or search visibility, or request a display name change

     Several documented actions share this endpoint. To set or change the 6-digit two-step verification
    PIN,
    send `{"pin": "123456"}` (the PIN is needed again to register the number). To send this number's
    webhooks
    to another callback URL, send `webhook_configuration` with `override_callback_uri` and
    `verify_token`
    (Meta verifies the URL first; an empty `override_callback_uri` removes the override).
    `search_visibility`
    makes the number findable by name search or not. To change the
    display name, send `new_display_name` as a query parameter and no body: the new name goes through
    display
    name review; follow it with the phone number's `new_display_name` and `new_name_status` fields (a
    `phone_number_name_update` webhook reports the decision). The name can be changed 10 times per 30
    days;
    once approved, re-register the number within 14 days. Both answer `{"success": true}`. Needs
    `whatsapp_business_management`.

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        new_display_name (str | None): Request a display name change to this name (sent as a query
            parameter, as Meta documents).
        body (PhoneNumberUpdate | None): A change of a phone number (body of `POST
            /{phone_number_id}`): send one of the properties. Example: {'pin': '123456'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | SuccessResponse
    """

    return sync_detailed(
        phone_number_id=phone_number_id,
        client=client,
        body=body,
        new_display_name=new_display_name,
    ).parsed


async def asyncio_detailed(
    phone_number_id: str,
    *,
    client: AuthenticatedClient,
    body: PhoneNumberUpdate | None = None,
    new_display_name: str | None = None,
) -> Response[GraphErrorResponse | SuccessResponse]:
    """Set the PIN, the webhook override or search visibility, or request a display name change

     Several documented actions share this endpoint. To set or change the 6-digit two-step verification
    PIN,
    send `{"pin": "123456"}` (the PIN is needed again to register the number). To send this number's
    webhooks
    to another callback URL, send `webhook_configuration` with `override_callback_uri` and
    `verify_token`
    (Meta verifies the URL first; an empty `override_callback_uri` removes the override).
    `search_visibility`
    makes the number findable by name search or not. To change the
    display name, send `new_display_name` as a query parameter and no body: the new name goes through
    display
    name review; follow it with the phone number's `new_display_name` and `new_name_status` fields (a
    `phone_number_name_update` webhook reports the decision). The name can be changed 10 times per 30
    days;
    once approved, re-register the number within 14 days. Both answer `{"success": true}`. Needs
    `whatsapp_business_management`.

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        new_display_name (str | None): Request a display name change to this name (sent as a query
            parameter, as Meta documents).
        body (PhoneNumberUpdate | None): A change of a phone number (body of `POST
            /{phone_number_id}`): send one of the properties. Example: {'pin': '123456'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | SuccessResponse]
    """

    kwargs = _get_kwargs(
        phone_number_id=phone_number_id,
        body=body,
        new_display_name=new_display_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    phone_number_id: str,
    *,
    client: AuthenticatedClient,
    body: PhoneNumberUpdate | None = None,
    new_display_name: str | None = None,
) -> GraphErrorResponse | SuccessResponse | None:
    """Set the PIN, the webhook override or search visibility, or request a display name change

     Several documented actions share this endpoint. To set or change the 6-digit two-step verification
    PIN,
    send `{"pin": "123456"}` (the PIN is needed again to register the number). To send this number's
    webhooks
    to another callback URL, send `webhook_configuration` with `override_callback_uri` and
    `verify_token`
    (Meta verifies the URL first; an empty `override_callback_uri` removes the override).
    `search_visibility`
    makes the number findable by name search or not. To change the
    display name, send `new_display_name` as a query parameter and no body: the new name goes through
    display
    name review; follow it with the phone number's `new_display_name` and `new_name_status` fields (a
    `phone_number_name_update` webhook reports the decision). The name can be changed 10 times per 30
    days;
    once approved, re-register the number within 14 days. Both answer `{"success": true}`. Needs
    `whatsapp_business_management`.

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        new_display_name (str | None): Request a display name change to this name (sent as a query
            parameter, as Meta documents).
        body (PhoneNumberUpdate | None): A change of a phone number (body of `POST
            /{phone_number_id}`): send one of the properties. Example: {'pin': '123456'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | SuccessResponse
    """

    return (
        await asyncio_detailed(
            phone_number_id=phone_number_id,
            client=client,
            body=body,
            new_display_name=new_display_name,
        )
    ).parsed
