"""De-duplication of redelivered webhook events: claim → run → done.

Meta retries a delivery until it gets a 200, for up to 7 days, and may send the same delivery again while the first
copy is still being handled (a slow handler, a timeout on Meta's side, two workers behind one load balancer). So
each event key goes through three steps in a store shared by everyone who handles the endpoint:

1. ``claim(key, token)`` atomically takes the key for ``lease`` seconds and answers ``"claimed"``, or says it is
   ``"done"`` (handled before: skip it) or ``"in_flight"`` (someone else holds a live claim: the listener answers
   that delivery with 409 so Meta redelivers it later, when the other run has finished or failed);
2. the handlers run;
3. ``complete(key, token)`` replaces the claim with a done-marker kept for ``retention`` (7 days, as long as Meta
   redelivers), or, when a handler failed, ``release(key, token)`` drops the claim so the redelivery runs it again.

A worker that dies mid-run never releases its claim: the lease expires and Meta's next redelivery runs the event.
Keep ``lease`` longer than your slowest handler (a claim that expires while its handler still runs lets a
redelivery run the event a second time).

Stores: :class:`InMemoryDedupeStore` (the default; one process only), :class:`RedisDedupeStore` and
:class:`AsyncRedisDedupeStore` (``pip install 'wacloud[redis]'``; any number of processes and hosts). Another
backend implements :class:`DedupeStore` (or :class:`AsyncDedupeStore`): three methods, the claim atomic.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
import time
from collections.abc import Sequence
from typing import Any, Final, Literal, Protocol, runtime_checkable

from .._errors import ConfigurationError
from ._events import ErrorEvent, Event, Message, Status, WebhookEvent

__all__ = [
    "DEFAULT_LEASE_SECONDS",
    "DEFAULT_MAX_KEYS",
    "DEFAULT_RETENTION_SECONDS",
    "AsyncDedupeStore",
    "ClaimState",
    "DedupeStore",
    "InMemoryDedupeStore",
    "dedupe_key",
]

logger = logging.getLogger("wacloud.webhooks")

#: What :meth:`DedupeStore.claim` answers.
ClaimState = Literal["claimed", "done", "in_flight"]
CLAIMED: Final = "claimed"
DONE: Final = "done"
IN_FLIGHT: Final = "in_flight"

#: Meta redelivers an unacknowledged webhook for up to 7 days: keep done-markers that long.
DEFAULT_RETENTION_SECONDS: Final = 7 * 24 * 3600.0
#: How long a claim protects an event whose handler is running; past it, a redelivery may run it again.
DEFAULT_LEASE_SECONDS: Final = 60.0
#: The in-memory store's bound on remembered done-markers (about 150 bytes each: ~30 MB at this size).
DEFAULT_MAX_KEYS: Final = 200_000


@runtime_checkable
class DedupeStore(Protocol):
    """A shared record of handled events (claim → run → done). ``claim`` must be atomic across every process.

    ``token`` identifies one run: ``release`` must only drop a claim that still carries that token (another
    worker may hold the key after this run's lease expired); ``complete`` may overwrite anything.

    Example, over any SQL database where one statement or transaction is atomic (here sqlite3)::

        class SqlDedupeStore:  # CREATE TABLE dedupe (key TEXT PRIMARY KEY, value TEXT, expires_at REAL)
            def __init__(self, db): self.db = db

            def claim(self, key, token):
                now = time.time()
                with self.db:  # one transaction: expire, then insert-if-absent, then read
                    self.db.execute("DELETE FROM dedupe WHERE key = ? AND expires_at < ?", (key, now))
                    added = self.db.execute(
                        "INSERT OR IGNORE INTO dedupe VALUES (?, ?, ?)", (key, "claim:" + token, now + 60)
                    ).rowcount
                    if added:
                        return "claimed"
                    (value,) = self.db.execute("SELECT value FROM dedupe WHERE key = ?", (key,)).fetchone()
                return "done" if value == "done" else "in_flight"

            def complete(self, key, token):
                with self.db:
                    self.db.execute("REPLACE INTO dedupe VALUES (?, 'done', ?)", (key, time.time() + 7 * 86400))

            def release(self, key, token):
                with self.db:
                    self.db.execute("DELETE FROM dedupe WHERE key = ? AND value = ?", (key, "claim:" + token))
    """

    def claim(self, key: str, token: str) -> ClaimState:
        """Take ``key`` for the lease, or report it ``"done"`` / ``"in_flight"``."""
        ...

    def complete(self, key: str, token: str) -> None:
        """Record ``key`` as handled (kept for the retention period)."""
        ...

    def release(self, key: str, token: str) -> None:
        """Drop this run's claim on ``key`` (a handler failed: the redelivery must run it)."""
        ...


@runtime_checkable
class AsyncDedupeStore(Protocol):
    """The asyncio flavour of :class:`DedupeStore` (same contract, awaitable methods)."""

    async def claim(self, key: str, token: str) -> ClaimState:
        """Take ``key`` for the lease, or report it ``"done"`` / ``"in_flight"``."""
        ...

    async def complete(self, key: str, token: str) -> None:
        """Record ``key`` as handled."""
        ...

    async def release(self, key: str, token: str) -> None:
        """Drop this run's claim on ``key``."""
        ...


def check_duration(name: str, value: object) -> float:
    """A positive number of seconds, or :class:`ConfigurationError` naming the argument."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
        raise ConfigurationError(f"{name} must be a positive number of seconds, got {value!r}.")
    return float(value)


class InMemoryDedupeStore:
    """Claims and done-markers in this process's memory: the default, right for exactly one process.

    Bounded in time (done-markers expire after ``retention``, claims after ``lease``) and in memory (at most
    ``max_keys`` done-markers; past it the oldest are forgotten early and a warning is logged, since a redelivery
    of a forgotten event would run again). Several processes or hosts must share :class:`RedisDedupeStore`.

    Example: ``webhooks.WebhookListener(dedupe=webhooks.InMemoryDedupeStore(retention=3 * 24 * 3600))``
    """

    __slots__ = ("_claims", "_clock", "_done", "_lock", "_warned_at", "lease", "max_keys", "retention")

    def __init__(
        self,
        *,
        retention: float = DEFAULT_RETENTION_SECONDS,
        lease: float = DEFAULT_LEASE_SECONDS,
        max_keys: int = DEFAULT_MAX_KEYS,
        clock: Any = time.monotonic,
    ) -> None:
        if isinstance(max_keys, bool) or not isinstance(max_keys, int) or max_keys < 1:
            raise ConfigurationError(f"max_keys must be a positive number of keys, got {max_keys!r}.")
        self.retention: float = check_duration("retention", retention)
        self.lease: float = check_duration("lease", lease)
        self.max_keys: int = max_keys
        self._clock = clock
        # Insertion order is expiry order (one retention for all), so expired markers are always at the front.
        self._done: dict[str, float] = {}
        self._claims: dict[str, tuple[str, float]] = {}
        self._lock = threading.Lock()
        self._warned_at = -float("inf")

    def __repr__(self) -> str:
        return f"InMemoryDedupeStore(retention={self.retention!r}, lease={self.lease!r}, max_keys={self.max_keys!r})"

    def claim(self, key: str, token: str) -> ClaimState:
        """Take ``key`` for ``lease`` seconds unless it is done or claimed by a live run."""
        with self._lock:
            now = self._clock()
            self._expire(now)
            if key in self._done:
                return DONE
            held = self._claims.get(key)
            if held is not None and held[1] > now:
                return IN_FLIGHT
            if len(self._claims) >= self.max_keys:
                self._claims = {k: v for k, v in self._claims.items() if v[1] > now}
            self._claims[key] = (token, now + self.lease)
            return CLAIMED

    def complete(self, key: str, token: str) -> None:  # noqa: ARG002  # done overrides any claim
        """Replace the claim with a done-marker kept for ``retention`` seconds."""
        with self._lock:
            now = self._clock()
            self._claims.pop(key, None)
            self._done.pop(key, None)  # re-inserted at the end: keeps insertion order == expiry order
            self._done[key] = now + self.retention
            if len(self._done) > self.max_keys:
                self._evict(now)

    def release(self, key: str, token: str) -> None:
        """Drop the claim if this run still holds it."""
        with self._lock:
            held = self._claims.get(key)
            if held is not None and held[0] == token:
                del self._claims[key]

    def claim_many(self, keys: Sequence[str], token: str) -> list[ClaimState]:
        """:meth:`claim` for several keys under one lock (how the listener claims a batch)."""
        with self._lock:
            now = self._clock()
            self._expire(now)
            done, claims, until = self._done, self._claims, now + self.lease
            if len(claims) + len(keys) > self.max_keys:
                self._claims = claims = {k: v for k, v in claims.items() if v[1] > now}
            states: list[ClaimState] = []
            append = states.append
            claim = (token, until)
            for key in keys:
                if key in done:
                    append(DONE)
                    continue
                held = claims.get(key)
                if held is not None and held[1] > now:
                    # The same event twice in one delivery is handled once, by this run.
                    append(DONE if held[0] == token else IN_FLIGHT)
                    continue
                claims[key] = claim
                append(CLAIMED)
            return states

    def finish_many(self, completed: Sequence[str], released: Sequence[str], token: str) -> None:
        """:meth:`complete` and :meth:`release` for several keys under one lock."""
        with self._lock:
            now = self._clock()
            done, claims, until = self._done, self._claims, now + self.retention
            pop_claim, pop_done = claims.pop, done.pop
            for key in completed:
                pop_claim(key, None)
                pop_done(key, None)  # re-inserted at the end: keeps insertion order == expiry order
                done[key] = until
            for key in released:
                held = claims.get(key)
                if held is not None and held[0] == token:
                    del claims[key]
            if len(done) > self.max_keys:
                self._evict(now)

    def __len__(self) -> int:
        """The number of done-markers held."""
        with self._lock:
            return len(self._done)

    def _expire(self, now: float) -> None:
        done = self._done
        while done:
            key = next(iter(done))
            if done[key] > now:
                return
            del done[key]

    def _evict(self, now: float) -> None:
        while len(self._done) > self.max_keys:
            del self._done[next(iter(self._done))]
        if now - self._warned_at > 60:
            self._warned_at = now
            logger.warning(
                "webhook de-duplication: the in-memory store is full (max_keys=%d), so done-markers younger than "
                "the retention are forgotten and their redeliveries would run again; raise max_keys or use "
                "RedisDedupeStore",
                self.max_keys,
            )


#: Fields whose events carry no trigger time but are identified by their content alone: a history chunk names its
#: phase, chunk order, threads and message ids, so the same content is the same chunk, redelivered.
_KEYED_BY_CONTENT = frozenset({"history"})


def _event_time(event: Event) -> object:
    when = getattr(event, "_time", None)
    if when is None:
        when = event.raw.get("timestamp")
    if when is None:
        # smb_app_state_sync items carry their trigger time in their own metadata (no entry time).
        metadata = event.raw.get("metadata")
        when = metadata.get("timestamp") if isinstance(metadata, dict) else None
    return when


def dedupe_key(event: WebhookEvent) -> str | None:
    """The redelivery key of an event; ``None`` when the event carries nothing to recognise it by.

    - a message: ``message:<wamid>`` (Meta's id is unique per incoming message, group messages included);
    - a status: ``status:<wamid>:<status>``, plus ``:<participant>`` (BSUID, else phone number) for a group
      message, because Meta sends one ``delivered`` / ``read`` per participant of the same message in one
      webhook, and each is a real event;
    - another field: a hash of the WhatsApp Business Account id, the field, the trigger time and the content (a
      ``history`` chunk, which has no time, by its content alone);
    - top-level errors: ``None`` (neither id nor time; handling one twice is harmless).

    Example: ``webhooks.dedupe_key(notification.messages[0])  # 'message:wamid.HBg…'``
    """
    if isinstance(event, Message):
        message_id = event.raw.get("id")
        return f"message:{message_id}" if isinstance(message_id, str) and message_id else None
    if isinstance(event, Status):
        if event.id is None:
            return None
        # A group message gets one receipt per participant, several in one delivery: the participant makes each
        # unique. A 1:1 message's wamid already names its one recipient (phone number or BSUID).
        participant = event.participant_user_id or event.participant_id
        key = f"status:{event.id}:{event.status if event.status is not None else 'unknown'}"
        return key if participant is None else f"{key}:{participant}"
    if isinstance(event, ErrorEvent):
        return None
    if isinstance(event, Event):
        when = _event_time(event)
        if when is None and event.field in _KEYED_BY_CONTENT:
            when = "-"
        if not isinstance(when, int | str):
            return None
        try:
            content = json.dumps(event.raw, sort_keys=True, separators=(",", ":"), default=str)
        except (ValueError, RecursionError):
            return None
        digest = hashlib.sha256(content.encode("utf-8", "surrogatepass")).hexdigest()[:32]
        return f"event:{event.field}:{event.waba_id}:{when}:{digest}"
    return None
