"""De-duplication of redelivered webhook events.

Meta retries a delivery until it gets a 200, for up to 7 days, so the same message or status can arrive more than
once. The listener asks a store whether an event's key was ``seen`` before calling handlers, and ``mark``\\ s it only
after every handler succeeded, so an event whose handler failed is processed again on redelivery.

The default :class:`InMemoryDedupeStore` is a bounded LRU for one process. Several workers or hosts need a shared
store: implement :class:`DedupeStore` (or :class:`AsyncDedupeStore`) over Redis, a database, … ::

    class RedisDedupe:
        def __init__(self, redis): self.redis = redis
        def seen(self, key: str) -> bool: return bool(self.redis.exists(f"wa:{key}"))
        def mark(self, key: str) -> None: self.redis.set(f"wa:{key}", 1, ex=8 * 24 * 3600)
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections import OrderedDict
from typing import Protocol, runtime_checkable

from ._events import ErrorEvent, Event, Message, Status, WebhookEvent

__all__ = ["AsyncDedupeStore", "DedupeStore", "InMemoryDedupeStore", "dedupe_key"]

DEFAULT_DEDUPE_SIZE = 10_000


@runtime_checkable
class DedupeStore(Protocol):
    """Remembers which events were processed. ``seen`` must not have side effects; ``mark`` records a key."""

    def seen(self, key: str) -> bool:
        """Return ``True`` if ``key`` was marked before."""
        ...

    def mark(self, key: str) -> None:
        """Remember ``key`` (the event's handlers all succeeded)."""
        ...


@runtime_checkable
class AsyncDedupeStore(Protocol):
    """The asyncio flavour of :class:`DedupeStore` (only usable with the ASGI app)."""

    async def seen(self, key: str) -> bool:
        """Return ``True`` if ``key`` was marked before."""
        ...

    async def mark(self, key: str) -> None:
        """Remember ``key``."""
        ...


class InMemoryDedupeStore:
    """A thread-safe, bounded LRU set of keys: the oldest keys are forgotten beyond ``max_size``.

    Example: ``listener = webhooks.WebhookListener(dedupe=webhooks.InMemoryDedupeStore(max_size=50_000))``
    """

    __slots__ = ("_keys", "_lock", "max_size")

    def __init__(self, max_size: int = DEFAULT_DEDUPE_SIZE) -> None:
        if max_size < 1:
            raise ValueError("max_size must be at least 1")
        self.max_size = max_size
        self._keys: OrderedDict[str, None] = OrderedDict()
        self._lock = threading.Lock()

    def seen(self, key: str) -> bool:
        """Return ``True`` if ``key`` was marked and not evicted yet."""
        with self._lock:
            if key in self._keys:
                self._keys.move_to_end(key)
                return True
            return False

    def mark(self, key: str) -> None:
        """Remember ``key``, evicting the least recently used key when full."""
        with self._lock:
            self._keys[key] = None
            self._keys.move_to_end(key)
            while len(self._keys) > self.max_size:
                self._keys.popitem(last=False)

    def __len__(self) -> int:
        with self._lock:
            return len(self._keys)


def dedupe_key(event: WebhookEvent) -> str | None:
    """The redelivery key of an event: ``message:<wamid>``, ``status:<wamid>:<status>[:<participant>]``, or a hash.

    Messages and statuses use Meta's ids; a group receipt adds the participant it is for. Errors and other events carry no id, so their key is a hash of the
    WhatsApp Business Account id, the trigger time (or the item's ``timestamp``) and the content; without any time
    there is no key.

    Example: ``webhooks.dedupe_key(notification.messages[0])  # 'message:wamid.HBg…'``
    """
    if isinstance(event, Message):
        return None if event.id is None else f"message:{event.id}"
    if isinstance(event, Status):
        if event.id is None:
            return None
        # A group message gets one receipt per participant, several in one delivery: the participant makes each
        # unique (older keys, of statuses without a participant, stay as they were).
        participant = event.participant_user_id or event.participant_id
        if participant is None:
            return f"status:{event.id}:{event.status}"
        return f"status:{event.id}:{event.status}:{participant}"
    if isinstance(event, ErrorEvent):
        return None  # errors have neither an id nor a time; re-delivering them to a handler is harmless
    when = event._time if isinstance(event, Event) and event._time is not None else event.raw.get("timestamp")
    if isinstance(event, Event) and isinstance(when, int | str):
        try:
            content = json.dumps(event.raw, sort_keys=True, separators=(",", ":"), default=str)
        except (ValueError, RecursionError):
            return None
        digest = hashlib.sha256(content.encode("utf-8", "surrogatepass")).hexdigest()[:32]
        return f"event:{event.field}:{event.waba_id}:{when}:{digest}"
    return None
