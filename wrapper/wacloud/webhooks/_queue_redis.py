"""``RedisStreamQueue``: acknowledge-first deliveries on a Redis Stream, shared by any number of worker processes.

Producers ``XADD`` the verified body; consumers read it through one consumer group (``XREADGROUP``), so each entry
goes to one consumer, and it stays in the group's pending-entries list until ``XACK``. Before reading new entries a
consumer reclaims, with ``XAUTOCLAIM``, entries pending longer than ``claim_idle`` seconds: those of a consumer that
died or failed them. Handled entries are acknowledged and deleted, so the stream only holds unfinished work.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, Final

from .._errors import ConfigurationError
from ._dedupe import check_duration
from ._queue import QueuedDelivery

if TYPE_CHECKING:
    import redis
    import redis.asyncio

__all__ = ["RedisStreamQueue"]

logger = logging.getLogger("wacloud.webhooks")

DEFAULT_STREAM: Final = "wacloud:webhooks:deliveries"
DEFAULT_GROUP: Final = "wacloud-webhooks"
_BODY: Final = b"body"


def _import_redis() -> Any:
    try:
        import redis
        import redis.asyncio
    except ImportError:
        raise ConfigurationError("RedisStreamQueue needs the redis library: pip install 'wacloud[redis]'.") from None
    return redis


class RedisStreamQueue:
    """Deliveries on a Redis Stream with a consumer group: durable, shared by every worker process and host.

    Give a URL (``redis://…``; a sync and an asyncio client are made from it) or the clients themselves: the
    asyncio client serves the ASGI app and every consumer, the sync one the WSGI app. ``claim_idle`` is how long a
    delivery may stay unacknowledged before another consumer takes it over (keep it above your slowest handler);
    it is also the retry delay of a failed delivery. With ``max_attempts``, an entry handed out that often is moved
    to ``<stream>:dead`` (logged) instead of being tried again.

    Example::

        queue = webhooks.RedisStreamQueue("redis://localhost:6379/0")
        listener = webhooks.WebhookListener(acknowledge_first=queue, dedupe=webhooks.AsyncRedisDedupeStore(...))
    """

    def __init__(
        self,
        url: str | None = None,
        *,
        client: redis.Redis | None = None,
        async_client: redis.asyncio.Redis | None = None,
        stream: str = DEFAULT_STREAM,
        group: str = DEFAULT_GROUP,
        claim_idle: float = 60.0,
        max_attempts: int | None = None,
    ) -> None:
        if url is None and client is None and async_client is None:
            raise ConfigurationError("RedisStreamQueue needs a Redis URL, or client= / async_client=.")
        if max_attempts is not None and (
            isinstance(max_attempts, bool) or not isinstance(max_attempts, int) or max_attempts < 1
        ):
            raise ConfigurationError(f"max_attempts must be a positive integer or None, got {max_attempts!r}.")
        self._url = url
        self._client = client
        self._async_client = async_client
        self.stream = stream
        self.group = group
        self.dead_letter_stream: str = f"{stream}:dead"
        self.claim_idle: float = check_duration("claim_idle", claim_idle)
        self.max_attempts = max_attempts
        self._group_ready = False
        self._cursors: dict[str, str] = {}

    def __repr__(self) -> str:
        return f"RedisStreamQueue(stream={self.stream!r}, group={self.group!r}, claim_idle={self.claim_idle!r})"

    # -- clients, made lazily from the URL --------------------------------------------------------------------------

    def _sync(self) -> redis.Redis:
        if self._client is None:
            assert self._url is not None
            self._client = _import_redis().Redis.from_url(self._url)
        return self._client

    def _async(self) -> redis.asyncio.Redis:
        if self._async_client is None:
            if self._url is None:
                raise ConfigurationError("RedisStreamQueue needs async_client= (or a URL) for asyncio use.")
            self._async_client = _import_redis().asyncio.Redis.from_url(self._url)
        return self._async_client

    def close(self) -> None:
        """Close the sync client this queue made from its URL (the asyncio one needs :meth:`aclose`)."""
        if self._url is not None and self._client is not None:
            self._client.close()
            self._client = None

    async def aclose(self) -> None:
        """Close the clients this queue made from its URL."""
        if self._url is not None:
            if self._async_client is not None:
                await self._async_client.aclose()
                self._async_client = None
            if self._client is not None:
                self._client.close()
                self._client = None

    # -- producing --------------------------------------------------------------------------------------------------

    async def put(self, body: bytes) -> None:
        """``XADD`` the body (asyncio)."""
        await self._async().xadd(self.stream, {_BODY: body})

    def put_sync(self, body: bytes) -> None:
        """``XADD`` the body (synchronous)."""
        self._sync().xadd(self.stream, {_BODY: body})

    # -- consuming --------------------------------------------------------------------------------------------------

    async def _ensure_group(self) -> None:
        if self._group_ready:
            return
        redis_module = _import_redis()
        try:
            await self._async().xgroup_create(self.stream, self.group, id="0", mkstream=True)
        except redis_module.ResponseError as exc:
            if "BUSYGROUP" not in str(exc):
                raise
        self._group_ready = True

    async def receive(self, consumer: str, count: int, wait: float) -> list[QueuedDelivery]:
        """Reclaimed stale entries first (``XAUTOCLAIM``), else new ones (``XREADGROUP``, blocking up to ``wait``)."""
        await self._ensure_group()
        try:
            return await self._receive(consumer, count, wait)
        except _import_redis().ResponseError as exc:
            if "NOGROUP" in str(exc):  # the stream or group was deleted: create them again on the next call
                self._group_ready = False
            raise

    async def _receive(self, consumer: str, count: int, wait: float) -> list[QueuedDelivery]:
        client = self._async()
        cursor = self._cursors.get(consumer, "0-0")
        answer = await client.xautoclaim(
            self.stream, self.group, consumer, int(self.claim_idle * 1000), start_id=cursor, count=count
        )
        next_cursor, entries = answer[0], answer[1]
        self._cursors[consumer] = next_cursor.decode() if isinstance(next_cursor, bytes) else str(next_cursor)
        reclaimed = [delivery for delivery in [_delivery(entry) for entry in entries] if delivery is not None]
        if reclaimed:
            return await self._counted(reclaimed)
        block = max(1, int(wait * 1000)) if wait > 0 else None
        streams: Any = await client.xreadgroup(self.group, consumer, {self.stream: ">"}, count=count, block=block)
        if isinstance(streams, dict):  # RESP3 answers a map of stream name to entries
            streams = list(streams.items())
        fresh: list[QueuedDelivery] = []
        for _name, stream_entries in streams or []:
            fresh.extend(d for d in (_delivery(entry) for entry in stream_entries) if d is not None)
        return fresh

    async def _counted(self, deliveries: list[QueuedDelivery]) -> list[QueuedDelivery]:
        """Attach the delivery counts of reclaimed entries; dead-letter those past ``max_attempts``."""
        client = self._async()
        kept: list[QueuedDelivery] = []
        for delivery in deliveries:
            pending = await client.xpending_range(self.stream, self.group, delivery.id, delivery.id, 1)
            times = int(pending[0]["times_delivered"]) if pending else 1
            if self.max_attempts is not None and times > self.max_attempts:
                logger.error(
                    "webhook delivery %s failed %d times: moved to the Redis stream %s",
                    delivery.id,
                    times - 1,
                    self.dead_letter_stream,
                )
                await client.xadd(self.dead_letter_stream, {_BODY: delivery.body})
                await self.ack(delivery)
                continue
            kept.append(QueuedDelivery(delivery.id, delivery.body, times))
        return kept

    async def ack(self, delivery: QueuedDelivery) -> None:
        """``XACK`` and ``XDEL`` the entry (one round trip)."""
        async with self._async().pipeline(transaction=True) as pipe:
            pipe.xack(self.stream, self.group, delivery.id)
            pipe.xdel(self.stream, delivery.id)
            await pipe.execute()

    async def retry(self, delivery: QueuedDelivery) -> None:
        """Leave the entry pending: any consumer reclaims it after ``claim_idle`` seconds."""


def _delivery(entry: Any) -> QueuedDelivery | None:
    entry_id, fields = entry[0], entry[1]
    body = (fields.get(_BODY) or fields.get("body")) if isinstance(fields, dict) else None
    if body is None:
        return None  # deleted meanwhile (XAUTOCLAIM reports those without fields)
    identifier = entry_id.decode() if isinstance(entry_id, bytes) else str(entry_id)
    # A client made with decode_responses=True hands back text: the same UTF-8 JSON, already verified.
    return QueuedDelivery(identifier, body.encode("utf-8") if isinstance(body, str) else bytes(body))
