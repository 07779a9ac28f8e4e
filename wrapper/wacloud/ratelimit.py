"""Client-side pacing of message sends to Meta's throughput limits, for one process or for a fleet sharing Redis.

Meta limits each business phone number to a throughput (80 messages per second by default, up to 1,000 after
Meta's automatic upgrade, a fixed 20 for numbers shared with the WhatsApp Business app: "coexistence") and answers
code 130429 past it; and each business number → WhatsApp user pair to about one message every 6 seconds, with
bursts of up to 45 that borrow from the future quota (code 131056). See
https://developers.facebook.com/documentation/business-messaging/whatsapp/throughput.

A limiter *reserves* a start time for each send, atomically, and the caller sleeps until then: sends from any
number of threads, tasks or processes leave evenly spaced, so a fleet never goes over the limit and never needs
Meta's error to find it.

* ``RateLimiter``: in memory, for one process (thread- and asyncio-safe: the reservation is a few arithmetic
  operations under a lock, never held across I/O).
* ``RedisRateLimiter``: the same algorithm as a Lua script run by Redis with Redis's clock, for many processes and
  hosts (``pip install 'wacloud[redis]'``; sync and asyncio).

Per number, a GCRA token bucket (``messages_per_second``, ``burst``); per pair, "burst, then repay": up to
``pair_burst`` messages may start within ``pair_burst_window`` seconds, and each one adds ``pair_interval``
seconds to the time the pair is free again; once a burst is over, the next message waits until all of that time
has passed (Meta: "after a burst of 20 messages, wait about 2 minutes").
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from ._errors import ConfigurationError, RateLimitError

if TYPE_CHECKING:
    import redis
    import redis.asyncio

__all__ = [
    "COEXISTENCE_MESSAGES_PER_SECOND",
    "DEFAULT_MESSAGES_PER_SECOND",
    "MAX_MESSAGES_PER_SECOND",
    "RateLimit",
    "RateLimiter",
    "RateLimiterBackend",
    "RedisRateLimiter",
    "Reservation",
]

#: Meta's default throughput per business phone number (messages per second).
DEFAULT_MESSAGES_PER_SECOND = 80.0
#: The highest throughput Meta grants a number (after its automatic upgrade).
MAX_MESSAGES_PER_SECOND = 1000.0
#: Numbers used with both the WhatsApp Business app and Cloud API ("coexistence") have a fixed throughput.
COEXISTENCE_MESSAGES_PER_SECOND = 20.0
_MICROS = 1_000_000
_RECIPIENT_FORMATTING = re.compile(r"[\s\-().+]")


def recipient_key(to: str) -> str:
    """The same WhatsApp user however the number is written: ``+1 (555) 123-4567`` → ``15551234567``."""
    return _RECIPIENT_FORMATTING.sub("", to)


@dataclass(frozen=True, slots=True)
class RateLimit:
    """Meta's send limits as a policy. Every field has Meta's documented default.

    Example: ``RateLimit(messages_per_second=1000, per_number={"106540352242922": COEXISTENCE_MESSAGES_PER_SECOND})``
    """

    #: Throughput of every business phone number, in messages per second (Meta: 80 by default, up to 1,000).
    messages_per_second: float = DEFAULT_MESSAGES_PER_SECOND
    #: How many sends of one number may start at the same instant. 1 spaces them evenly (1/rate apart).
    burst: int = 1
    #: Throughput for specific phone number ids, e.g. coexistence numbers at ``COEXISTENCE_MESSAGES_PER_SECOND``.
    per_number: Mapping[str, float] = field(default_factory=dict)
    #: Seconds of pair quota one message to the same user uses (Meta: 1 message every 6 s). ``None`` disables.
    pair_interval: float | None = 6.0
    #: Messages to the same user that may start within one burst window (Meta: up to 45 in 6 s).
    pair_burst: int = 45
    #: The length of a pair burst, in seconds (Meta: 6 s).
    pair_burst_window: float = 6.0
    #: A send that would have to wait longer than this raises ``RateLimitError`` instead (nothing is reserved).
    max_wait: float = 60.0

    def __post_init__(self) -> None:
        for number, rate in {"messages_per_second": self.messages_per_second, **self.per_number}.items():
            if not isinstance(rate, int | float) or isinstance(rate, bool) or not 0 < rate <= MAX_MESSAGES_PER_SECOND:
                raise ConfigurationError(
                    f"Throughput for {number} must be a number of messages per second above 0 and at most "
                    f"{MAX_MESSAGES_PER_SECOND:g} (Meta's highest tier), got {rate!r}."
                )
        if not isinstance(self.burst, int) or self.burst < 1:
            raise ConfigurationError(f"burst must be a whole number >= 1, got {self.burst!r}.")
        if self.pair_interval is not None and not self.pair_interval > 0:
            raise ConfigurationError(f"pair_interval must be positive seconds or None, got {self.pair_interval!r}.")
        if not isinstance(self.pair_burst, int) or self.pair_burst < 1:
            raise ConfigurationError(f"pair_burst must be a whole number >= 1, got {self.pair_burst!r}.")
        if not self.pair_burst_window > 0 or not self.max_wait >= 0:
            raise ConfigurationError("pair_burst_window must be positive and max_wait must not be negative seconds.")

    def rate_for(self, phone_number_id: str) -> float:
        """The throughput that applies to ``phone_number_id``."""
        return float(self.per_number.get(phone_number_id, self.messages_per_second))

    def arguments(self, phone_number_id: str, max_wait: float | None) -> tuple[int, int, int, int, int, int]:
        """The algorithm's integer parameters (microseconds), shared by the in-memory and the Redis limiter."""
        interval = max(1, round(_MICROS / self.rate_for(phone_number_id)))
        pair = 0 if self.pair_interval is None else max(1, round(self.pair_interval * _MICROS))
        wait = self.max_wait if max_wait is None else max_wait
        return (
            interval,
            (self.burst - 1) * interval,
            pair,
            self.pair_burst,
            round(self.pair_burst_window * _MICROS),
            round(wait * _MICROS),
        )


