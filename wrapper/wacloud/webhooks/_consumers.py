"""Queue consumers of the acknowledge-first mode: tasks that take deliveries off the queue and handle them.

They run on the ASGI app's event loop (started by the lifespan or the first POST), on a background thread with its
own loop (the WSGI app), or in a worker process of their own (:meth:`WebhookListener.run_consumers`).
"""

from __future__ import annotations

import asyncio
import atexit
import logging
import threading
import time
from collections.abc import Awaitable, Callable, Sequence, Sized

from .._errors import WebhookPayloadError
from ._dispatch import Outcome, default_consumer_name
from ._events import WebhookEvent
from ._parse import parse_webhook
from ._queue import DeliveryQueue, QueuedDelivery

__all__ = ["Consumers"]

logger = logging.getLogger("wacloud.webhooks")

#: How long a receive waits before checking whether to stop.
_POLL_SECONDS = 0.5


class Consumers:
    """``count`` consumer tasks over one queue; stoppable from any thread, draining in-process queues first."""

    def __init__(
        self,
        queue: DeliveryQueue,
        deliver: Callable[[Sequence[WebhookEvent]], Awaitable[Outcome]],
        count: int,
        drain_timeout: float,
    ) -> None:
        self.queue = queue
        self._deliver = deliver
        self.count = count
        self.drain_timeout = drain_timeout
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._tasks: list[asyncio.Task[None]] = []
        self._thread: threading.Thread | None = None
        self._started = False

    async def run(self) -> None:
        """Run the consumers on the current loop until :meth:`stop` (blocks the caller, not the loop)."""
        with self._lock:
            self._started = True
        names = [default_consumer_name(index) for index in range(self.count)]
        try:
            await asyncio.gather(*(self._consume(name) for name in names))
        finally:
            await self._close_queue()

    def start_in_loop(self) -> None:
        """Start the consumers as tasks of the running loop (once)."""
        with self._lock:
            if self._started or self.count == 0:
                return
            self._started = True
        names = [default_consumer_name(index) for index in range(self.count)]
        self._tasks = [asyncio.get_running_loop().create_task(self._consume(name)) for name in names]

    def start_thread(self) -> None:
        """Start the consumers on a background thread with a loop of its own (once)."""
        with self._lock:
            if self._started or self.count == 0:
                return
            self._started = True
        names = [default_consumer_name(index) for index in range(self.count)]

        async def main() -> None:
            await asyncio.gather(*(self._consume(name) for name in names))
            await self._close_queue()

        self._thread = threading.Thread(target=asyncio.run, args=(main(),), name="wacloud-webhook-consumers")
        self._thread.daemon = True
        self._thread.start()
        # WSGI servers rarely say when they stop: drain what was already answered 200 when the interpreter exits.
        atexit.register(self.join, self.drain_timeout + 5)

    def request_stop(self) -> None:
        """Ask every consumer to finish (in-process queues are drained first, within ``drain_timeout``)."""
        self._stop.set()

    async def stop(self) -> None:
        """Stop the consumers started on this loop and wait for them."""
        self.request_stop()
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
            self._tasks = []
        if self._thread is None:  # a consumer thread closes the queue on its own loop
            await self._close_queue()

    async def _close_queue(self) -> None:
        # Connections a queue opened on this loop must be closed on it (RedisStreamQueue made from a URL).
        close = getattr(self.queue, "aclose", None)
        if close is not None:
            try:
                await close()
            except Exception:
                logger.exception("webhook queue could not be closed")

    def join(self, timeout: float | None = None) -> None:
        """Stop a background thread's consumers and wait for them."""
        self.request_stop()
        if self._thread is not None:
            self._thread.join(timeout)

    def _should_run(self, deadline: list[float]) -> bool:
        if not self._stop.is_set():
            return True
        if not deadline:
            deadline.append(time.monotonic() + self.drain_timeout)
        # An in-process queue dies with the process: drain it before stopping, within the timeout.
        remaining = len(self.queue) if isinstance(self.queue, Sized) else 0
        if remaining and time.monotonic() < deadline[0]:
            return True
        if remaining:
            logger.error("webhook queue stopped with %d deliveries not handled (drain timeout)", remaining)
        return False

    async def _consume(self, name: str) -> None:
        deadline: list[float] = []
        while self._should_run(deadline):
            try:
                batch = await self.queue.receive(name, 1, _POLL_SECONDS)
            except Exception:
                logger.exception("webhook queue receive failed; retrying in 1 s")
                await asyncio.sleep(1.0)
                continue
            for delivery in batch:
                await self._handle(delivery)

    async def _handle(self, delivery: QueuedDelivery) -> None:
        try:
            events = parse_webhook(delivery.body).all
        except WebhookPayloadError:
            # Verified and parsed when accepted, so only a foreign producer gets here: nothing to retry.
            logger.error("webhook queue delivery %s is not a WhatsApp notification: dropped", delivery.id)
            await self._settle(delivery, Outcome.HANDLED)
            return
        try:
            outcome = await self._deliver(events)
        except Exception:
            logger.exception("webhook queue delivery %s failed", delivery.id)
            outcome = Outcome.FAILED
        await self._settle(delivery, outcome)

    async def _settle(self, delivery: QueuedDelivery, outcome: Outcome) -> None:
        try:
            if outcome is Outcome.HANDLED:
                await self.queue.ack(delivery)
            else:
                await self.queue.retry(delivery)
        except Exception:
            # The delivery comes back (pending entry / in-process retry); its done events are skipped then.
            logger.exception("webhook queue could not settle delivery %s", delivery.id)
