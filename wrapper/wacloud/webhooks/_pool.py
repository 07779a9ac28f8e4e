"""``HandlerPool``: the threads synchronous webhook handlers run in, with a direct hand-off from the event loop.

``loop.run_in_executor(ThreadPoolExecutor)`` goes through a ``concurrent.futures.Future`` (a condition variable,
callbacks) and ``asyncio.wrap_future`` (a second future chained to the first) before the result reaches the
loop. :meth:`HandlerPool.run` puts the call on the queue with the loop's own future and the worker settles that
future with one ``call_soon_threadsafe``: about a fifth less CPU per hand-off (``make bench`` shows both). The pool
is a complete :class:`concurrent.futures.Executor` too (``submit``, ``map``, ``shutdown``), for code that wants one.

Its threads are daemon threads: an ASGI server finishes its in-flight requests (each waiting on its handlers)
before the lifespan shutdown closes the listener, and a process killed mid-handler loses nothing either, since
that delivery was never answered 200 and its claim expires, so Meta's redelivery runs it.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Executor, Future
from typing import Any, TypeVar

__all__ = ["HandlerPool"]

T = TypeVar("T")

_pool_numbers = itertools.count()


def _settle(future: asyncio.Future[Any] | Future[Any], result: Any, error: BaseException | None) -> None:
    if future.cancelled():  # the request went away while its handlers ran (asyncio futures only)
        return
    if error is not None:
        future.set_exception(error)
    else:
        future.set_result(result)


class HandlerPool(Executor):
    """Up to ``max_workers`` threads, started as the load needs them, all waiting on one queue."""

    def __init__(self, max_workers: int, thread_name_prefix: str = "wacloud-webhooks") -> None:
        if max_workers < 1:
            raise ValueError("max_workers must be at least 1")
        self.max_workers = max_workers
        self._prefix = f"{thread_name_prefix}-{next(_pool_numbers)}"
        self._queue: queue.SimpleQueue[tuple[Any, ...] | None] = queue.SimpleQueue()
        self._idle = threading.Semaphore(0)  # released by a worker each time it finishes an item
        self._threads: list[threading.Thread] = []
        self._lock = threading.Lock()
        self._closed = False

    def __repr__(self) -> str:
        return f"HandlerPool(max_workers={self.max_workers}, threads={len(self._threads)})"

    def run(self, loop: asyncio.AbstractEventLoop, fn: Callable[..., T], *args: Any) -> asyncio.Future[T]:
        """Run ``fn(*args)`` on a pool thread; the returned future (of ``loop``) gets its result or exception."""
        future: asyncio.Future[T] = loop.create_future()
        self._put((future, loop, fn, args, {}))
        return future

    def submit(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> Future[T]:
        """:meth:`concurrent.futures.Executor.submit`: run ``fn(*args, **kwargs)`` on a pool thread."""
        future: Future[T] = Future()
        self._put((future, None, fn, args, kwargs))
        return future

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        """Stop the threads once the queued calls have run (``cancel_futures``: drop those not started)."""
        with self._lock:
            if self._closed:
                threads = list(self._threads)
            else:
                self._closed = True
                if cancel_futures:
                    self._cancel_queued()
                threads = list(self._threads)
                for _ in threads:
                    self._queue.put(None)
        if wait:
            for thread in threads:
                if thread is not threading.current_thread():
                    thread.join()

    def _put(self, item: tuple[Any, ...]) -> None:
        with self._lock:  # after shutdown's sentinels nothing may be queued: it would never run
            if self._closed:
                raise RuntimeError("cannot schedule new calls after shutdown")
            self._queue.put(item)
            if self._idle.acquire(blocking=False):
                return  # a worker is idle and takes it
            if len(self._threads) < self.max_workers:
                thread = threading.Thread(target=self._work, name=f"{self._prefix}_{len(self._threads)}", daemon=True)
                thread.start()
                self._threads.append(thread)

    def _cancel_queued(self) -> None:
        while True:
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                return
            if item is None:
                continue
            future, loop = item[0], item[1]
            if loop is None:
                future.cancel()
            else:
                loop.call_soon_threadsafe(future.cancel)

    def _work(self) -> None:
        get, idle = self._queue.get, self._idle
        while True:
            item = get()
            if item is None:
                return
            future, loop, fn, args, kwargs = item
            if loop is None and not future.set_running_or_notify_cancel():
                idle.release()  # submit()ted, then cancelled before it started
                continue
            result: Any = None
            error: BaseException | None = None
            try:
                result = fn(*args, **kwargs)
            except BaseException as exc:  # delivered to whoever waits on the future
                error = exc
            # Idle again before the result is out: whoever reacts to it and submits more finds this thread free.
            idle.release()
            if loop is None:
                _settle(future, result, error)
            else:
                with contextlib.suppress(RuntimeError):  # the loop closed while the call ran: nobody waits for it
                    loop.call_soon_threadsafe(_settle, future, result, error)
            del item, future, loop, fn, args, kwargs, result, error
