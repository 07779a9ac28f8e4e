"""``parse_webhook``: turn a webhook body into a :class:`Notification` of typed views.

Decoding is the only eager step (``json.loads``, or msgspec's decoder with the ``speedups`` extra: ``_json.py``);
the walk over ``entry[].changes[]`` happens once, on first access to ``messages``/``statuses``/``errors``/``events``,
and builds only thin views (generated from the spec, in
``_generated_views``). Routing a change to its view is what this module adds: the ``messages`` field by list, other
fields by the generated ``EVENT_CLASSES`` / ``EVENT_ITEMS`` tables, anything else to an :class:`UnknownEvent`. A
``messages`` change's ``user_actions`` (marketing link clicks) are events, one :class:`UserAction` each.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping
from typing import Any, cast

from .. import _json
from .._errors import WebhookPayloadError
from ._events import ErrorEvent, Event, Message, Status, UnknownEvent, UnknownMessage, WebhookEvent
from ._generated_views import EVENT_CLASSES, EVENT_ITEMS, KNOWN_MESSAGE_TYPES, UserAction
from ._view_base import _dicts, _id

__all__ = ["WHATSAPP_OBJECT", "Notification", "parse_webhook"]

#: The ``object`` of every WhatsApp Business Account notification.
WHATSAPP_OBJECT = "whatsapp_business_account"


class Notification:
    """One webhook delivery: every message, status, error and other event of all its entries and changes, in order.

    Example: ``for message in webhooks.parse_webhook(body).messages: print(message.from_, message.type)``
    """

    __slots__ = ("_all", "_errors", "_events", "_messages", "_statuses", "raw")
    # Set by _walk() on first access only: a notification nobody reads costs one object.
    _messages: list[Message]
    _statuses: list[Status]
    _errors: list[ErrorEvent]
    _events: list[Event]

    def __init__(self, raw: dict[str, Any]) -> None:
        #: The decoded body.
        self.raw: dict[str, Any] = raw
        self._all: list[WebhookEvent] | None = None

    def __repr__(self) -> str:
        items = self.all
        return (
            f"Notification(messages={len(self._messages)}, statuses={len(self._statuses)}, "
            f"errors={len(self._errors)}, events={len(self._events)}, total={len(items)})"
        )

    @property
    def object(self) -> str | None:
        """``whatsapp_business_account``."""
        value = self.raw.get("object")
        return value if isinstance(value, str) else None

    @property
    def messages(self) -> list[Message]:
        """Every incoming message across all entries and changes, in delivery order."""
        self._walk()
        return self._messages

    @property
    def statuses(self) -> list[Status]:
        """Every status update across all entries and changes, in delivery order."""
        self._walk()
        return self._statuses

    @property
    def errors(self) -> list[ErrorEvent]:
        """Every top-level error (``value.errors[]`` of ``messages`` changes)."""
        self._walk()
        return self._errors

    @property
    def events(self) -> list[Event]:
        """Every other change: template, phone number, account, Flow, security, user preference and unknown fields."""
        self._walk()
        return self._events

    @property
    def all(self) -> list[WebhookEvent]:
        """Messages, statuses, errors and events interleaved in delivery order (what the listener dispatches)."""
        return self._walk()

    def __iter__(self) -> Iterator[WebhookEvent]:
        return iter(self._walk())

    def __len__(self) -> int:
        return len(self._walk())

    def to_model(self) -> Any:
        """Build the generated attrs model ``wacloud_api.models.WebhookNotification`` (eager, slower, validating).

        Raises ``ModuleNotFoundError`` if the generated package does not include the webhook schemas.

        Example: ``model = webhooks.parse_webhook(body).to_model()``
        """
        # Imported lazily: the generated models are large and most users only need the views.
        models = importlib.import_module("wacloud_api.models")
        return models.WebhookNotification.from_dict(self.raw)

    def _walk(self) -> list[WebhookEvent]:
        if self._all is not None:
            return self._all
        # Built in locals and published at the end, so concurrent first accesses cannot interleave appends.
        ordered: list[WebhookEvent] = []
        statuses: list[Status] = []
        errors: list[ErrorEvent] = []
        events: list[Event] = []
        # The loop over `messages` changes (one per message in a batch) is the hot path: inlined, no helper calls.
        # Messages go to `ordered` only; their own list is derived at the end (one copy instead of an append each).
        add, known_types = ordered.append, KNOWN_MESSAGE_TYPES
        for entry in _dicts(self.raw.get("entry")):
            waba_id = _id(entry.get("id"))
            time = entry.get("time")
            changes = entry.get("changes")
            if not isinstance(changes, list):
                continue
            for change in changes:
                if not isinstance(change, dict):
                    continue
                value = change.get("value")
                if not isinstance(value, dict) or change.get("field") != "messages":
                    _walk_event(change, value, waba_id, time, ordered, events)
                    continue
                before = len(ordered)
                items = value.get("messages")
                if isinstance(items, list):
                    for item in items:
                        if isinstance(item, dict):
                            kind = item.get("type")
                            known = isinstance(kind, str) and kind in known_types
                            message = (Message if known else UnknownMessage)(item, value, waba_id)
                            add(message)
                items = value.get("statuses")
                if items:
                    for item in _dicts(items):
                        status = Status(item, value, waba_id)
                        statuses.append(status)
                        add(status)
                items = value.get("errors")
                if items:
                    for item in _dicts(items):
                        error = ErrorEvent(item, value, waba_id)
                        errors.append(error)
                        add(error)
                items = value.get("user_actions")
                if items:
                    for item in _dicts(items):
                        action = UserAction(item, value, waba_id, field="messages", time=time)
                        events.append(action)
                        add(action)
                if len(ordered) == before:
                    # Nothing this version reads (no lists, null or empty ones, or a shape Meta added later): the
                    # change is kept as an UnknownEvent rather than dropped.
                    _walk_event(change, value, waba_id, time, ordered, events)
        messages = (
            [event for event in ordered if isinstance(event, Message)]
            if statuses or errors or events
            else cast(list[Message], ordered.copy())  # nothing but messages in it
        )
        self._messages, self._statuses, self._errors, self._events = messages, statuses, errors, events
        self._all = ordered
        return ordered


def _walk_event(
    change: dict[str, Any], value: object, waba_id: str | None, time: Any, out: list[WebhookEvent], events: list[Event]
) -> None:
    """Route a change of any field but ``messages`` to its event view: by field, else an :class:`UnknownEvent`."""
    raw_field = change.get("field")
    field = raw_field if isinstance(raw_field, str) else None
    if not isinstance(value, dict):
        unknown = UnknownEvent(change, None, waba_id, field=field, time=time)
        events.append(unknown)
        out.append(unknown)
        return
    cls = EVENT_CLASSES.get(field) if field is not None else None
    arrays = EVENT_ITEMS.get(field) if cls is not None and field is not None else None
    if arrays is not None:
        # One event per item (each user_preferences[] change; each calls[] and statuses[] of `calls`), like
        # messages; the value keeps metadata and contacts.
        found = False
        for items_key, item_cls in arrays:
            for item in _dicts(value.get(items_key)):
                event = item_cls(item, value, waba_id, field=field, time=time)
                events.append(event)
                out.append(event)
                found = True
        if found:
            return
        cls = None
    event = (cls or UnknownEvent)(value, value, waba_id, field=field, time=time)
    events.append(event)
    out.append(event)


def parse_webhook(body: bytes | bytearray | memoryview | str | Mapping[str, Any]) -> Notification:
    """Parse a webhook POST body (raw bytes, text or an already-decoded mapping) into a :class:`Notification`.

    Raises :class:`WebhookPayloadError` if the body is not JSON, not an object, not a WhatsApp Business Account
    notification (``object`` other than ``whatsapp_business_account``) or has no ``entry`` list. Anything wrong
    deeper inside never raises: the views return ``None`` or an unknown event instead. Verify the signature
    on the raw bytes *before* parsing.

    Example: ``notification = webhooks.parse_webhook(request_body)``
    """
    data: object
    if isinstance(body, bytes | bytearray | memoryview | str):  # before the Mapping ABC check: the common case
        raw = bytes(body) if isinstance(body, memoryview) else body
        try:
            data = _json.loads(raw)
        except (ValueError, RecursionError):
            # ValueError covers JSONDecodeError and undecodable bytes; RecursionError absurdly nested arrays.
            raise WebhookPayloadError("the webhook body is not valid JSON") from None
    elif isinstance(body, Mapping):
        data = body if isinstance(body, dict) else dict(body)
    else:
        raise WebhookPayloadError(f"a webhook body must be bytes, str or a mapping, not {type(body).__name__}")
    if not isinstance(data, dict):
        raise WebhookPayloadError(f"the webhook body must be a JSON object, got {type(data).__name__}")
    obj = data.get("object", WHATSAPP_OBJECT)
    if obj != WHATSAPP_OBJECT:
        raise WebhookPayloadError(f"not a WhatsApp Business Account notification (object={str(obj)[:64]!r})")
    if not isinstance(data.get("entry"), list):
        raise WebhookPayloadError("the webhook body has no 'entry' list")
    return Notification(data)
