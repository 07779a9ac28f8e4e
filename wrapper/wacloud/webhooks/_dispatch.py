"""Running one delivery's events through their handlers, with claim → run → done de-duplication.

A delivery is handled on the event loop when every handler it needs is a coroutine and the store does not block;
otherwise the whole delivery makes **one** hop to the worker pool (not one per event), and the coroutine handlers
and asyncio stores it meets there hop back to the loop. The WSGI app runs deliveries on the server's own thread.
"""

from __future__ import annotations

import asyncio
import enum
import inspect
import logging
import os
import uuid
from collections.abc import Awaitable, Callable, Sequence
from concurrent.futures import Executor, ThreadPoolExecutor
from typing import Any

from .._errors import ConfigurationError
from ._dedupe import (
    CLAIMED,
    DONE,
    IN_FLIGHT,
    AsyncDedupeStore,
    ClaimState,
    DedupeStore,
    InMemoryDedupeStore,
    dedupe_key,
)
from ._events import ErrorEvent, Message, Status, WebhookEvent

__all__ = ["DEFAULT_MAX_WORKERS", "Dispatcher", "Outcome"]

logger = logging.getLogger("wacloud.webhooks")

#: Threads for synchronous handlers (one delivery holds one thread while its handlers run).
DEFAULT_MAX_WORKERS = 32

Handler = Callable[[Any], object]


class Outcome(enum.Enum):
    """How a delivery ended, and the status code answered to Meta for it."""

    HANDLED = 200  #: every event is done (now or before)
    BUSY = 409  #: an event is being handled elsewhere right now: Meta must redeliver later
    FAILED = 500  #: a handler raised: Meta must redeliver


def describe(event: WebhookEvent) -> str:
    """Identify an event in logs without its content (no message text, no secrets)."""
    if isinstance(event, Message):
        return f"message {event.id}"
    if isinstance(event, Status):
        return f"status {event.id} {event.status}"
    if isinstance(event, ErrorEvent):
        return f"error {event.code}"
    return f"event {getattr(event, 'field', 'unknown')}"


def is_async_callable(handler: object) -> bool:
    """``True`` for coroutine functions and objects whose ``__call__`` is one."""
    return inspect.iscoroutinefunction(handler) or inspect.iscoroutinefunction(getattr(handler, "__call__", None))  # noqa: B004


async def _awaited(value: Awaitable[Any]) -> Any:
    return await value


def _resolve(value: Awaitable[Any], loop: asyncio.AbstractEventLoop | None) -> Any:
    """Finish an awaitable from a worker thread: on the app's loop when there is one, else on a fresh loop (WSGI)."""
    if loop is None:
        return asyncio.run(_awaited(value))
    return asyncio.run_coroutine_threadsafe(_awaited(value), loop).result()


def _checked(state: object) -> ClaimState:
    if state in (CLAIMED, DONE, IN_FLIGHT):
        return state
    raise TypeError(f"a de-duplication store's claim() must answer 'claimed', 'done' or 'in_flight', not {state!r}")


def _token() -> str:
    return uuid.uuid4().hex


