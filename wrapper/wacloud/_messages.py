"""``client.messages``: the generated namespace plus one-call helpers for every message type.

Each helper builds the generated request model (so the body is exactly what the spec says) and sends it through
``send``. Builders are module functions shared by the sync and async classes.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Literal, Protocol, TypeVar, get_args, overload

from wacloud_api.api.marketing_messages import MarketingMessages as _GeneratedMarketingMessages
from wacloud_api.api.messages import Messages as _GeneratedMessages
from wacloud_api.models import (
    AddressAction,
    AddressParameters,
    AudioMedia,
    AudioMessage,
    CallPermissionRequestAction,
    CarouselAction,
    CatalogAction,
    CatalogActionParameters,
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
    InteractiveCallPermissionRequest,
    InteractiveCarousel,
    InteractiveCatalog,
    InteractiveContactRequest,
    InteractiveCtaUrl,
    InteractiveFlow,
    InteractiveFooter,
    InteractiveHeader,
    InteractiveList,
    InteractiveLocationRequest,
    InteractiveMessage,
    InteractiveOrderDetails,
    InteractiveOrderStatus,
    InteractiveProduct,
    InteractiveProductList,
    InteractiveVoiceCall,
    JsonObject,
    ListAction,
    ListRow,
    ListSection,
    LocationContent,
    LocationMessage,
    LocationRequestAction,
    MarkAsReadRequest,
    MarketingTemplateMessage,
    MarketingTemplateMessageProductPolicy,
    MediaCarouselCard,
    MessageContext,
    OrderDetailsAction,
    OrderDetailsParameters,
    OrderStatusAction,
    OrderStatusParameters,
    OrderStatusValue,
    PinContent,
    PinMessage,
    ProductAction,
    ProductCardAction,
    ProductCarouselCard,
    ProductItem,
    ProductListAction,
    ProductSection,
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
    VoiceCallAction,
    VoiceCallParameters,
)
from wacloud_api.types import RequestOptions

from ._errors import InvalidArgumentError, UnexpectedResponseError
from ._recipients import address, recipient_kind

if TYPE_CHECKING:
    from ._bulk import BulkReport
    from ._journal import BulkJournal
    from .ratelimit import RateLimit, RateLimiterBackend

__all__ = [
    "CarouselCard",
    "Messages",
    "OutgoingMessage",
    "media_card",
    "media_header",
    "product_card",
]

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
    | InteractiveCarousel
    | InteractiveVoiceCall
    | InteractiveCallPermissionRequest
    | InteractiveOrderDetails
    | InteractiveOrderStatus
    | InteractiveContactRequest
)
CarouselCard = MediaCarouselCard | ProductCarouselCard
OrderStatus = Literal["pending", "processing", "partially_shipped", "shipped", "completed", "canceled"]
HeaderKind = Literal["image", "video", "document"]
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


def media_header(
    kind: HeaderKind, *, media_id: str | None = None, link: str | None = None, filename: str | None = None
) -> InteractiveHeader:
    """An image, video or document header for reply buttons and CTA URL messages (by ``media_id`` or ``link``).

    Example: ``client.messages.send_reply_buttons(to, "Like it?", {"y": "Yes"}, header=media_header("image", link=url))``
    """
    if (media_id is None) == (link is None):
        raise InvalidArgumentError(f"A {kind} header needs exactly one of media_id= or link=.")
    if filename is not None and kind != "document":
        raise InvalidArgumentError("filename applies to document headers only.")
    header = InteractiveHeader(type_=kind)
    if kind == "image":
        header.image = _with_source(ImageMedia(), media_id, link)
    elif kind == "video":
        header.video = _with_source(VideoMedia(), media_id, link)
    elif kind == "document":
        header.document = _with_source(DocumentMedia(), media_id, link)
        if filename is not None:
            header.document.filename = filename
    else:
        raise InvalidArgumentError(f"Interactive headers are text, image, video or document, not {kind!r}.")
    return header


_Source = TypeVar("_Source", ImageMedia, VideoMedia, DocumentMedia, AudioMedia)


def _with_source(media: _Source, media_id: str | None, link: str | None) -> _Source:
    """``media`` by uploaded id or public link (the caller checked that exactly one is given)."""
    if media_id is not None:
        media.id = media_id
    elif link is not None:
        media.link = link
    return media


def _header(header: str | InteractiveHeader, *, text_only: bool = False) -> InteractiveHeader:
    """A text header from a string, or a media header built with ``media_header`` (not for lists: Meta allows text)."""
    if isinstance(header, str):
        if len(header) > 60:
            raise InvalidArgumentError(f"A text header is limited to 60 characters, got {len(header)}.")
        return InteractiveHeader(type_="text", text=header)
    if text_only and header.type_ != "text":
        raise InvalidArgumentError(f"List messages take a text header only (Meta's rule), got a {header.type_} header.")
    return header


def build_reply_buttons(
    body: str,
    buttons: Mapping[str, str] | Sequence[tuple[str, str]],
    *,
    header: str | InteractiveHeader | None,
    footer: str | None,
) -> InteractiveButtons:
    """Up to three reply buttons, given as ``{id: title}`` or ``[(id, title), ...]``."""
    pairs = list(buttons.items()) if isinstance(buttons, Mapping) else list(buttons)
    if not 1 <= len(pairs) <= 3:
        raise InvalidArgumentError(f"Reply buttons take 1 to 3 buttons, got {len(pairs)}.")
    for _, title in pairs:
        if len(title) > 20:
            raise InvalidArgumentError(f"Button title {title!r} is longer than 20 characters.")
    built = InteractiveButtons(
        body=InteractiveBody(text=_required_text(body, "body")),
        footer=None if footer is None else InteractiveFooter(text=footer),
        action=ReplyButtonsAction(
            buttons=[ReplyButton(reply=ReplyButtonReply(id=ident, title=title)) for ident, title in pairs]
        ),
    )
    if header is not None:
        built.header = _header(header)
    return built


def build_list(
    body: str,
    button: str,
    sections: Mapping[str, Iterable[tuple[str, str] | tuple[str, str, str]]],
    *,
    header: str | InteractiveHeader | None,
    footer: str | None,
) -> InteractiveList:
    """A list message: ``{section title: [(row id, title[, description]), ...]}``."""
    built: list[ListSection] = []
    for title, rows in sections.items():
        items = [ListRow(id=row[0], title=row[1], description=row[2] if len(row) > 2 else None) for row in rows]
        built.append(ListSection(title=title, rows=items))
    if not built or sum(len(section.rows) for section in built) > 10:
        raise InvalidArgumentError("A list message needs 1 to 10 rows in total.")
    message = InteractiveList(
        body=InteractiveBody(text=_required_text(body, "body")),
        footer=None if footer is None else InteractiveFooter(text=footer),
        action=ListAction(button=_required_text(button, "button"), sections=built),
    )
    if header is not None:
        message.header = _header(header, text_only=True)
    return message


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
    body: str, display_text: str, url: str, *, header: str | InteractiveHeader | None, footer: str | None
) -> InteractiveCtaUrl:
    """A message with one button that opens ``url``."""
    built = InteractiveCtaUrl(
        body=InteractiveBody(text=_required_text(body, "body")),
        footer=None if footer is None else InteractiveFooter(text=footer),
        action=CtaUrlAction(parameters=CtaUrlParameters(display_text=display_text, url=url)),
    )
    if header is not None:
        built.header = _header(header)
    return built


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


#: The Marketing Messages API's product policies, from the spec's enum.
_PRODUCT_POLICIES = frozenset(get_args(MarketingTemplateMessageProductPolicy))


def build_marketing_template(
    to: str,
    name: str,
    language: str,
    components: Sequence[TemplateComponentParameters] | None,
    *,
    message_activity_sharing: bool | None,
    product_policy: MarketingTemplateMessageProductPolicy | None = None,
    reply_to: str | None,
    biz_opaque_callback_data: str | None,
) -> MarketingTemplateMessage:
    """A template message for the Marketing Messages API (``POST /{phone_number_id}/marketing_messages``)."""
    if product_policy is not None and product_policy not in _PRODUCT_POLICIES:
        allowed = ", ".join(sorted(_PRODUCT_POLICIES))
        raise InvalidArgumentError(f"product_policy must be one of {allowed}, got {product_policy!r}.")
    message = build_template(
        to, name, language, components, reply_to=reply_to, biz_opaque_callback_data=biz_opaque_callback_data
    )
    fields = message.to_dict()
    if message_activity_sharing is not None:
        fields["message_activity_sharing"] = message_activity_sharing
    if product_policy is not None:
        fields["product_policy"] = product_policy
    return address(MarketingTemplateMessage.from_dict(fields))  # a BSUID goes in `recipient`, as for every send


def build_voice(to: str, *, media_id: str | None, link: str | None, reply_to: str | None) -> AudioMessage:
    """A voice note: audio with ``voice: true`` (OGG/Opus), shown with a play button and transcription."""
    if (media_id is None) == (link is None):
        raise InvalidArgumentError("send_voice needs exactly one of media_id= (uploaded media) or link= (HTTPS URL).")
    recipient, context, opaque = _envelope(to, reply_to, None)
    audio = _with_source(AudioMedia(voice=True), media_id, link)
    return AudioMessage(to=recipient, audio=audio, context=context, biz_opaque_callback_data=opaque)


def media_card(header: InteractiveHeader, display_text: str, url: str, *, body: str | None = None) -> MediaCarouselCard:
    """A carousel card: an image or video header (``media_header``), optional body text and a URL button.

    ``card_index`` is set by ``send_carousel`` from the card's position.
    Example: ``media_card(media_header("image", link=url), "Buy", "https://example.com/p/1", body="Calathea")``
    """
    if header.type_ not in ("image", "video"):
        raise InvalidArgumentError(f"A carousel card header is an image or a video, got {header.type_}.")
    label = _required_text(display_text, "display_text")
    card = MediaCarouselCard(
        card_index=0, header=header, action=CtaUrlAction(parameters=CtaUrlParameters(display_text=label, url=url))
    )
    if body is not None:
        card.body = InteractiveBody(text=_required_text(body, "body"))
    return card


def product_card(catalog_id: str, product_retailer_id: str) -> ProductCarouselCard:
    """A carousel card showing one catalog product. Example: ``product_card("367025965434465", "SKU-1")``"""
    action = ProductCardAction(
        catalog_id=_required_text(catalog_id, "catalog_id"),
        product_retailer_id=_required_text(product_retailer_id, "product_retailer_id"),
    )
    return ProductCarouselCard(card_index=0, action=action)


def build_carousel(body: str, cards: Sequence[CarouselCard]) -> InteractiveCarousel:
    """A carousel of 2 to 10 cards of one kind, indexed in order."""
    if not 2 <= len(cards) <= 10:
        raise InvalidArgumentError(f"cards: a carousel takes 2 to 10 cards, got {len(cards)}.")
    if len({type(card) for card in cards}) > 1:
        raise InvalidArgumentError("cards: a carousel's cards are all media cards or all product cards.")
    indexed: list[CarouselCard] = []
    for position, card in enumerate(cards):
        copy = type(card).from_dict(card.to_dict())
        copy.card_index = position
        indexed.append(copy)
    return InteractiveCarousel(
        body=InteractiveBody(text=_required_text(body, "body")), action=CarouselAction(cards=indexed)
    )


def build_product_list(
    header: str, body: str, catalog_id: str, sections: Mapping[str, Sequence[str]], *, footer: str | None
) -> InteractiveProductList:
    """Up to 30 products in up to 10 sections: ``{section title: [retailer id, ...]}``."""
    total = sum(len(ids) for ids in sections.values())
    if not sections or len(sections) > 10:
        raise InvalidArgumentError(f"sections: a product list takes 1 to 10 sections, got {len(sections)}.")
    if not 1 <= total <= 30:
        raise InvalidArgumentError(f"sections: a product list takes 1 to 30 products in total, got {total}.")
    built = [
        ProductSection(title=title, product_items=[ProductItem(product_retailer_id=item) for item in ids])
        for title, ids in sections.items()
    ]
    message = InteractiveProductList(
        header=InteractiveHeader(type_="text", text=_required_text(header, "header")),
        body=InteractiveBody(text=_required_text(body, "body")),
        action=ProductListAction(catalog_id=_required_text(catalog_id, "catalog_id"), sections=built),
    )
    if footer is not None:
        message.footer = InteractiveFooter(text=footer)
    return message


_WithText = TypeVar(
    "_WithText", InteractiveProduct, InteractiveCatalog, InteractiveOrderDetails, InteractiveOrderStatus
)


def _with_text(message: _WithText, body: str | None, footer: str | None) -> _WithText:
    """Set the optional body and footer of an interactive message (omitted when not given)."""
    if body is not None:
        message.body = InteractiveBody(text=_required_text(body, "body"))
    if footer is not None:
        message.footer = InteractiveFooter(text=footer)
    return message


def build_voice_call(
    body: str, *, display_text: str | None, ttl_minutes: int | None, payload: str | None
) -> InteractiveVoiceCall:
    """A "Call now" button that starts a WhatsApp call to the business."""
    if ttl_minutes is not None and not 1 <= ttl_minutes <= 43200:
        raise InvalidArgumentError(f"ttl_minutes is 1 to 43200 (30 days), got {ttl_minutes}.")
    action = VoiceCallAction()
    if display_text is not None or ttl_minutes is not None or payload is not None:
        parameters = VoiceCallParameters()
        if display_text is not None:
            parameters.display_text = display_text
        if ttl_minutes is not None:
            parameters.ttl_minutes = ttl_minutes
        if payload is not None:
            parameters.payload = payload
        action.parameters = parameters
    return InteractiveVoiceCall(body=InteractiveBody(text=_required_text(body, "body")), action=action)


def build_order_status(
    body: str, reference_id: str, status: OrderStatus, *, description: str | None, footer: str | None
) -> InteractiveOrderStatus:
    """The new status of an order sent with ``send_order_details``."""
    order = OrderStatusValue(status=status)
    if description is not None:
        if len(description) > 120:
            raise InvalidArgumentError(f"description is limited to 120 characters, got {len(description)}.")
        order.description = description
    parameters = OrderStatusParameters(reference_id=_required_text(reference_id, "reference_id"), order=order)
    message = InteractiveOrderStatus(
        body=InteractiveBody(text=_required_text(body, "body")), action=OrderStatusAction(parameters=parameters)
    )
    return _with_text(message, None, footer)


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
        marketing: bool = False,
        message_activity_sharing: bool | None = None,
        product_policy: MarketingTemplateMessageProductPolicy | None = None,
        reply_to: str | None = None,
        biz_opaque_callback_data: str | None = None,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendMessageResponse:
        """Send an approved template with parameter values for its header, body and buttons.

        ``marketing=True`` sends a marketing template through the Marketing Messages API
        (``/marketing_messages``), where ``message_activity_sharing`` and ``product_policy`` apply
        (``"CLOUD_API_FALLBACK"``: a message that API cannot take goes through the Cloud API; ``"STRICT"``: refused).

        Example: ``client.messages.send_template("15551234567", "hello_world", language="en_US")``
        """
        if marketing:
            marketing_message = build_marketing_template(
                to,
                name,
                language,
                components,
                message_activity_sharing=message_activity_sharing,
                product_policy=product_policy,
                reply_to=reply_to,
                biz_opaque_callback_data=biz_opaque_callback_data,
            )
            return _GeneratedMarketingMessages(self._runtime).send(
                body=marketing_message, phone_number_id=phone_number_id, request_options=request_options
            )
        if message_activity_sharing is not None or product_policy is not None:
            raise InvalidArgumentError(
                "message_activity_sharing and product_policy apply to marketing=True sends only."
            )
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
        header: str | InteractiveHeader | None = None,
        footer: str | None = None,
        reply_to: str | None = None,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendMessageResponse:
        """Send up to three reply buttons; ``header`` is text or ``media_header(...)``.

        Example: ``client.messages.send_reply_buttons(to, "OK?", {"y": "Yes"})``
        """
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
        header: str | InteractiveHeader | None = None,
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
        header: str | InteractiveHeader | None = None,
        footer: str | None = None,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendMessageResponse:
        """Send a button that opens a URL; ``header`` is text or ``media_header(...)``.

        Example: ``client.messages.send_cta_url(to, "Track", "Open", url)``
        """
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

    def send_voice(
        self,
        to: str,
        *,
        media_id: str | None = None,
        link: str | None = None,
        reply_to: str | None = None,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendMessageResponse:
        """Send a voice note (OGG/Opus audio with ``voice: true``).

        Example: ``client.messages.send_voice("15551234567", media_id=uploaded.id)``
        """
        message = build_voice(to, media_id=media_id, link=link, reply_to=reply_to)
        return self.send(message, phone_number_id=phone_number_id, request_options=request_options)

    def send_carousel(
        self,
        to: str,
        body: str,
        cards: Sequence[CarouselCard],
        *,
        reply_to: str | None = None,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendMessageResponse:
        """Send 2 to 10 cards, all ``media_card(...)`` or all ``product_card(...)``.

        Example: ``client.messages.send_carousel(to, "New in", [product_card(cat, "SKU-1"), product_card(cat, "SKU-2")])``
        """
        interactive = build_carousel(body, cards)
        return self.send_interactive(
            to, interactive, reply_to=reply_to, phone_number_id=phone_number_id, request_options=request_options
        )

    def send_product(
        self,
        to: str,
        catalog_id: str,
        product_retailer_id: str,
        *,
        body: str | None = None,
        footer: str | None = None,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendMessageResponse:
        """Send one catalog product. Example: ``client.messages.send_product(to, "367025965434465", "SKU-1")``"""
        product = ProductAction(
            catalog_id=_required_text(catalog_id, "catalog_id"),
            product_retailer_id=_required_text(product_retailer_id, "product_retailer_id"),
        )
        interactive = _with_text(InteractiveProduct(action=product), body, footer)
        return self.send_interactive(to, interactive, phone_number_id=phone_number_id, request_options=request_options)

    def send_product_list(
        self,
        to: str,
        header: str,
        body: str,
        catalog_id: str,
        sections: Mapping[str, Sequence[str]],
        *,
        footer: str | None = None,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendMessageResponse:
        """Send up to 30 products in sections: ``{title: [retailer id, ...]}``.

        Example: ``client.messages.send_product_list(to, "Offers", "Pick one", catalog_id, {"Top": ["SKU-1"]})``
        """
        interactive = build_product_list(header, body, catalog_id, sections, footer=footer)
        return self.send_interactive(to, interactive, phone_number_id=phone_number_id, request_options=request_options)

    def send_catalog(
        self,
        to: str,
        body: str,
        *,
        thumbnail_product_retailer_id: str | None = None,
        footer: str | None = None,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendMessageResponse:
        """Send a "View catalog" button. Example: ``client.messages.send_catalog(to, "Browse our catalog")``"""
        action = CatalogAction()
        if thumbnail_product_retailer_id is not None:
            action.parameters = CatalogActionParameters(thumbnail_product_retailer_id=thumbnail_product_retailer_id)
        catalog = InteractiveCatalog(body=InteractiveBody(text=_required_text(body, "body")), action=action)
        interactive = _with_text(catalog, None, footer)
        return self.send_interactive(to, interactive, phone_number_id=phone_number_id, request_options=request_options)

    def request_address(
        self,
        to: str,
        body: str,
        *,
        country: str,
        values: Mapping[str, object] | None = None,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendMessageResponse:
        """Ask for a delivery address (India: ``IN``, Singapore: ``SG``), optionally prefilled with ``values``.

        Example: ``client.messages.request_address(to, "Where should we deliver?", country="IN")``
        """
        if country not in ("IN", "SG"):
            raise InvalidArgumentError(f"country: address messages are available for IN and SG, got {country!r}.")
        parameters = AddressParameters(country=country)
        if values is not None:
            parameters.values = JsonObject.from_dict(dict(values))
        interactive = InteractiveAddress(
            body=InteractiveBody(text=_required_text(body, "body")), action=AddressAction(parameters=parameters)
        )
        return self.send_interactive(to, interactive, phone_number_id=phone_number_id, request_options=request_options)

    def send_order_details(
        self,
        to: str,
        body: str,
        order: OrderDetailsParameters,
        *,
        header: str | InteractiveHeader | None = None,
        footer: str | None = None,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendMessageResponse:
        """Send an order with a "Review and pay" button (India: UPI/gateway; Brazil: Pix, link, boleto).

        Example: ``client.messages.send_order_details(to, "Your order", OrderDetailsParameters(...))``
        """
        interactive = _with_text(
            InteractiveOrderDetails(
                body=InteractiveBody(text=_required_text(body, "body")), action=OrderDetailsAction(parameters=order)
            ),
            None,
            footer,
        )
        if header is not None:
            interactive.header = _header(header)
        return self.send_interactive(to, interactive, phone_number_id=phone_number_id, request_options=request_options)

    def send_order_status(
        self,
        to: str,
        body: str,
        reference_id: str,
        status: OrderStatus,
        *,
        description: str | None = None,
        footer: str | None = None,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendMessageResponse:
        """Tell the customer an order's new status. Example: ``client.messages.send_order_status(to, "Shipped!", "order-1", "shipped")``"""
        interactive = build_order_status(body, reference_id, status, description=description, footer=footer)
        return self.send_interactive(to, interactive, phone_number_id=phone_number_id, request_options=request_options)

    def send_call_button(
        self,
        to: str,
        body: str,
        *,
        display_text: str | None = None,
        ttl_minutes: int | None = None,
        payload: str | None = None,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendMessageResponse:
        """Send a "Call now" button that starts a WhatsApp voice call to you (Calling API).

        Example: ``client.messages.send_call_button(to, "Questions? Call us.", display_text="Call now")``
        """
        interactive = build_voice_call(body, display_text=display_text, ttl_minutes=ttl_minutes, payload=payload)
        return self.send_interactive(to, interactive, phone_number_id=phone_number_id, request_options=request_options)

    def request_call_permission(
        self,
        to: str,
        body: str,
        *,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendMessageResponse:
        """Ask the user for permission to call them. Example: ``client.messages.request_call_permission(to, "May we call?")``"""
        interactive = InteractiveCallPermissionRequest(
            body=InteractiveBody(text=_required_text(body, "body")), action=CallPermissionRequestAction()
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

    def send_bulk(
        self,
        recipients: Iterable[str],
        message: OutgoingMessage | Callable[[str], OutgoingMessage],
        *,
        run_id: str,
        journal: str | os.PathLike[str] | BulkJournal | None = None,
        rate_limit: RateLimiterBackend | RateLimit | float | None = None,
        concurrency: int = 16,
        resend_unknown: bool = False,
        progress: bool | None = None,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> BulkReport:
        """Send one message (a model whose ``to`` is replaced, or ``to -> model``) to many recipients.

        Paced by the client's rate limiter (else one per process at Meta's 80/s), journaled per recipient in
        ``journal`` (a SQLite path, default ``wacloud-bulk.sqlite``; a ``redis://`` URL; or a journal) under
        ``run_id``: calling again with the same ``run_id`` resumes, skipping everyone already sent. A recipient
        whose outcome is unknown (e.g. a crash mid-request) is never resent unless ``resend_unknown=True``.
        ``progress`` shows a line on stderr (default: when it is a terminal).

        Example: ``client.messages.send_bulk(numbers, TemplateMessage(to="", template=...), run_id="spring-sale")``
        """
        from ._bulk import SyncBulkRun

        return SyncBulkRun(
            self,
            recipients,
            message,
            run_id=run_id,
            journal=journal,
            rate_limit=rate_limit,
            resend_unknown=resend_unknown,
            progress=progress,
            phone_number_id=phone_number_id,
            request_options=request_options,
        ).run(concurrency)

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
