"""Typed, read-only views over a decoded webhook notification.

Every class here is a thin wrapper with ``__slots__`` around the dict Meta sent (kept as ``.raw``): nothing is copied
or validated up front, and each property reads its key when asked. A property whose key is missing or has the wrong
type returns ``None`` (or an empty list) instead of raising, so a malformed or newer payload never crashes a handler.
Open-ended values (message types, statuses, events, decisions) are plain strings, never enums.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any, ClassVar, TypeVar

from .._errors import ApiError, api_error_from_body

__all__ = [
    "KNOWN_MESSAGE_TYPES",
    "AccountReviewUpdate",
    "AccountUpdate",
    "BusinessCapabilityUpdate",
    "Button",
    "ButtonReply",
    "ContactAddress",
    "ContactEmail",
    "ContactName",
    "ContactOrg",
    "ContactPhone",
    "ContactUrl",
    "Context",
    "Conversation",
    "ErrorEvent",
    "Event",
    "FlowEvent",
    "FlowReply",
    "Interactive",
    "ListReply",
    "Location",
    "Media",
    "Message",
    "Order",
    "OrderItem",
    "PhoneNumberNameUpdate",
    "PhoneNumberQualityUpdate",
    "Pricing",
    "Reaction",
    "ReferredProduct",
    "Referral",
    "Restriction",
    "SecurityEvent",
    "SharedContact",
    "Status",
    "System",
    "TemplateCategoryUpdate",
    "TemplateQualityUpdate",
    "TemplateStatusUpdate",
    "Text",
    "UnknownEvent",
    "UnknownMessage",
    "UserPreferenceUpdate",
    "WebhookEvent",
]

#: Message ``type`` values with a typed accessor. Anything else becomes an :class:`UnknownMessage`.
KNOWN_MESSAGE_TYPES = frozenset(
    {
        "text",
        "image",
        "audio",
        "video",
        "document",
        "sticker",
        "location",
        "contacts",
        "reaction",
        "interactive",
        "button",
        "order",
        "system",
        "request_welcome",
        "unsupported",
        "unknown",
    }
)


# -- tolerant readers: wrong types become None instead of exceptions ------------------------------------------------


def _str(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _id(value: object) -> str | None:
    """Graph ids arrive as strings, but some fields (template ids) are JSON numbers: normalize to ``str``."""
    if isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return None


def _int(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        stripped = value.strip()
        if stripped.lstrip("-").isdigit() and len(stripped) < 40:
            return int(stripped)
    return None


def _float(value: object) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value)
        except ValueError:
            return None
    return None


def _bool(value: object) -> bool | None:
    return value if isinstance(value, bool) else None


def _dict(value: object) -> dict[str, Any] | None:
    return value if isinstance(value, dict) else None


def _dicts(value: object) -> list[dict[str, Any]]:
    if not isinstance(value, list):
        return []
    return [item for item in value if isinstance(item, dict)]


def _timestamp(value: object) -> datetime | None:
    """Unix seconds (Meta sends ``"1749416383"`` or ``1749416383``) to an aware UTC datetime."""
    seconds = _int(value)
    if seconds is None:
        return None
    try:
        return datetime.fromtimestamp(seconds, tz=UTC)
    except (OverflowError, OSError, ValueError):
        return None


def _errors(value: object) -> list[ApiError]:
    return [api_error_from_body(item, fallback_message="WhatsApp webhook error") for item in _dicts(value)]


class _View:
    """Base of every view: holds the decoded dict as ``raw``."""

    __slots__ = ("raw",)

    def __init__(self, raw: dict[str, Any]) -> None:
        self.raw: dict[str, Any] = raw

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.raw!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _View) and type(other) is type(self) and other.raw == self.raw

    __hash__: ClassVar[None] = None  # type: ignore[assignment]  # views wrap mutable dicts


_V = TypeVar("_V", bound=_View)


def _view(cls: type[_V], value: object) -> _V | None:
    return cls(value) if isinstance(value, dict) else None


# -- message content -------------------------------------------------------------------------------------------------


class Text(_View):
    """The content of a ``text`` message."""

    __slots__ = ()

    @property
    def body(self) -> str | None:
        """The text the user typed."""
        return _str(self.raw.get("body"))


class Media(_View):
    """The content of an ``image``, ``audio``, ``video``, ``document`` or ``sticker`` message.

    ``id`` is a media id: download it with the client's media API. Properties that do not apply to the type
    (``filename`` on an image, ``voice`` on a video ...) are ``None``.
    """

    __slots__ = ()

    @property
    def id(self) -> str | None:
        """The media id (valid for download for a limited time)."""
        return _id(self.raw.get("id"))

    @property
    def mime_type(self) -> str | None:
        """MIME type, e.g. ``image/jpeg``."""
        return _str(self.raw.get("mime_type"))

    @property
    def sha256(self) -> str | None:
        """SHA-256 of the file as Meta reports it (base64 or hex, as sent)."""
        return _str(self.raw.get("sha256"))

    @property
    def caption(self) -> str | None:
        """Caption of an image, video or document."""
        return _str(self.raw.get("caption"))

    @property
    def filename(self) -> str | None:
        """File name of a document."""
        return _str(self.raw.get("filename"))

    @property
    def voice(self) -> bool | None:
        """Audio only: ``True`` for a voice recording made in WhatsApp."""
        return _bool(self.raw.get("voice"))

    @property
    def animated(self) -> bool | None:
        """Sticker only: ``True`` for an animated sticker."""
        return _bool(self.raw.get("animated"))

    @property
    def url(self) -> str | None:
        """A download URL, when Meta includes one (newer API versions); it needs the access token."""
        return _str(self.raw.get("url"))


class Location(_View):
    """The content of a ``location`` message."""

    __slots__ = ()

    @property
    def latitude(self) -> float | None:
        """Latitude in degrees."""
        return _float(self.raw.get("latitude"))

    @property
    def longitude(self) -> float | None:
        """Longitude in degrees."""
        return _float(self.raw.get("longitude"))

    @property
    def name(self) -> str | None:
        """Name of the place, if the user shared one."""
        return _str(self.raw.get("name"))

    @property
    def address(self) -> str | None:
        """Address of the place, if any."""
        return _str(self.raw.get("address"))

    @property
    def url(self) -> str | None:
        """Website of the place (usually business locations only)."""
        return _str(self.raw.get("url"))


class Reaction(_View):
    """The content of a ``reaction`` message. ``emoji`` is ``None`` when the user removed a reaction."""

    __slots__ = ()

    @property
    def message_id(self) -> str | None:
        """The ``wamid`` of the message reacted to."""
        return _str(self.raw.get("message_id"))

    @property
    def emoji(self) -> str | None:
        """The emoji, or ``None``/empty when the reaction was removed."""
        return _str(self.raw.get("emoji"))


class Button(_View):
    """A tapped template quick-reply button (message type ``button``)."""

    __slots__ = ()

    @property
    def payload(self) -> str | None:
        """The payload set on the template button."""
        return _str(self.raw.get("payload"))

    @property
    def text(self) -> str | None:
        """The button label."""
        return _str(self.raw.get("text"))


class ButtonReply(_View):
    """A tapped reply button of an interactive message."""

    __slots__ = ()

    @property
    def id(self) -> str | None:
        """The button id you set when sending."""
        return _str(self.raw.get("id"))

    @property
    def title(self) -> str | None:
        """The button title."""
        return _str(self.raw.get("title"))


class ListReply(_View):
    """A chosen row of an interactive list message."""

    __slots__ = ()

    @property
    def id(self) -> str | None:
        """The row id you set when sending."""
        return _str(self.raw.get("id"))

    @property
    def title(self) -> str | None:
        """The row title."""
        return _str(self.raw.get("title"))

    @property
    def description(self) -> str | None:
        """The row description."""
        return _str(self.raw.get("description"))


class FlowReply(_View):
    """A completed WhatsApp Flow (``interactive.nfm_reply``)."""

    __slots__ = ()

    @property
    def name(self) -> str | None:
        """Usually ``flow``."""
        return _str(self.raw.get("name"))

    @property
    def body(self) -> str | None:
        """Usually ``Sent``."""
        return _str(self.raw.get("body"))

    @property
    def response_json(self) -> str | None:
        """The Flow response exactly as sent: a JSON document in a string."""
        return _str(self.raw.get("response_json"))

    @property
    def response(self) -> dict[str, Any] | None:
        """The Flow response parsed into a dict, or ``None`` if it is missing or not a JSON object."""
        value = self.raw.get("response_json")
        if isinstance(value, dict):
            return value
        if not isinstance(value, str):
            return None
        try:
            parsed = json.loads(value)
        except (ValueError, RecursionError):
            return None
        return parsed if isinstance(parsed, dict) else None

    @property
    def flow_token(self) -> str | None:
        """The ``flow_token`` you sent with the Flow, read from the response."""
        response = self.response
        return None if response is None else _str(response.get("flow_token"))


class Interactive(_View):
    """The content of an ``interactive`` message: one of a button reply, a list reply or a Flow reply."""

    __slots__ = ()

    @property
    def type(self) -> str | None:
        """``button_reply``, ``list_reply``, ``nfm_reply`` ... (open-ended)."""
        return _str(self.raw.get("type"))

    @property
    def button_reply(self) -> ButtonReply | None:
        """The tapped reply button."""
        return _view(ButtonReply, self.raw.get("button_reply"))

    @property
    def list_reply(self) -> ListReply | None:
        """The chosen list row."""
        return _view(ListReply, self.raw.get("list_reply"))

    @property
    def nfm_reply(self) -> FlowReply | None:
        """The completed Flow."""
        return _view(FlowReply, self.raw.get("nfm_reply"))


class OrderItem(_View):
    """One product line of an ``order`` message."""

    __slots__ = ()

    @property
    def product_retailer_id(self) -> str | None:
        """The product's retailer id in the catalog."""
        return _id(self.raw.get("product_retailer_id"))

    @property
    def quantity(self) -> int | None:
        """How many."""
        return _int(self.raw.get("quantity"))

    @property
    def item_price(self) -> float | None:
        """Unit price."""
        return _float(self.raw.get("item_price"))

    @property
    def currency(self) -> str | None:
        """ISO 4217 currency code."""
        return _str(self.raw.get("currency"))


