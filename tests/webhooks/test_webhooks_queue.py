"""Acknowledge first: verified deliveries are answered 200 at once and handled from a queue (in-process, Redis)."""

from __future__ import annotations

import asyncio
import logging
import sys
import threading
import time
from collections.abc import Callable

import httpx
import pytest
import redis
import redis.asyncio

from wacloud import webhooks
from wacloud._errors import ConfigurationError

from .conftest import ListenerFactory, RawLoader, ServerFactory, WsgiCaller, signed_headers
from .test_webhooks_throughput import batch_of_messages, post_asgi


def wait_for(condition: Callable[[], bool], deadline_s: float = 20.0) -> None:
    end = time.monotonic() + deadline_s
    while not condition():
        assert time.monotonic() < end, "condition not reached in time"
        time.sleep(0.01)


# -- in-process queue ------------------------------------------------------------------------------------------


@pytest.mark.integration
def test_asgi_answers_before_the_handler_runs(
    asgi_server: ServerFactory, make_listener: ListenerFactory, raw: RawLoader
) -> None:
    release = threading.Event()
    handled: list[str | None] = []

    def slow(message: webhooks.Message) -> None:
        assert release.wait(20)
        handled.append(message.id)

    listener = make_listener(acknowledge_first=True, on_message=slow)
    body = raw("batch_multi_entry")
    with asgi_server(listener.asgi) as url, httpx.Client(base_url=url, timeout=20) as client:
        assert client.post("/webhook", content=body, headers=signed_headers(body)).status_code == 200
        assert handled == []  # answered while the handler is still blocked
        assert client.post("/webhook", content=b"{", headers=signed_headers(b"{")).status_code == 400
        assert client.post("/webhook", content=body).status_code == 403  # never queued without a valid signature
        release.set()
        wait_for(lambda: len(handled) == 3)
    assert handled == ["wamid.batch1", "wamid.batch2", "wamid.batch3"]


def test_the_queue_retries_a_failed_delivery_until_it_succeeds(
    make_listener: ListenerFactory, call_wsgi: WsgiCaller
) -> None:
    attempts: dict[str | None, int] = {}

    def flaky(message: webhooks.Message) -> None:
        attempts[message.id] = attempts.get(message.id, 0) + 1
        if message.id == "wamid.batch1" and attempts[message.id] < 3:
            raise RuntimeError("temporary failure")

    queue = webhooks.InProcessQueue(retry_delay=0.01)
    listener = make_listener(acknowledge_first=queue, consumers=2, on_message=flaky)
    body = batch_of_messages(3)
    try:
        assert call_wsgi(listener.wsgi, "POST", "/webhook", body=body, headers=signed_headers(body))[0] == 200
        wait_for(lambda: attempts.get("wamid.batch1") == 3 and len(queue) == 0)
    finally:
        listener.close(timeout=20)
    # The events that succeeded the first time were not run again on the retries (de-duplication).
    assert attempts == {"wamid.batch0": 1, "wamid.batch1": 3, "wamid.batch2": 1}


def test_close_drains_the_in_process_queue(make_listener: ListenerFactory, call_wsgi: WsgiCaller) -> None:
    handled: list[str | None] = []
    listener = make_listener(acknowledge_first=True, consumers=1, on_message=lambda m: handled.append(m.id))
    for n in range(20):
        body = batch_of_messages(1, prefix=f"wamid.d{n}-")
        assert call_wsgi(listener.wsgi, "POST", "/webhook", body=body, headers=signed_headers(body))[0] == 200
    listener.close(timeout=20)
    assert len(handled) == 20


def test_a_full_queue_answers_503_so_meta_redelivers(
    make_listener: ListenerFactory, call_wsgi: WsgiCaller, caplog: pytest.LogCaptureFixture
) -> None:
    release = threading.Event()
    listener = make_listener(
        acknowledge_first=webhooks.InProcessQueue(maxsize=1), consumers=1, on_message=lambda m: release.wait(20)
    )
    try:
        statuses = []
        with caplog.at_level(logging.WARNING, logger="wacloud.webhooks"):
            for n in range(4):
                body = batch_of_messages(1, prefix=f"wamid.f{n}-")
                statuses.append(
                    call_wsgi(listener.wsgi, "POST", "/webhook", body=body, headers=signed_headers(body))[0]
                )
        assert statuses[0] == 200 and 503 in statuses
        assert "queue is full" in caplog.text
    finally:
        release.set()
        listener.close(timeout=20)


