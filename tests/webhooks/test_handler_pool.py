"""HandlerPool: the listener's worker threads. A complete Executor, and the direct hand-off from an event loop."""

from __future__ import annotations

import asyncio
import threading
import time
from concurrent.futures import CancelledError

import pytest

from wacloud.webhooks._pool import HandlerPool


def test_run_returns_the_result_and_raises_the_error_on_the_loop() -> None:
    pool = HandlerPool(2)

    def boom() -> None:
        raise KeyError("handler bug")

    async def main() -> None:
        loop = asyncio.get_running_loop()
        assert await pool.run(loop, sum, [1, 2, 3]) == 6
        assert await pool.run(loop, threading.current_thread) is not threading.current_thread()
        with pytest.raises(KeyError, match="handler bug"):
            await pool.run(loop, boom)

    try:
        asyncio.run(main())
    finally:
        pool.shutdown()


def test_threads_grow_with_the_load_up_to_max_workers() -> None:
    pool = HandlerPool(3)
    release = threading.Event()
    running = threading.Semaphore(0)

    def hold() -> str:
        running.release()
        release.wait(5)
        return threading.current_thread().name

    futures = [pool.submit(hold) for _ in range(5)]
    for _ in range(3):
        assert running.acquire(timeout=5)  # three run at once
    assert not running.acquire(timeout=0.2)  # the other two wait for a thread: no fourth thread
    release.set()
    names = {future.result(timeout=5) for future in futures}
    assert len(names) == 3
    assert all(name.startswith("wacloud-webhooks-") for name in names)
    pool.shutdown()


def test_an_idle_thread_is_reused() -> None:
    pool = HandlerPool(8)
    names = set()
    for _ in range(20):
        names.add(pool.submit(lambda: threading.current_thread().name).result(timeout=5))
    assert len(names) == 1
    pool.shutdown()


def test_submit_map_and_shutdown_behave_like_an_executor() -> None:
    pool = HandlerPool(2)
    assert list(pool.map(lambda x: x * 2, range(5))) == [0, 2, 4, 6, 8]
    with pytest.raises(ZeroDivisionError):
        pool.submit(lambda: 1 / 0).result(timeout=5)
    pool.shutdown(wait=True)
    with pytest.raises(RuntimeError, match="after shutdown"):
        pool.submit(int)
    pool.shutdown()  # a second shutdown is harmless


def test_shutdown_cancel_futures_drops_calls_not_started() -> None:
    pool = HandlerPool(1)
    started, release = threading.Event(), threading.Event()

    def hold() -> int:
        started.set()
        release.wait(5)
        return 1

    first = pool.submit(hold)
    assert started.wait(5)
    waiting = pool.submit(int)
    stopper = threading.Thread(target=pool.shutdown, kwargs={"cancel_futures": True})
    stopper.start()
    time.sleep(0.05)
    release.set()
    stopper.join(5)
    assert first.result(timeout=5) == 1
    with pytest.raises(CancelledError):
        waiting.result(timeout=5)


def test_a_request_that_went_away_does_not_break_the_worker() -> None:
    pool = HandlerPool(1)
    release = threading.Event()

    async def main() -> None:
        loop = asyncio.get_running_loop()
        future = pool.run(loop, release.wait, 5)
        future.cancel()  # the client disconnected while its handlers ran
        release.set()
        assert await pool.run(loop, int, "7") == 7  # the same thread goes on with the next delivery

    try:
        asyncio.run(main())
    finally:
        pool.shutdown()


def test_max_workers_must_be_positive() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        HandlerPool(0)
