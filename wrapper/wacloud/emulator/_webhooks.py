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
from ._state import Tenant

__all__ = ["WebhookSender", "incoming_text", "status_update"]

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
    """A ``statuses`` notification as Meta sends it (v24+ pricing object, no conversation)."""
    item: dict[str, Any] = {
        "id": wamid,
        "status": status,
        "timestamp": str(int(time.time())),
        "recipient_id": recipient,
        "pricing": {"billable": True, "pricing_model": "PMP", "type": "regular", "category": "utility"},
    }
    if callback_data is not None:
        item["biz_opaque_callback_data"] = callback_data
    return _envelope(tenant, {"statuses": [item]})


def incoming_text(tenant: Tenant, sender: str, text: str, wamid: str, profile_name: str = "Customer") -> dict[str, Any]:
    """A customer's text message notification."""
    return _envelope(
        tenant,
        {
            "contacts": [{"profile": {"name": profile_name}, "wa_id": sender}],
            "messages": [
                {
                    "from": sender,
                    "id": wamid,
                    "timestamp": str(int(time.time())),
                    "type": "text",
                    "text": {"body": text},
                }
            ],
        },
    )


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
