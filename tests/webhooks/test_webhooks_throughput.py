"""The listener under concurrency: in-flight redeliveries, one pool hand-off per delivery, repeated signatures."""

from __future__ import annotations

import asyncio
import json
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

import httpx
import pytest

from wacloud import webhooks
from wacloud._errors import ConfigurationError

from .conftest import ListenerFactory, RawLoader, ServerFactory, WsgiCaller, signed_headers


def batch_of_messages(count: int, prefix: str = "wamid.batch") -> bytes:
    """One delivery with ``count`` text messages, shaped like Meta's."""
    messages = [
        {"from": "16505551234", "id": f"{prefix}{n}", "timestamp": "1749416383", "type": "text", "text": {"body": "hi"}}
        for n in range(count)
    ]
    value = {
        "messaging_product": "whatsapp",
        "metadata": {"display_phone_number": "15550783881", "phone_number_id": "106540352242922"},
        "contacts": [{"profile": {"name": "Sheena Nelson"}, "wa_id": "16505551234"}],
        "messages": messages,
    }
    body = {
        "object": "whatsapp_business_account",
        "entry": [{"id": "1", "changes": [{"field": "messages", "value": value}]}],
    }
    return json.dumps(body, separators=(",", ":")).encode()


async def post_asgi(app: Any, body: bytes, headers: list[tuple[bytes, bytes]] | None = None) -> int:
    """One POST through an ASGI app on the running loop; returns the status code."""
    sent: list[dict[str, Any]] = []
    incoming = [{"type": "http.request", "body": body, "more_body": False}]

    async def receive() -> dict[str, Any]:
        return incoming.pop(0) if incoming else {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    if headers is None:
        headers = [(k.lower().encode(), v.encode()) for k, v in signed_headers(body).items()]
    scope = {"type": "http", "method": "POST", "path": "/webhook", "headers": headers, "query_string": b""}
    await app(scope, receive, send)
    return int(next(m for m in sent if m["type"] == "http.response.start")["status"])


# -- a redelivery that finds the event in flight ----------------------------------------------------------------


def test_a_concurrent_redelivery_is_answered_409_not_handled_twice(
    make_listener: ListenerFactory, raw: RawLoader
) -> None:
    runs: list[str | None] = []

    async def scenario() -> tuple[int, int, int]:
        release = asyncio.Event()

        async def slow(message: webhooks.Message) -> None:
            runs.append(message.id)
            await release.wait()

        listener = make_listener(on_message=slow)
        body = raw("message_text")
        first = asyncio.create_task(post_asgi(listener.asgi, body))
        while not runs:
            await asyncio.sleep(0)
        second = await post_asgi(listener.asgi, body)  # Meta's redelivery while the first still runs
        release.set()
        first_status = await first
        third = await post_asgi(listener.asgi, body)  # Meta's retry of the 409: the event is done now
        return first_status, second, third

    assert asyncio.run(scenario()) == (200, 409, 200)
    assert len(runs) == 1


def test_a_concurrent_redelivery_on_wsgi_threads(
    make_listener: ListenerFactory, raw: RawLoader, call_wsgi: WsgiCaller
) -> None:
    started = threading.Event()
    release = threading.Event()
    runs: list[str | None] = []

    def slow(message: webhooks.Message) -> None:
        runs.append(message.id)
        started.set()
        assert release.wait(20)

    listener = make_listener(on_message=slow)
    body = raw("message_text")
    first: Future[Any] = Future()
    thread = threading.Thread(
        target=lambda: first.set_result(
            call_wsgi(listener.wsgi, "POST", "/webhook", body=body, headers=signed_headers(body))
        )
    )
    thread.start()
    assert started.wait(20)
    assert call_wsgi(listener.wsgi, "POST", "/webhook", body=body, headers=signed_headers(body))[0] == 409
    release.set()
    thread.join(20)
    assert first.result(0)[0] == 200
    assert call_wsgi(listener.wsgi, "POST", "/webhook", body=body, headers=signed_headers(body))[0] == 200
    assert len(runs) == 1


def test_409_does_not_block_the_other_events_of_the_delivery(make_listener: ListenerFactory) -> None:
    """The in-flight event is skipped; the rest of the batch is handled and not run again on the retry."""
    store = webhooks.InMemoryDedupeStore()
    assert store.claim("message:wamid.batch1", "another-worker") == "claimed"
    seen: list[str | None] = []
    listener = make_listener(dedupe=store, on_message=lambda message: seen.append(message.id))
    body = batch_of_messages(3)
    assert asyncio.run(post_asgi(listener.asgi, body)) == 409
    assert seen == ["wamid.batch0", "wamid.batch2"]
    store.complete("message:wamid.batch1", "another-worker")
    assert asyncio.run(post_asgi(listener.asgi, body)) == 200
    assert seen == ["wamid.batch0", "wamid.batch2"]


# -- the worker pool -------------------------------------------------------------------------------------------


class CountingExecutor(ThreadPoolExecutor):
    def __init__(self) -> None:
        super().__init__(max_workers=4)
        self.submits = 0

    def submit(self, fn: Any, /, *args: Any, **kwargs: Any) -> Future[Any]:
        self.submits += 1
        return super().submit(fn, *args, **kwargs)


def test_sync_handlers_cost_one_pool_hand_off_per_delivery(make_listener: ListenerFactory) -> None:
    executor = CountingExecutor()
    loop_thread: list[threading.Thread] = []
    where: dict[str, set[str]] = {"sync": set(), "async": set()}

    def sync_handler(message: webhooks.Message) -> None:
        where["sync"].add(threading.current_thread().name)

    async def async_handler(message: webhooks.Message) -> None:
        where["async"].add(threading.current_thread().name)

    listener = make_listener(executor=executor, on_message=sync_handler)
    listener.on_message(async_handler)

    async def scenario() -> int:
        loop_thread.append(threading.current_thread())
        return await post_asgi(listener.asgi, batch_of_messages(50))

    try:
        assert asyncio.run(scenario()) == 200
    finally:
        executor.shutdown()
    assert executor.submits == 1
    # Coroutine handlers still run on the app's event loop (their clients are bound to it), plain ones in the pool.
    assert where["async"] == {loop_thread[0].name}
    assert loop_thread[0].name not in where["sync"]


def test_with_only_sync_handlers_the_whole_delivery_runs_on_the_worker(make_listener: ListenerFactory) -> None:
    executor = CountingExecutor()
    handled_on: set[str] = set()
    listener = make_listener(
        executor=executor, on_message=lambda message: handled_on.add(threading.current_thread().name)
    )

    async def scenario() -> tuple[int, int, int, str]:
        signed = await post_asgi(listener.asgi, batch_of_messages(3))
        after_signed = executor.submits
        forged = await post_asgi(
            listener.asgi, batch_of_messages(3, "wamid.x"), [(b"x-hub-signature-256", b"sha256=" + b"0" * 64)]
        )
        return signed, after_signed, forged, threading.current_thread().name

    try:
        signed, after_signed, forged, loop_name = asyncio.run(scenario())
    finally:
        executor.shutdown()
    assert (signed, after_signed) == (200, 1)  # one hand-off carried parsing and all three handlers
    assert loop_name not in handled_on
    assert forged == 403
    assert executor.submits == 1  # a forged delivery is refused on the loop: no thread for unsigned floods


def test_async_only_deliveries_never_use_the_pool(make_listener: ListenerFactory) -> None:
    executor = CountingExecutor()

    async def handler(message: webhooks.Message) -> None:
        pass

    listener = make_listener(executor=executor, on_message=handler, on_status=lambda status: None)
    try:
        assert asyncio.run(post_asgi(listener.asgi, batch_of_messages(5))) == 200
    finally:
        executor.shutdown()
    assert executor.submits == 0  # the sync status handler is not needed by a delivery of messages


def test_max_workers_sizes_the_pool(make_listener: ListenerFactory) -> None:
    listener = make_listener(max_workers=3)
    assert listener.executor.max_workers == 3  # type: ignore[attr-defined]
    listener.close()
    with pytest.raises(ConfigurationError, match="max_workers"):
        make_listener(max_workers=0)
    with pytest.raises(ConfigurationError, match="either executor= or max_workers="):
        make_listener(max_workers=2, executor=ThreadPoolExecutor(1))


def test_a_sync_redis_store_is_kept_off_the_event_loop(make_listener: ListenerFactory, redis_url: str) -> None:
    import redis

    executor = CountingExecutor()

    async def handler(message: webhooks.Message) -> None:
        pass

    with redis.Redis.from_url(redis_url) as client:
        listener = make_listener(executor=executor, dedupe=webhooks.RedisDedupeStore(client), on_message=handler)
        try:
            assert asyncio.run(post_asgi(listener.asgi, batch_of_messages(3))) == 200
            assert asyncio.run(post_asgi(listener.asgi, batch_of_messages(3))) == 200
        finally:
            executor.shutdown()
        assert executor.submits == 2
        assert len(client.keys("wacloud:webhooks:dedupe:message:*")) == 3


# -- more than one signature header is refused (issue 13) ---------------------------------------------------------


def test_two_signature_headers_are_forbidden_on_asgi(make_listener: ListenerFactory, raw: RawLoader) -> None:
    seen: list[Any] = []
    listener = make_listener(on_message=seen.append)
    body = raw("message_text")
    good = webhooks.sign_payload(body, "app-secret-for-tests").encode()
    bad = b"sha256=" + b"0" * 64
    for pair in ([good, good], [bad, good], [good, bad]):
        headers = [(b"content-type", b"application/json")] + [(b"x-hub-signature-256", value) for value in pair]
        assert asyncio.run(post_asgi(listener.asgi, body, headers)) == 403
    assert asyncio.run(post_asgi(listener.asgi, body, [(b"x-hub-signature-256", good)])) == 200
    assert len(seen) == 1


def test_two_signature_headers_are_forbidden_on_wsgi(
    make_listener: ListenerFactory, raw: RawLoader, call_wsgi: WsgiCaller
) -> None:
    listener = make_listener(on_message=lambda message: None)
    body = raw("message_text")
    good = webhooks.sign_payload(body, "app-secret-for-tests")
    joined = {webhooks.SIGNATURE_HEADER: f"{good},{good}"}  # how WSGI servers present repeated headers
    assert call_wsgi(listener.wsgi, "POST", "/webhook", body=body, headers=joined)[0] == 403
    assert listener.handle_post_sync(body, f"{good}, {good}").status_code == 403


@pytest.mark.integration
@pytest.mark.parametrize("app_kind", ["asgi", "wsgi"])
def test_two_signature_headers_over_real_servers(
    app_kind: str,
    asgi_server: ServerFactory,
    wsgi_server: ServerFactory,
    make_listener: ListenerFactory,
    raw: RawLoader,
) -> None:
    seen: list[Any] = []
    listener = make_listener(on_message=seen.append)
    server = asgi_server(listener.asgi) if app_kind == "asgi" else wsgi_server(listener.wsgi)
    body = raw("message_text")
    good = webhooks.sign_payload(body, "app-secret-for-tests")
    bad = "sha256=" + "0" * 64
    with server as url, httpx.Client(base_url=url, timeout=20) as client:
        for pair in ((good, good), (bad, good), (good, bad)):
            headers = [("Content-Type", "application/json")] + [(webhooks.SIGNATURE_HEADER, value) for value in pair]
            assert client.post("/webhook", content=body, headers=headers).status_code == 403
        assert client.post("/webhook", content=body, headers=signed_headers(body)).status_code == 200
    assert len(seen) == 1


def test_deliveries_run_concurrently_up_to_max_workers(make_listener: ListenerFactory) -> None:
    """Slow sync handlers of concurrent deliveries overlap, as many at a time as the pool has threads."""
    lock = threading.Lock()
    running = 0
    peak = 0
    gate = threading.Barrier(3, timeout=20)  # three deliveries must be inside their handlers at the same time

    def slow(message: webhooks.Message) -> None:
        nonlocal running, peak
        with lock:
            running += 1
            peak = max(peak, running)
        try:
            gate.wait()
        finally:
            with lock:
                running -= 1

    listener = make_listener(max_workers=3, on_message=slow)

    async def scenario() -> list[int]:
        bodies = [batch_of_messages(1, prefix=f"wamid.pool{n}-") for n in range(6)]
        return list(await asyncio.gather(*(post_asgi(listener.asgi, body) for body in bodies)))

    try:
        assert asyncio.run(scenario()) == [200] * 6
    finally:
        listener.close()
    assert peak == 3