@dataclass(frozen=True, slots=True)
class Reservation:
    """A reserved start time: sleep ``delay`` seconds, then send. ``slot`` is that time on the limiter's clock."""

    delay: float
    slot: float


@runtime_checkable
class RateLimiterBackend(Protocol):
    """What the client and bulk sends need from a limiter; implement it to share limits through another store."""

    policy: RateLimit

    def reserve(self, phone_number_id: str, recipient: str | None, *, max_wait: float | None = None) -> Reservation:
        """Reserve the earliest start time for one message; raise ``RateLimitError`` past ``max_wait``."""
        ...

    async def areserve(
        self, phone_number_id: str, recipient: str | None, *, max_wait: float | None = None
    ) -> Reservation:
        """``reserve`` for asyncio."""
        ...


def _too_long(phone_number_id: str, recipient: str | None, delay_us: int, max_wait_us: int) -> RateLimitError:
    whom = f"phone number {phone_number_id}" + (f" to {recipient}" if recipient else "")
    return RateLimitError(
        f"Rate limiter: the next send slot for {whom} is in {delay_us / _MICROS:.1f} s, more than max_wait "
        f"({max_wait_us / _MICROS:g} s). Nothing was sent; retry later, or raise RateLimit(max_wait=...).",
        retry_after=delay_us / _MICROS,
    )


@dataclass(slots=True)
class _Pair:
    free_at: int  # when the pair's borrowed time is repaid
    burst_start: int
    burst_count: int


def reserve_slot(
    now: int,
    number_tat: int | None,
    pair: _Pair | None,
    arguments: tuple[int, int, int, int, int, int],
) -> tuple[int, int, _Pair | None] | int:
    """The reservation algorithm (integer microseconds): ``(slot, new number tat, new pair)``, or the delay past max_wait.

    Kept free of clocks and storage so that it is tested on a virtual clock; ``_RESERVE_LUA`` is its line-by-line
    translation for Redis.
    """
    interval, tolerance, pair_interval, pair_burst, window, max_wait = arguments
    tat = now if number_tat is None else number_tat
    slot = max(now, tat - tolerance)
    joins = False
    if pair_interval and pair is not None and pair.free_at > slot:
        if pair.burst_count < pair_burst and max(slot, pair.burst_start) < pair.burst_start + window:
            slot, joins = max(slot, pair.burst_start), True
        else:
            slot = pair.free_at
    if slot - now > max_wait:
        return slot - now
    new_pair = None
    if pair_interval:
        if joins and pair is not None:
            new_pair = _Pair(pair.free_at + pair_interval, pair.burst_start, pair.burst_count + 1)
        else:
            new_pair = _Pair(slot + pair_interval, slot, 1)
    return slot, max(tat, slot) + interval, new_pair


