from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.encrypted_message_request import EncryptedMessageRequest
from ...models.encrypted_message_response import EncryptedMessageResponse
from ...models.graph_error_response import GraphErrorResponse
from ...types import Response, quote_path


def _get_kwargs(
    phone_number_id: str,
    *,
    body: EncryptedMessageRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/{quote_path(str(phone_number_id))}/messages_encrypted",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EncryptedMessageResponse | GraphErrorResponse:
    if response.status_code == 200:
        response_200 = EncryptedMessageResponse.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EncryptedMessageResponse | GraphErrorResponse]:
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
    body: EncryptedMessageRequest,
) -> Response[EncryptedMessageResponse | GraphErrorResponse]:
    """Send a message whose payload is end-to-end encrypted (JWE)

     Sends a message whose body (the same JSON as `POST /{phone_number_id}/messages`) is encrypted as a
    compact
    JWE (content encryption A128GCM or A256GCM) for Meta's key, on top of TLS. Payload encryption must
    first be
    enabled for the number (`phone_numbers.update_settings` with `payload_encryption`: your public key
    goes in,
    Meta's `cloud_encryption_key` comes back). Successful answers (the usual send result) are encrypted
    for
    your key; errors come back in clear. Needs `whatsapp_business_messaging`.

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        body (EncryptedMessageRequest): An encrypted send. Example: {'messaging_product':
            'whatsapp', 'encrypted_contents':
            'eyJhbGciOiJSU0EtT0FFUCIsImVuYyI6IkExMjhDQkMtSFMyNTYifQ...'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EncryptedMessageResponse | GraphErrorResponse]
    """

    kwargs = _get_kwargs(
        phone_number_id=phone_number_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    phone_number_id: str,
    *,
    client: AuthenticatedClient,
    body: EncryptedMessageRequest,
) -> EncryptedMessageResponse | GraphErrorResponse | None:
    """Send a message whose payload is end-to-end encrypted (JWE)

     Sends a message whose body (the same JSON as `POST /{phone_number_id}/messages`) is encrypted as a
    compact
    JWE (content encryption A128GCM or A256GCM) for Meta's key, on top of TLS. Payload encryption must
    first be
    enabled for the number (`phone_numbers.update_settings` with `payload_encryption`: your public key
    goes in,
    Meta's `cloud_encryption_key` comes back). Successful answers (the usual send result) are encrypted
    for
    your key; errors come back in clear. Needs `whatsapp_business_messaging`.

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        body (EncryptedMessageRequest): An encrypted send. Example: {'messaging_product':
            'whatsapp', 'encrypted_contents':
            'eyJhbGciOiJSU0EtT0FFUCIsImVuYyI6IkExMjhDQkMtSFMyNTYifQ...'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EncryptedMessageResponse | GraphErrorResponse
    """

    return sync_detailed(
        phone_number_id=phone_number_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    phone_number_id: str,
    *,
    client: AuthenticatedClient,
    body: EncryptedMessageRequest,
) -> Response[EncryptedMessageResponse | GraphErrorResponse]:
    """Send a message whose payload is end-to-end encrypted (JWE)

     Sends a message whose body (the same JSON as `POST /{phone_number_id}/messages`) is encrypted as a
    compact
    JWE (content encryption A128GCM or A256GCM) for Meta's key, on top of TLS. Payload encryption must
    first be
    enabled for the number (`phone_numbers.update_settings` with `payload_encryption`: your public key
    goes in,
    Meta's `cloud_encryption_key` comes back). Successful answers (the usual send result) are encrypted
    for
    your key; errors come back in clear. Needs `whatsapp_business_messaging`.

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        body (EncryptedMessageRequest): An encrypted send. Example: {'messaging_product':
            'whatsapp', 'encrypted_contents':
            'eyJhbGciOiJSU0EtT0FFUCIsImVuYyI6IkExMjhDQkMtSFMyNTYifQ...'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EncryptedMessageResponse | GraphErrorResponse]
    """

    kwargs = _get_kwargs(
        phone_number_id=phone_number_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    phone_number_id: str,
    *,
    client: AuthenticatedClient,
    body: EncryptedMessageRequest,
) -> EncryptedMessageResponse | GraphErrorResponse | None:
    """Send a message whose payload is end-to-end encrypted (JWE)

     Sends a message whose body (the same JSON as `POST /{phone_number_id}/messages`) is encrypted as a
    compact
    JWE (content encryption A128GCM or A256GCM) for Meta's key, on top of TLS. Payload encryption must
    first be
    enabled for the number (`phone_numbers.update_settings` with `payload_encryption`: your public key
    goes in,
    Meta's `cloud_encryption_key` comes back). Successful answers (the usual send result) are encrypted
    for
    your key; errors come back in clear. Needs `whatsapp_business_messaging`.

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        body (EncryptedMessageRequest): An encrypted send. Example: {'messaging_product':
            'whatsapp', 'encrypted_contents':
            'eyJhbGciOiJSU0EtT0FFUCIsImVuYyI6IkExMjhDQkMtSFMyNTYifQ...'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EncryptedMessageResponse | GraphErrorResponse
    """

    return (
        await asyncio_detailed(
            phone_number_id=phone_number_id,
            client=client,
            body=body,
        )
    ).parsed
