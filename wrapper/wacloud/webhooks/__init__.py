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
  so keep handlers short, or turn on ``acknowledge_first`` (below): Meta expects a fast 200. On the ASGI app a
  delivery that needs a plain function makes one hop to a worker pool (``max_workers``, or your ``executor``).
- If a handler raises, the exception is logged on the ``wacloud.webhooks`` logger with the event id, the other
  events are still processed, and the listener answers **500** so Meta redelivers the batch.
- De-duplication is claim → run → done (see :class:`DedupeStore`): each event's key (the message id; status id,
  status and recipient/participant; a content hash for other fields) is claimed atomically with a lease before
  its handlers run, marked done after they succeed (kept 7 days, as long as Meta redelivers), and released when
  one fails, so a redelivery runs only the failed events. A redelivery that finds an event still in flight (a
  concurrent copy, another worker) is answered **409** so that Meta tries again later. The default store is in
  memory, per process; workers and hosts share :class:`RedisDedupeStore` / :class:`AsyncRedisDedupeStore`. A
  failing store never loses events: a failed claim counts as claimed.
- ``acknowledge_first``: every verified delivery is put on a queue (:class:`InProcessQueue`, or
  :class:`RedisStreamQueue` shared by any number of worker processes) and answered 200 at once; consumers handle
  it with the same de-duplication and retry it until it succeeds. A full or unreachable queue answers 503.
- Signatures are checked over the raw body with ``WA_APP_SECRET``; ``verify_signatures=False`` exists for local
  development only. Bodies over ``max_body_bytes`` (3 MiB: Meta's payloads go up to 3 MB) get 413, non-JSON
  bodies 400, bad or repeated signatures 403.
- Neither the app secret nor the verify token is ever logged or put in an exception.
"""

from __future__ import annotations

from .._errors import InvalidSignatureError, WebhookError, WebhookPayloadError, WebhookVerificationError
from . import _generated_views
from ._dedupe import (
    DEFAULT_LEASE_SECONDS,
    DEFAULT_RETENTION_SECONDS,
    AsyncDedupeStore,
    ClaimState,
    DedupeStore,
    InMemoryDedupeStore,
    dedupe_key,
)
from ._dedupe_redis import AsyncRedisDedupeStore, RedisDedupeStore
from ._events import Event, UnknownEvent, UnknownMessage, WebhookEvent
from ._format import format_event_line, mask_phone
from ._generated_views import *  # noqa: F403  # every view generated from spec/, named in its __all__
from ._listener import DEFAULT_MAX_BODY_BYTES, ListenerResponse, WebhookListener
from ._parse import WHATSAPP_OBJECT, Notification, parse_webhook
from ._queue import DeliveryQueue, InProcessQueue, QueuedDelivery, QueueFullError
from ._queue_redis import RedisStreamQueue
from ._serve import serve
from ._verify import SIGNATURE_HEADER, sign_payload, verify_signature, verify_subscription

__all__ = [
    "DEFAULT_LEASE_SECONDS",
    "DEFAULT_MAX_BODY_BYTES",
    "DEFAULT_RETENTION_SECONDS",
    "SIGNATURE_HEADER",
    "WHATSAPP_OBJECT",
    "AsyncDedupeStore",
    "AsyncRedisDedupeStore",
    "ClaimState",
    "DedupeStore",
    "DeliveryQueue",
    "Event",
    "InMemoryDedupeStore",
    "InProcessQueue",
    "InvalidSignatureError",
    "ListenerResponse",
    "Notification",
    "QueueFullError",
    "QueuedDelivery",
    "RedisDedupeStore",
    "RedisStreamQueue",
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
