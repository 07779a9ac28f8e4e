"""Namespace for the ``messages`` API area: ``Messages`` (sync) and ``AsyncMessages`` (asyncio)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import cast

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
from ...types import AsyncRuntime, RequestOptions, SyncRuntime
from . import send_message as _send_message

__all__ = ["AsyncMessages", "Messages"]


class Messages:
    """Operations of the ``messages`` area. Reach it as ``client.messages``."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def send(
        self,
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
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendMessageResponse | SuccessResponse:
        """Send a message, or mark a received message as read.

        Sends any message type (text, media, location, contacts, reaction, template, interactive) from
        the business phone number, or, with `status: read`, marks a received message as read and
        optionally shows a typing indicator. A send answers with the recipient's WhatsApp id and the new
        message's `wamid`; a read receipt answers `{"success": true}`.

        ``POST /{phone_number_id}/messages``

        Args:
            body: The request body (AudioMessage | ContactsMessage | DocumentMessage | ImageMessage | InteractiveMessage | LocationMessage | MarkAsReadRequest | PinMessage | ReactionMessage | StickerMessage | TemplateMessage | TextMessage | VideoMessage).
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.messages.send(body=TextMessage(...))``
        """
        parsed = self._runtime.execute(
            _send_message._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
                body=body,
            ),
            _send_message._parse_response,
            request_options,
        )
        if not isinstance(parsed, SendMessageResponse | SuccessResponse):
            raise self._runtime.unexpected(parsed)
        return parsed


class AsyncMessages:
    """Operations of the ``messages`` area (asyncio). Reach it as ``client.messages``."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def send(
        self,
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
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendMessageResponse | SuccessResponse:
        """Send a message, or mark a received message as read.

        Sends any message type (text, media, location, contacts, reaction, template, interactive) from
        the business phone number, or, with `status: read`, marks a received message as read and
        optionally shows a typing indicator. A send answers with the recipient's WhatsApp id and the new
        message's `wamid`; a read receipt answers `{"success": true}`.

        ``POST /{phone_number_id}/messages``

        Args:
            body: The request body (AudioMessage | ContactsMessage | DocumentMessage | ImageMessage | InteractiveMessage | LocationMessage | MarkAsReadRequest | PinMessage | ReactionMessage | StickerMessage | TemplateMessage | TextMessage | VideoMessage).
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.messages.send(body=TextMessage(...))``
        """
        parsed = await self._runtime.execute(
            _send_message._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
                body=body,
            ),
            _send_message._parse_response,
            request_options,
        )
        if not isinstance(parsed, SendMessageResponse | SuccessResponse):
            raise self._runtime.unexpected(parsed)
        return parsed
