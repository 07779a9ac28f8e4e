from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_response import GraphErrorResponse
from ...models.qr_code_list import QrCodeList
from ...types import Response, quote_path


def _get_kwargs(
    phone_number_id: str,
    code: str,
    *,
    fields: str | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/{quote_path(str(phone_number_id))}/message_qrdls/{quote_path(str(code))}",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorResponse | QrCodeList:
    if response.status_code == 200:
        response_200 = QrCodeList.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorResponse | QrCodeList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    phone_number_id: str,
    code: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
) -> Response[GraphErrorResponse | QrCodeList]:
    """Retrieve a message QR code

     Returns one QR code, inside a one-item `data` array. Ask for an image link with
    `fields=code,prefilled_message,deep_link_url,qr_image_url.format(SVG)` (or `PNG`). Needs
    `whatsapp_business_messaging`.

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        code (str): The 14-character QR code (the `code` returned when it was created or listed).
        fields (str | None): Comma-separated fields: `code`, `prefilled_message`, `deep_link_url`,
            and
            `qr_image_url.format(SVG)` or `qr_image_url.format(PNG)` for an image link.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | QrCodeList]
    """

    kwargs = _get_kwargs(
        phone_number_id=phone_number_id,
        code=code,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    phone_number_id: str,
    code: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
) -> GraphErrorResponse | QrCodeList | None:
    """Retrieve a message QR code

     Returns one QR code, inside a one-item `data` array. Ask for an image link with
    `fields=code,prefilled_message,deep_link_url,qr_image_url.format(SVG)` (or `PNG`). Needs
    `whatsapp_business_messaging`.

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        code (str): The 14-character QR code (the `code` returned when it was created or listed).
        fields (str | None): Comma-separated fields: `code`, `prefilled_message`, `deep_link_url`,
            and
            `qr_image_url.format(SVG)` or `qr_image_url.format(PNG)` for an image link.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | QrCodeList
    """

    return sync_detailed(
        phone_number_id=phone_number_id,
        code=code,
        client=client,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    phone_number_id: str,
    code: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
) -> Response[GraphErrorResponse | QrCodeList]:
    """Retrieve a message QR code

     Returns one QR code, inside a one-item `data` array. Ask for an image link with
    `fields=code,prefilled_message,deep_link_url,qr_image_url.format(SVG)` (or `PNG`). Needs
    `whatsapp_business_messaging`.

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        code (str): The 14-character QR code (the `code` returned when it was created or listed).
        fields (str | None): Comma-separated fields: `code`, `prefilled_message`, `deep_link_url`,
            and
            `qr_image_url.format(SVG)` or `qr_image_url.format(PNG)` for an image link.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | QrCodeList]
    """

    kwargs = _get_kwargs(
        phone_number_id=phone_number_id,
        code=code,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    phone_number_id: str,
    code: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
) -> GraphErrorResponse | QrCodeList | None:
    """Retrieve a message QR code

     Returns one QR code, inside a one-item `data` array. Ask for an image link with
    `fields=code,prefilled_message,deep_link_url,qr_image_url.format(SVG)` (or `PNG`). Needs
    `whatsapp_business_messaging`.

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        code (str): The 14-character QR code (the `code` returned when it was created or listed).
        fields (str | None): Comma-separated fields: `code`, `prefilled_message`, `deep_link_url`,
            and
            `qr_image_url.format(SVG)` or `qr_image_url.format(PNG)` for an image link.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | QrCodeList
    """

    return (
        await asyncio_detailed(
            phone_number_id=phone_number_id,
            code=code,
            client=client,
            fields=fields,
        )
    ).parsed
