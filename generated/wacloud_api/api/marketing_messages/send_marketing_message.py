from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_response import GraphErrorResponse
from ...models.marketing_template_message import MarketingTemplateMessage
from ...models.send_message_response import SendMessageResponse
from ...types import Response, quote_path


def _get_kwargs(
    phone_number_id: str,
    *,
    body: MarketingTemplateMessage,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/{quote_path(str(phone_number_id))}/marketing_messages",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorResponse | SendMessageResponse:
    if response.status_code == 200:
        response_200 = SendMessageResponse.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorResponse | SendMessageResponse]:
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
    body: MarketingTemplateMessage,
) -> Response[GraphErrorResponse | SendMessageResponse]:
    """Send a marketing template through the Marketing Messages API

     Sends a `MARKETING` template message with the same body as `POST /{phone_number_id}/messages`, plus
    `message_activity_sharing` to share or withhold message activity (such as reads) with Meta for this
    message, and `product_policy` to choose whether a message this API cannot take falls back to the
    Cloud API
    (`CLOUD_API_FALLBACK`) or is refused (`STRICT`). Answers like a send: the recipient and the new
    `wamid`.

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        body (MarketingTemplateMessage): A marketing template message sent through the Marketing
            Messages API. Example: {'messaging_product': 'whatsapp', 'to': '15551234567', 'type':
            'template', 'template': {'name': 'summer_sale', 'language': {'code': 'en_US'}},
            'message_activity_sharing': True}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | SendMessageResponse]
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
    body: MarketingTemplateMessage,
) -> GraphErrorResponse | SendMessageResponse | None:
    """Send a marketing template through the Marketing Messages API

     Sends a `MARKETING` template message with the same body as `POST /{phone_number_id}/messages`, plus
    `message_activity_sharing` to share or withhold message activity (such as reads) with Meta for this
    message, and `product_policy` to choose whether a message this API cannot take falls back to the
    Cloud API
    (`CLOUD_API_FALLBACK`) or is refused (`STRICT`). Answers like a send: the recipient and the new
    `wamid`.

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        body (MarketingTemplateMessage): A marketing template message sent through the Marketing
            Messages API. Example: {'messaging_product': 'whatsapp', 'to': '15551234567', 'type':
            'template', 'template': {'name': 'summer_sale', 'language': {'code': 'en_US'}},
            'message_activity_sharing': True}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | SendMessageResponse
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
    body: MarketingTemplateMessage,
) -> Response[GraphErrorResponse | SendMessageResponse]:
    """Send a marketing template through the Marketing Messages API

     Sends a `MARKETING` template message with the same body as `POST /{phone_number_id}/messages`, plus
    `message_activity_sharing` to share or withhold message activity (such as reads) with Meta for this
    message, and `product_policy` to choose whether a message this API cannot take falls back to the
    Cloud API
    (`CLOUD_API_FALLBACK`) or is refused (`STRICT`). Answers like a send: the recipient and the new
    `wamid`.

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        body (MarketingTemplateMessage): A marketing template message sent through the Marketing
            Messages API. Example: {'messaging_product': 'whatsapp', 'to': '15551234567', 'type':
            'template', 'template': {'name': 'summer_sale', 'language': {'code': 'en_US'}},
            'message_activity_sharing': True}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | SendMessageResponse]
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
    body: MarketingTemplateMessage,
) -> GraphErrorResponse | SendMessageResponse | None:
    """Send a marketing template through the Marketing Messages API

     Sends a `MARKETING` template message with the same body as `POST /{phone_number_id}/messages`, plus
    `message_activity_sharing` to share or withhold message activity (such as reads) with Meta for this
    message, and `product_policy` to choose whether a message this API cannot take falls back to the
    Cloud API
    (`CLOUD_API_FALLBACK`) or is refused (`STRICT`). Answers like a send: the recipient and the new
    `wamid`.

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        body (MarketingTemplateMessage): A marketing template message sent through the Marketing
            Messages API. Example: {'messaging_product': 'whatsapp', 'to': '15551234567', 'type':
            'template', 'template': {'name': 'summer_sale', 'language': {'code': 'en_US'}},
            'message_activity_sharing': True}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | SendMessageResponse
    """

    return (
        await asyncio_detailed(
            phone_number_id=phone_number_id,
            client=client,
            body=body,
        )
    ).parsed
