"""The de-duplication stores' contract (claim → run → done), in memory and on a real redis-server, and the keys."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Iterator
from typing import Any

import pytest
import redis
import redis.asyncio

from wacloud import webhooks
from wacloud._errors import ConfigurationError

from .conftest import RawLoader


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class SyncFacade:
    """Drive a sync or an asyncio store through one synchronous interface, so one contract test covers all."""

    def __init__(self, store: Any, loop: asyncio.AbstractEventLoop | None = None) -> None:
        self.store = store
        self.loop = loop

    def _run(self, value: Any) -> Any:
        return self.loop.run_until_complete(value) if self.loop is not None else value

    def claim(self, key: str, token: str) -> str:
        return str(self._run(self.store.claim(key, token)))

    def complete(self, key: str, token: str) -> None:
        self._run(self.store.complete(key, token))

    def release(self, key: str, token: str) -> None:
        self._run(self.store.release(key, token))


@pytest.fixture(params=["memory", "redis", "redis-asyncio"])
def store_factory(request: pytest.FixtureRequest) -> Iterator[Any]:
    """``factory(lease=..., retention=...)`` → a :class:`SyncFacade` over a fresh store of each kind."""
    closers: list[Any] = []
    loop = asyncio.new_event_loop()

    def factory(**options: Any) -> SyncFacade:
        if request.param == "memory":
            return SyncFacade(webhooks.InMemoryDedupeStore(**options))
        url = request.getfixturevalue("redis_url")
        if request.param == "redis":
            client = redis.Redis.from_url(url)
            closers.append(client.close)
            return SyncFacade(webhooks.RedisDedupeStore(client, **options))
        async_client = redis.asyncio.Redis.from_url(url)
        closers.append(lambda: loop.run_until_complete(async_client.aclose()))
        return SyncFacade(webhooks.AsyncRedisDedupeStore(async_client, **options), loop)

    yield factory
    for close in closers:
        close()
    loop.close()


def _wait_until_claimed(store: SyncFacade, key: str, token: str, deadline_s: float = 10.0) -> None:
    end = time.monotonic() + deadline_s
    while store.claim(key, token) != "claimed":
        assert time.monotonic() < end, "the lease never expired"
        time.sleep(0.02)


def test_claim_run_done(store_factory: Any) -> None:
    store = store_factory()
    assert store.claim("message:a", "run-1") == "claimed"
    assert store.claim("message:a", "run-2") == "in_flight"  # a concurrent redelivery
    store.complete("message:a", "run-1")
    assert store.claim("message:a", "run-3") == "done"
    assert store.claim("message:b", "run-3") == "claimed"  # keys are independent


def test_a_failed_run_releases_its_claim(store_factory: Any) -> None:
    store = store_factory()
    assert store.claim("k", "run-1") == "claimed"
    store.release("k", "run-1")
    assert store.claim("k", "run-2") == "claimed"


def test_release_only_drops_the_callers_claim(store_factory: Any) -> None:
    store = store_factory()
    assert store.claim("k", "run-1") == "claimed"
    store.release("k", "someone-else")  # e.g. a run whose lease expired and was taken over
    assert store.claim("k", "run-2") == "in_flight"


def test_a_crashed_runs_lease_expires(store_factory: Any) -> None:
    store = store_factory(lease=0.2)
    assert store.claim("k", "crashed-run") == "claimed"
    assert store.claim("k", "redelivery") == "in_flight"
    _wait_until_claimed(store, "k", "later-redelivery")


def test_done_markers_expire_after_the_retention(store_factory: Any) -> None:
    store = store_factory(retention=0.2)
    assert store.claim("k", "run-1") == "claimed"
    store.complete("k", "run-1")
    assert store.claim("k", "run-2") == "done"
    _wait_until_claimed(store, "k", "run-3")


@pytest.mark.parametrize("option", ["retention", "lease"])
@pytest.mark.parametrize("value", [0, -1, "7d", True])
def test_durations_are_validated(option: str, value: Any) -> None:
    with pytest.raises(ConfigurationError, match=option):
        webhooks.InMemoryDedupeStore(**{option: value})


def test_defaults_follow_metas_redelivery_window() -> None:
    store = webhooks.InMemoryDedupeStore()
    assert store.retention == webhooks.DEFAULT_RETENTION_SECONDS == 7 * 24 * 3600
    assert store.lease == webhooks.DEFAULT_LEASE_SECONDS
    assert "retention" in repr(store)


def test_in_memory_store_is_bounded_in_time() -> None:
    clock = FakeClock()
    store = webhooks.InMemoryDedupeStore(retention=100, lease=10, clock=clock)
    for index in range(50):
        assert store.claim(f"k{index}", "t") == "claimed"
        store.complete(f"k{index}", "t")
        clock.now += 1
    assert len(store) == 50
    clock.now += 60  # the first 11 are past their retention
    assert store.claim("k0", "t2") == "claimed"
    assert len(store) == 39
    assert store.claim("k49", "t2") == "done"


def test_in_memory_store_is_bounded_in_memory(caplog: pytest.LogCaptureFixture) -> None:
    store = webhooks.InMemoryDedupeStore(max_keys=3)
    with caplog.at_level(logging.WARNING, logger="wacloud.webhooks"):
        for key in "abcd":
            store.claim(key, "t")
            store.complete(key, "t")
    assert len(store) == 3
    assert store.claim("a", "t") == "claimed"  # forgotten early: the oldest go first
    assert store.claim("d", "t") == "done"
    assert "max_keys=3" in caplog.text and "RedisDedupeStore" in caplog.text
    with pytest.raises(ConfigurationError, match="max_keys"):
        webhooks.InMemoryDedupeStore(max_keys=0)


def test_completing_twice_keeps_one_marker() -> None:
    clock = FakeClock()
    store = webhooks.InMemoryDedupeStore(retention=10, clock=clock)
    store.complete("a", "t")  # expires at +10
    clock.now += 5
    store.complete("b", "t")  # expires at +15
    clock.now += 3
    store.complete("a", "t")  # now expires at +18, after b's
    clock.now += 8  # +16: b is past its retention, a is not
    assert store.claim("b", "t") == "claimed"
    assert store.claim("a", "t") == "done"
    assert len(store) == 1


def test_redis_keys_carry_the_prefix_and_expire(redis_url: str) -> None:
    with redis.Redis.from_url(redis_url) as client:
        store = webhooks.RedisDedupeStore(client, prefix="myapp:wa:", lease=30, retention=3600)
        assert store.claim("message:wamid.1", "run") == "claimed"
        assert client.get("myapp:wa:message:wamid.1") == b"claim:run"
        assert 0 < client.pttl("myapp:wa:message:wamid.1") <= 30_000
        store.complete("message:wamid.1", "run")
        assert client.get("myapp:wa:message:wamid.1") == b"done"
        assert 30_000 < client.pttl("myapp:wa:message:wamid.1") <= 3_600_000
        assert client.keys("*") == [b"myapp:wa:message:wamid.1"]
        assert "myapp:wa:" in repr(store)


def test_redis_claims_are_atomic_under_contention(redis_url: str) -> None:
    """Many clients race for the same keys: each key is claimed exactly once."""

    async def race() -> list[str]:
        clients = [redis.asyncio.Redis.from_url(redis_url) for _ in range(8)]
        stores = [webhooks.AsyncRedisDedupeStore(client) for client in clients]
        try:
            results = await asyncio.gather(
                *(store.claim(f"k{key}", f"run-{n}") for key in range(50) for n, store in enumerate(stores))
            )
        finally:
            for client in clients:
                await client.aclose()
        return list(results)

    results = asyncio.run(race())
    assert results.count("claimed") == 50
    assert results.count("in_flight") == 50 * 7


# -- the keys -----------------------------------------------------------------------------------------------------


def _group_receipts() -> dict[str, Any]:
    """Meta's group status webhook: one read receipt per participant of one group message, in one delivery."""
    statuses = [
        {
            "id": "wamid.group1",
            "status": "read",
            "timestamp": "1750263773",
            "recipient_id": "Y2FwaV9ncm91cDoxNzA1NTU1MDEzOToxMjAzNjM0MDQ2OTQyMzM4MjAZD",
            "recipient_type": "group",
            "recipient_participant_id": participant,
        }
        for participant in ("16505551234", "16505555678")
    ] + [
        {
            "id": "wamid.group1",
            "status": "read",
            "timestamp": "1750263774",
            "recipient_id": "Y2FwaV9ncm91cDoxNzA1NTU1MDEzOToxMjAzNjM0MDQ2OTQyMzM4MjAZD",
            "recipient_type": "group",
            "recipient_participant_user_id": "US.13491208655302741918",
        }
    ]
    return {
        "object": "whatsapp_business_account",
        "entry": [
            {
                "id": "102290129340398",
                "changes": [
                    {
                        "field": "messages",
                        "value": {
                            "messaging_product": "whatsapp",
                            "metadata": {"display_phone_number": "15550783881", "phone_number_id": "106540352242922"},
                            "statuses": statuses,
                        },
                    }
                ],
            }
        ],
    }


