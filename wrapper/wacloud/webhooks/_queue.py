"""Queues for "acknowledge first": a verified delivery is queued and answered 200 at once, workers handle it later.

Meta wants a fast 200 and redelivers anything slower or failed. With slow handlers, the listener can instead put
each verified body on a queue and answer at once; consumers take deliveries off the queue, run the handlers (with
the same claim → run → done de-duplication), and acknowledge a delivery only when every event is done. A failed
delivery is handed back and tried again later, since Meta will not resend what was answered 200.

- :class:`InProcessQueue` (the default when acknowledge-first is on): consumers in the same process. Fast, but a
  process that dies loses what it queued and had not handled yet.
- :class:`RedisStreamQueue` (``pip install 'wacloud[redis]'``): a Redis Stream with a consumer group shared by any
  number of processes and hosts. An entry stays pending until acknowledged, so a worker that dies between the 200
  and the handling loses nothing: another worker reclaims the entry once it has been idle for ``claim_idle``.

Another queue implements :class:`DeliveryQueue`.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import threading
from collections import deque
from dataclasses import dataclass, replace
from typing import Final, Protocol, runtime_checkable

from .._errors import ConfigurationError, WebhookError
from ._dedupe import check_duration

__all__ = ["DeliveryQueue", "InProcessQueue", "QueueFullError", "QueuedDelivery"]

logger = logging.getLogger("wacloud.webhooks")

#: The in-process queue's default bound (deliveries waiting, each up to ``max_body_bytes``).
DEFAULT_QUEUE_SIZE: Final = 10_000


class QueueFullError(WebhookError):
    """The queue cannot take another delivery now; the listener answers 503 so Meta redelivers it later."""


@dataclass(frozen=True, slots=True)
class QueuedDelivery:
    """One verified webhook body on a queue; ``attempt`` counts the times it was handed to a consumer."""

    id: str
    body: bytes
    attempt: int = 1


@runtime_checkable
class DeliveryQueue(Protocol):
    """What the listener needs from a queue. Producers call ``put`` (asyncio) or ``put_sync`` (threads, WSGI).

    ``receive`` hands out up to ``count`` deliveries, waiting at most ``wait`` seconds for one; every delivery it
    hands out must later be passed to ``ack`` (handled: forget it) or ``retry`` (hand it out again later,
    possibly to another consumer). A delivery that is neither (its consumer died) must come back by itself.
    """

    async def put(self, body: bytes) -> None:
        """Queue a verified body (raise :class:`QueueFullError` when it cannot be taken now)."""
        ...

    def put_sync(self, body: bytes) -> None:
        """Queue a verified body from synchronous code."""
        ...

    async def receive(self, consumer: str, count: int, wait: float) -> list[QueuedDelivery]:
        """Up to ``count`` deliveries for ``consumer``; an empty list after ``wait`` seconds without any."""
        ...

    async def ack(self, delivery: QueuedDelivery) -> None:
        """Forget a handled delivery."""
        ...

    async def retry(self, delivery: QueuedDelivery) -> None:
        """Hand a delivery out again later (a handler failed, or an event is in flight elsewhere)."""
        ...


class InProcessQueue:
    """A bounded queue in this process's memory, safe to fill from any thread and consumed on an event loop.

    A failed delivery comes back after ``retry_delay`` seconds, doubling per attempt up to ``max_retry_delay``;
    with ``max_attempts`` set, a delivery failing that often is dropped with an error log (by default it is
    retried for as long as the process lives). On shutdown the listener drains the queue first. Deliveries still
    queued when the process dies are lost: use :class:`RedisStreamQueue` when that matters.

    Example: ``webhooks.WebhookListener(acknowledge_first=webhooks.InProcessQueue(maxsize=50_000))``
    """

    def __init__(
        self,
        *,
        maxsize: int = DEFAULT_QUEUE_SIZE,
        retry_delay: float = 1.0,
        max_retry_delay: float = 300.0,
        max_attempts: int | None = None,
    ) -> None:
        if isinstance(maxsize, bool) or not isinstance(maxsize, int) or maxsize < 1:
            raise ConfigurationError(f"maxsize must be a positive number of deliveries, got {maxsize!r}.")
        if max_attempts is not None and (isinstance(max_attempts, bool) or not isinstance(max_attempts, int)):
            raise ConfigurationError(f"max_attempts must be a positive integer or None, got {max_attempts!r}.")
        if max_attempts is not None and max_attempts < 1:
            raise ConfigurationError(f"max_attempts must be a positive integer or None, got {max_attempts!r}.")
        self.maxsize = maxsize
        self.retry_delay: float = check_duration("retry_delay", retry_delay)
        self.max_retry_delay: float = check_duration("max_retry_delay", max_retry_delay)
        self.max_attempts = max_attempts
        self._items: deque[QueuedDelivery] = deque()
        self._waiters: deque[tuple[asyncio.AbstractEventLoop, asyncio.Future[None]]] = deque()
        self._lock = threading.Lock()
        self._ids = itertools.count(1)
        self._scheduled = 0  # retries waiting for their delay

    def __repr__(self) -> str:
        return f"InProcessQueue(maxsize={self.maxsize!r}, queued={len(self)}, max_attempts={self.max_attempts!r})"

    def __len__(self) -> int:
        """Deliveries queued or waiting for a retry."""
        with self._lock:
            return len(self._items) + self._scheduled

    def _push(self, delivery: QueuedDelivery, *, bounded: bool) -> None:
        with self._lock:
            if bounded and len(self._items) + self._scheduled >= self.maxsize:
                raise QueueFullError(f"the in-process webhook queue is full ({self.maxsize} deliveries)")
            self._items.append(delivery)
            while self._waiters:
                loop, waiter = self._waiters.popleft()
                if not waiter.done():
                    loop.call_soon_threadsafe(_wake, waiter)
                    break

    async def put(self, body: bytes) -> None:
        """Queue ``body`` (raises :class:`QueueFullError` when ``maxsize`` deliveries wait)."""
        self.put_sync(body)

    def put_sync(self, body: bytes) -> None:
        """Queue ``body`` from any thread."""
        self._push(QueuedDelivery(str(next(self._ids)), bytes(body)), bounded=True)

    async def receive(self, consumer: str, count: int, wait: float) -> list[QueuedDelivery]:  # noqa: ARG002
        """Up to ``count`` deliveries, waiting at most ``wait`` seconds for the first."""
        taken = self._take(count)
        if taken or wait <= 0:
            return taken
        loop = asyncio.get_running_loop()
        waiter: asyncio.Future[None] = loop.create_future()
        with self._lock:
            if not self._items:
                self._waiters.append((loop, waiter))
                waiting = True
            else:
                waiting = False
        if waiting:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(waiter, wait)
        return self._take(count)

    def _take(self, count: int) -> list[QueuedDelivery]:
        with self._lock:
            return [self._items.popleft() for _ in range(min(count, len(self._items)))]

    async def ack(self, delivery: QueuedDelivery) -> None:
        """Nothing to do: a handed-out delivery is no longer queued."""

    async def retry(self, delivery: QueuedDelivery) -> None:
        """Queue the delivery again after a back-off (or drop it, logged, past ``max_attempts``)."""
        if self.max_attempts is not None and delivery.attempt >= self.max_attempts:
            logger.error(
                "webhook delivery %s dropped after %d failed attempts (InProcessQueue max_attempts)",
                delivery.id,
                delivery.attempt,
            )
            return
        delay = min(self.max_retry_delay, self.retry_delay * 2 ** (delivery.attempt - 1))
        again = replace(delivery, attempt=delivery.attempt + 1)
        with self._lock:
            self._scheduled += 1

        def requeue() -> None:
            with self._lock:
                self._scheduled -= 1
            self._push(again, bounded=False)

        asyncio.get_running_loop().call_later(delay, requeue)


def _wake(waiter: asyncio.Future[None]) -> None:
    if not waiter.done():
        waiter.set_result(None)