class Order(_View):
    """The content of an ``order`` message (a cart sent from a catalog)."""

    __slots__ = ()

    @property
    def catalog_id(self) -> str | None:
        """The catalog id."""
        return _id(self.raw.get("catalog_id"))

    @property
    def text(self) -> str | None:
        """Text sent with the order."""
        return _str(self.raw.get("text"))

    @property
    def product_items(self) -> list[OrderItem]:
        """The ordered products."""
        return [OrderItem(item) for item in _dicts(self.raw.get("product_items"))]


class System(_View):
    """The content of a ``system`` message, e.g. a user changing number (``user_changed_number``)."""

    __slots__ = ()

    @property
    def body(self) -> str | None:
        """Human-readable description."""
        return _str(self.raw.get("body"))

    @property
    def type(self) -> str | None:
        """``user_changed_number``, ``user_preference_changed`` ... (open-ended)."""
        return _str(self.raw.get("type"))

    @property
    def wa_id(self) -> str | None:
        """The user's new WhatsApp id, for number changes."""
        return _id(self.raw.get("wa_id") or self.raw.get("new_wa_id"))


class Referral(_View):
    """Where the conversation came from: a click-to-WhatsApp ad or post."""

    __slots__ = ()

    @property
    def source_url(self) -> str | None:
        """The ad or post URL."""
        return _str(self.raw.get("source_url"))

    @property
    def source_id(self) -> str | None:
        """The ad or post id."""
        return _id(self.raw.get("source_id"))

    @property
    def source_type(self) -> str | None:
        """``ad`` or ``post``."""
        return _str(self.raw.get("source_type"))

    @property
    def headline(self) -> str | None:
        """Ad headline."""
        return _str(self.raw.get("headline"))

    @property
    def body(self) -> str | None:
        """Ad primary text."""
        return _str(self.raw.get("body"))

    @property
    def media_type(self) -> str | None:
        """``image`` or ``video``."""
        return _str(self.raw.get("media_type"))

    @property
    def image_url(self) -> str | None:
        """Ad image URL (image ads)."""
        return _str(self.raw.get("image_url"))

    @property
    def video_url(self) -> str | None:
        """Ad video URL (video ads)."""
        return _str(self.raw.get("video_url"))

    @property
    def thumbnail_url(self) -> str | None:
        """Ad video thumbnail URL."""
        return _str(self.raw.get("thumbnail_url"))

    @property
    def ctwa_clid(self) -> str | None:
        """Click id of the click-to-WhatsApp ad."""
        return _str(self.raw.get("ctwa_clid"))

    @property
    def welcome_message_text(self) -> str | None:
        """The ad's greeting text, if any."""
        welcome = _dict(self.raw.get("welcome_message"))
        return None if welcome is None else _str(welcome.get("text"))