def test_each_participants_receipt_has_its_own_key() -> None:
    statuses = webhooks.parse_webhook(_group_receipts()).statuses
    keys = [webhooks.dedupe_key(status) for status in statuses]
    assert len(set(keys)) == 3
    assert all(key is not None and key.startswith("status:wamid.group1:read:") for key in keys)
    assert webhooks.dedupe_key(statuses[0]) == webhooks.dedupe_key(
        webhooks.parse_webhook(_group_receipts()).statuses[0]
    )


def test_a_one_to_one_status_is_keyed_by_its_wamid_whoever_the_recipient_is() -> None:
    def status(**recipient: str) -> webhooks.Status:
        return webhooks.Status({"id": "wamid.x", "status": "delivered", **recipient})

    # A 1:1 message's wamid names its one recipient: phone number or BSUID, the key is the same (and stable).
    assert webhooks.dedupe_key(status(recipient_id="16505551234")) == "status:wamid.x:delivered"
    assert webhooks.dedupe_key(status(recipient_user_id="US.13491208655302741918")) == "status:wamid.x:delivered"
    assert webhooks.dedupe_key(webhooks.Status({"id": "w"})) == "status:w:unknown"


def test_every_participants_receipt_reaches_the_handler(call_asgi: Any, make_listener: Any, sign: Any) -> None:
    import json

    seen: list[str | None] = []
    listener = make_listener(on_status=lambda status: seen.append(status.raw.get("recipient_participant_id")))
    body = json.dumps(_group_receipts()).encode()
    for _ in range(2):  # the redelivery is recognised, the three receipts are not confused with each other
        assert call_asgi(listener.asgi, "POST", "/webhook", body=body, headers=sign(body))[0] == 200
    assert seen == ["16505551234", "16505555678", None]


