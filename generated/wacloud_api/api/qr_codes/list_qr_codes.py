from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_response import GraphErrorResponse
from ...models.qr_code_list import QrCodeList
from ...types import Response, quote_path


def _get_kwargs(
    phone_number_id: str,
    *,
    fields: str | None = None,
    code: str | None = None,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fields"] = fields

    params["code"] = code

    params["limit"] = limit

    params["after"] = after

    params["before"] = before

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/{quote_path(str(phone_number_id))}/message_qrdls",
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
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
    code: str | None = None,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
) -> Response[GraphErrorResponse | QrCodeList]:
    """List the message QR codes of a phone number

     Returns the message QR codes of the business phone number, newest first. Each has a `code`, the
    `prefilled_message` it opens a chat with and its `deep_link_url` (`https://wa.me/message/<code>`).
    Ask for
    an image link with `fields=code,prefilled_message,deep_link_url,qr_image_url.format(SVG)` (or
    `PNG`).
    Filter to one code with `code`. Needs `whatsapp_business_messaging`.

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        fields (str | None): Comma-separated fields: `code`, `prefilled_message`, `deep_link_url`,
            and
            `qr_image_url.format(SVG)` or `qr_image_url.format(PNG)` for an image link.
        code (str | None): Return only the QR code with this 14-character code.
        limit (int | None): Maximum number of items per page.
        after (str | None): Cursor from `paging.cursors.after` of the previous page.
        before (str | None): Cursor from `paging.cursors.before` of the next page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | QrCodeList]
    """

    kwargs = _get_kwargs(
        phone_number_id=phone_number_id,
        fields=fields,
        code=code,
        limit=limit,
        after=after,
        before=before,
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
    code: str | None = None,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
) -> GraphErrorResponse | QrCodeList | None:
    """List the message QR codes of a phone number

     Returns the message QR codes of the business phone number, newest first. Each has a `code`, the
    `prefilled_message` it opens a chat with and its `deep_link_url` (`https://wa.me/message/<code>`).
    Ask for
    an image link with `fields=code,prefilled_message,deep_link_url,qr_image_url.format(SVG)` (or
    `PNG`).
    Filter to one code with `code`. Needs `whatsapp_business_messaging`.

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        fields (str | None): Comma-separated fields: `code`, `prefilled_message`, `deep_link_url`,
            and
            `qr_image_url.format(SVG)` or `qr_image_url.format(PNG)` for an image link.
        code (str | None): Return only the QR code with this 14-character code.
        limit (int | None): Maximum number of items per page.
        after (str | None): Cursor from `paging.cursors.after` of the previous page.
        before (str | None): Cursor from `paging.cursors.before` of the next page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | QrCodeList
    """

    return sync_detailed(
        phone_number_id=phone_number_id,
        client=client,
        fields=fields,
        code=code,
        limit=limit,
        after=after,
        before=before,
    ).parsed


async def asyncio_detailed(
    phone_number_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
    code: str | None = None,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
) -> Response[GraphErrorResponse | QrCodeList]:
    """List the message QR codes of a phone number

     Returns the message QR codes of the business phone number, newest first. Each has a `code`, the
    `prefilled_message` it opens a chat with and its `deep_link_url` (`https://wa.me/message/<code>`).
    Ask for
    an image link with `fields=code,prefilled_message,deep_link_url,qr_image_url.format(SVG)` (or
    `PNG`).
    Filter to one code with `code`. Needs `whatsapp_business_messaging`.

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        fields (str | None): Comma-separated fields: `code`, `prefilled_message`, `deep_link_url`,
            and
            `qr_image_url.format(SVG)` or `qr_image_url.format(PNG)` for an image link.
        code (str | None): Return only the QR code with this 14-character code.
        limit (int | None): Maximum number of items per page.
        after (str | None): Cursor from `paging.cursors.after` of the previous page.
        before (str | None): Cursor from `paging.cursors.before` of the next page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | QrCodeList]
    """

    kwargs = _get_kwargs(
        phone_number_id=phone_number_id,
        fields=fields,
        code=code,
        limit=limit,
        after=after,
        before=before,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    phone_number_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
    code: str | None = None,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
) -> GraphErrorResponse | QrCodeList | None:
    """List the message QR codes of a phone number

     Returns the message QR codes of the business phone number, newest first. Each has a `code`, the
    `prefilled_message` it opens a chat with and its `deep_link_url` (`https://wa.me/message/<code>`).
    Ask for
    an image link with `fields=code,prefilled_message,deep_link_url,qr_image_url.format(SVG)` (or
    `PNG`).
    Filter to one code with `code`. Needs `whatsapp_business_messaging`.

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        fields (str | None): Comma-separated fields: `code`, `prefilled_message`, `deep_link_url`,
            and
            `qr_image_url.format(SVG)` or `qr_image_url.format(PNG)` for an image link.
        code (str | None): Return only the QR code with this 14-character code.
        limit (int | None): Maximum number of items per page.
        after (str | None): Cursor from `paging.cursors.after` of the previous page.
        before (str | None): Cursor from `paging.cursors.before` of the next page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | QrCodeList
    """

    return (
        await asyncio_detailed(
            phone_number_id=phone_number_id,
            client=client,
            fields=fields,
            code=code,
            limit=limit,
            after=after,
            before=before,
        )
    ).parsed
