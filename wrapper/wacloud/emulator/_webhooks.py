"""Signed webhook deliveries from the emulator: status updates after sends, and injected customer messages."""

from __future__ import annotations

import json
import logging
import queue
import threading
import time
from typing import Any

import httpx

from ..webhooks import SIGNATURE_HEADER, sign_payload
from ._groups import user_entry
from ._state import Tenant

__all__ = [
    "WebhookSender",
    "call_event",
    "call_status",
    "group_statuses",
    "incoming_text",
    "status_update",
    "user_id_update",
]

logger = logging.getLogger("wacloud.emulator")


def _envelope(tenant: Tenant, value: dict[str, Any]) -> dict[str, Any]:
    return {
        "object": "whatsapp_business_account",
        "entry": [
            {
                "id": tenant.waba_id,
                "changes": [
                    {
                        "field": "messages",
                        "value": {
                            "messaging_product": "whatsapp",
                            "metadata": {
                                "display_phone_number": tenant.display_phone_number,
                                "phone_number_id": tenant.phone_number_id,
                            },
                            **value,
                        },
                    }
                ],
            }
        ],
    }


def status_update(
    tenant: Tenant, wamid: str, recipient: str, status: str, callback_data: str | None = None
) -> dict[str, Any]:
    """A ``statuses`` notification as Meta sends it since April 2026 (v24+ pricing object, no conversation).

    Sent to a phone number: ``recipient_id`` and ``recipient_user_id``. Sent to a BSUID: ``recipient_user_id``
    only (the emulator never shares a phone number it was not given). ``contacts`` names the user.
    """
    user = user_entry(recipient)
    item: dict[str, Any] = {"id": wamid, "status": status, "timestamp": str(int(time.time()))}
    if "wa_id" in user:
        item["recipient_id"] = user["wa_id"]
    item["recipient_user_id"] = user["user_id"]
    item["pricing"] = {"billable": True, "pricing_model": "PMP", "type": "regular", "category": "utility"}
    if callback_data is not None:
        item["biz_opaque_callback_data"] = callback_data
    return _envelope(tenant, {"contacts": [{"profile": {"name": "Customer"}, **user}], "statuses": [item]})


def group_statuses(
    tenant: Tenant, wamid: str, group_id: str, status: str, participants: list[dict[str, str]]
) -> dict[str, Any]:
    """One aggregated group receipt: a ``status`` per participant, in one delivery, as Meta sends them."""
    items: list[dict[str, Any]] = []
    for user in participants or [{}]:
        item: dict[str, Any] = {
            "id": wamid,
            "status": status,
            "timestamp": str(int(time.time())),
            "recipient_id": group_id,
            "recipient_type": "group",
        }
        if "wa_id" in user:
            item["recipient_participant_id"] = user["wa_id"]
        if "user_id" in user:
            item["recipient_participant_user_id"] = user["user_id"]
        item["pricing"] = {"billable": True, "pricing_model": "PMP", "type": "regular", "category": "group_service"}
        items.append(item)
    contacts = [{"profile": {"name": "Participant"}, **user} for user in participants]
    return _envelope(tenant, {"contacts": contacts, "statuses": items} if contacts else {"statuses": items})


def incoming_text(
    tenant: Tenant,
    sender: str,
    text: str,
    wamid: str,
    profile_name: str = "Customer",
    *,
    group_id: str | None = None,
    username: str | None = None,
) -> dict[str, Any]:
    """A customer's text message notification, with the sender's BSUID as Meta sends it since April 2026.

    ``sender`` is a phone number (``from`` and ``from_user_id``) or a BSUID (``from_user_id`` only: a user with a
    username whose number Meta does not share). ``group_id`` makes it a message written in that group.
    """
    user = user_entry(sender)
    message: dict[str, Any] = {}
    if "wa_id" in user:
        message["from"] = user["wa_id"]
    message["from_user_id"] = user["user_id"]
    if group_id is not None:
        message["group_id"] = group_id
    message.update({"id": wamid, "timestamp": str(int(time.time())), "type": "text", "text": {"body": text}})
    profile = {"name": profile_name, **({"username": username} if username else {})}
    return _envelope(tenant, {"contacts": [{"profile": profile, **user}], "messages": [message]})


