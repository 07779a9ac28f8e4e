"""The rate limiter: Meta's per-number throughput and per-pair spacing, on a virtual clock, in memory and in Redis."""

from __future__ import annotations

import asyncio
import itertools
import json
import subprocess
import sys
import threading
import time
from typing import Any

import pytest
from pytest_httpx import HTTPXMock

from tests.conftest import GRAPH, PHONE_ID, SENT, TOKEN
from wacloud import AsyncWhatsApp, ConfigurationError, RateLimitError, WhatsApp
from wacloud.ratelimit import (
    COEXISTENCE_MESSAGES_PER_SECOND,
    RateLimit,
    RateLimiter,
    RedisRateLimiter,
    Reservation,
    limited_send,
)


class VirtualClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _limiter(**policy: Any) -> tuple[RateLimiter, VirtualClock]:
    clock = VirtualClock()
    return RateLimiter(RateLimit(**policy), clock=clock), clock


def test_sends_of_one_number_are_spaced_at_the_configured_rate() -> None:
    limiter, _ = _limiter(messages_per_second=80)
    delays = [limiter.reserve(PHONE_ID, f"1555000{i:04d}").delay for i in range(160)]
    assert delays == pytest.approx([i / 80 for i in range(160)], abs=1e-6)


def test_burst_lets_that_many_start_together_then_spaces_the_rest() -> None:
    limiter, _ = _limiter(messages_per_second=100, burst=5)
    delays = [limiter.reserve(PHONE_ID, f"1555000{i:04d}").delay for i in range(8)]
    assert delays == pytest.approx([0, 0, 0, 0, 0, 0.01, 0.02, 0.03], abs=1e-6)


def test_numbers_are_independent_and_coexistence_numbers_get_their_own_rate() -> None:
    limiter, _ = _limiter(messages_per_second=1000, per_number={"2002": COEXISTENCE_MESSAGES_PER_SECOND})
    fast = [limiter.reserve("2001", f"1555{i}").delay for i in range(3)]
    slow = [limiter.reserve("2002", f"1555{i}").delay for i in range(3)]
    assert fast == pytest.approx([0, 0.001, 0.002])
    assert slow == pytest.approx([0, 0.05, 0.10])


def test_idle_time_is_not_saved_up_into_a_burst() -> None:
    limiter, clock = _limiter(messages_per_second=10)
    limiter.reserve(PHONE_ID, "1")
    clock.now += 60  # a minute idle
    assert [limiter.reserve(PHONE_ID, str(i)).delay for i in range(3)] == pytest.approx([0, 0.1, 0.2])


def test_a_pair_may_burst_45_messages_then_waits_until_the_borrowed_time_is_repaid() -> None:
    limiter, _ = _limiter(messages_per_second=1000, max_wait=1000)
    slots = [limiter.reserve(PHONE_ID, "15551234567").slot for _ in range(46)]
    start = slots[0]
    assert all(slot - start < 6 for slot in slots[:45])  # one burst of Meta's documented 45 within 6 s
    assert slots[45] - start == pytest.approx(45 * 6)  # then 45 x 6 s of borrowed quota is repaid first


def test_after_a_burst_of_20_the_next_message_waits_about_two_minutes() -> None:
    """Meta's example: after a burst of 20 messages to one user, wait about 2 minutes before sending more."""
    limiter, clock = _limiter(messages_per_second=1000, max_wait=1000)
    first = limiter.reserve(PHONE_ID, "+1 (555) 123-4567").slot
    for _ in range(19):
        limiter.reserve(PHONE_ID, "15551234567")  # the same user, however the number is written
    clock.now += 7  # the burst window is over
    assert limiter.reserve(PHONE_ID, "15551234567").slot - first == pytest.approx(20 * 6)


def test_one_message_every_6_seconds_to_a_user_never_waits() -> None:
    limiter, clock = _limiter(messages_per_second=80)
    for _ in range(100):
        assert limiter.reserve(PHONE_ID, "15551234567").delay == 0
        clock.now += 6