def test_message_keys_are_the_wamid(raw: RawLoader) -> None:
    message = webhooks.parse_webhook(raw("message_text")).messages[0]
    assert webhooks.dedupe_key(message) == f"message:{message.id}"


def _documented_sql_store() -> Any:
    """Build the SQL store exactly as the DedupeStore docstring shows it (so the example cannot rot)."""
    import sqlite3
    import textwrap

    doc = webhooks.DedupeStore.__doc__ or ""
    example = textwrap.dedent(doc.split("(here sqlite3)::", 1)[1])
    namespace: dict[str, Any] = {"time": time}
    exec(compile(example, "DedupeStore.__doc__", "exec"), namespace)
    db = sqlite3.connect(":memory:", check_same_thread=False)
    db.execute("CREATE TABLE dedupe (key TEXT PRIMARY KEY, value TEXT, expires_at REAL)")
    return namespace["SqlDedupeStore"](db)


def test_the_documented_sql_store_follows_the_contract() -> None:
    store = _documented_sql_store()
    assert isinstance(store, webhooks.DedupeStore)
    assert store.claim("k", "run-1") == "claimed"
    assert store.claim("k", "run-2") == "in_flight"
    store.release("k", "someone-else")
    assert store.claim("k", "run-2") == "in_flight"
    store.release("k", "run-1")
    assert store.claim("k", "run-2") == "claimed"
    store.complete("k", "run-2")
    assert store.claim("k", "run-3") == "done"


def test_the_documented_sql_store_in_a_listener(call_wsgi: Any, make_listener: Any, raw: RawLoader, sign: Any) -> None:
    seen: list[str | None] = []
    listener = make_listener(dedupe=_documented_sql_store(), on_message=lambda message: seen.append(message.id))
    body = raw("message_text")
    for _ in range(2):
        assert call_wsgi(listener.wsgi, "POST", "/webhook", body=body, headers=sign(body))[0] == 200
    assert len(seen) == 1