def _calls_change(tenant: Tenant, contact_wa_id: str, value: dict[str, Any]) -> dict[str, Any]:
    metadata = {"display_phone_number": tenant.display_phone_number, "phone_number_id": tenant.phone_number_id}
    contacts = [{"profile": {"name": "Customer"}, "wa_id": contact_wa_id}]
    return {
        "object": "whatsapp_business_account",
        "entry": [
            {
                "id": tenant.waba_id,
                "changes": [
                    {
                        "field": "calls",
                        "value": {"messaging_product": "whatsapp", "metadata": metadata, "contacts": contacts, **value},
                    }
                ],
            }
        ],
    }


def call_status(tenant: Tenant, call_id: str, to: str, status: str, callback_data: str | None) -> dict[str, Any]:
    """A ``calls`` change with one call status of a business-initiated call (``RINGING``, ``ACCEPTED`` ...)."""
    item: dict[str, Any] = {
        "id": call_id,
        "timestamp": str(int(time.time())),
        "type": "call",
        "status": status,
        "recipient_id": to,
    }
    if callback_data is not None:
        item["biz_opaque_callback_data"] = callback_data
    return _calls_change(tenant, to, {"statuses": [item]})


def call_event(tenant: Tenant, call_id: str, to: str, event: str, **details: Any) -> dict[str, Any]:
    """A ``calls`` change with one ``connect`` (``session``) or ``terminate`` (``status``, times, ``duration``) of a
    business-initiated call, as the Calling API reference shows them."""
    item: dict[str, Any] = {
        "id": call_id,
        "to": to,
        "from": tenant.display_phone_number,
        "event": event,
        "timestamp": str(int(time.time())),
        "direction": "BUSINESS_INITIATED",
        **{key: value for key, value in details.items() if value is not None},
    }
    return _calls_change(tenant, to, {"calls": [item]})


def user_id_update(tenant: Tenant, previous: str, current: str, wa_id: str | None = None) -> dict[str, Any]:
    """A ``user_id_update`` notification: a user's BSUID changed (Meta's "Business-scoped user IDs" page)."""
    item: dict[str, Any] = {
        "detail": "User id has been updated.",
        "user_id": {"previous": previous, "current": current},
    }
    if wa_id is not None:
        item = {"wa_id": wa_id, **item}
    item["timestamp"] = str(int(time.time()))
    value = {
        "messaging_product": "whatsapp",
        "metadata": {"display_phone_number": tenant.display_phone_number, "phone_number_id": tenant.phone_number_id},
        "contacts": [{"profile": {"name": "Customer"}, **({"wa_id": wa_id} if wa_id else {})}],
        "user_id_update": [item],
    }
    return {
        "object": "whatsapp_business_account",
        "entry": [{"id": tenant.waba_id, "changes": [{"field": "user_id_update", "value": value}]}],
    }


class WebhookSender:
    """Posts signed notifications to the configured URL from one background thread, in order.

    Failures are logged and counted, never raised: a listener that is down must not break the emulator.
    """

    def __init__(self, url: str, app_secret: str, delay: float = 0.02) -> None:
        self.url = url
        self._secret = app_secret
        self._delay = delay
        self._queue: queue.Queue[dict[str, Any] | None] = queue.Queue()
        self._thread = threading.Thread(target=self._run, name="wacloud-emulator-webhooks", daemon=True)
        self.delivered: int = 0
        self.failed: int = 0
        self._thread.start()

    def post(self, notification: dict[str, Any]) -> None:
        self._queue.put(notification)

    def _run(self) -> None:
        with httpx.Client(timeout=5.0) as http:
            while True:
                notification = self._queue.get()
                if notification is None:
                    return
                time.sleep(self._delay)
                body = json.dumps(notification).encode()  # ensure_ascii: Meta sends escaped unicode too
                headers = {"Content-Type": "application/json", SIGNATURE_HEADER: sign_payload(body, self._secret)}
                try:
                    response = http.post(self.url, content=body, headers=headers)
                    if response.status_code >= 400:
                        raise RuntimeError(f"listener answered HTTP {response.status_code}")
                    self.delivered += 1
                except (httpx.HTTPError, RuntimeError) as exc:
                    self.failed += 1
                    logger.warning("webhook delivery to %s failed: %s", self.url, exc)

    def close(self, timeout: float = 5.0) -> None:
        """Deliver what is queued, then stop."""
        self._queue.put(None)
        self._thread.join(timeout)
