"""``format_event_line``: one printable line per event, for ``wacloud listen`` and logs (phone numbers masked)."""

from __future__ import annotations

import re

from ._events import ErrorEvent, Event, Message, Status, UnknownEvent, WebhookEvent
from ._generated_views import MessageEdit

__all__ = ["format_event_line", "mask_phone"]

_PREVIEW = 60
# Free text (system messages, captions) can contain phone numbers too: mask any run of 7+ digits.
_DIGIT_RUN = re.compile(r"\d{7,}")


def mask_phone(number: str | None) -> str:
    """Hide the middle of a phone number or WhatsApp id: ``16505551234`` -> ``165•••••234``.

    Example: ``webhooks.mask_phone("16505551234")``
    """
    if not number:
        return "?"
    if len(number) <= 6:
        return "•" * len(number)
    return number[:3] + "•" * (len(number) - 6) + number[-3:]


def _preview(text: str | None) -> str:
    if not text:
        return ""
    flat = _DIGIT_RUN.sub(lambda match: mask_phone(match.group()), " ".join(text.split()))
    return repr(flat if len(flat) <= _PREVIEW else flat[: _PREVIEW - 1] + "…")


def _message_summary(message: Message) -> str:
    kind = message.type
    if message.text is not None:
        return _preview(message.text.body)
    interactive = message.interactive
    if interactive is not None:
        if interactive.button_reply is not None:
            return f"button_reply {interactive.button_reply.id!r}"
        if interactive.list_reply is not None:
            return f"list_reply {interactive.list_reply.id!r}"
        if interactive.nfm_reply is not None:
            return f"flow reply ({len(interactive.nfm_reply.response or {})} fields)"
        if interactive.call_permission_reply is not None:
            return f"call permission {interactive.call_permission_reply.response}"
        return str(interactive.type)
    if message.button is not None:
        return f"button {message.button.payload!r}"
    if message.reaction is not None:
        return f"reaction {message.reaction.emoji or '(removed)'}"
    if message.location is not None:
        return f"location {message.location.latitude},{message.location.longitude}"
    media = message.image or message.video or message.audio or message.document or message.sticker
    if media is not None:
        return " ".join(part for part in (media.mime_type or "", _preview(media.caption)) if part)
    if message.system is not None:
        return _preview(message.system.body)
    if message.edit is not None:
        return " ".join(part for part in (f"of {message.edit.original_message_id}", _edited(message.edit)) if part)
    if message.revoke is not None:
        return f"of {message.revoke.original_message_id}"
    if message.errors:
        return f"error {message.errors[0].code}"
    return "" if kind in ("contacts", "order") else f"({kind})"


def _edited(edit: MessageEdit) -> str:
    content = edit.message
    if content is None:
        return ""
    if content.text is not None:
        return _preview(content.text.body)
    media = content.image or content.video or content.document
    return _preview(media.caption) if media is not None else ""


def format_event_line(event: WebhookEvent) -> str:
    """Describe an event on one line, with phone numbers partly masked and long text cut.

    Example: ``print(webhooks.format_event_line(message))  # message text from 165•••••234 wamid.… 'Hi'``
    """
    if isinstance(event, Message):
        name = f" ({event.profile_name})" if event.profile_name else ""
        # A user whose number Meta does not share is shown by BSUID (masked too: it identifies the person).
        sender = mask_phone(event.from_ or event.user_id)
        where = f" in group {event.group_id[:12]}…" if event.group_id else ""
        parts = ["message", event.type, f"from {sender}{name}{where}", str(event.id), _message_summary(event)]
    elif isinstance(event, Status):
        recipient = event.participant_id or event.participant_user_id or event.recipient_id or event.recipient_user_id
        parts = ["status", event.status, f"to {mask_phone(recipient)}", str(event.id)]
        if event.errors:
            first = event.errors[0]
            parts.append(f"error {first.code}: {first.message}")
    elif isinstance(event, ErrorEvent):
        parts = ["error", str(event.code), event.title or event.message or "", _preview(event.details)]
    elif isinstance(event, UnknownEvent):
        parts = ["event", event.field, "(not parsed by this wacloud version)"]
    elif isinstance(event, Event):
        detail = (
            event.raw.get("event")
            or event.raw.get("type")
            or event.raw.get("action_type")
            or event.raw.get("status")
            or event.raw.get("decision")
            or event.raw.get("new_quality_score")
            or event.raw.get("new_category")
            or event.raw.get("value")
        )
        template = event.raw.get("message_template_name")
        parts = ["event", event.field, str(detail) if isinstance(detail, str) else ""]
        if isinstance(template, str):
            parts.append(f"template {template}")
        phone = event.raw.get("display_phone_number") or event.raw.get("wa_id")
        if isinstance(phone, str):
            parts.append(mask_phone(phone))
    else:  # pragma: no cover - the union is exhaustive
        parts = [type(event).__name__]
    return " ".join(part for part in parts if part).replace("\n", " ").replace("\r", " ")
