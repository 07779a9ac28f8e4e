from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_response import GraphErrorResponse
from ...models.phone_number_settings import PhoneNumberSettings
from ...types import Response, quote_path


def _get_kwargs(
    phone_number_id: str,
    *,
    include_sip_credentials: bool | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include_sip_credentials"] = include_sip_credentials

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/{quote_path(str(phone_number_id))}/settings",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorResponse | PhoneNumberSettings:
    if response.status_code == 200:
        response_200 = PhoneNumberSettings.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorResponse | PhoneNumberSettings]:
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
    include_sip_credentials: bool | None = None,
) -> Response[GraphErrorResponse | PhoneNumberSettings]:
    """Retrieve the settings of a business phone number

     Returns the phone number's feature settings: `calling` (Calling API status, call icon, call hours,
    callback permission, SIP), `storage_configuration` (local storage) and `payload_encryption`. SIP
    passwords are included only with `include_sip_credentials=true`. Needs
    `whatsapp_business_management`.

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        include_sip_credentials (bool | None): Include the SIP server passwords
            (`sip_user_password`) in `calling.sip.servers`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | PhoneNumberSettings]
    """

    kwargs = _get_kwargs(
        phone_number_id=phone_number_id,
        include_sip_credentials=include_sip_credentials,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    phone_number_id: str,
    *,
    client: AuthenticatedClient,
    include_sip_credentials: bool | None = None,
) -> GraphErrorResponse | PhoneNumberSettings | None:
    """Retrieve the settings of a business phone number

     Returns the phone number's feature settings: `calling` (Calling API status, call icon, call hours,
    callback permission, SIP), `storage_configuration` (local storage) and `payload_encryption`. SIP
    passwords are included only with `include_sip_credentials=true`. Needs
    `whatsapp_business_management`.

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        include_sip_credentials (bool | None): Include the SIP server passwords
            (`sip_user_password`) in `calling.sip.servers`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | PhoneNumberSettings
    """

    return sync_detailed(
        phone_number_id=phone_number_id,
        client=client,
        include_sip_credentials=include_sip_credentials,
    ).parsed


async def asyncio_detailed(
    phone_number_id: str,
    *,
    client: AuthenticatedClient,
    include_sip_credentials: bool | None = None,
) -> Response[GraphErrorResponse | PhoneNumberSettings]:
    """Retrieve the settings of a business phone number

     Returns the phone number's feature settings: `calling` (Calling API status, call icon, call hours,
    callback permission, SIP), `storage_configuration` (local storage) and `payload_encryption`. SIP
    passwords are included only with `include_sip_credentials=true`. Needs
    `whatsapp_business_management`.

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        include_sip_credentials (bool | None): Include the SIP server passwords
            (`sip_user_password`) in `calling.sip.servers`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | PhoneNumberSettings]
    """

    kwargs = _get_kwargs(
        phone_number_id=phone_number_id,
        include_sip_credentials=include_sip_credentials,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    phone_number_id: str,
    *,
    client: AuthenticatedClient,
    include_sip_credentials: bool | None = None,
) -> GraphErrorResponse | PhoneNumberSettings | None:
    """Retrieve the settings of a business phone number

     Returns the phone number's feature settings: `calling` (Calling API status, call icon, call hours,
    callback permission, SIP), `storage_configuration` (local storage) and `payload_encryption`. SIP
    passwords are included only with `include_sip_credentials=true`. Needs
    `whatsapp_business_management`.

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        include_sip_credentials (bool | None): Include the SIP server passwords
            (`sip_user_password`) in `calling.sip.servers`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | PhoneNumberSettings
    """

    return (
        await asyncio_detailed(
            phone_number_id=phone_number_id,
            client=client,
            include_sip_credentials=include_sip_credentials,
        )
    ).parsed
