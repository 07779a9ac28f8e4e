"""What the generated webhook views stand on: the tolerant readers and the hand-written base classes.

The view classes themselves are generated from the spec's webhook schemas (``_generated_views.py``, written by
``generator/webhook_views.py``). This module keeps only what a schema cannot say:

- the readers that turn a wrong-typed or missing value into ``None`` instead of raising;
- :class:`View`, the ``__slots__`` wrapper around the decoded dict (``.raw``), compared by content;
- the bases a schema names with ``x-view-base``: where a view sits in a change (:class:`Routed`: the change's
  ``value`` and the WhatsApp Business Account id), its dispatch ``kind``, and the few values computed from more than
  one key (a sender's profile from the change's ``contacts``, a Flow response decoded from its JSON string).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, ClassVar

from .._errors import ApiError, api_error_from_body

__all__ = [
    "ErrorBase",
    "Event",
    "FlowReplyBase",
    "MessageBase",
    "Routed",
    "StatusBase",
    "UserPreferenceBase",
    "View",
]

_fromtimestamp = datetime.fromtimestamp

if TYPE_CHECKING:
    from ._generated_views import Contact


def _contact_view(raw: dict[str, Any]) -> Contact:
    # Imported here: the generated views import this module.
    from ._generated_views import Contact

    return Contact(raw)


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
        digits = stripped[1:] if stripped[:1] == "-" else stripped
        # isdecimal, not isdigit: int() rejects digits such as "²" that isdigit accepts.
        if digits.isdecimal() and len(stripped) < 40:
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
    if isinstance(value, str) and value.isdecimal() and len(value) < 20:
        seconds = int(value)  # the common case, without _int's general parsing
    else:
        parsed = _int(value)
        if parsed is None:
            return None
        seconds = parsed
    try:
        return _fromtimestamp(seconds, UTC)
    except (OverflowError, OSError, ValueError):
        return None


def _errors(value: object) -> list[ApiError]:
    return [api_error_from_body(item, fallback_message="WhatsApp webhook error") for item in _dicts(value)]


# -- the bases -------------------------------------------------------------------------------------------------------


class View:
    """Base of every view: holds the decoded dict as ``raw``."""

    __slots__ = ("raw",)

    def __init__(self, raw: dict[str, Any]) -> None:
        self.raw: dict[str, Any] = raw

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.raw!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, View) and type(other) is type(self) and other.raw == self.raw

    __hash__: ClassVar[None] = None  # type: ignore[assignment]  # views wrap mutable dicts


class FlowReplyBase(View):
    """Base of ``FlowReply``: the Flow response decoded from its JSON string."""

    __slots__ = ()

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


class Routed(View):
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

    def _contact(self, wa_id: str | None, user_id: str | None = None) -> dict[str, Any] | None:
        """The change's ``contacts`` entry for this user: matched by BSUID, else phone number, else the only one."""
        contacts = _dicts(self._value.get("contacts")) if self._value is not None else []
        for contact in contacts:
            if user_id is not None and _str(contact.get("user_id")) == user_id:
                return contact
            if wa_id is not None and _id(contact.get("wa_id")) == wa_id:
                return contact
        return contacts[0] if len(contacts) == 1 else None

    def _profile(self, wa_id: str | None, user_id: str | None) -> dict[str, Any] | None:
        contact = self._contact(wa_id, user_id)
        return _dict(contact.get("profile")) if contact is not None else None


