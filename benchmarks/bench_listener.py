"""The webhook listener's cost per delivery against a bare ASGI app that only checks the HMAC and runs ``json.loads``.

Both apps are driven in-process by the same ASGI receive/send pair, interleaved in one run, best of several rounds;
every delivery carries new message ids, so the listener really claims, runs and completes each event (default
in-memory de-duplication, signature check on). Rows:

* a 50-message batch with a synchronous handler (one hand-off to the worker pool per delivery, where the whole
  delivery is checked, parsed and handled): target at most 3x;
* the same with 8 deliveries in flight at once, as a busy endpoint receives Meta's concurrent POSTs;
* a single message with an async handler (no thread at all): target at most 1.5x;
* the sync rows again in a child process pinned to one CPU, as a worker per core is deployed (``run_pinned``).

Run alone: ``python -m benchmarks.bench_listener``.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import os
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from wacloud import webhooks
from wacloud.webhooks._pool import HandlerPool

APP_SECRET = "benchmark-app-secret"
SECRET = APP_SECRET.encode()

App = Callable[[dict[str, Any], Any, Any], Awaitable[None]]


def _bodies(count: int, messages: int, tag: str) -> list[tuple[bytes, bytes]]:
    """``count`` distinct signed deliveries of ``messages`` text messages each: (body, signature header)."""
    out = []
    for index in range(count):
        items = [
            {
                "from": "16505551234",
                "id": f"wamid.{tag}{index}-{n}",
                "timestamp": "1749416383",
                "type": "text",
                "text": {"body": "Does it come in another color?"},
            }
            for n in range(messages)
        ]
        value = {
            "messaging_product": "whatsapp",
            "metadata": {"display_phone_number": "15550783881", "phone_number_id": "106540352242922"},
            "contacts": [{"profile": {"name": "Sheena Nelson"}, "wa_id": "16505551234"}],
            "messages": items,
        }
        entry = {"id": "102290129340398", "changes": [{"field": "messages", "value": value}]}
        body = json.dumps({"object": "whatsapp_business_account", "entry": [entry]}, separators=(",", ":")).encode()
        out.append((body, webhooks.sign_payload(body, APP_SECRET).encode()))
    return out


async def bare_app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    """The baseline: read the body, check the signature, decode the JSON, answer 200."""
    body = b""
    more = True
    while more:
        message = await receive()
        body += message.get("body", b"")
        more = message.get("more_body", False)
    signature = dict(scope["headers"]).get(b"x-hub-signature-256", b"")
    expected = b"sha256=" + hmac.new(SECRET, body, hashlib.sha256).hexdigest().encode()
    status = 403
    if hmac.compare_digest(signature, expected):
        json.loads(body)
        status = 200
    await send({"type": "http.response.start", "status": status, "headers": [(b"content-type", b"text/plain")]})
    await send({"type": "http.response.body", "body": b"OK"})


async def _drive(app: App, deliveries: list[tuple[bytes, bytes]], in_flight: int = 1) -> tuple[float, float]:
    """(wall, CPU) seconds per delivery through ``app``, ``in_flight`` deliveries at a time (1: one after the other,
    as a quiet endpoint sees them; more: as Meta's concurrent POSTs reach a busy one); fails on any answer but 200."""
    statuses: list[int] = []

    async def send(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            statuses.append(message["status"])

    async def post(body: bytes, signature: bytes) -> None:
        incoming = {"type": "http.request", "body": body, "more_body": False}

        async def receive() -> dict[str, Any]:
            return incoming

        scope = {
            "type": "http",
            "method": "POST",
            "path": "/webhook",
            "query_string": b"",
            "headers": [(b"content-type", b"application/json"), (b"x-hub-signature-256", signature)],
        }
        await app(scope, receive, send)

    start, cpu = time.perf_counter(), time.process_time()
    if in_flight == 1:
        for body, signature in deliveries:
            await post(body, signature)
    else:
        slots = asyncio.Semaphore(in_flight)

        async def limited(body: bytes, signature: bytes) -> None:
            async with slots:
                await post(body, signature)

        await asyncio.gather(*(limited(body, signature) for body, signature in deliveries))
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    if set(statuses) != {200}:
        raise RuntimeError(f"unexpected answers in the benchmark: {sorted(set(statuses))}")
    return wall / len(deliveries), cpu / len(deliveries)


def _listener(handler: Callable[[webhooks.Message], object]) -> webhooks.WebhookListener:
    return webhooks.WebhookListener(verify_token="bench", app_secret=APP_SECRET, environ={}, on_message=handler)


# The handlers do nothing, so the rows measure the listener itself: what a handler then does is the application's.
def _sync_handler(message: webhooks.Message) -> None:
    pass


async def _async_handler(message: webhooks.Message) -> None:
    pass


async def _pair(
    messages: int, handler: Callable[[webhooks.Message], object], calls: int, rounds: int, in_flight: int = 1
) -> dict[str, Any]:
    best = {"wall": [float("inf"), float("inf")], "cpu": [float("inf"), float("inf")]}
    for round_index in range(rounds):  # interleaved, so both see the same machine state
        deliveries = _bodies(calls + 10, messages, f"r{in_flight}-{round_index}-")
        listener = _listener(handler)
        await _drive(listener.asgi, deliveries[:10], in_flight)  # warm up: the worker threads exist, caches are hot
        await _drive(bare_app, deliveries[:10], in_flight)
        for side, app in enumerate((listener.asgi, bare_app)):
            wall, cpu = await _drive(app, deliveries[10:], in_flight)
            best["wall"][side] = min(best["wall"][side], wall)
            best["cpu"][side] = min(best["cpu"][side], cpu)
        await listener.aclose()
    return {
        "wacloud_us": round(best["wall"][0] * 1e6, 1),
        "bare_asgi_us": round(best["wall"][1] * 1e6, 1),
        "ratio": round(best["wall"][0] / best["wall"][1], 2),
        "wacloud_cpu_us": round(best["cpu"][0] * 1e6, 1),
        "bare_asgi_cpu_us": round(best["cpu"][1] * 1e6, 1),
        "cpu_ratio": round(best["cpu"][0] / best["cpu"][1], 2),
    }


async def _hand_off_us(calls: int = 2000, rounds: int = 9) -> list[dict[str, Any]]:
    """What one empty hand-off to a worker thread and back costs on this machine (context for the sync row):
    through ``run_in_executor`` on a ``ThreadPoolExecutor``, and through the listener's ``HandlerPool``."""
    loop = asyncio.get_running_loop()
    executor = ThreadPoolExecutor(1)
    pool = HandlerPool(1)

    async def stdlib() -> object:
        return await loop.run_in_executor(executor, int)

    async def direct() -> object:
        return await pool.run(loop, int)

    best = {"stdlib": [float("inf"), float("inf")], "direct": [float("inf"), float("inf")]}
    for _ in range(rounds):  # interleaved
        for name, hop in (("stdlib", stdlib), ("direct", direct)):
            start, cpu = time.perf_counter(), time.process_time()
            for _ in range(calls):
                await hop()
            best[name][0] = min(best[name][0], (time.perf_counter() - start) / calls)
            best[name][1] = min(best[name][1], (time.process_time() - cpu) / calls)
    executor.shutdown()
    pool.shutdown()
    return [
        {
            "benchmark": f"one empty thread hand-off ({label})",
            "wall_us": round(best[name][0] * 1e6, 1),
            "cpu_us": round(best[name][1] * 1e6, 1),
        }
        for name, label in (("stdlib", "run_in_executor, ThreadPoolExecutor"), ("direct", "HandlerPool.run"))
    ]


def _parts(calls: int = 200, rounds: int = 9) -> dict[str, Any]:
    """Where the 50-message row's time goes: the same batches through each step alone (best CPU time per call)."""
    best: dict[str, float] = {}

    def measure(name: str, step: Callable[[Any], object], items: list[Any]) -> None:
        start = time.process_time()
        for item in items:
            step(item)
        best[name] = min(best.get(name, float("inf")), (time.process_time() - start) / len(items))

    def verify(delivery: tuple[bytes, bytes]) -> None:
        webhooks.verify_signature(delivery[0], delivery[1].decode(), APP_SECRET)

    for round_index in range(rounds):
        deliveries = _bodies(calls, 50, f"p{round_index}-")
        bodies = [body for body, _ in deliveries]
        dispatcher = _listener(_sync_handler)._dispatcher
        measure("json_loads_us", json.loads, bodies)
        measure("parse_webhook_us", lambda body: webhooks.parse_webhook(body).all, bodies)
        measure("verify_signature_us", verify, deliveries)
        events = [webhooks.parse_webhook(body).all for body in bodies]
        measure("dedupe_and_dispatch_us", lambda batch: dispatcher.deliver_blocking(batch, None), events)  # noqa: B023
    return {"benchmark": "listener: 50-message batch, CPU per step", **{k: round(v * 1e6, 1) for k, v in best.items()}}


#: The rows: name, messages per delivery, handler, deliveries, deliveries in flight, target ratio.
_ROWS: tuple[tuple[str, int, Callable[[webhooks.Message], object], int, int, float], ...] = (
    ("listener: 50-message batch, sync handler", 50, _sync_handler, 200, 1, 3.0),
    ("listener: 50-message batch, sync handler, 8 deliveries in flight", 50, _sync_handler, 400, 8, 3.0),
    ("listener: 1 message, async handler", 1, _async_handler, 2000, 1, 1.5),
)


def _rows(rounds: int, *, sync_only: bool = False) -> list[dict[str, Any]]:
    rows = []
    for name, messages, handler, calls, in_flight, target in _ROWS:
        if sync_only and handler is not _sync_handler:
            continue
        pair = asyncio.run(_pair(messages, handler, calls, rounds, in_flight))
        rows.append({"benchmark": name, **pair, "target": target})
    return rows


def run(rounds: int = 9) -> list[dict[str, Any]]:
    """Measure every row: wall and CPU time per delivery, each against the bare app, and the target ratio."""
    return [*_rows(rounds), _parts(), *asyncio.run(_hand_off_us())]


def run_pinned(rounds: int = 9) -> list[dict[str, Any]]:
    """The sync-handler rows and the hand-off again, in a child process pinned to one CPU (Linux only, else ``[]``).

    A listener deployed one worker process per core (``taskset``, a cpuset) keeps its event loop and its worker
    threads on one core, where a hand-off is a context switch instead of waking another (virtual) CPU.
    """
    if not hasattr(os, "sched_setaffinity"):
        return []
    cpu = min(os.sched_getaffinity(0))
    child = subprocess.run(
        [sys.executable, "-m", "benchmarks.bench_listener", "--sync-rows-json", str(rounds)],
        capture_output=True,
        text=True,
        check=True,
        preexec_fn=lambda: os.sched_setaffinity(0, {cpu}),  # only affinity, no locks taken
    )
    rows: list[dict[str, Any]] = json.loads(child.stdout)
    return [{**row, "benchmark": f"{row['benchmark']} (process pinned to one CPU)"} for row in rows]


if __name__ == "__main__":
    if sys.argv[1:2] == ["--sync-rows-json"]:
        rounds = int(sys.argv[2])
        print(json.dumps([*_rows(rounds, sync_only=True), *asyncio.run(_hand_off_us())]))
    else:
        for row in [*run(), *run_pinned()]:
            print(row)