def test_max_attempts_drops_with_an_error_log(caplog: pytest.LogCaptureFixture) -> None:
    async def scenario() -> list[webhooks.QueuedDelivery]:
        queue = webhooks.InProcessQueue(retry_delay=0.01, max_attempts=2)
        await queue.put(b"{}")
        first = (await queue.receive("c", 1, 1.0))[0]
        await queue.retry(first)
        second = (await queue.receive("c", 1, 5.0))[0]
        assert second.attempt == 2
        with caplog.at_level(logging.ERROR, logger="wacloud.webhooks"):
            await queue.retry(second)
        return await queue.receive("c", 1, 0.1)

    assert asyncio.run(scenario()) == []
    assert "dropped after 2 failed attempts" in caplog.text


def test_queue_configuration_errors(make_listener: ListenerFactory) -> None:
    with pytest.raises(ConfigurationError, match="consumers=0"):
        make_listener(acknowledge_first=True, consumers=0)
    with pytest.raises(ConfigurationError, match="acknowledge_first"):
        make_listener(acknowledge_first="redis://localhost")
    with pytest.raises(ConfigurationError, match="consumers"):
        make_listener(acknowledge_first=True, consumers=-1)
    with pytest.raises(ConfigurationError, match="maxsize"):
        webhooks.InProcessQueue(maxsize=0)
    with pytest.raises(ConfigurationError, match="max_attempts"):
        webhooks.InProcessQueue(max_attempts=0)
    with pytest.raises(ConfigurationError, match="Redis URL"):
        webhooks.RedisStreamQueue()
    with pytest.raises(ConfigurationError, match="acknowledge_first"):
        asyncio.run(make_listener().consume())


# -- Redis Streams -----------------------------------------------------------------------------------------------


def test_redis_stream_round_trip(redis_url: str) -> None:
    async def scenario() -> None:
        queue = webhooks.RedisStreamQueue(redis_url, stream="t:deliveries", group="g")
        try:
            queue.put_sync(b'{"a":1}')
            await queue.put(b'{"b":2}')
            got = await queue.receive("worker-1", 10, 0.1)
            assert [d.body for d in got] == [b'{"a":1}', b'{"b":2}']
            assert await queue.receive("worker-2", 10, 0.05) == []  # handed out once, to one consumer
            for delivery in got:
                await queue.ack(delivery)
        finally:
            await queue.aclose()

    asyncio.run(scenario())
    with redis.Redis.from_url(redis_url) as client:
        assert client.xlen("t:deliveries") == 0  # acknowledged entries are deleted
        assert client.xpending("t:deliveries", "g")["pending"] == 0


def test_a_dead_consumers_entry_is_reclaimed_by_another(redis_url: str) -> None:
    async def scenario() -> tuple[list[bytes], int]:
        queue = webhooks.RedisStreamQueue(redis_url, claim_idle=0.2)
        try:
            await queue.put(b"payload")
            taken = await queue.receive("dies", 1, 0.1)  # ... and never acks or retries
            assert [d.body for d in taken] == [b"payload"]
            assert await queue.receive("survivor", 1, 0.05) == []  # not idle long enough yet
            await asyncio.sleep(0.3)
            reclaimed = await queue.receive("survivor", 1, 0.05)
            await queue.ack(reclaimed[0])
            return [d.body for d in reclaimed], reclaimed[0].attempt
        finally:
            await queue.aclose()

    bodies, attempt = asyncio.run(scenario())
    assert bodies == [b"payload"] and attempt == 2


def test_redis_max_attempts_moves_to_the_dead_letter_stream(redis_url: str, caplog: pytest.LogCaptureFixture) -> None:
    async def scenario() -> None:
        queue = webhooks.RedisStreamQueue(redis_url, claim_idle=0.05, max_attempts=2)
        try:
            await queue.put(b"poison")
            assert len(await queue.receive("c", 1, 0.1)) == 1
            await asyncio.sleep(0.1)
            assert len(await queue.receive("c", 1, 0.05)) == 1  # second attempt
            await asyncio.sleep(0.1)
            with caplog.at_level(logging.ERROR, logger="wacloud.webhooks"):
                assert await queue.receive("c", 1, 0.05) == []
        finally:
            await queue.aclose()

    asyncio.run(scenario())
    with redis.Redis.from_url(redis_url) as client:
        dead = client.xrange("wacloud:webhooks:deliveries:dead")
        assert [fields[b"body"] for _, fields in dead] == [b"poison"]
        assert client.xlen("wacloud:webhooks:deliveries") == 0
    assert "wacloud:webhooks:deliveries:dead" in caplog.text