def test_pair_limit_can_be_switched_off() -> None:
    limiter, _ = _limiter(messages_per_second=1000, pair_interval=None)
    slots = [limiter.reserve(PHONE_ID, "15551234567").slot for _ in range(100)]
    assert slots[-1] - slots[0] == pytest.approx(0.099)


def test_a_wait_over_max_wait_raises_and_reserves_nothing() -> None:
    limiter, _ = _limiter(messages_per_second=1, max_wait=2.5)
    assert [limiter.reserve(PHONE_ID, str(i)).delay for i in range(3)] == [0, 1, 2]
    with pytest.raises(RateLimitError, match="max_wait") as raised:
        limiter.reserve(PHONE_ID, "99")
    assert raised.value.retry_after == 3
    with pytest.raises(RateLimitError):
        limiter.reserve(PHONE_ID, "99")  # the refused call took no slot: the next one sees the same wait
    assert limiter.reserve(PHONE_ID, "99", max_wait=10).delay == 3


def test_concurrent_threads_get_distinct_evenly_spaced_slots() -> None:
    limiter, _ = _limiter(messages_per_second=1000, pair_interval=None)
    slots: list[float] = []
    lock = threading.Lock()

    def worker() -> None:
        mine = [limiter.reserve(PHONE_ID, None, max_wait=100).slot for _ in range(500)]
        with lock:
            slots.extend(mine)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    micros = sorted(round(slot * 1e6) for slot in slots)
    assert {b - a for a, b in itertools.pairwise(micros)} == {1000}
    assert len(micros) == 4000


def test_asyncio_tasks_share_the_limiter() -> None:
    limiter, _ = _limiter(messages_per_second=50)

    async def main() -> list[float]:
        reservations = await asyncio.gather(*(limiter.areserve(PHONE_ID, str(i)) for i in range(5)))
        return sorted(r.delay for r in reservations)

    assert asyncio.run(main()) == pytest.approx([0, 0.02, 0.04, 0.06, 0.08])


def test_memory_for_pairs_stays_bounded() -> None:
    limiter, clock = _limiter(messages_per_second=1000, max_wait=1e6)
    for i in range(20_000):
        limiter.reserve(PHONE_ID, str(i))
        clock.now += 0.01  # 100 new users per second: each pair is repaid after 6 s
    assert len(limiter._pairs) < 5000


@pytest.mark.parametrize(
    ("policy", "match"),
    [
        ({"messages_per_second": 0}, "above 0"),
        ({"messages_per_second": 1001}, "at most 1000"),
        ({"per_number": {"1": 5000}}, "Throughput for 1"),
        ({"burst": 0}, "burst"),
        ({"pair_interval": 0}, "pair_interval"),
        ({"pair_burst": 0}, "pair_burst"),
    ],
)
def test_bad_policies_are_refused(policy: dict[str, Any], match: str) -> None:
    with pytest.raises(ConfigurationError, match=match):
        RateLimit(**policy)


def test_only_message_sends_are_limited() -> None:
    assert limited_send("POST", f"/{PHONE_ID}/messages", {"to": "1555", "type": "text"}) == (PHONE_ID, "1555")
    assert limited_send("POST", f"/{PHONE_ID}/marketing_messages", {"to": "1555"}) == (PHONE_ID, "1555")
    assert limited_send("POST", f"/{PHONE_ID}/messages", {"status": "read", "message_id": "wamid.x"}) is None
    assert limited_send("GET", f"/{PHONE_ID}/messages", None) is None
    assert limited_send("POST", f"/{PHONE_ID}/media", None) is None
    assert limited_send("POST", "/102290129340398/message_templates", {"name": "x"}) is None


# ---------------------------------------------------------------- the client uses the limiter


class RecordingLimiter:
    """A limiter that grants every slot at once and remembers what it was asked for."""

    def __init__(self) -> None:
        self.policy = RateLimit()
        self.calls: list[tuple[str, str | None]] = []

    def reserve(self, phone_number_id: str, recipient: str | None, *, max_wait: float | None = None) -> Reservation:
        self.calls.append((phone_number_id, recipient))
        return Reservation(0.0, 0.0)

    async def areserve(
        self, phone_number_id: str, recipient: str | None, *, max_wait: float | None = None
    ) -> Reservation:
        return self.reserve(phone_number_id, recipient)


