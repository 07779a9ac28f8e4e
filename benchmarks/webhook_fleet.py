"""Two webhook listener processes sharing Redis, driven like Meta drives a fleet: exactly once, nothing lost.

``run_fleet(redis_url, deliveries)`` starts two uvicorn processes on loopback (one with a sync handler and
``RedisDedupeStore``, one with an async handler and ``AsyncRedisDedupeStore``), then sends ``deliveries`` signed
deliveries (single messages, pairs of messages, and group read receipts with one status per participant) spread
over both. A share of them is redelivered, half concurrently (the copy goes to the other process at the same time)
and half late (after everything else); every handler fails 10 % of its runs; and every delivery is resent, like
Meta does, until it is answered 200. Each handler run that succeeds counts its event in a Redis hash, so the result
shows whether every event ran exactly once. ``make bench`` runs 5,000 deliveries; the test suite fewer.

The processes run ``make_app`` (a uvicorn factory) with their settings in ``FLEET_*`` environment variables.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from wacloud import webhooks

ROOT = Path(__file__).resolve().parent.parent
APP_SECRET = "fleet-app-secret"
VERIFY_TOKEN = "fleet-verify-token"
HANDLED = "fleet:handled"  # hash: event key -> successful handler runs
FAILURES = "fleet:failures"  # counter: handler runs that failed on purpose
GROUP_ID = "Y2FwaV9ncm91cDoxNzA1NTU1MDEzOToxMjAzNjM0MDQ2OTQyMzM4MjAZD"


# -- the listener process ---------------------------------------------------------------------------------------


def make_app() -> Any:
    """The ASGI app of one fleet process (``uvicorn benchmarks.webhook_fleet:make_app --factory``)."""
    import logging

    import redis
    import redis.asyncio

    # The intended handler failures would each log a traceback: keep the output for real problems.
    logging.getLogger("wacloud.webhooks").setLevel(logging.CRITICAL)
    url = os.environ["FLEET_REDIS_URL"]
    fail_rate = float(os.environ.get("FLEET_FAIL_RATE", "0.1"))
    mode = os.environ.get("FLEET_MODE", "async")
    chance = random.Random()
    if mode == "sync":
        sync_client = redis.Redis.from_url(url)

        def on_event(event: Any) -> None:
            if chance.random() < fail_rate:
                sync_client.incr(FAILURES)
                raise RuntimeError("fleet handler failure (intended)")
            sync_client.hincrby(HANDLED, str(webhooks.dedupe_key(event)), 1)

        store: Any = webhooks.RedisDedupeStore(sync_client, lease=30)
        handler: Any = on_event
    else:
        async_client = redis.asyncio.Redis.from_url(url)

        async def on_event_async(event: Any) -> None:
            if chance.random() < fail_rate:
                await async_client.incr(FAILURES)
                raise RuntimeError("fleet handler failure (intended)")
            await async_client.hincrby(HANDLED, str(webhooks.dedupe_key(event)), 1)

        store = webhooks.AsyncRedisDedupeStore(async_client, lease=30)
        handler = on_event_async
    # FLEET_QUEUE=1: acknowledge first, the deliveries handled from one Redis Stream by both processes' consumers.
    queue = webhooks.RedisStreamQueue(url, claim_idle=0.5) if os.environ.get("FLEET_QUEUE") == "1" else False
    listener = webhooks.WebhookListener(
        verify_token=VERIFY_TOKEN,
        app_secret=APP_SECRET,
        environ={},
        dedupe=store,
        acknowledge_first=queue,
        consumers=4,
        on_message=handler,
        on_status=handler,
    )
    return listener.asgi


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def listener_process(redis_url: str, mode: str, fail_rate: float, queue: bool = False) -> Iterator[str]:
    """One uvicorn process on a free loopback port; yields its base URL and stops it afterwards."""
    port = _free_port()
    env = {
        **os.environ,
        "FLEET_REDIS_URL": redis_url,
        "FLEET_MODE": mode,
        "FLEET_FAIL_RATE": str(fail_rate),
        "FLEET_QUEUE": "1" if queue else "0",
    }
    command = [sys.executable, "-m", "uvicorn", "benchmarks.webhook_fleet:make_app", "--factory"]
    command += ["--host", "127.0.0.1", "--port", str(port), "--log-level", "critical", "--no-access-log"]
    process = subprocess.Popen(command, env=env, cwd=ROOT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"the fleet listener exited with code {process.returncode}")
            try:
                query = {"hub.mode": "subscribe", "hub.verify_token": VERIFY_TOKEN, "hub.challenge": "1"}
                if httpx.get(f"{url}/webhook", params=query, timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("the fleet listener did not start within 30 s")
            time.sleep(0.05)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=15)


# -- the traffic ------------------------------------------------------------------------------------------------


def _delivery(index: int) -> bytes:
    """Delivery ``index``: a message, two messages, or three participants' read receipts of one group message."""
    metadata = {"display_phone_number": "15550783881", "phone_number_id": "106540352242922"}
    if index % 5 == 0:
        statuses = [
            {
                "id": f"wamid.fleet-out{index}",
                "status": "read",
                "timestamp": "1750263773",
                "recipient_id": GROUP_ID,
                "recipient_type": "group",
                "recipient_participant_id": f"1650555{participant:04d}",
            }
            for participant in range(3)
        ]
        value: dict[str, Any] = {"messaging_product": "whatsapp", "metadata": metadata, "statuses": statuses}
    else:
        count = 2 if index % 7 == 0 else 1
        messages = [
            {
                "from": "16505551234",
                "id": f"wamid.fleet-in{index}-{n}",
                "timestamp": "1749416383",
                "type": "text",
                "text": {"body": f"message {index}"},
            }
            for n in range(count)
        ]
        value = {"messaging_product": "whatsapp", "metadata": metadata, "messages": messages}
    body = {
        "object": "whatsapp_business_account",
        "entry": [{"id": "102290129340398", "changes": [{"field": "messages", "value": value}]}],
    }
    return json.dumps(body, separators=(",", ":")).encode()


