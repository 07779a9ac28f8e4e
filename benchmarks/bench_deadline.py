"""The cost of the per-attempt deadline: the same send over loopback with and without the deadline streams.

The deadline (wacloud/_deadline.py) wraps the pool's network streams and sets a context variable per attempt; the
baseline is the same client with the plain httpcore streams put back. Same run, interleaved, best of the rounds.
"""

from __future__ import annotations

import asyncio
import functools
import time
from collections.abc import Awaitable, Callable
from typing import Any

from wacloud import AsyncWhatsApp, WhatsApp

TOKEN = "EAAG-benchmark-token"
PHONE_ID = "106540352242922"


def _without_deadline(client: WhatsApp | AsyncWhatsApp) -> None:
    """Put httpcore's own network backend back and stop setting the deadline: the pre-deadline send path."""
    pool: Any = client.http_client._transport._pool  # type: ignore[union-attr]
    pool._network_backend = pool._network_backend._backend
    client._runtime.deadlines = False


def _best(func: Callable[[], object], calls: int) -> float:
    start = time.perf_counter()
    for _ in range(calls):
        func()
    return (time.perf_counter() - start) / calls * 1e6


async def _best_async(func: Callable[[], Awaitable[object]], calls: int) -> float:
    start = time.perf_counter()
    for _ in range(calls):
        await func()
    return (time.perf_counter() - start) / calls * 1e6


def bench_sync(base_url: str, calls: int = 400, rounds: int = 8) -> dict[str, Any]:
    with_deadline = WhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID, base_url=base_url)
    without = WhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID, base_url=base_url)
    _without_deadline(without)
    best_with = best_without = float("inf")
    for round_ in range(rounds):  # interleaved, alternating which side goes first
        for side in ("with", "without") if round_ % 2 else ("without", "with"):
            client = with_deadline if side == "with" else without
            best = _best(functools.partial(client.messages.send_text, to="15551234567", body="hi"), calls)
            if side == "with":
                best_with = min(best_with, best)
            else:
                best_without = min(best_without, best)
    with_deadline.close()
    without.close()
    return _row("send_text sync, loopback: deadline vs none", best_with, best_without)


async def bench_async(base_url: str, calls: int = 400, rounds: int = 8) -> dict[str, Any]:
    with_deadline = AsyncWhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID, base_url=base_url)
    without = AsyncWhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID, base_url=base_url)
    _without_deadline(without)
    best_with = best_without = float("inf")
    for round_ in range(rounds):  # interleaved, alternating which side goes first
        for side in ("with", "without") if round_ % 2 else ("without", "with"):
            client = with_deadline if side == "with" else without
            best = await _best_async(functools.partial(client.messages.send_text, to="15551234567", body="hi"), calls)
            if side == "with":
                best_with = min(best_with, best)
            else:
                best_without = min(best_without, best)
    await with_deadline.close()
    await without.close()
    return _row("send_text async, loopback: deadline vs none", best_with, best_without)


def _row(name: str, with_us: float, without_us: float) -> dict[str, Any]:
    return {
        "benchmark": name,
        "with_deadline_us": round(with_us, 1),
        "without_us": round(without_us, 1),
        "ratio": round(with_us / without_us, 3),
    }


def run(base_url: str) -> list[dict[str, Any]]:
    """Both rows, against the loopback server at ``base_url``."""
    return [bench_sync(base_url), asyncio.run(bench_async(base_url))]