def test_clients_made_with_decode_responses(redis_url: str) -> None:
    async def scenario() -> list[bytes]:
        async_client = redis.asyncio.Redis.from_url(redis_url, decode_responses=True)
        queue = webhooks.RedisStreamQueue(async_client=async_client)
        try:
            await queue.put(b'{"text":"caf\\u00e9"}')
            return [d.body for d in await queue.receive("c", 1, 0.1)]
        finally:
            await async_client.aclose()

    assert asyncio.run(scenario()) == [b'{"text":"caf\\u00e9"}']


@pytest.mark.integration
def test_redis_queue_through_the_listener_over_uvicorn(
    asgi_server: ServerFactory, make_listener: ListenerFactory, redis_url: str
) -> None:
    handled: list[str] = []
    failures: dict[str, int] = {}

    def handler(message: webhooks.Message) -> None:
        if message.id == "wamid.r1" and failures.setdefault("wamid.r1", 0) < 1:
            failures["wamid.r1"] += 1
            raise RuntimeError("first attempt fails")
        handled.append(str(message.id))

    sync_client = redis.Redis.from_url(redis_url)
    listener = make_listener(
        acknowledge_first=webhooks.RedisStreamQueue(redis_url, claim_idle=0.2),
        dedupe=webhooks.RedisDedupeStore(sync_client, lease=0.2),
        consumers=2,
        on_message=handler,
    )
    body = batch_of_messages(3, prefix="wamid.r")
    try:
        with asgi_server(listener.asgi) as url, httpx.Client(base_url=url, timeout=20) as client:
            assert client.post("/webhook", content=body, headers=signed_headers(body)).status_code == 200
            wait_for(lambda: sorted(handled) == ["wamid.r0", "wamid.r1", "wamid.r2"])
            wait_for(lambda: sync_client.xlen("wacloud:webhooks:deliveries") == 0)
    finally:
        sync_client.close()
    assert failures == {"wamid.r1": 1}


def test_asgi_post_starts_consumers_without_lifespan(make_listener: ListenerFactory) -> None:
    """Mounted inside another framework, the app may never see a lifespan: the first POST starts the consumers."""
    handled: list[str | None] = []

    async def handler(message: webhooks.Message) -> None:
        handled.append(message.id)

    listener = make_listener(acknowledge_first=True, on_message=handler)

    async def scenario() -> int:
        status = await post_asgi(listener.asgi, batch_of_messages(2))
        for _ in range(2000):
            if len(handled) == 2:
                break
            await asyncio.sleep(0.005)
        await listener.aclose()
        return status

    assert asyncio.run(scenario()) == 200
    assert handled == ["wamid.batch0", "wamid.batch1"]


def test_a_deleted_stream_is_created_again(redis_url: str) -> None:
    async def scenario() -> list[bytes]:
        queue = webhooks.RedisStreamQueue(redis_url)
        try:
            await queue.put(b"first")
            assert len(await queue.receive("c", 1, 0.1)) == 1
            async with redis.asyncio.Redis.from_url(redis_url) as admin:
                await admin.delete(queue.stream)  # e.g. an operator's FLUSHDB
            with pytest.raises(redis.ResponseError, match="NOGROUP"):
                await queue.receive("c", 1, 0.05)
            await queue.put(b"second")
            return [d.body for d in await queue.receive("c", 1, 0.1)]
        finally:
            await queue.aclose()

    assert asyncio.run(scenario()) == [b"second"]


def test_without_the_redis_extra_the_error_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in [name for name in sys.modules if name == "redis" or name.startswith("redis.")]:
        monkeypatch.setitem(sys.modules, name, None)
    queue = webhooks.RedisStreamQueue("redis://127.0.0.1:1/0")
    with pytest.raises(ConfigurationError, match=r"wacloud\[redis\]"):
        queue.put_sync(b"{}")
