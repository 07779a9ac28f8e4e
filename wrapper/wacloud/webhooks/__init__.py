"""Receive WhatsApp webhooks: verify, parse, de-duplicate and dispatch them.

Three building blocks, usable from any web framework::

    challenge = webhooks.verify_subscription(request.query, verify_token)     # GET handshake
    webhooks.verify_signature(raw_body, request.headers.get("X-Hub-Signature-256"), app_secret)  # POST
    notification = webhooks.parse_webhook(raw_body)
    for message in notification.messages: ...

and a ready endpoint, :class:`WebhookListener`, exposed as an ASGI app (``listener.asgi``) and a WSGI app
(``listener.wsgi``), served with :func:`serve` (uvicorn) or mounted in FastAPI, Flask, Django ...

Parsing. :func:`parse_webhook` returns a :class:`Notification` whose ``messages``, ``statuses``, ``errors`` and
``events`` cover *every* entry and change of the batch, in order. The objects are lazy views over the decoded JSON
(``.raw``): missing or mistyped keys read as ``None``; message types and webhook fields that this version does not
know arrive as :class:`UnknownMessage` / :class:`UnknownEvent` with their raw dict, never dropped, never raising.

Delivery policy of the listener.

- Every event of a POST is dispatched, in order, to the handlers of its kind (``on_message``, ``on_status``,
  ``on_error``, ``on_event``); handlers may be functions or coroutines. The answer is sent when they are done,
  so keep handlers short (hand slow work to a queue): Meta expects a fast 200.
- If a handler raises, the exception is logged on the ``wacloud.webhooks`` logger with the event id, the other
  events are still processed, and the listener answers **500** so Meta redelivers the batch.
- De-duplication: Meta redelivers for days, so each event has a key (message id; status id + status; a content
  hash for other fields). A key is recorded only after all handlers of that event succeeded, so on redelivery the
  succeeded events are skipped and the failed ones run again (at-least-once; handlers should be idempotent). The
  default store is an in-memory LRU of 10,000 keys per process; plug a shared one (Redis ...) with
  :class:`DedupeStore` / :class:`AsyncDedupeStore`. A failing store never loses events: a failed lookup counts as
  "not seen".
- Signatures are checked over the raw body with ``WA_APP_SECRET``; ``verify_signatures=False`` exists for local
  development only. Bodies over ``max_body_bytes`` (1 MiB) get 413, non-JSON bodies 400, bad signatures 403.
- Neither the app secret nor the verify token is ever logged or put in an exception.
"""

from __future__ import annotations

from .._errors import InvalidSignatureError, WebhookError, WebhookPayloadError, WebhookVerificationError
from . import _generated_views
from ._dedupe import AsyncDedupeStore, DedupeStore, InMemoryDedupeStore, dedupe_key
from ._events import Event, UnknownEvent, UnknownMessage, WebhookEvent
from ._format import format_event_line, mask_phone
from ._generated_views import *  # noqa: F403  # every view generated from spec/, named in its __all__
from ._listener import DEFAULT_MAX_BODY_BYTES, ListenerResponse, WebhookListener
from ._parse import WHATSAPP_OBJECT, Notification, parse_webhook
from ._serve import serve
from ._verify import SIGNATURE_HEADER, sign_payload, verify_signature, verify_subscription

__all__ = [
    "DEFAULT_MAX_BODY_BYTES",
    "SIGNATURE_HEADER",
    "WHATSAPP_OBJECT",
    "AsyncDedupeStore",
    "DedupeStore",
    "Event",
    "InMemoryDedupeStore",
    "InvalidSignatureError",
    "ListenerResponse",
    "Notification",
    "UnknownEvent",
    "UnknownMessage",
    "WebhookError",
    "WebhookEvent",
    "WebhookListener",
    "WebhookPayloadError",
    "WebhookVerificationError",
    "dedupe_key",
    "format_event_line",
    "mask_phone",
    "parse_webhook",
    "serve",
    "sign_payload",
    "verify_signature",
    "verify_subscription",
]
__all__ += _generated_views.__all__
