"""Webhook parsing cost against plain ``json.loads``, on a single-text-message notification.

Run: ``PYTHONPATH=wrapper:generated python benchmarks/bench_webhooks.py``. The target is ``parse_webhook`` at most
2x ``json.loads``. ``run()`` returns one dict per measurement and prints nothing.
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
    return rows


if __name__ == "__main__":
    for row in run():
        print(f"{row['name']:<42} {row['us_per_call']:>8.2f} us  {row['ratio_to_json_loads']:>5.2f}x")
