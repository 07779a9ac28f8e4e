"""Type-checked with `mypy --strict` (make typecheck): scaling webhooks out needs no ignores in user code.

Redis clients of the `redis` library go straight into the stores and the queue; a hand-written store satisfies the
documented protocols.
"""

from __future__ import annotations

import redis
import redis.asyncio

from wacloud import webhooks


class MyStore:
    def claim(self, key: str, token: str) -> webhooks.ClaimState:
        return "claimed"

    def complete(self, key: str, token: str) -> None:
        return None

    def release(self, key: str, token: str) -> None:
        return None


def scale_out(url: str) -> None:
    sync_store: webhooks.DedupeStore = webhooks.RedisDedupeStore(redis.Redis.from_url(url), prefix="app:")
    async_store: webhooks.AsyncDedupeStore = webhooks.AsyncRedisDedupeStore(redis.asyncio.Redis.from_url(url))
    own: webhooks.DedupeStore = MyStore()
    memory: webhooks.DedupeStore = webhooks.InMemoryDedupeStore(retention=3 * 24 * 3600.0, lease=30, max_keys=10_000)
    queue: webhooks.DeliveryQueue = webhooks.RedisStreamQueue(url, claim_idle=30, max_attempts=20)
    in_process: webhooks.DeliveryQueue = webhooks.InProcessQueue(maxsize=1000)
    listener = webhooks.WebhookListener(
        dedupe=async_store, acknowledge_first=queue, consumers=4, max_workers=16, drain_timeout=10
    )
    webhooks.WebhookListener(dedupe=sync_store, acknowledge_first=in_process)
    webhooks.WebhookListener(dedupe=own)
    webhooks.WebhookListener(dedupe=memory)
    listener.run_consumers()
    webhooks.serve("myapp:listener", port=3000, workers=4)
