"""Redis de-duplication stores (``pip install 'wacloud[redis]'``): one record shared by every worker and host.

One Redis key per event key, ``<prefix><event key>``, holding either ``claim:<token>`` (expiring after the lease)
or ``done`` (expiring after the retention). The claim is one small Lua script (read, then ``SET … PX`` only when
absent), so it is atomic in Redis and costs one round trip; ``release`` deletes only a claim that still carries the
run's token. The sync and asyncio classes share everything but the awaited calls.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from ._dedupe import (
    CLAIMED,
    DEFAULT_LEASE_SECONDS,
    DEFAULT_RETENTION_SECONDS,
    DONE,
    IN_FLIGHT,
    ClaimState,
    check_duration,
)

if TYPE_CHECKING:
    import redis
    import redis.asyncio

__all__ = ["DEFAULT_DEDUPE_PREFIX", "AsyncRedisDedupeStore", "RedisDedupeStore"]

#: The default prefix of every key the stores write.
DEFAULT_DEDUPE_PREFIX: Final = "wacloud:webhooks:dedupe:"

_DONE_VALUE: Final = b"done"

# KEYS[1] the key; ARGV[1] the claim value; ARGV[2] the lease in ms. Answers 1 claimed, 2 done, 3 in flight.
_CLAIM = """
local current = redis.call('GET', KEYS[1])
if not current then
  redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
  return 1
end
if current == 'done' then return 2 end
return 3
"""
# KEYS[1] the key; ARGV[1] the claim value: delete only this run's claim.
_RELEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""
_STATES: Final[dict[int, ClaimState]] = {1: CLAIMED, 2: DONE, 3: IN_FLIGHT}


class _RedisDedupeBase:
    __slots__ = ("_claim", "_redis", "_release", "lease", "prefix", "retention")

    def __init__(self, client: Any, prefix: str, retention: float, lease: float) -> None:
        if not isinstance(prefix, str):
            raise TypeError(f"prefix must be a string, got {type(prefix).__name__}")
        self._redis = client
        self.prefix: str = prefix
        self.retention: float = check_duration("retention", retention)
        self.lease: float = check_duration("lease", lease)
        # register_script runs EVALSHA and falls back to loading the script when Redis does not know it yet.
        self._claim = client.register_script(_CLAIM)
        self._release = client.register_script(_RELEASE)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(prefix={self.prefix!r}, retention={self.retention!r}, lease={self.lease!r})"

    def _claim_call(self, key: str, token: str) -> dict[str, Any]:
        return {"keys": [self.prefix + key], "args": ["claim:" + token, int(self.lease * 1000)]}

    def _release_call(self, key: str, token: str) -> dict[str, Any]:
        return {"keys": [self.prefix + key], "args": ["claim:" + token]}


def _state(answer: object) -> ClaimState:
    state = _STATES.get(answer) if isinstance(answer, int) else None
    if state is None:
        raise RuntimeError(f"unexpected answer from the Redis claim script: {answer!r}")
    return state


class RedisDedupeStore(_RedisDedupeBase):
    """De-duplication shared through Redis, for the WSGI app and synchronous code (a ``redis.Redis`` client).

    Example::

        store = webhooks.RedisDedupeStore(redis.Redis.from_url("redis://localhost:6379/0"), prefix="myapp:wa:")
        listener = webhooks.WebhookListener(dedupe=store)
    """

    __slots__ = ()

    def __init__(
        self,
        client: redis.Redis,
        *,
        prefix: str = DEFAULT_DEDUPE_PREFIX,
        retention: float = DEFAULT_RETENTION_SECONDS,
        lease: float = DEFAULT_LEASE_SECONDS,
    ) -> None:
        super().__init__(client, prefix, retention, lease)

    def claim(self, key: str, token: str) -> ClaimState:
        """Take ``key`` for the lease (atomically), or report it done or in flight."""
        return _state(self._claim(**self._claim_call(key, token)))

    def complete(self, key: str, token: str) -> None:  # noqa: ARG002  # done overrides any claim
        """Record ``key`` as handled for the retention period."""
        self._redis.set(self.prefix + key, _DONE_VALUE, px=int(self.retention * 1000))

    def release(self, key: str, token: str) -> None:
        """Drop this run's claim on ``key``."""
        self._release(**self._release_call(key, token))


class AsyncRedisDedupeStore(_RedisDedupeBase):
    """De-duplication shared through Redis for the ASGI app (a ``redis.asyncio.Redis`` client).

    Example: ``webhooks.WebhookListener(dedupe=webhooks.AsyncRedisDedupeStore(redis.asyncio.Redis()))``
    """

    __slots__ = ()

    def __init__(
        self,
        client: redis.asyncio.Redis,
        *,
        prefix: str = DEFAULT_DEDUPE_PREFIX,
        retention: float = DEFAULT_RETENTION_SECONDS,
        lease: float = DEFAULT_LEASE_SECONDS,
    ) -> None:
        super().__init__(client, prefix, retention, lease)

    async def claim(self, key: str, token: str) -> ClaimState:
        """Take ``key`` for the lease (atomically), or report it done or in flight."""
        return _state(await self._claim(**self._claim_call(key, token)))

    async def complete(self, key: str, token: str) -> None:  # noqa: ARG002  # done overrides any claim
        """Record ``key`` as handled for the retention period."""
        await self._redis.set(self.prefix + key, _DONE_VALUE, px=int(self.retention * 1000))

    async def release(self, key: str, token: str) -> None:
        """Drop this run's claim on ``key``."""
        await self._release(**self._release_call(key, token))