class ReferredProduct(_View):
    """The product a user asked about (``context.referred_product``)."""

    __slots__ = ()

    @property
    def catalog_id(self) -> str | None:
        """The catalog id."""
        return _id(self.raw.get("catalog_id"))

    @property
    def product_retailer_id(self) -> str | None:
        """The product's retailer id."""
        return _id(self.raw.get("product_retailer_id"))


class Context(_View):
    """What a message replies to (a quoted message, a tapped button, a product inquiry)."""

    __slots__ = ()

    @property
    def id(self) -> str | None:
        """The ``wamid`` of the message replied to."""
        return _str(self.raw.get("id"))

    @property
    def from_(self) -> str | None:
        """Who sent the message replied to (``from``)."""
        return _id(self.raw.get("from"))

    @property
    def forwarded(self) -> bool:
        """``True`` if the message was forwarded."""
        return self.raw.get("forwarded") is True

    @property
    def frequently_forwarded(self) -> bool:
        """``True`` if the message was forwarded more than five times."""
        return self.raw.get("frequently_forwarded") is True

    @property
    def referred_product(self) -> ReferredProduct | None:
        """The product asked about from a catalog or product message."""
        return _view(ReferredProduct, self.raw.get("referred_product"))


class ContactName(_View):
    """Name of a shared contact."""

    __slots__ = ()

    @property
    def formatted_name(self) -> str | None:
        """Full name as displayed."""
        return _str(self.raw.get("formatted_name"))

    @property
    def first_name(self) -> str | None:
        """First name."""
        return _str(self.raw.get("first_name"))

    @property
    def last_name(self) -> str | None:
        """Last name."""
        return _str(self.raw.get("last_name"))


class ContactPhone(_View):
    """A phone number of a shared contact."""

    __slots__ = ()

    @property
    def phone(self) -> str | None:
        """The number as written on the contact card."""
        return _str(self.raw.get("phone"))

    @property
    def wa_id(self) -> str | None:
        """The WhatsApp id, when the number is on WhatsApp."""
        return _id(self.raw.get("wa_id"))

    @property
    def type(self) -> str | None:
        """``CELL``, ``HOME``, ``WORK`` ... (open-ended)."""
        return _str(self.raw.get("type"))


class ContactEmail(_View):
    """An email address of a shared contact."""

    __slots__ = ()

    @property
    def email(self) -> str | None:
        """The address."""
        return _str(self.raw.get("email"))

    @property
    def type(self) -> str | None:
        """``HOME``, ``WORK`` ... (open-ended)."""
        return _str(self.raw.get("type"))