@dataclass
class FleetResult:
    """What a fleet run saw: events expected and handled, and how the listeners answered."""

    deliveries: int
    redeliveries: int
    expected_events: int
    handled: dict[str, int]
    expected_keys: set[str]
    answers: dict[int, int]
    posts: int
    wall_s: float
    failures: int

    @property
    def duplicates(self) -> int:
        """Handler runs beyond the first, over all events."""
        return sum(count - 1 for count in self.handled.values() if count > 1)

    @property
    def lost(self) -> int:
        """Expected events that never ran successfully."""
        return len(self.expected_keys - self.handled.keys())

    @property
    def exactly_once(self) -> bool:
        """Every expected event ran once, and nothing else ran."""
        return self.handled.keys() == self.expected_keys and all(count == 1 for count in self.handled.values())


async def _drive(
    urls: list[str], deliveries: int, redelivery_share: float, concurrency: int, seed: int
) -> tuple[int, dict[int, int], int]:
    chance = random.Random(seed)
    answers: dict[int, int] = {}
    posts = 0
    limit = asyncio.Semaphore(concurrency)

    async def send_until_ok(client: httpx.AsyncClient, body: bytes, headers: dict[str, str], first: int) -> None:
        nonlocal posts
        target = first
        for attempt in range(1000):  # bounded: Meta gives up after 7 days, the test long before
            async with limit:
                reply = await client.post(f"{urls[target % len(urls)]}/webhook", content=body, headers=headers)
            posts += 1
            answers[reply.status_code] = answers.get(reply.status_code, 0) + 1
            if reply.status_code == 200:
                return
            target = chance.randrange(len(urls))
            await asyncio.sleep(min(0.2, 0.005 * (attempt + 1)))  # Meta backs off between resends too
        raise RuntimeError("a delivery was never answered 200")

    limits = httpx.Limits(max_connections=concurrency * 2, max_keepalive_connections=concurrency * 2)
    async with httpx.AsyncClient(timeout=30, limits=limits) as client:
        first_round = []
        late = []
        redeliveries = 0
        for index in range(deliveries):
            body = _delivery(index)
            headers = {
                "Content-Type": "application/json",
                webhooks.SIGNATURE_HEADER: webhooks.sign_payload(body, APP_SECRET),
            }
            target = chance.randrange(len(urls))
            first_round.append(send_until_ok(client, body, headers, target))
            if chance.random() < redelivery_share:
                redeliveries += 1
                if chance.random() < 0.5:  # concurrent: the same delivery hits the other process at once
                    first_round.append(send_until_ok(client, body, headers, target + 1))
                else:
                    late.append((body, headers))
        await asyncio.gather(*first_round)
        await asyncio.gather(*(send_until_ok(client, b, h, chance.randrange(len(urls))) for b, h in late))
    return redeliveries, answers, posts