class MessageBase(Routed):
    """Base of ``Message``: who sent it (the ``sender`` rule, the profile looked up in the change's ``contacts``),
    where to reply (``chat_id``) and the raw content."""

    __slots__ = ()
    kind: ClassVar[str] = "message"

    @property
    def sender(self) -> str | None:
        """The stable id to key this user on: the BSUID (``from_user_id``) when present, else the phone number.

        Store this one. Since April 2026 Meta sends the BSUID on every message and may omit the phone number
        (``from``) of a user who adopted a username; a BSUID stays the same when the user changes username, and a
        ``user_id_update`` webhook announces the rare change. Key older records, stored by phone number, on
        ``from_`` too until they are migrated. Sending to this value works for both kinds (``client.messages``).
        """
        user_id = self.raw.get("from_user_id")
        if isinstance(user_id, str) and user_id:
            return user_id
        return _id(self.raw.get("from"))

    @property
    def chat_id(self) -> str | None:
        """Where a reply goes: the group id for a message written in a group, else the ``sender``.

        Example: ``client.messages.send_text(message.chat_id, "Thanks!")`` answers in the group, not privately.
        """
        group_id = self.raw.get("group_id")
        if isinstance(group_id, str) and group_id:
            return group_id
        return self.sender

    @property
    def contact(self) -> Contact | None:
        """The sender's entry of the change's ``contacts`` (``user_id``, ``parent_user_id``, ``wa_id``, profile)."""
        found = self._contact(_id(self.raw.get("from")), _str(self.raw.get("from_user_id")))
        return None if found is None else _contact_view(found)

    @property
    def profile_name(self) -> str | None:
        """The sender's WhatsApp profile name, from the change's ``contacts``."""
        profile = self._profile(_id(self.raw.get("from")), _str(self.raw.get("from_user_id")))
        return None if profile is None else _str(profile.get("name"))

    @property
    def username(self) -> str | None:
        """The sender's WhatsApp username (``contacts[].profile.username``), if they adopted one: show it, key on
        ``sender``."""
        profile = self._profile(_id(self.raw.get("from")), _str(self.raw.get("from_user_id")))
        return None if profile is None else _str(profile.get("username"))

    @property
    def wa_id(self) -> str | None:
        """The sender's WhatsApp id as listed in the change's ``contacts`` (falls back to ``from``)."""
        sender = _id(self.raw.get("from"))
        contact = self._contact(sender, _str(self.raw.get("from_user_id")))
        found = _id(contact.get("wa_id")) if contact is not None else None
        return found or sender

    @property
    def content(self) -> dict[str, Any] | list[Any] | None:
        """The raw content object of the message's type (``raw[type]``), whatever the type."""
        kind = self.raw.get("type")
        value = self.raw.get(kind if isinstance(kind, str) else "unknown")
        return value if isinstance(value, dict | list) else None


class StatusBase(Routed):
    """Base of ``Status``: the recipient's entry of the change's ``contacts``."""

    __slots__ = ()
    kind: ClassVar[str] = "status"

    @property
    def contact(self) -> Contact | None:
        """The recipient (the participant, for a group receipt) as listed in the change's ``contacts``: profile name,
        username, BSUID. Meta lists contacts on sent, delivered and read statuses, not on failed ones."""
        wa_id = _id(self.raw.get("recipient_participant_id") or self.raw.get("participant_recipient_id"))
        user_id = _str(self.raw.get("recipient_participant_user_id"))
        if wa_id is None and user_id is None and self.raw.get("recipient_type") != "group":
            wa_id, user_id = _id(self.raw.get("recipient_id")), _str(self.raw.get("recipient_user_id"))
        if wa_id is None and user_id is None:
            return None
        found = self._contact(wa_id, user_id)
        return None if found is None else _contact_view(found)


class ErrorBase(Routed):
    """Base of ``ErrorEvent``: the error as a typed :class:`wacloud.ApiError`."""

    __slots__ = ()
    kind: ClassVar[str] = "error"

    @property
    def error(self) -> ApiError:
        """The same error as a typed :class:`wacloud.ApiError` subclass."""
        return api_error_from_body(self.raw, fallback_message="WhatsApp webhook error")


class Event(Routed):
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


class UserPreferenceBase(Event):
    """Base of ``UserPreferenceUpdate``: the user's profile, looked up in the change's ``contacts``."""

    __slots__ = ()

    @property
    def profile_name(self) -> str | None:
        """The user's profile name, from the change's ``contacts``."""
        profile = self._profile(_id(self.raw.get("wa_id")), _str(self.raw.get("user_id")))
        return None if profile is None else _str(profile.get("name"))


class CallBase(Event):
    """Base of the ``calls`` field's views: the user's profile, and the errors of a failed call.

    The user is ``from`` on a call they placed (``USER_INITIATED``) and ``to`` on one the business placed; a
    call status names them in ``recipient_id``.
    """

    __slots__ = ()

    def _user(self) -> tuple[str | None, str | None]:
        if "recipient_id" in self.raw or "recipient_user_id" in self.raw:
            return _id(self.raw.get("recipient_id")), _str(self.raw.get("recipient_user_id"))
        if self.raw.get("direction") == "BUSINESS_INITIATED":
            return _id(self.raw.get("to")), _str(self.raw.get("to_user_id"))
        return _id(self.raw.get("from")), _str(self.raw.get("from_user_id"))

    @property
    def contact(self) -> Contact | None:
        """The user's entry of the change's ``contacts`` (``wa_id``, BSUID, profile)."""
        found = self._contact(*self._user())
        return None if found is None else _contact_view(found)

    @property
    def profile_name(self) -> str | None:
        """The user's WhatsApp profile name, from the change's ``contacts``."""
        profile = self._profile(*self._user())
        return None if profile is None else _str(profile.get("name"))

    @property
    def errors(self) -> list[ApiError]:
        """Why the call failed, as typed ``wacloud.ApiError`` subclasses: the item's ``errors``, else the change's."""
        own = self.raw.get("errors")
        if own:
            return _errors(own)
        return _errors(self._value.get("errors")) if self._value is not None else []