class Dispatcher:
    """Handlers per kind, the de-duplication store and the worker pool of one listener."""

    def __init__(
        self,
        store: DedupeStore | AsyncDedupeStore | None,
        *,
        executor: Executor | None = None,
        max_workers: int | None = None,
    ) -> None:
        if store is not None and not callable(getattr(store, "claim", None)):
            legacy = callable(getattr(store, "seen", None)) and callable(getattr(store, "mark", None))
            raise ConfigurationError(
                "dedupe= must implement claim/complete/release (webhooks.DedupeStore or AsyncDedupeStore)"
                + (": seen/mark stores are check-then-act and run a concurrent redelivery twice." if legacy else ".")
            )
        if max_workers is not None and (
            isinstance(max_workers, bool) or not isinstance(max_workers, int) or max_workers < 1
        ):
            raise ConfigurationError(f"max_workers must be a positive number of threads, got {max_workers!r}.")
        if executor is not None and max_workers is not None:
            raise ConfigurationError("Pass either executor= or max_workers=, not both.")
        self.store = store
        self._store_is_async = store is not None and inspect.iscoroutinefunction(store.claim)
        # A synchronous store other than the in-memory one does I/O: keep it off the event loop.
        self._store_blocks = (
            store is not None and not self._store_is_async and not isinstance(store, InMemoryDedupeStore)
        )
        self.handlers: dict[str, list[tuple[Handler, bool]]] = {"message": [], "status": [], "error": [], "event": []}
        self._executor = executor
        self._owns_executor = executor is None
        self.max_workers = max_workers or DEFAULT_MAX_WORKERS

    def add(self, kind: str, handler: Handler) -> None:
        """Register ``handler`` for events of ``kind``."""
        self.handlers[kind].append((handler, is_async_callable(handler)))

    @property
    def executor(self) -> Executor:
        """The pool synchronous handlers run in (made on first use unless one was given)."""
        if self._executor is None:
            self._executor = ThreadPoolExecutor(self.max_workers, thread_name_prefix="wacloud-webhooks")
        return self._executor

    def close(self) -> None:
        """Shut down the pool this dispatcher made (a given executor is left to its owner)."""
        if self._owns_executor and self._executor is not None:
            self._executor.shutdown(wait=False)
            self._executor = None

    def _needs_thread(self, events: Sequence[WebhookEvent]) -> bool:
        handlers = self.handlers
        for kind in {event.kind for event in events}:
            entries = handlers[kind]
            if not entries:
                continue
            if self._store_blocks or not all(is_async for _, is_async in entries):
                return True
        return False

    def _unhandled(self, event: WebhookEvent) -> None:
        if isinstance(event, ErrorEvent):
            logger.warning(
                "webhook error %s (%s) for phone number %s and no on_error handler",
                event.code,
                event.title,
                event.phone_number_id,
            )

    @staticmethod
    def _log_failure(event: WebhookEvent) -> None:
        logger.exception("webhook handler failed for %s; answering so that it is delivered again", describe(event))

    # -- on the event loop --------------------------------------------------------------------------------------

    async def deliver(self, events: Sequence[WebhookEvent]) -> Outcome:
        """Handle one delivery from asyncio code (the ASGI app, queue consumers)."""
        if not events:
            return Outcome.HANDLED
        if self._needs_thread(events):
            loop = asyncio.get_running_loop()
            return await loop.run_in_executor(self.executor, self.deliver_blocking, events, loop)
        token = _token()
        failed = busy = False
        store = self.store
        for event in events:
            entries = self.handlers[event.kind]
            if not entries:
                self._unhandled(event)
                continue
            key = dedupe_key(event) if store is not None else None
            if key is not None:
                state = await self._claim(key, token)
                if state == DONE:
                    continue
                if state == IN_FLIGHT:
                    busy = True
                    continue
            ok = True
            for handler, _ in entries:  # all coroutine functions on this path
                try:
                    await handler(event)  # type: ignore[misc]
                except Exception:
                    self._log_failure(event)
                    ok = False
                    break
            if key is not None:
                await self._finish(key, token, ok)
            failed = failed or not ok
        return Outcome.FAILED if failed else Outcome.BUSY if busy else Outcome.HANDLED

    async def _claim(self, key: str, token: str) -> ClaimState:
        try:
            result: Any = self.store.claim(key, token)  # type: ignore[union-attr]
            if inspect.isawaitable(result):
                result = await result
            return _checked(result)
        except Exception:
            logger.exception("webhook de-duplication claim failed; handling the event anyway")
            return CLAIMED

    async def _finish(self, key: str, token: str, ok: bool) -> None:
        store = self.store
        try:
            result: Any = store.complete(key, token) if ok else store.release(key, token)  # type: ignore[union-attr]
            if inspect.isawaitable(result):
                await result
        except Exception:
            logger.exception("webhook de-duplication store failed to record an event")

    # -- on a thread ------------------------------------------------------------------------------------------

    def deliver_blocking(self, events: Sequence[WebhookEvent], loop: asyncio.AbstractEventLoop | None) -> Outcome:
        """Handle one delivery on the calling thread; coroutines go to ``loop`` (or a fresh loop when ``None``)."""
        token = _token()
        failed = busy = False
        store = self.store
        for event in events:
            entries = self.handlers[event.kind]
            if not entries:
                self._unhandled(event)
                continue
            key = dedupe_key(event) if store is not None else None
            if key is not None:
                state = self._claim_blocking(key, token, loop)
                if state == DONE:
                    continue
                if state == IN_FLIGHT:
                    busy = True
                    continue
            ok = True
            for handler, is_async in entries:
                try:
                    result = handler(event)
                    if is_async or inspect.isawaitable(result):
                        _resolve(result, loop)  # type: ignore[arg-type]
                except Exception:
                    self._log_failure(event)
                    ok = False
                    break
            if key is not None:
                self._finish_blocking(key, token, ok, loop)
            failed = failed or not ok
        return Outcome.FAILED if failed else Outcome.BUSY if busy else Outcome.HANDLED

    def _claim_blocking(self, key: str, token: str, loop: asyncio.AbstractEventLoop | None) -> ClaimState:
        try:
            result: Any = self.store.claim(key, token)  # type: ignore[union-attr]
            if inspect.isawaitable(result):
                result = _resolve(result, loop)
            return _checked(result)
        except Exception:
            logger.exception("webhook de-duplication claim failed; handling the event anyway")
            return CLAIMED

    def _finish_blocking(self, key: str, token: str, ok: bool, loop: asyncio.AbstractEventLoop | None) -> None:
        store = self.store
        try:
            result: Any = store.complete(key, token) if ok else store.release(key, token)  # type: ignore[union-attr]
            if inspect.isawaitable(result):
                _resolve(result, loop)
        except Exception:
            logger.exception("webhook de-duplication store failed to record an event")


def default_consumer_name(index: int) -> str:
    """A consumer name unique per host, process and consumer task."""
    return f"{os.uname().nodename}-{os.getpid()}-{index}"
