"""Running one delivery's events through their handlers, with claim → run → done de-duplication.

A delivery is handled on the event loop when every handler it needs is a coroutine and the store does not block;
otherwise the whole delivery makes **one** hop to the worker pool (not one per event), and the coroutine handlers
and asyncio stores it meets there hop back to the loop. The WSGI app runs deliveries on the server's own thread.
"""

from __future__ import annotations

import asyncio
import enum
import inspect
import itertools
import logging
import os
from collections.abc import Awaitable, Callable, Sequence
from concurrent.futures import Executor
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
from ._pool import HandlerPool

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


# Run tokens: a random per-process prefix and a counter (uuid4 per delivery costs more than the rest of a claim).
# A forked child draws a new prefix, so two processes never hand out the same token.
_token_prefix = os.urandom(8).hex()
_token_counter = itertools.count()


def _new_token_prefix() -> None:
    global _token_prefix
    _token_prefix = os.urandom(8).hex()


os.register_at_fork(after_in_child=_new_token_prefix)


def _token() -> str:
    return f"{_token_prefix}-{next(_token_counter)}"


Planned = list[tuple[WebhookEvent, list[tuple[Handler, bool]], str | None]]


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
        # The in-memory store is claimed and finished once per delivery, under one lock (it cannot outlive a crash).
        self._memory = store if isinstance(store, InMemoryDedupeStore) else None
        store_is_async = store is not None and inspect.iscoroutinefunction(store.claim)
        # A synchronous store other than the in-memory one does I/O: keep it off the event loop.
        self._store_blocks = store is not None and not store_is_async and self._memory is None
        self.handlers: dict[str, list[tuple[Handler, bool]]] = {"message": [], "status": [], "error": [], "event": []}
        #: Event kinds whose deliveries go to the worker pool (a plain-function handler, or a blocking store).
        self._thread_kinds: frozenset[str] = frozenset()
        self._only_threads = False
        self._executor = executor
        self._owns_executor = executor is None
        self.max_workers = max_workers or DEFAULT_MAX_WORKERS

    def add(self, kind: str, handler: Handler) -> None:
        """Register ``handler`` for events of ``kind``."""
        self.handlers[kind].append((handler, is_async_callable(handler)))
        self._thread_kinds = frozenset(
            name
            for name, entries in self.handlers.items()
            if entries and (self._store_blocks or not all(is_async for _, is_async in entries))
        )
        self._only_threads = bool(self._thread_kinds) and all(
            name in self._thread_kinds for name, entries in self.handlers.items() if entries
        )

    @property
    def only_threads(self) -> bool:
        """Whether every delivery with a handled event goes to the worker pool (no kind is handled on the loop)."""
        return self._only_threads

    async def in_thread(self, fn: Callable[..., Any], *args: Any) -> Any:
        """``fn(*args)`` on the worker pool, awaited from the event loop (one hand-off)."""
        loop = asyncio.get_running_loop()
        executor = self.executor
        if isinstance(executor, HandlerPool):  # the direct hand-off (see _pool.py)
            return await executor.run(loop, fn, *args)
        return await loop.run_in_executor(executor, fn, *args)

    @property
    def executor(self) -> Executor:
        """The pool synchronous handlers run in (made on first use unless one was given)."""
        if self._executor is None:
            self._executor = HandlerPool(self.max_workers, thread_name_prefix="wacloud-webhooks")
        return self._executor

    def close(self) -> None:
        """Shut down the pool this dispatcher made (a given executor is left to its owner)."""
        if self._owns_executor and self._executor is not None:
            self._executor.shutdown(wait=False)
            self._executor = None

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

    def _plan(self, events: Sequence[WebhookEvent]) -> Planned:
        """The events that have handlers, in order, with their keys (``None`` without de-duplication)."""
        handlers = self.handlers
        keyed = self.store is not None
        planned: Planned = []
        for event in events:
            entries = handlers[event.kind]
            if not entries:
                self._unhandled(event)
                continue
            planned.append((event, entries, dedupe_key(event) if keyed else None))
        return planned

    def _claim_memory(self, planned: Planned, token: str) -> tuple[Planned, bool]:
        """Claim every key of the delivery at once; returns what to run and whether something is in flight."""
        keys = [item[2] for item in planned if item[2] is not None]
        if not keys:
            return planned, False
        states = self._memory.claim_many(keys, token)  # type: ignore[union-attr]
        if len(keys) == len(planned) and states.count(CLAIMED) == len(states):
            return planned, False  # the common case: a new delivery, every event claimed
        remaining = iter(states)
        runnable: Planned = []
        busy = False
        for item in planned:
            if item[2] is None:
                runnable.append(item)
                continue
            state = next(remaining)
            if state == CLAIMED:
                runnable.append(item)
            elif state == IN_FLIGHT:
                busy = True
        return runnable, busy

    # -- on the event loop --------------------------------------------------------------------------------------

    async def deliver(self, events: Sequence[WebhookEvent]) -> Outcome:
        """Handle one delivery from asyncio code (the ASGI app, queue consumers)."""
        thread_kinds = self._thread_kinds
        if thread_kinds:
            for event in events:
                if event.kind in thread_kinds:
                    outcome: Outcome = await self.in_thread(self.deliver_blocking, events, asyncio.get_running_loop())
                    return outcome
        token = _token()
        planned = self._plan(events)
        memory = self._memory
        if memory is not None and len(planned) == 1:  # the common one-event delivery, without the lists
            event, entries, key = planned[0]
            if key is not None:
                state = memory.claim(key, token)
                if state != CLAIMED:
                    return Outcome.HANDLED if state == DONE else Outcome.BUSY
            ok = await self._run(event, entries)
            if key is not None:
                if ok:
                    memory.complete(key, token)
                else:
                    memory.release(key, token)
            return Outcome.HANDLED if ok else Outcome.FAILED
        if memory is not None:
            runnable, busy = self._claim_memory(planned, token)
            completed: list[str] = []
            released: list[str] = []
            failed = False
            for event, entries, key in runnable:
                ok = await self._run(event, entries)
                if key is not None:
                    (completed if ok else released).append(key)
                failed = failed or not ok
            if completed or released:
                memory.finish_many(completed, released, token)
            return Outcome.FAILED if failed else Outcome.BUSY if busy else Outcome.HANDLED
        failed = busy = False
        for event, entries, key in planned:
            if key is not None:
                state = await self._claim(key, token)
                if state == DONE:
                    continue
                if state == IN_FLIGHT:
                    busy = True
                    continue
            ok = await self._run(event, entries)
            if key is not None:
                await self._finish(key, token, ok)
            failed = failed or not ok
        return Outcome.FAILED if failed else Outcome.BUSY if busy else Outcome.HANDLED

    async def _run(self, event: WebhookEvent, entries: list[tuple[Handler, bool]]) -> bool:
        for handler, _ in entries:  # only coroutine functions on the event loop (see _thread_kinds)
            try:
                await handler(event)  # type: ignore[misc]
            except Exception:
                self._log_failure(event)
                return False
        return True

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

    def _run_blocking(self, event: WebhookEvent, entries: list[tuple[Handler, bool]], loop: Any) -> bool:
        for handler, is_async in entries:
            try:
                result = handler(event)
                if is_async or (result is not None and inspect.isawaitable(result)):
                    _resolve(result, loop)  # type: ignore[arg-type]
            except Exception:
                self._log_failure(event)
                return False
        return True

    def deliver_blocking(self, events: Sequence[WebhookEvent], loop: asyncio.AbstractEventLoop | None) -> Outcome:
        """Handle one delivery on the calling thread; coroutines go to ``loop`` (or a fresh loop when ``None``)."""
        token = _token()
        planned = self._plan(events)
        run = self._run_blocking
        if self._memory is not None:
            runnable, busy = self._claim_memory(planned, token)
            completed: list[str] = []
            released: list[str] = []
            failed = False
            for event, entries, key in runnable:
                if len(entries) == 1 and not entries[0][1]:  # one plain function: the common case, inlined
                    try:
                        result = entries[0][0](event)
                        if result is not None and inspect.isawaitable(result):
                            _resolve(result, loop)
                        ok = True
                    except Exception:
                        self._log_failure(event)
                        ok = False
                else:
                    ok = run(event, entries, loop)
                if key is not None:
                    (completed if ok else released).append(key)
                failed = failed or not ok
            if completed or released:
                self._memory.finish_many(completed, released, token)
            return Outcome.FAILED if failed else Outcome.BUSY if busy else Outcome.HANDLED
        failed = busy = False
        for event, entries, key in planned:
            if key is not None:
                state = self._claim_blocking(key, token, loop)
                if state == DONE:
                    continue
                if state == IN_FLIGHT:
                    busy = True
                    continue
            ok = run(event, entries, loop)
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
