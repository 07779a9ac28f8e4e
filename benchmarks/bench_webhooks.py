"""Webhook parsing cost against plain ``json.loads``, on a single-text-message notification and a 50-message batch.

Run: ``PYTHONPATH=wrapper:generated python benchmarks/bench_webhooks.py``. Targets: ``parse_webhook`` at most 2x
``json.loads``; parsing a 50-message batch (2026 payloads: BSUID, username) and reading what a handler reads of
each message (id, sender, type, text body, timestamp) at most 1.5x ``json.loads`` of the same bytes. ``run()``
returns one dict per measurement and prints nothing.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

from wacloud import webhooks

APP_SECRET = "benchmark-app-secret"

#: Meta's documented single-text-message notification, compact as Meta sends it.
BODY = json.dumps(
    {
        "object": "whatsapp_business_account",
        "entry": [
            {
                "id": "102290129340398",
                "changes": [
                    {
                        "value": {
                            "messaging_product": "whatsapp",
                            "metadata": {"display_phone_number": "15550783881", "phone_number_id": "106540352242922"},
                            "contacts": [{"profile": {"name": "Sheena Nelson"}, "wa_id": "16505551234"}],
                            "messages": [
                                {
                                    "from": "16505551234",
                                    "id": "wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=",
                                    "timestamp": "1749416383",
                                    "type": "text",
                                    "text": {"body": "Does it come in another color?"},
                                }
                            ],
                        },
                        "field": "messages",
                    }
                ],
            }
        ],
    },
    separators=(",", ":"),
).encode("utf-8")
SIGNATURE = webhooks.sign_payload(BODY, APP_SECRET)
BATCH_SIZE = 50
BATCH_TARGET = 1.5


def _change(index: int) -> dict[str, Any]:
    """One ``messages`` change as Meta sends it since April 2026: phone number, BSUID, username in contacts."""
    user_id = f"US.{13491208655302741918 + index}"
    return {
        "value": {
            "messaging_product": "whatsapp",
            "metadata": {"display_phone_number": "15550783881", "phone_number_id": "106540352242922"},
            "contacts": [
                {
                    "profile": {"name": "Sheena Nelson", "username": "@realsheenanelson"},
                    "wa_id": f"1650555{index:04d}",
                    "user_id": user_id,
                }
            ],
            "messages": [
                {
                    "from": f"1650555{index:04d}",
                    "from_user_id": user_id,
                    "id": f"wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0{index:04d}",
                    "timestamp": str(1749416383 + index),
                    "type": "text",
                    "text": {"body": f"Does it come in another color? ({index})"},
                }
            ],
        },
        "field": "messages",
    }


#: A delivery batching 50 messages (one change each, as Meta batches them).
BATCH = json.dumps(
    {
        "object": "whatsapp_business_account",
        "entry": [{"id": "102290129340398", "changes": [_change(index) for index in range(BATCH_SIZE)]}],
    },
    separators=(",", ":"),
).encode("utf-8")


def _per_call_us(func: Callable[[], object], loops: int, repeats: int) -> float:
    """Best of ``repeats`` runs of ``loops`` calls, in microseconds per call (best-of filters scheduler noise)."""
    for _ in range(min(loops, 1000)):
        func()
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        for _ in range(loops):
            func()
        best = min(best, time.perf_counter() - start)
    return best / loops * 1e6


def _parse_and_read() -> object:
    return webhooks.parse_webhook(BODY).messages[0].text.body  # type: ignore[union-attr]


def _parse_batch_and_read() -> object:
    seen = []
    for message in webhooks.parse_webhook(BATCH).messages:
        text = message.text
        seen.append((message.id, message.sender, message.type, text.body if text else None, message.timestamp))
    return seen


def _verify_and_parse() -> object:
    webhooks.verify_signature(BODY, SIGNATURE, APP_SECRET)
    return webhooks.parse_webhook(BODY)


def run(loops: int = 20_000, repeats: int = 5) -> list[dict[str, Any]]:
    """Measure and return rows ``{"name", "us_per_call", "ratio_to_json_loads"}``."""
    baseline = _per_call_us(lambda: json.loads(BODY), loops, repeats)
    cases: list[tuple[str, Callable[[], object]]] = [
        ("json.loads", lambda: json.loads(BODY)),
        ("parse_webhook", lambda: webhooks.parse_webhook(BODY)),
        ("parse_webhook + messages[0].text.body", _parse_and_read),
        ("verify_signature + parse_webhook", _verify_and_parse),
    ]
    rows = []
    for name, func in cases:
        per_call = baseline if name == "json.loads" else _per_call_us(func, loops, repeats)
        rows.append(
            {"name": name, "us_per_call": round(per_call, 3), "ratio_to_json_loads": round(per_call / baseline, 2)}
        )
    # The batch and its baseline, interleaved in the same run (ratios, not absolute times, are compared).
    batch_loops = max(loops // BATCH_SIZE, 20)
    batch_baseline = _per_call_us(lambda: json.loads(BATCH), batch_loops, repeats)
    batch = _per_call_us(_parse_batch_and_read, batch_loops, repeats)
    batch_baseline = min(batch_baseline, _per_call_us(lambda: json.loads(BATCH), batch_loops, repeats))
    ratio = batch / batch_baseline
    rows.append(
        {
            "name": f"parse_webhook + id/sender/type/text/timestamp, {BATCH_SIZE}-message batch",
            "us_per_call": round(batch, 3),
            "ratio_to_json_loads": round(ratio, 2),
            "target": BATCH_TARGET,
            "within_target": ratio <= BATCH_TARGET,
        }
    )
    return rows


if __name__ == "__main__":
    for row in run():
        print(f"{row['name']:<42} {row['us_per_call']:>8.2f} us  {row['ratio_to_json_loads']:>5.2f}x")
