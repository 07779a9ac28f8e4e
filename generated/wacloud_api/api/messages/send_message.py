from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.audio_message import AudioMessage
from ...models.contacts_message import ContactsMessage
from ...models.document_message import DocumentMessage
from ...models.graph_error_response import GraphErrorResponse
from ...models.image_message import ImageMessage
from ...models.interactive_message import InteractiveMessage
from ...models.location_message import LocationMessage
from ...models.mark_as_read_request import MarkAsReadRequest
from ...models.pin_message import PinMessage
from ...models.reaction_message import ReactionMessage
from ...models.send_message_response import SendMessageResponse
from ...models.sticker_message import StickerMessage
from ...models.success_response import SuccessResponse
from ...models.template_message import TemplateMessage
from ...models.text_message import TextMessage
from ...models.video_message import VideoMessage
from ...types import Response, quote_path


def _get_kwargs(
    phone_number_id: str,
    *,
    body: AudioMessage
    | ContactsMessage
    | DocumentMessage
    | ImageMessage
    | InteractiveMessage
    | LocationMessage
    | MarkAsReadRequest
    | PinMessage
    | ReactionMessage
    | StickerMessage
    | TemplateMessage
    | TextMessage
    | VideoMessage,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/{quote_path(str(phone_number_id))}/messages",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorResponse | SendMessageResponse | SuccessResponse:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> SendMessageResponse | SuccessResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_message_response_type_0 = SendMessageResponse.from_dict(data)

                return componentsschemas_message_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_message_response_type_1 = SuccessResponse.from_dict(data)

            return componentsschemas_message_response_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorResponse | SendMessageResponse | SuccessResponse]:
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
    body: AudioMessage
    | ContactsMessage
    | DocumentMessage
    | ImageMessage
    | InteractiveMessage
    | LocationMessage
    | MarkAsReadRequest
    | PinMessage
    | ReactionMessage
    | StickerMessage
    | TemplateMessage
    | TextMessage
    | VideoMessage,
) -> Response[GraphErrorResponse | SendMessageResponse | SuccessResponse]:
    """Send a message, or mark a received message as read

     Sends any message type (text, media, location, contacts, reaction, template, interactive) from the
    business
    phone number, or, with `status: read`, marks a received message as read and optionally shows a
    typing
    indicator. A send answers with the recipient's WhatsApp id and the new message's `wamid`; a read
    receipt
    answers `{"success": true}`.

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        body (AudioMessage | ContactsMessage | DocumentMessage | ImageMessage | InteractiveMessage
            | LocationMessage | MarkAsReadRequest | PinMessage | ReactionMessage | StickerMessage |
            TemplateMessage | TextMessage | VideoMessage): The body of `POST
            /{phone_number_id}/messages`: one outgoing message of any type, or a read receipt.
            Each variant is identified by its required `type` (or `status`) value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | SendMessageResponse | SuccessResponse]
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
    body: AudioMessage
    | ContactsMessage
    | DocumentMessage
    | ImageMessage
    | InteractiveMessage
    | LocationMessage
    | MarkAsReadRequest
    | PinMessage
    | ReactionMessage
    | StickerMessage
    | TemplateMessage
    | TextMessage
    | VideoMessage,
) -> GraphErrorResponse | SendMessageResponse | SuccessResponse | None:
    """Send a message, or mark a received message as read

     Sends any message type (text, media, location, contacts, reaction, template, interactive) from the
    business
    phone number, or, with `status: read`, marks a received message as read and optionally shows a
    typing
    indicator. A send answers with the recipient's WhatsApp id and the new message's `wamid`; a read
    receipt
    answers `{"success": true}`.

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        body (AudioMessage | ContactsMessage | DocumentMessage | ImageMessage | InteractiveMessage
            | LocationMessage | MarkAsReadRequest | PinMessage | ReactionMessage | StickerMessage |
            TemplateMessage | TextMessage | VideoMessage): The body of `POST
            /{phone_number_id}/messages`: one outgoing message of any type, or a read receipt.
            Each variant is identified by its required `type` (or `status`) value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | SendMessageResponse | SuccessResponse
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
    body: AudioMessage
    | ContactsMessage
    | DocumentMessage
    | ImageMessage
    | InteractiveMessage
    | LocationMessage
    | MarkAsReadRequest
    | PinMessage
    | ReactionMessage
    | StickerMessage
    | TemplateMessage
    | TextMessage
    | VideoMessage,
) -> Response[GraphErrorResponse | SendMessageResponse | SuccessResponse]:
    """Send a message, or mark a received message as read

     Sends any message type (text, media, location, contacts, reaction, template, interactive) from the
    business
    phone number, or, with `status: read`, marks a received message as read and optionally shows a
    typing
    indicator. A send answers with the recipient's WhatsApp id and the new message's `wamid`; a read
    receipt
    answers `{"success": true}`.

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        body (AudioMessage | ContactsMessage | DocumentMessage | ImageMessage | InteractiveMessage
            | LocationMessage | MarkAsReadRequest | PinMessage | ReactionMessage | StickerMessage |
            TemplateMessage | TextMessage | VideoMessage): The body of `POST
            /{phone_number_id}/messages`: one outgoing message of any type, or a read receipt.
            Each variant is identified by its required `type` (or `status`) value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | SendMessageResponse | SuccessResponse]
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
    body: AudioMessage
    | ContactsMessage
    | DocumentMessage
    | ImageMessage
    | InteractiveMessage
    | LocationMessage
    | MarkAsReadRequest
    | PinMessage
    | ReactionMessage
    | StickerMessage
    | TemplateMessage
    | TextMessage
    | VideoMessage,
) -> GraphErrorResponse | SendMessageResponse | SuccessResponse | None:
    """Send a message, or mark a received message as read

     Sends any message type (text, media, location, contacts, reaction, template, interactive) from the
    business
    phone number, or, with `status: read`, marks a received message as read and optionally shows a
    typing
    indicator. A send answers with the recipient's WhatsApp id and the new message's `wamid`; a read
    receipt
    answers `{"success": true}`.

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        body (AudioMessage | ContactsMessage | DocumentMessage | ImageMessage | InteractiveMessage
            | LocationMessage | MarkAsReadRequest | PinMessage | ReactionMessage | StickerMessage |
            TemplateMessage | TextMessage | VideoMessage): The body of `POST
            /{phone_number_id}/messages`: one outgoing message of any type, or a read receipt.
            Each variant is identified by its required `type` (or `status`) value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | SendMessageResponse | SuccessResponse
    """

    return (
        await asyncio_detailed(
            phone_number_id=phone_number_id,
            client=client,
            body=body,
        )
    ).parsed