def test_the_client_paces_message_sends_only_and_every_attempt(httpx_mock: HTTPXMock) -> None:
    limiter = RecordingLimiter()
    throttled = {"error": {"message": "(#130429) Rate limit hit", "code": 130429}}
    httpx_mock.add_response(
        url=f"{GRAPH}/{PHONE_ID}/messages", status_code=400, json=throttled, headers={"Retry-After": "0"}
    )
    httpx_mock.add_response(url=f"{GRAPH}/{PHONE_ID}/messages", json=SENT)
    httpx_mock.add_response(url=f"{GRAPH}/{PHONE_ID}/messages", json={"success": True})
    httpx_mock.add_response(url=f"{GRAPH}/{PHONE_ID}", json={"id": PHONE_ID})
    with WhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID, rate_limit=limiter) as client:
        client.messages.send_text(to="15551234567", body="hi")  # throttled once, retried: two slots
        client.messages.mark_as_read("wamid.x")  # not a message
        client.phone_numbers.get()  # a management call
        assert client.with_options(access_token="EAAG-other").rate_limiter is limiter
    assert limiter.calls == [(PHONE_ID, "15551234567"), (PHONE_ID, "15551234567")]


def test_the_async_client_paces_message_sends(httpx_mock: HTTPXMock) -> None:
    limiter = RecordingLimiter()
    httpx_mock.add_response(url=f"{GRAPH}/{PHONE_ID}/messages", json=SENT)

    async def main() -> None:
        async with AsyncWhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID, rate_limit=limiter) as client:
            await client.messages.send_text(to="15551234567", body="hi")

    asyncio.run(main())
    assert limiter.calls == [(PHONE_ID, "15551234567")]


def test_rate_limit_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    assert WhatsApp(access_token=TOKEN).rate_limiter is None  # off unless configured
    assert isinstance(WhatsApp(access_token=TOKEN, rate_limit=True).rate_limiter, RateLimiter)
    limiter = WhatsApp(access_token=TOKEN, rate_limit=250).rate_limiter
    assert isinstance(limiter, RateLimiter) and limiter.policy.messages_per_second == 250
    monkeypatch.setenv("WA_RATE_LIMIT", "20")
    client = WhatsApp(access_token=TOKEN)
    assert isinstance(client.rate_limiter, RateLimiter) and client.rate_limiter.policy.messages_per_second == 20
    assert ("rate_limit", "20.0", "environment") in client.settings.describe()
    assert WhatsApp(access_token=TOKEN, rate_limit=False).rate_limiter is None
    monkeypatch.setenv("WA_RATE_LIMIT_REDIS_URL", "redis://:hunter2@127.0.0.1:6399/0")
    shared = WhatsApp(access_token=TOKEN).rate_limiter
    assert isinstance(shared, RedisRateLimiter) and shared.policy.messages_per_second == 20
    assert "hunter2" not in repr(shared) and "hunter2" not in str(WhatsApp(access_token=TOKEN).settings.describe())
    monkeypatch.setenv("WA_RATE_LIMIT", "5000")
    with pytest.raises(ConfigurationError, match="WA_RATE_LIMIT"):
        WhatsApp(access_token=TOKEN)
    monkeypatch.setenv("WA_RATE_LIMIT", "off")
    monkeypatch.setenv("WA_RATE_LIMIT_REDIS_URL", "localhost:6379")
    with pytest.raises(ConfigurationError, match="WA_RATE_LIMIT_REDIS_URL"):
        WhatsApp(access_token=TOKEN)


# ---------------------------------------------------------------- Redis: one script, one clock, many processes


def _micros(reservations: list[Reservation]) -> list[int]:
    return sorted(round(r.slot * 1e6) for r in reservations)


