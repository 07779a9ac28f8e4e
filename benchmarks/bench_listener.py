"""The webhook listener's cost per delivery against a bare ASGI app that only checks the HMAC and runs ``json.loads``.

Both apps are driven in-process by the same ASGI receive/send pair, interleaved in one run, best of several rounds;
every delivery carries new message ids, so the listener really claims, runs and completes each event (default
in-memory de-duplication, signature check on). Rows:

* a 50-message batch with a synchronous handler (one hand-off to the worker pool per delivery): target ≤ 3×;
* a single message with an async handler (no thread at all): target ≤ 1.5×.

Run alone: ``python -m benchmarks.bench_listener``.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import time
from collections.abc import Awaitable, Callable
from typing import Any

from wacloud import webhooks

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


async def _drive(app: App, deliveries: list[tuple[bytes, bytes]]) -> float:
    """Seconds per delivery through ``app``; fails loudly on any answer but 200."""
    statuses: list[int] = []

    async def send(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            statuses.append(message["status"])

    start = time.perf_counter()
    for body, signature in deliveries:
        incoming = {"type": "http.request", "body": body, "more_body": False}

        async def receive(incoming: dict[str, Any] = incoming) -> dict[str, Any]:
            return incoming

        scope = {
            "type": "http",
            "method": "POST",
            "path": "/webhook",
            "query_string": b"",
            "headers": [(b"content-type", b"application/json"), (b"x-hub-signature-256", signature)],
        }
        await app(scope, receive, send)
    elapsed = time.perf_counter() - start
    if set(statuses) != {200}:
        raise RuntimeError(f"unexpected answers in the benchmark: {sorted(set(statuses))}")
    return elapsed / len(deliveries)


def _listener(handler: Callable[[webhooks.Message], object]) -> webhooks.WebhookListener:
    return webhooks.WebhookListener(verify_token="bench", app_secret=APP_SECRET, environ={}, on_message=handler)


# The handlers do nothing, so the rows measure the listener itself: what a handler then does is the application's.
def _sync_handler(message: webhooks.Message) -> None:
    pass


async def _async_handler(message: webhooks.Message) -> None:
    pass


async def _pair(
    messages: int, handler: Callable[[webhooks.Message], object], calls: int, rounds: int
) -> dict[str, Any]:
    best_sdk = best_bare = float("inf")
    for round_index in range(rounds):  # interleaved, so both see the same machine state
        deliveries = _bodies(calls, messages, f"r{round_index}-")
        listener = _listener(handler)
        await _drive(bare_app, deliveries[: max(1, calls // 10)])  # warm up both
        best_bare = min(best_bare, await _drive(bare_app, deliveries))
        best_sdk = min(best_sdk, await _drive(listener.asgi, deliveries))
        await listener.aclose()
    return {"wacloud_us": round(best_sdk * 1e6, 1), "bare_asgi_us": round(best_bare * 1e6, 1)}


def run(rounds: int = 5) -> list[dict[str, Any]]:
    """Measure both rows; each ``{"benchmark", "wacloud_us", "bare_asgi_us", "ratio", "target"}``."""
    rows = []
    for name, messages, handler, calls, target in (
        ("listener: 50-message batch, sync handler", 50, _sync_handler, 300, 3.0),
        ("listener: 1 message, async handler", 1, _async_handler, 3000, 1.5),
    ):
        row = asyncio.run(_pair(messages, handler, calls, rounds))
        rows.append(
            {
                "benchmark": name,
                **row,
                "ratio": round(row["wacloud_us"] / row["bare_asgi_us"], 2),
                "target": target,
            }
        )
    return rows


if __name__ == "__main__":
    for row in run():
        print(row)
