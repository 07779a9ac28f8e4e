"""``client.messages``: the generated namespace plus one-call helpers for every message type.

Each helper builds the generated request model (so the body is exactly what the spec says) and sends it through
``send``. Builders are module functions shared by the sync and async classes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Literal, Protocol, overload

from wacloud_api.api.messages import Messages as _GeneratedMessages
from wacloud_api.models import (
    AudioMedia,
    AudioMessage,
    ContactCard,
    ContactRequestAction,
    ContactsMessage,
    CtaUrlAction,
    CtaUrlParameters,
    DocumentMedia,
    DocumentMessage,
    FlowAction,
    FlowActionParameters,
    FlowActionPayload,
    ImageMedia,
    ImageMessage,
    InteractiveAddress,
    InteractiveBody,
    InteractiveButtons,
    InteractiveCatalog,
    InteractiveContactRequest,
    InteractiveCtaUrl,
    InteractiveFlow,
    InteractiveFooter,
    InteractiveHeader,
    InteractiveList,
    InteractiveLocationRequest,
    InteractiveMessage,
    InteractiveProduct,
    InteractiveProductList,
    JsonObject,
    ListAction,
    ListRow,
    ListSection,
    LocationContent,
    LocationMessage,
    LocationRequestAction,
    MarkAsReadRequest,
    MessageContext,
    PinContent,
    PinMessage,
    ReactionContent,
    ReactionMessage,
    ReplyButton,
    ReplyButtonReply,
    ReplyButtonsAction,
    SendMessageResponse,
    StickerMedia,
    StickerMessage,
    SuccessResponse,
    TemplateComponentParameters,
    TemplateContent,
    TemplateLanguage,
    TemplateMessage,
    TextContent,
    TextMessage,
    TypingIndicator,
    VideoMedia,
    VideoMessage,
)
from wacloud_api.types import RequestOptions

from ._errors import InvalidArgumentError, UnexpectedResponseError
from ._recipients import address, recipient_kind

__all__ = ["Messages", "OutgoingMessage"]

OutgoingMessage = (
    TextMessage
    | ImageMessage
    | AudioMessage
    | VideoMessage
    | DocumentMessage
    | StickerMessage
    | LocationMessage
    | ContactsMessage
    | ReactionMessage
    | TemplateMessage
    | InteractiveMessage
    | PinMessage
)
InteractiveContent = (
    InteractiveButtons
    | InteractiveList
    | InteractiveCtaUrl
    | InteractiveFlow
    | InteractiveLocationRequest
    | InteractiveAddress
    | InteractiveProduct
    | InteractiveProductList
    | InteractiveCatalog
    | InteractiveContactRequest
)
MediaKind = Literal["image", "audio", "video", "document", "sticker"]
RecipientType = Literal["individual", "group"]


class ReceivedMessage(Protocol):
    """What ``reply_text`` needs of an incoming message (``wacloud.webhooks.Message`` has both)."""

    @property
    def id(self) -> str | None: ...
    @property
    def chat_id(self) -> str | None: ...


def _required_text(value: str, name: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InvalidArgumentError(f"{name} must be a non-empty string.")
    return value


def _envelope(
    to: str, reply_to: str | None, biz_opaque_callback_data: str | None
) -> tuple[str, MessageContext | None, str | None]:
    _required_text(to, "to")
    context: MessageContext | None = None if reply_to is None else MessageContext(message_id=reply_to)
    if biz_opaque_callback_data is not None and len(biz_opaque_callback_data) > 512:
        raise InvalidArgumentError("biz_opaque_callback_data is limited to 512 characters.")
    return to, context, biz_opaque_callback_data


def build_text(
    to: str, body: str, *, preview_url: bool, reply_to: str | None, biz_opaque_callback_data: str | None
) -> TextMessage:
    """The ``text`` message for ``send_text``."""
    recipient, context, opaque = _envelope(to, reply_to, biz_opaque_callback_data)
    _required_text(body, "body")
    if len(body) > 4096:
        raise InvalidArgumentError(f"body is limited to 4096 characters, got {len(body)}.")
    return TextMessage(
        to=recipient,
        text=TextContent(body=body, preview_url=preview_url),
        context=context,
        biz_opaque_callback_data=opaque,
    )


def build_media(
    kind: MediaKind,
    to: str,
    *,
    media_id: str | None,
    link: str | None,
    caption: str | None,
    filename: str | None,
    reply_to: str | None,
    biz_opaque_callback_data: str | None,
) -> OutgoingMessage:
    """An image/audio/video/document/sticker message by uploaded ``media_id`` or public ``link``."""
    if (media_id is None) == (link is None):
        raise InvalidArgumentError(f"send_{kind} needs exactly one of media_id= (uploaded media) or link= (HTTPS URL).")
    if caption is not None and kind not in ("image", "video", "document"):
        raise InvalidArgumentError(f"{kind} messages have no caption.")
    if filename is not None and kind != "document":
        raise InvalidArgumentError("filename applies to documents only.")
    recipient, context, opaque = _envelope(to, reply_to, biz_opaque_callback_data)
    if kind == "image":
        return ImageMessage(
            to=recipient,
            image=ImageMedia(id=media_id, link=link, caption=caption),
            context=context,
            biz_opaque_callback_data=opaque,
        )
    if kind == "video":
        return VideoMessage(
            to=recipient,
            video=VideoMedia(id=media_id, link=link, caption=caption),
            context=context,
            biz_opaque_callback_data=opaque,
        )
    if kind == "document":
        document = DocumentMedia(id=media_id, link=link, caption=caption, filename=filename)
        return DocumentMessage(to=recipient, document=document, context=context, biz_opaque_callback_data=opaque)
    if kind == "audio":
        return AudioMessage(
            to=recipient, audio=AudioMedia(id=media_id, link=link), context=context, biz_opaque_callback_data=opaque
        )
    return StickerMessage(
        to=recipient, sticker=StickerMedia(id=media_id, link=link), context=context, biz_opaque_callback_data=opaque
    )


def build_reply_buttons(
    body: str,
    buttons: Mapping[str, str] | Sequence[tuple[str, str]],
    *,
    header: str | None,
    footer: str | None,
) -> InteractiveButtons:
    """Up to three reply buttons, given as ``{id: title}`` or ``[(id, title), ...]``."""
    pairs = list(buttons.items()) if isinstance(buttons, Mapping) else list(buttons)
    if not 1 <= len(pairs) <= 3:
        raise InvalidArgumentError(f"Reply buttons take 1 to 3 buttons, got {len(pairs)}.")
    for _, title in pairs:
        if len(title) > 20:
            raise InvalidArgumentError(f"Button title {title!r} is longer than 20 characters.")
    return InteractiveButtons(
        body=InteractiveBody(text=_required_text(body, "body")),
        header=None if header is None else InteractiveHeader(type_="text", text=header),
        footer=None if footer is None else InteractiveFooter(text=footer),
        action=ReplyButtonsAction(
            buttons=[ReplyButton(reply=ReplyButtonReply(id=ident, title=title)) for ident, title in pairs]
        ),
    )


def build_list(
    body: str,
    button: str,
    sections: Mapping[str, Iterable[tuple[str, str] | tuple[str, str, str]]],
    *,
    header: str | None,
    footer: str | None,
) -> InteractiveList:
    """A list message: ``{section title: [(row id, title[, description]), ...]}``."""
    built: list[ListSection] = []
    for title, rows in sections.items():
        items = [ListRow(id=row[0], title=row[1], description=row[2] if len(row) > 2 else None) for row in rows]
        built.append(ListSection(title=title, rows=items))
    if not built or sum(len(section.rows) for section in built) > 10:
        raise InvalidArgumentError("A list message needs 1 to 10 rows in total.")
    return InteractiveList(
        body=InteractiveBody(text=_required_text(body, "body")),
        header=None if header is None else InteractiveHeader(type_="text", text=header),
        footer=None if footer is None else InteractiveFooter(text=footer),
        action=ListAction(button=_required_text(button, "button"), sections=built),
    )


def build_flow(
    body: str,
    *,
    flow_id: str | None,
    flow_name: str | None,
    cta: str,
    flow_token: str | None,
    screen: str | None,
    data: Mapping[str, object] | None,
    draft: bool,
    header: str | None,
    footer: str | None,
) -> InteractiveFlow:
    """A message with a button that opens a Flow (by id or name) at ``screen`` with ``data``."""
    if (flow_id is None) == (flow_name is None):
        raise InvalidArgumentError("send_flow needs exactly one of flow_id= or flow_name=.")
    payload: FlowActionPayload | None = None
    if screen is not None:
        payload = FlowActionPayload(screen=screen)
        if data is not None:
            payload.data = JsonObject.from_dict(dict(data))
    parameters = FlowActionParameters(
        flow_message_version="3",
        flow_cta=_required_text(cta, "cta"),
        flow_id=flow_id,
        flow_name=flow_name,
        flow_token=flow_token,
        flow_action="navigate" if screen is not None else None,
        flow_action_payload=payload,
        mode="draft" if draft else None,
    )
    return InteractiveFlow(
        body=InteractiveBody(text=_required_text(body, "body")),
        header=None if header is None else InteractiveHeader(type_="text", text=header),
        footer=None if footer is None else InteractiveFooter(text=footer),
        action=FlowAction(parameters=parameters),
    )


def build_cta_url(
    body: str, display_text: str, url: str, *, header: str | None, footer: str | None
) -> InteractiveCtaUrl:
    """A message with one button that opens ``url``."""
    return InteractiveCtaUrl(
        body=InteractiveBody(text=_required_text(body, "body")),
        header=None if header is None else InteractiveHeader(type_="text", text=header),
        footer=None if footer is None else InteractiveFooter(text=footer),
        action=CtaUrlAction(parameters=CtaUrlParameters(display_text=display_text, url=url)),
    )


def build_template(
    to: str,
    name: str,
    language: str,
    components: Sequence[TemplateComponentParameters] | None,
    *,
    reply_to: str | None,
    biz_opaque_callback_data: str | None,
) -> TemplateMessage:
    """A template message."""
    recipient, context, opaque = _envelope(to, reply_to, biz_opaque_callback_data)
    return TemplateMessage(
        to=recipient,
        template=TemplateContent(
            name=_required_text(name, "name"),
            language=TemplateLanguage(code=_required_text(language, "language")),
            components=None if components is None else list(components),
        ),
        context=context,
        biz_opaque_callback_data=opaque,
    )


def build_pin(group_id: str, pin: PinContent) -> PinMessage:
    """The ``pin`` message for ``pin_message`` / ``unpin_message``: only groups have pins."""
    if recipient_kind(group_id) != "group":
        raise InvalidArgumentError(f"pins exist in groups only: {group_id!r} is not a group id.")
    return PinMessage(to=group_id, recipient_type="group", pin=pin)


def _sent(response: SendMessageResponse | SuccessResponse) -> SendMessageResponse:
    if not isinstance(response, SendMessageResponse):
        raise UnexpectedResponseError("Graph answered a send with a read-receipt body (no `messages` in it).")
    return response


def _read(response: SendMessageResponse | SuccessResponse) -> SuccessResponse:
    if not isinstance(response, SuccessResponse):
        raise UnexpectedResponseError("Graph answered a read receipt with a send body (no `success` in it).")
    return response


class Messages(_GeneratedMessages):
    """``client.messages``: send any message type; mark messages as read.

    Every helper takes ``phone_number_id=`` (defaults to the client's) and ``request_options=``, and returns the
    typed ``SendMessageResponse``: ``resp.messages[0].id`` is the new message's wamid.
    """

    @overload
    def send(
        self,
        body: OutgoingMessage,
        *,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendMessageResponse: ...

    @overload
    def send(
        self,
        body: MarkAsReadRequest,
        *,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse: ...

    def send(
        self,
        body: OutgoingMessage | MarkAsReadRequest,
        *,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendMessageResponse | SuccessResponse:
        """Send any message model (``TextMessage``, ``TemplateMessage``...) or a ``MarkAsReadRequest``.

        The recipient (``to=``, in every helper too) may be a phone number, a BSUID, a parent BSUID or a group id:
        a (parent) BSUID is sent as ``recipient``, a group id with ``recipient_type="group"``. A model may also set
        ``to=`` (phone number) and ``recipient=`` (BSUID) together; Meta then delivers to the phone number.

        Example: ``client.messages.send(TextMessage(to="15551234567", text=TextContent(body="hi")))``
        """
        if not isinstance(body, MarkAsReadRequest):
            body = address(body)
        response = super().send(body=body, phone_number_id=phone_number_id, request_options=request_options)
        return _read(response) if isinstance(body, MarkAsReadRequest) else _sent(response)

    def send_text(
        self,
        to: str,
        body: str,
        *,
        preview_url: bool = False,
        reply_to: str | None = None,
        biz_opaque_callback_data: str | None = None,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendMessageResponse:
        """Send a text message (up to 4096 characters); ``reply_to`` quotes an earlier message.

        Example: ``client.messages.send_text(to="15551234567", body="Your order has shipped")``
        """
        message = build_text(
            to, body, preview_url=preview_url, reply_to=reply_to, biz_opaque_callback_data=biz_opaque_callback_data
        )
        return self.send(message, phone_number_id=phone_number_id, request_options=request_options)

    def send_media(
        self,
        kind: MediaKind,
        to: str,
        *,
        media_id: str | None = None,
        link: str | None = None,
        caption: str | None = None,
        filename: str | None = None,
        reply_to: str | None = None,
        biz_opaque_callback_data: str | None = None,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendMessageResponse:
        """Send an image, audio, video, document or sticker by uploaded ``media_id`` or public ``link``.

        Example: ``client.messages.send_media("image", "15551234567", media_id=uploaded.id, caption="Invoice")``
        """
        message = build_media(
            kind,
            to,
            media_id=media_id,
            link=link,
            caption=caption,
            filename=filename,
            reply_to=reply_to,
            biz_opaque_callback_data=biz_opaque_callback_data,
        )
        return self.send(message, phone_number_id=phone_number_id, request_options=request_options)

    def send_image(
        self,
        to: str,
        *,
        media_id: str | None = None,
        link: str | None = None,
        caption: str | None = None,
        reply_to: str | None = None,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendMessageResponse:
        """Send an image. Example: ``client.messages.send_image("15551234567", media_id="1479537139650973")``"""
        return self.send_media(
            "image",
            to,
            media_id=media_id,
            link=link,
            caption=caption,
            reply_to=reply_to,
            phone_number_id=phone_number_id,
            request_options=request_options,
        )

    def send_video(
        self,
        to: str,
        *,
        media_id: str | None = None,
        link: str | None = None,
        caption: str | None = None,
        reply_to: str | None = None,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendMessageResponse:
        """Send a video. Example: ``client.messages.send_video("15551234567", link="https://example.com/a.mp4")``"""
        return self.send_media(
            "video",
            to,
            media_id=media_id,
            link=link,
            caption=caption,
            reply_to=reply_to,
            phone_number_id=phone_number_id,
            request_options=request_options,
        )

    def send_audio(
        self,
        to: str,
        *,
        media_id: str | None = None,
        link: str | None = None,
        reply_to: str | None = None,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendMessageResponse:
        """Send audio. Example: ``client.messages.send_audio("15551234567", media_id="1479537139650973")``"""
        return self.send_media(
            "audio",
            to,
            media_id=media_id,
            link=link,
            reply_to=reply_to,
            phone_number_id=phone_number_id,
            request_options=request_options,
        )

    def send_document(
        self,
        to: str,
        *,
        media_id: str | None = None,
        link: str | None = None,
        caption: str | None = None,
        filename: str | None = None,
        reply_to: str | None = None,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendMessageResponse:
        """Send a document. Example: ``client.messages.send_document("15551234567", link=url, filename="a.pdf")``"""
        return self.send_media(
            "document",
            to,
            media_id=media_id,
            link=link,
            caption=caption,
            filename=filename,
            reply_to=reply_to,
            phone_number_id=phone_number_id,
            request_options=request_options,
        )

    def send_sticker(
        self,
        to: str,
        *,
        media_id: str | None = None,
        link: str | None = None,
        reply_to: str | None = None,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendMessageResponse:
        """Send a sticker. Example: ``client.messages.send_sticker("15551234567", media_id="1479537139650973")``"""
        return self.send_media(
            "sticker",
            to,
            media_id=media_id,
            link=link,
            reply_to=reply_to,
            phone_number_id=phone_number_id,
            request_options=request_options,
        )

    def send_location(
        self,
        to: str,
        latitude: float,
        longitude: float,
        *,
        name: str | None = None,
        address: str | None = None,
        reply_to: str | None = None,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendMessageResponse:
        """Send a location pin. Example: ``client.messages.send_location("15551234567", 37.48, -122.14)``"""
        recipient, context, opaque = _envelope(to, reply_to, None)
        location = LocationContent(
            latitude=latitude,
            longitude=longitude,
            name=name,
            address=address,
        )
        message = LocationMessage(to=recipient, location=location, context=context, biz_opaque_callback_data=opaque)
        return self.send(message, phone_number_id=phone_number_id, request_options=request_options)

    def send_contacts(
        self,
        to: str,
        contacts: Sequence[ContactCard],
        *,
        reply_to: str | None = None,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendMessageResponse:
        """Send contact cards. Example: ``client.messages.send_contacts(to, [ContactCard(name=ContactName(...))])``"""
        if not contacts:
            raise InvalidArgumentError("send_contacts needs at least one ContactCard.")
        recipient, context, opaque = _envelope(to, reply_to, None)
        message = ContactsMessage(
            to=recipient, contacts=list(contacts), context=context, biz_opaque_callback_data=opaque
        )
        return self.send(message, phone_number_id=phone_number_id, request_options=request_options)

    def send_reaction(
        self,
        to: str,
        message_id: str,
        emoji: str,
        *,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendMessageResponse:
        """React to a message with an emoji; ``emoji=""`` removes the reaction.

        Example: ``client.messages.send_reaction("15551234567", "wamid.HBg...", "👍")``
        """
        _required_text(to, "to")
        message = ReactionMessage(to=to, reaction=ReactionContent(message_id=message_id, emoji=emoji))
        return self.send(message, phone_number_id=phone_number_id, request_options=request_options)

    def remove_reaction(
        self,
        to: str,
        message_id: str,
        *,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendMessageResponse:
        """Remove this business's reaction from a message. Example: ``client.messages.remove_reaction(to, wamid)``"""
        return self.send_reaction(to, message_id, "", phone_number_id=phone_number_id, request_options=request_options)

    def send_template(
        self,
        to: str,
        name: str,
        *,
        language: str = "en_US",
        components: Sequence[TemplateComponentParameters] | None = None,
        reply_to: str | None = None,
        biz_opaque_callback_data: str | None = None,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendMessageResponse:
        """Send an approved template with parameter values for its header, body and buttons.

        Example: ``client.messages.send_template("15551234567", "hello_world", language="en_US")``
        """
        message = build_template(
            to, name, language, components, reply_to=reply_to, biz_opaque_callback_data=biz_opaque_callback_data
        )
        return self.send(message, phone_number_id=phone_number_id, request_options=request_options)

    def send_interactive(
        self,
        to: str,
        interactive: InteractiveContent,
        *,
        reply_to: str | None = None,
        biz_opaque_callback_data: str | None = None,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendMessageResponse:
        """Send any interactive message model (buttons, list, CTA URL, Flow, location request, address, products).

        Example: ``client.messages.send_interactive(to, InteractiveLocationRequest(body=InteractiveBody(text="Where?"),
        action=LocationRequestAction()))``
        """
        recipient, context, opaque = _envelope(to, reply_to, biz_opaque_callback_data)
        message = InteractiveMessage(
            to=recipient, interactive=interactive, context=context, biz_opaque_callback_data=opaque
        )
        return self.send(message, phone_number_id=phone_number_id, request_options=request_options)

    def send_reply_buttons(
        self,
        to: str,
        body: str,
        buttons: Mapping[str, str] | Sequence[tuple[str, str]],
        *,
        header: str | None = None,
        footer: str | None = None,
        reply_to: str | None = None,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendMessageResponse:
        """Send up to three reply buttons. Example: ``client.messages.send_reply_buttons(to, "OK?", {"y": "Yes"})``"""
        interactive = build_reply_buttons(body, buttons, header=header, footer=footer)
        return self.send_interactive(
            to, interactive, reply_to=reply_to, phone_number_id=phone_number_id, request_options=request_options
        )

    def send_list(
        self,
        to: str,
        body: str,
        button: str,
        sections: Mapping[str, Iterable[tuple[str, str] | tuple[str, str, str]]],
        *,
        header: str | None = None,
        footer: str | None = None,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendMessageResponse:
        """Send a list message. Example: ``client.messages.send_list(to, "Pick", "Slots", {"AM": [("9", "9:00")]})``"""
        interactive = build_list(body, button, sections, header=header, footer=footer)
        return self.send_interactive(to, interactive, phone_number_id=phone_number_id, request_options=request_options)

    def send_cta_url(
        self,
        to: str,
        body: str,
        display_text: str,
        url: str,
        *,
        header: str | None = None,
        footer: str | None = None,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendMessageResponse:
        """Send a button that opens a URL. Example: ``client.messages.send_cta_url(to, "Track", "Open", url)``"""
        interactive = build_cta_url(body, display_text, url, header=header, footer=footer)
        return self.send_interactive(to, interactive, phone_number_id=phone_number_id, request_options=request_options)

    def send_flow(
        self,
        to: str,
        body: str,
        *,
        cta: str,
        flow_id: str | None = None,
        flow_name: str | None = None,
        flow_token: str | None = None,
        screen: str | None = None,
        data: Mapping[str, object] | None = None,
        draft: bool = False,
        header: str | None = None,
        footer: str | None = None,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendMessageResponse:
        """Send a button that opens a Flow. Example: ``client.messages.send_flow(to, "Book", cta="Book", flow_id=i)``"""
        interactive = build_flow(
            body,
            flow_id=flow_id,
            flow_name=flow_name,
            cta=cta,
            flow_token=flow_token,
            screen=screen,
            data=data,
            draft=draft,
            header=header,
            footer=footer,
        )
        return self.send_interactive(to, interactive, phone_number_id=phone_number_id, request_options=request_options)

    def request_location(
        self,
        to: str,
        body: str,
        *,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendMessageResponse:
        """Ask the customer to share their location. Example: ``client.messages.request_location(to, "Where?")``"""
        interactive = InteractiveLocationRequest(
            body=InteractiveBody(text=_required_text(body, "body")), action=LocationRequestAction()
        )
        return self.send_interactive(to, interactive, phone_number_id=phone_number_id, request_options=request_options)

    def mark_as_read(
        self,
        message_id: str,
        *,
        typing_indicator: bool = False,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Mark a received message as read; ``typing_indicator=True`` also shows "typing…" (up to 25 s).

        Example: ``client.messages.mark_as_read("wamid.HBg...", typing_indicator=True)``
        """
        request = MarkAsReadRequest(
            message_id=_required_text(message_id, "message_id"),
            typing_indicator=TypingIndicator() if typing_indicator else None,
        )
        return self.send(request, phone_number_id=phone_number_id, request_options=request_options)

    def reply_text(
        self,
        message: ReceivedMessage,
        body: str,
        *,
        quote: bool = True,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendMessageResponse:
        """Answer an incoming message where it was written: into its group for a group message, else to the sender
        (by BSUID when Meta sent one, so users without a shared phone number get it too).

        Example: ``client.messages.reply_text(message, "On it!")``
        """
        chat = message.chat_id
        if chat is None:
            raise InvalidArgumentError("this message names neither a sender nor a group: there is nobody to reply to.")
        reply_to = message.id if quote else None
        return self.send_text(
            chat, body, reply_to=reply_to, phone_number_id=phone_number_id, request_options=request_options
        )

    def request_contact_info(
        self,
        to: str,
        body: str,
        *,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendMessageResponse:
        """Ask a user (typically one known only by BSUID) to share their phone number with a one-tap button.

        The answer is an incoming ``contacts`` message whose card has ``origin == "contact_request"``.

        Example: ``client.messages.request_contact_info("US.13491208655302741918", "Share your number?")``
        """
        interactive = InteractiveContactRequest(
            body=InteractiveBody(text=_required_text(body, "body")), action=ContactRequestAction()
        )
        return self.send_interactive(to, interactive, phone_number_id=phone_number_id, request_options=request_options)

    def pin_message(
        self,
        group_id: str,
        message_id: str,
        *,
        expiration_days: int = 7,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendMessageResponse:
        """Pin a group message for 1 to 30 days (at most three stay pinned).

        Example: ``client.messages.pin_message(group_id, "wamid.HBg...", expiration_days=30)``
        """
        if isinstance(expiration_days, bool) or not isinstance(expiration_days, int) or not 1 <= expiration_days <= 30:
            raise InvalidArgumentError(
                f"expiration_days must be a whole number of days from 1 to 30, got {expiration_days!r}."
            )
        pin = PinContent(
            type_="pin", message_id=_required_text(message_id, "message_id"), expiration_days=expiration_days
        )
        return self.send(build_pin(group_id, pin), phone_number_id=phone_number_id, request_options=request_options)

    def unpin_message(
        self,
        group_id: str,
        message_id: str,
        *,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendMessageResponse:
        """Unpin a group message. Example: ``client.messages.unpin_message(group_id, "wamid.HBg...")``"""
        pin = PinContent(type_="unpin", message_id=_required_text(message_id, "message_id"))
        return self.send(build_pin(group_id, pin), phone_number_id=phone_number_id, request_options=request_options)