class ContactUrl(_View):
    """A website of a shared contact."""

    __slots__ = ()

    @property
    def url(self) -> str | None:
        """The URL."""
        return _str(self.raw.get("url"))

    @property
    def type(self) -> str | None:
        """``HOME``, ``WORK`` ... (open-ended)."""
        return _str(self.raw.get("type"))


class ContactAddress(_View):
    """A postal address of a shared contact."""

    __slots__ = ()

    @property
    def street(self) -> str | None:
        """Street."""
        return _str(self.raw.get("street"))

    @property
    def city(self) -> str | None:
        """City."""
        return _str(self.raw.get("city"))

    @property
    def state(self) -> str | None:
        """State or region."""
        return _str(self.raw.get("state"))

    @property
    def zip(self) -> str | None:
        """Postal code."""
        return _id(self.raw.get("zip"))

    @property
    def country(self) -> str | None:
        """Country name."""
        return _str(self.raw.get("country"))

    @property
    def country_code(self) -> str | None:
        """ISO country code."""
        return _str(self.raw.get("country_code"))

    @property
    def type(self) -> str | None:
        """``HOME``, ``WORK`` ... (open-ended)."""
        return _str(self.raw.get("type"))


class ContactOrg(_View):
    """The organization of a shared contact."""

    __slots__ = ()

    @property
    def company(self) -> str | None:
        """Company."""
        return _str(self.raw.get("company"))

    @property
    def department(self) -> str | None:
        """Department."""
        return _str(self.raw.get("department"))

    @property
    def title(self) -> str | None:
        """Job title."""
        return _str(self.raw.get("title"))


class SharedContact(_View):
    """One contact card of a ``contacts`` message."""

    __slots__ = ()

    @property
    def name(self) -> ContactName | None:
        """The contact's name."""
        return _view(ContactName, self.raw.get("name"))

    @property
    def phones(self) -> list[ContactPhone]:
        """Phone numbers."""
        return [ContactPhone(item) for item in _dicts(self.raw.get("phones"))]

    @property
    def emails(self) -> list[ContactEmail]:
        """Email addresses."""
        return [ContactEmail(item) for item in _dicts(self.raw.get("emails"))]

    @property
    def urls(self) -> list[ContactUrl]:
        """Websites."""
        return [ContactUrl(item) for item in _dicts(self.raw.get("urls"))]

    @property
    def addresses(self) -> list[ContactAddress]:
        """Postal addresses."""
        return [ContactAddress(item) for item in _dicts(self.raw.get("addresses"))]

    @property
    def org(self) -> ContactOrg | None:
        """Organization."""
        return _view(ContactOrg, self.raw.get("org"))

    @property
    def birthday(self) -> str | None:
        """Birthday as sent (``YYYY-MM-DD``)."""
        return _str(self.raw.get("birthday"))


# -- what handlers receive -------------------------------------------------------------------------------------------


class _Routed(_View):
    """A view that also knows the change it came from (``value``) and the WhatsApp Business Account id."""

    __slots__ = ("_value", "waba_id")

    #: Dispatch kind: ``message``, ``status``, ``error`` or ``event``.
    kind: ClassVar[str] = "event"

    def __init__(self, raw: dict[str, Any], value: dict[str, Any] | None = None, waba_id: str | None = None) -> None:
        self.raw: dict[str, Any] = raw
        self._value = value
        #: The WhatsApp Business Account id (``entry[].id``).
        self.waba_id: str | None = waba_id

    @property
    def phone_number_id(self) -> str | None:
        """The receiving business phone number id (``metadata.phone_number_id``): route tenants on it."""
        metadata = _dict(self._value.get("metadata")) if self._value is not None else None
        return None if metadata is None else _id(metadata.get("phone_number_id"))

    @property
    def display_phone_number(self) -> str | None:
        """The receiving business phone number as displayed (``metadata.display_phone_number``)."""
        metadata = _dict(self._value.get("metadata")) if self._value is not None else None
        return None if metadata is None else _id(metadata.get("display_phone_number"))

    def _contact(self, wa_id: str | None) -> dict[str, Any] | None:
        contacts = _dicts(self._value.get("contacts")) if self._value is not None else []
        for contact in contacts:
            if wa_id is not None and _id(contact.get("wa_id")) == wa_id:
                return contact
        return contacts[0] if len(contacts) == 1 else None