def run_fleet(
    redis_url: str,
    deliveries: int,
    *,
    redelivery_share: float = 0.2,
    fail_rate: float = 0.1,
    concurrency: int = 32,
    seed: int = 12,
    acknowledge_first: bool = False,
) -> FleetResult:
    """Start the two listener processes, drive ``deliveries`` through them, and report what ran.

    With ``acknowledge_first`` both processes answer 200 at once and their consumers share one Redis Stream; the
    run then also waits (up to 120 s) until the stream is drained, failed handler runs being retried from it.
    """
    import redis

    expected: set[str] = set()
    for index in range(deliveries):
        for event in webhooks.parse_webhook(_delivery(index)).all:
            key = webhooks.dedupe_key(event)
            assert key is not None
            expected.add(key)
    with ExitStack() as stack:
        urls = [
            stack.enter_context(listener_process(redis_url, "sync", fail_rate, acknowledge_first)),
            stack.enter_context(listener_process(redis_url, "async", fail_rate, acknowledge_first)),
        ]
        start = time.perf_counter()
        redeliveries, answers, posts = asyncio.run(_drive(urls, deliveries, redelivery_share, concurrency, seed))
        if acknowledge_first:
            _wait_drained(redis_url, deadline_s=120)
        wall = time.perf_counter() - start
    with redis.Redis.from_url(redis_url) as client:
        raw = client.hgetall(HANDLED)
        failures = int(client.get(FAILURES) or 0)
    handled = {key.decode(): int(count) for key, count in raw.items()}
    return FleetResult(deliveries, redeliveries, len(expected), handled, expected, answers, posts, wall, failures)


def _wait_drained(redis_url: str, deadline_s: float) -> None:
    """Wait until every queued delivery was handled and acknowledged (the stream is empty)."""
    import redis

    end = time.monotonic() + deadline_s
    with redis.Redis.from_url(redis_url) as client:
        while client.exists("wacloud:webhooks:deliveries") and client.xlen("wacloud:webhooks:deliveries"):
            if time.monotonic() > end:
                raise RuntimeError("the queued deliveries were not all handled in time")
            time.sleep(0.05)


@contextmanager
def redis_server() -> Iterator[str]:
    """A throw-away redis-server on a free loopback port (for ``make bench``; the tests use their fixture)."""
    import shutil
    import tempfile

    import redis

    binary = shutil.which("redis-server")
    if binary is None:
        raise RuntimeError("redis-server is not installed: run `make install`")
    port = _free_port()
    with tempfile.TemporaryDirectory(prefix="wacloud-bench-redis-") as workdir:
        command = [binary, "--bind", "127.0.0.1", "--port", str(port), "--save", "", "--appendonly", "no"]
        process = subprocess.Popen([*command, "--dir", workdir], stdout=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 10
            while True:
                try:
                    with redis.Redis(port=port, socket_timeout=0.5) as client:
                        client.ping()
                    break
                except redis.RedisError:
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.02)
            yield f"redis://127.0.0.1:{port}/0"
        finally:
            process.terminate()
            process.wait(timeout=10)


def bench(deliveries: int = 5000, *, acknowledge_first: bool = False) -> dict[str, Any]:
    """A ``make bench`` row: ``deliveries`` through two processes sharing a fresh Redis."""
    with redis_server() as url:
        result = run_fleet(url, deliveries, acknowledge_first=acknowledge_first)
    mode = ", acknowledge first (Redis Stream)" if acknowledge_first else ""
    return {
        "benchmark": f"2 listener processes + Redis{mode}, {deliveries} deliveries",
        "events": result.expected_events,
        "redeliveries": result.redeliveries,
        "posts": result.posts,
        "handler_failures": result.failures,
        "answers": {str(code): count for code, count in sorted(result.answers.items())},
        "duplicates": result.duplicates,
        "lost": result.lost,
        "exactly_once": result.exactly_once,
        "wall_s": round(result.wall_s, 1),
    }


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    print(json.dumps(bench(count, acknowledge_first="--acknowledge-first" in sys.argv), indent=2))