def test_redis_limiter_spaces_sends_like_the_in_memory_one(redis_url: str) -> None:
    limiter = RedisRateLimiter(redis_url, RateLimit(messages_per_second=0.1), key_prefix="t1:")
    reservations = [limiter.reserve(PHONE_ID, str(i), max_wait=1000) for i in range(5)]
    slots = _micros(reservations)
    assert [b - a for a, b in itertools.pairwise(slots)] == [10_000_000] * 4
    assert reservations[0].delay < 1 and reservations[4].delay == pytest.approx(40, abs=1)
    with pytest.raises(RateLimitError, match="max_wait"):
        limiter.reserve(PHONE_ID, "6", max_wait=5)
    limiter.close()


def test_redis_pair_limit_and_async_client(redis_url: str) -> None:
    limiter = RedisRateLimiter(redis_url, RateLimit(messages_per_second=1000, max_wait=1000), key_prefix="t2:")

    async def main() -> list[Reservation]:
        try:
            return [await limiter.areserve(PHONE_ID, "15551234567") for _ in range(46)]
        finally:
            await limiter.aclose()

    slots = _micros(asyncio.run(main()))
    assert slots[44] - slots[0] < 6_000_000
    assert slots[45] - slots[0] == pytest.approx(45 * 6_000_000, abs=2000)


_WORKER = """
import json, sys
from wacloud.ratelimit import RateLimit, RedisRateLimiter
url, kind, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
policy = RateLimit(messages_per_second=0.5 if kind == "number" else 1000, max_wait=10_000)
limiter = RedisRateLimiter(url, policy, key_prefix="fleet:")
sys.stdout.write("ready\\n"); sys.stdout.flush(); sys.stdin.readline()
recipient = (lambda i: f"1555{i}") if kind == "number" else (lambda i: "15551234567")
print(json.dumps([round(limiter.reserve("1001", recipient(i)).slot * 1e6) for i in range(count)]))
"""


def _two_processes(redis_url: str, kind: str, count: int) -> list[int]:
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", _WORKER, redis_url, kind, str(count)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    for process in processes:
        assert process.stdout is not None and process.stdout.readline().strip() == "ready"
    for process in processes:  # release both at once: their reservations interleave
        assert process.stdin is not None
        process.stdin.write("go\n")
        process.stdin.flush()
    slots: list[int] = []
    for process in processes:
        out, _ = process.communicate(timeout=60)
        assert process.returncode == 0
        slots.extend(json.loads(out))
    return sorted(slots)


def test_two_processes_sharing_redis_hold_one_number_rate(redis_url: str) -> None:
    slots = _two_processes(redis_url, "number", 40)
    assert len(set(slots)) == 80
    assert {b - a for a, b in itertools.pairwise(slots)} == {2_000_000}  # one schedule at 0.5/s


def test_two_processes_sharing_redis_hold_one_pair_limit(redis_url: str) -> None:
    slots = _two_processes(redis_url, "pair", 30)
    assert slots[44] - slots[0] < 6_000_000  # 45 in one burst across both processes
    assert slots[45] - slots[0] >= 45 * 6_000_000  # the 46th waits for the repaid quota
    assert slots[59] - slots[45] < 6_000_000


def test_redis_limiter_needs_a_url() -> None:
    with pytest.raises(ConfigurationError, match="Redis URL"):
        RedisRateLimiter()


def test_client_sleeps_until_each_reserved_slot(httpx_mock: HTTPXMock, monkeypatch: pytest.MonkeyPatch) -> None:
    """With a real limiter the client sleeps until each reserved slot (virtual clock: no real waiting)."""
    limiter = RateLimiter(RateLimit(messages_per_second=80), clock=VirtualClock())
    slept: list[float] = []
    httpx_mock.add_response(url=f"{GRAPH}/{PHONE_ID}/messages", json=SENT, is_reusable=True)
    with WhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID, rate_limit=limiter) as client:
        monkeypatch.setattr(time, "sleep", slept.append)
        for i in range(3):
            client.messages.send_text(to=f"1555000{i}", body="hi")
    assert slept == pytest.approx([1 / 80, 2 / 80])
    assert len(httpx_mock.get_requests()) == 3