class Message(_Routed):
    """An incoming message. Read the content through the property named like ``type`` (``message.text.body``).

    Example: ``if message.type == "text": print(message.from_, message.text.body)``
    """

    __slots__ = ()
    kind: ClassVar[str] = "message"

    @property
    def id(self) -> str | None:
        """The message id (``wamid.…``): use it to reply, react or mark as read, and to de-duplicate."""
        return _str(self.raw.get("id"))

    @property
    def from_(self) -> str | None:
        """The sender's WhatsApp id (phone number without ``+``)."""
        return _id(self.raw.get("from"))

    @property
    def type(self) -> str:
        """The message type (``text``, ``image`` ...); ``unknown`` when Meta sent none."""
        value = self.raw.get("type")
        return value if isinstance(value, str) else "unknown"

    @property
    def timestamp(self) -> datetime | None:
        """When the user sent it, as an aware UTC datetime."""
        return _timestamp(self.raw.get("timestamp"))

    @property
    def profile_name(self) -> str | None:
        """The sender's WhatsApp profile name, from the change's ``contacts``."""
        contact = self._contact(self.from_)
        profile = _dict(contact.get("profile")) if contact is not None else None
        return None if profile is None else _str(profile.get("name"))

    @property
    def wa_id(self) -> str | None:
        """The sender's WhatsApp id as listed in the change's ``contacts`` (falls back to ``from``)."""
        contact = self._contact(self.from_)
        found = _id(contact.get("wa_id")) if contact is not None else None
        return found or self.from_

    @property
    def text(self) -> Text | None:
        """Content of a ``text`` message."""
        return _view(Text, self.raw.get("text"))

    @property
    def image(self) -> Media | None:
        """Content of an ``image`` message."""
        return _view(Media, self.raw.get("image"))

    @property
    def audio(self) -> Media | None:
        """Content of an ``audio`` message (``voice`` tells voice notes apart)."""
        return _view(Media, self.raw.get("audio"))

    @property
    def video(self) -> Media | None:
        """Content of a ``video`` message."""
        return _view(Media, self.raw.get("video"))

    @property
    def document(self) -> Media | None:
        """Content of a ``document`` message."""
        return _view(Media, self.raw.get("document"))

    @property
    def sticker(self) -> Media | None:
        """Content of a ``sticker`` message."""
        return _view(Media, self.raw.get("sticker"))

    @property
    def location(self) -> Location | None:
        """Content of a ``location`` message."""
        return _view(Location, self.raw.get("location"))

    @property
    def contacts(self) -> list[SharedContact]:
        """Contact cards of a ``contacts`` message."""
        return [SharedContact(item) for item in _dicts(self.raw.get("contacts"))]

    @property
    def reaction(self) -> Reaction | None:
        """Content of a ``reaction`` message."""
        return _view(Reaction, self.raw.get("reaction"))

    @property
    def interactive(self) -> Interactive | None:
        """Content of an ``interactive`` reply (button, list row or Flow)."""
        return _view(Interactive, self.raw.get("interactive"))

    @property
    def button(self) -> Button | None:
        """A tapped template quick-reply button."""
        return _view(Button, self.raw.get("button"))

    @property
    def order(self) -> Order | None:
        """Content of an ``order`` message."""
        return _view(Order, self.raw.get("order"))

    @property
    def system(self) -> System | None:
        """Content of a ``system`` message."""
        return _view(System, self.raw.get("system"))

    @property
    def referral(self) -> Referral | None:
        """The ad or post the user came from, if any."""
        return _view(Referral, self.raw.get("referral"))

    @property
    def context(self) -> Context | None:
        """What this message replies to, if anything."""
        return _view(Context, self.raw.get("context"))

    @property
    def errors(self) -> list[ApiError]:
        """Why the message could not be read (``unsupported`` messages), as typed :class:`wacloud.ApiError`."""
        return _errors(self.raw.get("errors"))

    @property
    def content(self) -> dict[str, Any] | list[Any] | None:
        """The raw content object of the message's type (``raw[type]``), whatever the type."""
        value = self.raw.get(self.type)
        return value if isinstance(value, dict | list) else None


class UnknownMessage(Message):
    """A message whose ``type`` wacloud does not know yet. Nothing is lost: read ``type``, ``content`` and ``raw``."""

    __slots__ = ()


class Conversation(_View):
    """The conversation a status belongs to (API v23.0 and below; v24.0+ status webhooks carry only ``pricing``)."""

    __slots__ = ()

    @property
    def id(self) -> str | None:
        """Conversation id."""
        return _id(self.raw.get("id"))

    @property
    def expiration_timestamp(self) -> datetime | None:
        """When the conversation window closes."""
        return _timestamp(self.raw.get("expiration_timestamp"))

    @property
    def origin_type(self) -> str | None:
        """``marketing``, ``utility``, ``service`` ... (``origin.type``, open-ended)."""
        origin = _dict(self.raw.get("origin"))
        return None if origin is None else _str(origin.get("type"))


class Pricing(_View):
    """How a message is billed."""

    __slots__ = ()

    @property
    def billable(self) -> bool | None:
        """Whether the message is charged (Meta plans to deprecate it in favour of ``type`` + ``category``)."""
        return _bool(self.raw.get("billable"))

    @property
    def pricing_model(self) -> str | None:
        """``PMP`` (per-message pricing) or ``CBP`` (conversation-based, legacy)."""
        return _str(self.raw.get("pricing_model"))

    @property
    def type(self) -> str | None:
        """``regular``, ``free_customer_service``, ``free_entry_point`` ... (open-ended)."""
        return _str(self.raw.get("type"))

    @property
    def category(self) -> str | None:
        """``marketing``, ``utility``, ``authentication``, ``service`` ... (open-ended)."""
        return _str(self.raw.get("category"))