class RateLimiter:
    """Meta's limits for one process (the default). Thread-safe and asyncio-safe; one instance per process.

    ``clock`` (seconds, monotonic) is injectable so tests can run the algorithm on a virtual clock.

    Example: ``WhatsApp(rate_limit=RateLimiter(RateLimit(messages_per_second=1000)))``
    """

    def __init__(self, policy: RateLimit | None = None, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.policy: RateLimit = policy if policy is not None else RateLimit()
        self._clock = clock
        self._lock = threading.Lock()
        self._numbers: dict[str, int] = {}
        self._pairs: dict[tuple[str, str], _Pair] = {}
        self._prune_at = 4096

    def reserve(self, phone_number_id: str, recipient: str | None, *, max_wait: float | None = None) -> Reservation:
        """Reserve the earliest start time for one message from ``phone_number_id`` to ``recipient``."""
        arguments = self.policy.arguments(phone_number_id, max_wait)
        pair_key = (phone_number_id, recipient_key(recipient)) if recipient and arguments[2] else None
        with self._lock:
            now = round(self._clock() * _MICROS)
            pair = self._pairs.get(pair_key) if pair_key else None
            outcome = reserve_slot(now, self._numbers.get(phone_number_id), pair, arguments)
            if isinstance(outcome, int):
                raise _too_long(phone_number_id, recipient, outcome, arguments[5])
            slot, self._numbers[phone_number_id], new_pair = outcome
            if pair_key and new_pair is not None:
                self._pairs[pair_key] = new_pair
                if len(self._pairs) >= self._prune_at:
                    self._prune(now, arguments[4])
        return Reservation(delay=(slot - now) / _MICROS, slot=slot / _MICROS)

    async def areserve(
        self, phone_number_id: str, recipient: str | None, *, max_wait: float | None = None
    ) -> Reservation:
        """``reserve`` for asyncio (no I/O: the lock is held for microseconds)."""
        return self.reserve(phone_number_id, recipient, max_wait=max_wait)

    def _prune(self, now: int, window: int) -> None:
        # Pairs whose quota is repaid carry no information: memory stays bounded by the recently messaged users.
        self._pairs = {k: p for k, p in self._pairs.items() if p.free_at > now or p.burst_start + window > now}
        self._prune_at = max(4096, 2 * len(self._pairs))


# KEYS[1] number state (tat), KEYS[2] pair state (hash free/start/count) or "" when the pair limit is off.
# ARGV: interval, tolerance, pair_interval, pair_burst, window, max_wait (microseconds, as in reserve_slot).
# Returns {1, slot - now, slot} or {0, delay}. Redis's own clock: every process and host shares one time line.
_RESERVE_LUA = """
if redis.replicate_commands then redis.replicate_commands() end
local function s(x) return string.format('%.0f', x) end  -- tostring() would print 1.7e+15
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local interval, tolerance = tonumber(ARGV[1]), tonumber(ARGV[2])
local pair_interval, pair_burst = tonumber(ARGV[3]), tonumber(ARGV[4])
local window, max_wait = tonumber(ARGV[5]), tonumber(ARGV[6])
local tat = tonumber(redis.call('GET', KEYS[1])) or now
local slot = math.max(now, tat - tolerance)
local joins = false
local free_at, start, count = nil, nil, nil
if pair_interval > 0 then
  local p = redis.call('HMGET', KEYS[2], 'free', 'start', 'count')
  free_at, start, count = tonumber(p[1]), tonumber(p[2]), tonumber(p[3])
  if free_at and free_at > slot then
    if count < pair_burst and math.max(slot, start) < start + window then
      slot = math.max(slot, start)
      joins = true
    else
      slot = free_at
    end
  end
end
if slot - now > max_wait then return {0, slot - now} end
local new_tat = math.max(tat, slot) + interval
redis.call('SET', KEYS[1], s(new_tat), 'PX', s(math.floor((new_tat - now) / 1000) + 1000))
if pair_interval > 0 then
  if joins then
    free_at, count = free_at + pair_interval, count + 1
  else
    free_at, start, count = slot + pair_interval, slot, 1
  end
  redis.call('HSET', KEYS[2], 'free', s(free_at), 'start', s(start), 'count', s(count))
  redis.call('PEXPIRE', KEYS[2], s(math.floor((math.max(free_at, start + window) - now) / 1000) + 1000))
end
return {1, slot - now, slot}
"""


class RedisRateLimiter:
    """Meta's limits shared by every process and host using the same Redis (``pip install 'wacloud[redis]'``).

    One atomic Lua script per send (one round trip) on Redis's clock. Keys are ``{key_prefix}{<number id>}`` and
    ``{key_prefix}{<number id>}:pair:<user>`` (the braces keep a number's keys in one Redis Cluster slot) and expire
    once they carry no information.

    Example: ``WhatsApp(rate_limit=RedisRateLimiter("redis://localhost:6379/0"))`` (or set WA_RATE_LIMIT_REDIS_URL)
    """

    def __init__(
        self,
        url: str | None = None,
        policy: RateLimit | None = None,
        *,
        client: redis.Redis | None = None,
        async_client: redis.asyncio.Redis | None = None,
        key_prefix: str = "wacloud:ratelimit:",
    ) -> None:
        if url is None and client is None and async_client is None:
            raise ConfigurationError("RedisRateLimiter needs a Redis URL (or client=/async_client=).")
        self.policy: RateLimit = policy if policy is not None else RateLimit()
        self.key_prefix = key_prefix
        self._url = url
        self._client = client
        self._async_client = async_client
        self._script: Any = None
        self._async_script: Any = None
        self._setup = threading.Lock()  # threads racing to the first reservation open one pool, not several

    def __repr__(self) -> str:
        return (
            f"RedisRateLimiter(key_prefix={self.key_prefix!r}, policy={self.policy!r})"  # the URL may hold a password
        )

    def _need_url(self) -> str:
        if self._url is None:
            raise ConfigurationError("This RedisRateLimiter has no client of this kind (sync/asyncio): pass its URL.")
        return self._url

    def _keys(self, phone_number_id: str, recipient: str | None, pair_on: bool) -> list[str]:
        number = f"{self.key_prefix}{{{phone_number_id}}}"
        return [number, f"{number}:pair:{recipient_key(recipient)}" if recipient and pair_on else number + ":nopair"]

    def _result(self, raw: list[int], phone_number_id: str, recipient: str | None, max_wait_us: int) -> Reservation:
        if int(raw[0]) != 1:
            raise _too_long(phone_number_id, recipient, int(raw[1]), max_wait_us)
        return Reservation(delay=int(raw[1]) / _MICROS, slot=int(raw[2]) / _MICROS)

    def reserve(self, phone_number_id: str, recipient: str | None, *, max_wait: float | None = None) -> Reservation:
        """Reserve the earliest start time for one message, shared with every process using this Redis."""
        if self._script is None:
            with self._setup:
                if self._client is None:
                    self._client = _redis_module().Redis.from_url(self._need_url())
                if self._script is None:
                    self._script = self._client.register_script(_RESERVE_LUA)
        arguments = self.policy.arguments(phone_number_id, max_wait)
        raw = self._script(keys=self._keys(phone_number_id, recipient, arguments[2] > 0), args=list(arguments))
        return self._result(raw, phone_number_id, recipient, arguments[5])

    async def areserve(
        self, phone_number_id: str, recipient: str | None, *, max_wait: float | None = None
    ) -> Reservation:
        """``reserve`` for asyncio (``redis.asyncio``; bound to the event loop of its first use)."""
        if self._async_script is None:
            if self._async_client is None:
                _redis_module()
                import redis.asyncio

                self._async_client = redis.asyncio.Redis.from_url(self._need_url())
            self._async_script = self._async_client.register_script(_RESERVE_LUA)
        arguments = self.policy.arguments(phone_number_id, max_wait)
        raw = await self._async_script(
            keys=self._keys(phone_number_id, recipient, arguments[2] > 0), args=list(arguments)
        )
        return self._result(raw, phone_number_id, recipient, arguments[5])

    def close(self) -> None:
        """Close the sync Redis connection pool this limiter opened (not a client you passed in)."""
        if self._client is not None and self._url is not None:
            self._client.close()

    async def aclose(self) -> None:
        """Close the asyncio Redis connection pool this limiter opened."""
        if self._async_client is not None and self._url is not None:
            await self._async_client.aclose()


def _redis_module() -> Any:
    try:
        import redis
    except ImportError:
        raise ConfigurationError("Sharing rate limits through Redis needs: pip install 'wacloud[redis]'.") from None
    return redis


RateLimitOption = bool | float | RateLimit | RateLimiterBackend | None


def resolve_rate_limiter(
    option: RateLimitOption, messages_per_second: float | None, redis_url: str | None
) -> RateLimiterBackend | None:
    """The limiter for a client's ``rate_limit=`` (a limiter, a policy, a rate, True/False) and its settings.

    ``messages_per_second`` and ``redis_url`` are the resolved WA_RATE_LIMIT / WA_RATE_LIMIT_REDIS_URL settings
    (a numeric ``rate_limit=`` argument arrives as ``messages_per_second``).
    """
    if option is False:
        return None
    if isinstance(option, RateLimiterBackend):
        return option
    if isinstance(option, RateLimit):
        policy: RateLimit | None = option
    elif option is True or messages_per_second is not None or redis_url is not None:
        policy = RateLimit() if messages_per_second is None else RateLimit(messages_per_second=messages_per_second)
    else:
        return None
    return RedisRateLimiter(redis_url, policy) if redis_url else RateLimiter(policy)


_MESSAGE_PATH = re.compile(r"^/(\d+)/(?:messages|marketing_messages)$")


def limited_send(method: str, path: str, body: object) -> tuple[str, str | None] | None:
    """``(phone number id, recipient)`` when a request is a message send Meta's throughput applies to, else ``None``.

    Only ``POST /{phone_number_id}/messages`` and ``/marketing_messages``; read receipts (``status: read``) and
    every management call are not messages.
    """
    if method != "POST":
        return None
    match = _MESSAGE_PATH.match(path)
    if match is None:
        return None
    if isinstance(body, Mapping):
        if body.get("status") == "read":
            return None
        to = body.get("to")
        return match.group(1), to if isinstance(to, str) else None
    return match.group(1), None
