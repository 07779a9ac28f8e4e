from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.business_profile_response import BusinessProfileResponse
from ...models.graph_error_response import GraphErrorResponse
from ...types import Response, quote_path


def _get_kwargs(
    phone_number_id: str,
    *,
    fields: str | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/{quote_path(str(phone_number_id))}/whatsapp_business_profile",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BusinessProfileResponse | GraphErrorResponse:
    if response.status_code == 200:
        response_200 = BusinessProfileResponse.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BusinessProfileResponse | GraphErrorResponse]:
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
    fields: str | None = None,
) -> Response[BusinessProfileResponse | GraphErrorResponse]:
    """Retrieve the business profile of a phone number

     Returns the business profile customers see when they open the business's profile in WhatsApp, as a
    one-item `data` list. Ask for the fields you want, e.g.
    `about,address,description,email,profile_picture_url,websites,vertical`. Needs
    `whatsapp_business_management` (or `whatsapp_business_messaging`).

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BusinessProfileResponse | GraphErrorResponse]
    """

    kwargs = _get_kwargs(
        phone_number_id=phone_number_id,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    phone_number_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
) -> BusinessProfileResponse | GraphErrorResponse | None:
    """Retrieve the business profile of a phone number

     Returns the business profile customers see when they open the business's profile in WhatsApp, as a
    one-item `data` list. Ask for the fields you want, e.g.
    `about,address,description,email,profile_picture_url,websites,vertical`. Needs
    `whatsapp_business_management` (or `whatsapp_business_messaging`).

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BusinessProfileResponse | GraphErrorResponse
    """

    return sync_detailed(
        phone_number_id=phone_number_id,
        client=client,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    phone_number_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
) -> Response[BusinessProfileResponse | GraphErrorResponse]:
    """Retrieve the business profile of a phone number

     Returns the business profile customers see when they open the business's profile in WhatsApp, as a
    one-item `data` list. Ask for the fields you want, e.g.
    `about,address,description,email,profile_picture_url,websites,vertical`. Needs
    `whatsapp_business_management` (or `whatsapp_business_messaging`).

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BusinessProfileResponse | GraphErrorResponse]
    """

    kwargs = _get_kwargs(
        phone_number_id=phone_number_id,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    phone_number_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
) -> BusinessProfileResponse | GraphErrorResponse | None:
    """Retrieve the business profile of a phone number

     Returns the business profile customers see when they open the business's profile in WhatsApp, as a
    one-item `data` list. Ask for the fields you want, e.g.
    `about,address,description,email,profile_picture_url,websites,vertical`. Needs
    `whatsapp_business_management` (or `whatsapp_business_messaging`).

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BusinessProfileResponse | GraphErrorResponse
    """

    return (
        await asyncio_detailed(
            phone_number_id=phone_number_id,
            client=client,
            fields=fields,
        )
    ).parsed