class Status(_Routed):
    """A status update for a message the business sent: sent, delivered, read, failed, deleted ...

    Example: ``if status.status == "failed": log(status.id, status.errors)``
    """

    __slots__ = ()
    kind: ClassVar[str] = "status"

    @property
    def id(self) -> str | None:
        """The ``wamid`` of the message the status is about."""
        return _str(self.raw.get("id"))

    @property
    def status(self) -> str:
        """``sent``, ``delivered``, ``read``, ``failed``, ``deleted`` ... (open-ended; ``unknown`` if missing)."""
        value = self.raw.get("status")
        return value if isinstance(value, str) else "unknown"

    @property
    def timestamp(self) -> datetime | None:
        """When the status changed, as an aware UTC datetime."""
        return _timestamp(self.raw.get("timestamp"))

    @property
    def recipient_id(self) -> str | None:
        """The recipient's WhatsApp id (or group id for group messages)."""
        return _id(self.raw.get("recipient_id"))

    @property
    def recipient_type(self) -> str | None:
        """``individual`` or ``group`` when Meta says so."""
        return _str(self.raw.get("recipient_type"))

    @property
    def biz_opaque_callback_data(self) -> str | None:
        """The tracking string you sent with the message."""
        return _str(self.raw.get("biz_opaque_callback_data"))

    @property
    def conversation(self) -> Conversation | None:
        """Conversation details (v23.0 and below)."""
        return _view(Conversation, self.raw.get("conversation"))

    @property
    def pricing(self) -> Pricing | None:
        """Billing details."""
        return _view(Pricing, self.raw.get("pricing"))

    @property
    def errors(self) -> list[ApiError]:
        """Why delivery failed, as typed :class:`wacloud.ApiError` subclasses (branch on ``.code``)."""
        return _errors(self.raw.get("errors"))


class ErrorEvent(_Routed):
    """A top-level error of a ``messages`` change (``value.errors[]``): Meta could not deliver something to you.

    Example: ``print(error.code, error.title, error.details)``
    """

    __slots__ = ()
    kind: ClassVar[str] = "error"

    @property
    def code(self) -> int | None:
        """Graph error code."""
        return _int(self.raw.get("code"))

    @property
    def title(self) -> str | None:
        """Short title."""
        return _str(self.raw.get("title"))

    @property
    def message(self) -> str | None:
        """Message."""
        return _str(self.raw.get("message"))

    @property
    def details(self) -> str | None:
        """``error_data.details``."""
        data = _dict(self.raw.get("error_data"))
        return None if data is None else _str(data.get("details"))

    @property
    def href(self) -> str | None:
        """Link to the error code's documentation."""
        return _str(self.raw.get("href"))

    @property
    def error(self) -> ApiError:
        """The same error as a typed :class:`wacloud.ApiError` subclass."""
        return api_error_from_body(self.raw, fallback_message="WhatsApp webhook error")


# -- non-message fields ----------------------------------------------------------------------------------------------


class Event(_Routed):
    """A notification of a webhook field other than messages and statuses; ``raw`` is the change's ``value``.

    ``field`` is the subscription field name; ``time`` is when Meta triggered the webhook.
    """

    __slots__ = ("_time", "field")
    kind: ClassVar[str] = "event"
    #: The field this class parses (``None`` for :class:`UnknownEvent`).
    FIELD: ClassVar[str | None] = None

    def __init__(
        self,
        raw: dict[str, Any],
        value: dict[str, Any] | None = None,
        waba_id: str | None = None,
        *,
        field: str | None = None,
        time: object = None,
    ) -> None:
        super().__init__(raw, value, waba_id)
        #: The webhook field (``message_template_status_update``, ``account_update`` ...).
        self.field: str = field if field is not None else (self.FIELD or "unknown")
        self._time = time

    @property
    def time(self) -> datetime | None:
        """When Meta triggered the webhook (``entry[].time``)."""
        return _timestamp(self._time)

    @property
    def event(self) -> str | None:
        """The ``event`` value of the change, for fields that have one (open-ended)."""
        return _str(self.raw.get("event"))


class TemplateStatusUpdate(Event):
    """``message_template_status_update``: a template was approved, rejected, paused, disabled ..."""

    __slots__ = ()
    FIELD: ClassVar[str | None] = "message_template_status_update"

    @property
    def template_id(self) -> str | None:
        """``message_template_id``."""
        return _id(self.raw.get("message_template_id"))

    @property
    def template_name(self) -> str | None:
        """``message_template_name``."""
        return _str(self.raw.get("message_template_name"))

    @property
    def template_language(self) -> str | None:
        """``message_template_language``, e.g. ``en_US``."""
        return _str(self.raw.get("message_template_language"))

    @property
    def reason(self) -> str | None:
        """Why (``NONE`` on approval; a rejection reason otherwise)."""
        return _str(self.raw.get("reason"))

    @property
    def category(self) -> str | None:
        """``message_template_category``."""
        return _str(self.raw.get("message_template_category"))

    @property
    def disable_date(self) -> str | None:
        """``disable_info.disable_date`` for disabled templates, as sent."""
        info = _dict(self.raw.get("disable_info"))
        return None if info is None else _id(info.get("disable_date"))


class TemplateQualityUpdate(Event):
    """``message_template_quality_update``: a template's quality score changed."""

    __slots__ = ()
    FIELD: ClassVar[str | None] = "message_template_quality_update"

    @property
    def template_id(self) -> str | None:
        """``message_template_id``."""
        return _id(self.raw.get("message_template_id"))

    @property
    def template_name(self) -> str | None:
        """``message_template_name``."""
        return _str(self.raw.get("message_template_name"))

    @property
    def template_language(self) -> str | None:
        """``message_template_language``."""
        return _str(self.raw.get("message_template_language"))

    @property
    def previous_quality_score(self) -> str | None:
        """``GREEN``, ``YELLOW``, ``RED``, ``UNKNOWN`` (open-ended)."""
        return _str(self.raw.get("previous_quality_score"))

    @property
    def new_quality_score(self) -> str | None:
        """``GREEN``, ``YELLOW``, ``RED``, ``UNKNOWN`` (open-ended)."""
        return _str(self.raw.get("new_quality_score"))


class TemplateCategoryUpdate(Event):
    """``template_category_update``: a template's category changed or is about to change."""

    __slots__ = ()
    FIELD: ClassVar[str | None] = "template_category_update"

    @property
    def template_id(self) -> str | None:
        """``message_template_id``."""
        return _id(self.raw.get("message_template_id"))

    @property
    def template_name(self) -> str | None:
        """``message_template_name``."""
        return _str(self.raw.get("message_template_name"))

    @property
    def template_language(self) -> str | None:
        """``message_template_language``."""
        return _str(self.raw.get("message_template_language"))

    @property
    def previous_category(self) -> str | None:
        """The category before a completed change."""
        return _str(self.raw.get("previous_category"))

    @property
    def new_category(self) -> str | None:
        """The new (or, for an impending change, the current) category."""
        return _str(self.raw.get("new_category"))

    @property
    def correct_category(self) -> str | None:
        """For an impending change: the category the template will get."""
        return _str(self.raw.get("correct_category"))

    @property
    def category_update_timestamp(self) -> datetime | None:
        """For an impending change: when it will happen."""
        return _timestamp(self.raw.get("category_update_timestamp"))


class PhoneNumberQualityUpdate(Event):
    """``phone_number_quality_update``: messaging limit or throughput of a business number changed."""

    __slots__ = ()
    FIELD: ClassVar[str | None] = "phone_number_quality_update"

    @property
    def display_phone_number(self) -> str | None:
        """The business number concerned."""
        return _id(self.raw.get("display_phone_number"))

    @property
    def current_limit(self) -> str | None:
        """``TIER_1K``, ``TIER_UNLIMITED`` ... (open-ended; being replaced by the per-business limit)."""
        return _str(self.raw.get("current_limit"))

    @property
    def old_limit(self) -> str | None:
        """The previous limit, for limit changes."""
        return _str(self.raw.get("old_limit"))

    @property
    def max_daily_conversations_per_business(self) -> str | None:
        """The business portfolio's messaging limit, as sent (``TIER_2K``, ``2000`` ...)."""
        value = self.raw.get("max_daily_conversations_per_business")
        return _id(value)


class PhoneNumberNameUpdate(Event):
    """``phone_number_name_update``: the display name review of a business number has an outcome."""

    __slots__ = ()
    FIELD: ClassVar[str | None] = "phone_number_name_update"

    @property
    def display_phone_number(self) -> str | None:
        """The business number concerned."""
        return _id(self.raw.get("display_phone_number"))

    @property
    def decision(self) -> str | None:
        """``APPROVED``, ``REJECTED``, ``PENDING``, ``DEFERRED`` (open-ended)."""
        return _str(self.raw.get("decision"))

    @property
    def requested_verified_name(self) -> str | None:
        """The display name that was reviewed."""
        return _str(self.raw.get("requested_verified_name"))

    @property
    def rejection_reason(self) -> str | None:
        """Why it was rejected (``None`` when accepted)."""
        return _str(self.raw.get("rejection_reason"))


class Restriction(_View):
    """A restriction applied to a WhatsApp Business Account (``restriction_info[]``)."""

    __slots__ = ()

    @property
    def restriction_type(self) -> str | None:
        """``RESTRICTED_BIZ_INITIATED_MESSAGING`` ... (open-ended)."""
        return _str(self.raw.get("restriction_type"))

    @property
    def expiration(self) -> str | None:
        """When it ends, as sent."""
        return _id(self.raw.get("expiration"))


class AccountUpdate(Event):
    """``account_update``: verification, policy violation, ban, restriction, partner (un)install ..."""

    __slots__ = ()
    FIELD: ClassVar[str | None] = "account_update"

    @property
    def phone_number(self) -> str | None:
        """The business number concerned, when the event is about one."""
        return _id(self.raw.get("phone_number"))

    @property
    def ban_state(self) -> str | None:
        """``ban_info.waba_ban_state``."""
        info = _dict(self.raw.get("ban_info"))
        return None if info is None else _str(info.get("waba_ban_state"))

    @property
    def ban_date(self) -> str | None:
        """``ban_info.waba_ban_date``, as sent."""
        info = _dict(self.raw.get("ban_info"))
        return None if info is None else _id(info.get("waba_ban_date"))

    @property
    def violation_type(self) -> str | None:
        """``violation_info.violation_type``."""
        info = _dict(self.raw.get("violation_info"))
        return None if info is None else _str(info.get("violation_type"))

    @property
    def restrictions(self) -> list[Restriction]:
        """``restriction_info[]``."""
        return [Restriction(item) for item in _dicts(self.raw.get("restriction_info"))]


class AccountReviewUpdate(Event):
    """``account_review_update``: the WhatsApp Business Account was reviewed."""

    __slots__ = ()
    FIELD: ClassVar[str | None] = "account_review_update"

    @property
    def decision(self) -> str | None:
        """``APPROVED``, ``REJECTED``, ``PENDING``, ``DEFERRED`` (open-ended)."""
        return _str(self.raw.get("decision"))


class BusinessCapabilityUpdate(Event):
    """``business_capability_update``: messaging or phone number limits of the business changed."""

    __slots__ = ()
    FIELD: ClassVar[str | None] = "business_capability_update"

    @property
    def max_daily_conversation_per_phone(self) -> int | None:
        """Legacy per-number limit (-1 means unlimited)."""
        return _int(self.raw.get("max_daily_conversation_per_phone"))

    @property
    def max_daily_conversations_per_business(self) -> str | None:
        """The business portfolio's messaging limit, as sent (``2000``, ``TIER_UNLIMITED`` ...)."""
        return _id(self.raw.get("max_daily_conversations_per_business"))

    @property
    def max_phone_numbers_per_business(self) -> int | None:
        """How many numbers the business portfolio may have."""
        return _int(self.raw.get("max_phone_numbers_per_business"))

    @property
    def max_phone_numbers_per_waba(self) -> int | None:
        """How many numbers one WhatsApp Business Account may have."""
        return _int(self.raw.get("max_phone_numbers_per_waba"))


class FlowEvent(Event):
    """``flows``: a Flow changed status, or its endpoint crossed an error-rate, latency or availability alert."""

    __slots__ = ()
    FIELD: ClassVar[str | None] = "flows"

    @property
    def flow_id(self) -> str | None:
        """The Flow id."""
        return _id(self.raw.get("flow_id"))

    @property
    def message(self) -> str | None:
        """Human-readable description."""
        return _str(self.raw.get("message"))

    @property
    def old_status(self) -> str | None:
        """``DRAFT``, ``PUBLISHED``, ``THROTTLED``, ``BLOCKED``, ``DEPRECATED`` (status changes)."""
        return _str(self.raw.get("old_status"))

    @property
    def new_status(self) -> str | None:
        """The Flow's new status (status changes)."""
        return _str(self.raw.get("new_status"))

    @property
    def alert_state(self) -> str | None:
        """``ACTIVATED`` or ``DEACTIVATED`` (endpoint alerts)."""
        return _str(self.raw.get("alert_state"))

    @property
    def threshold(self) -> float | None:
        """The alert threshold reached or recovered from (endpoint alerts)."""
        return _float(self.raw.get("threshold"))


class SecurityEvent(Event):
    """``security``: the two-step verification PIN of a business number changed or a reset was requested."""

    __slots__ = ()
    FIELD: ClassVar[str | None] = "security"

    @property
    def display_phone_number(self) -> str | None:
        """The business number concerned."""
        return _id(self.raw.get("display_phone_number"))

    @property
    def requester(self) -> str | None:
        """The Meta Business Suite user who asked for a PIN reset."""
        return _id(self.raw.get("requester"))


class UserPreferenceUpdate(Event):
    """``user_preferences``: a user stopped or resumed marketing messages; ``raw`` is one ``user_preferences[]``."""

    __slots__ = ()
    FIELD: ClassVar[str | None] = "user_preferences"

    @property
    def wa_id(self) -> str | None:
        """The user's WhatsApp id."""
        return _id(self.raw.get("wa_id"))

    @property
    def category(self) -> str | None:
        """``marketing_messages`` (open-ended)."""
        return _str(self.raw.get("category"))

    @property
    def value(self) -> str | None:
        """``stop`` or ``resume`` (open-ended)."""
        return _str(self.raw.get("value"))

    @property
    def detail(self) -> str | None:
        """Human-readable description."""
        return _str(self.raw.get("detail"))

    @property
    def timestamp(self) -> datetime | None:
        """When the user changed the preference."""
        return _timestamp(self.raw.get("timestamp"))

    @property
    def profile_name(self) -> str | None:
        """The user's profile name, from the change's ``contacts``."""
        contact = self._contact(self.wa_id)
        profile = _dict(contact.get("profile")) if contact is not None else None
        return None if profile is None else _str(profile.get("name"))


class UnknownEvent(Event):
    """A change of a field wacloud does not parse (yet): ``field`` names it and ``raw`` holds its ``value``.

    If the change's ``value`` was not even an object, ``raw`` is the whole change (``{"field": …, "value": …}``).
    """

    __slots__ = ()


#: Field name -> view class, for every non-message field wacloud types.
EVENT_CLASSES: dict[str, type[Event]] = {
    cls.FIELD: cls
    for cls in (
        TemplateStatusUpdate,
        TemplateQualityUpdate,
        TemplateCategoryUpdate,
        PhoneNumberQualityUpdate,
        PhoneNumberNameUpdate,
        AccountUpdate,
        AccountReviewUpdate,
        BusinessCapabilityUpdate,
        FlowEvent,
        SecurityEvent,
        UserPreferenceUpdate,
    )
    if cls.FIELD is not None
}

#: Anything a handler can receive.
WebhookEvent = Message | Status | ErrorEvent | Event
