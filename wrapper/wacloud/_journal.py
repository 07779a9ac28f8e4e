"""The bulk-send journal: what happened to each recipient of a run, durable across crashes and restarts.

Every recipient goes ``attempting`` (recorded *before* the request leaves) → ``sent`` (with the message id) /
``failed`` (Meta certainly did not accept it) / ``unknown`` (the request may have reached Meta: a timeout after
sending, a dropped connection, a 5xx, a crash). A resumed run skips ``sent``, retries ``failed``, and never
resends ``unknown`` or a left-over ``attempting`` unless the caller says so, after checking the statuses webhook
(``resolve_from_status`` settles those a status webhook proves sent).

``SqliteJournal`` (the default; stdlib ``sqlite3``, WAL with ``synchronous=FULL`` so a recorded attempt survives
a crash of the process or the machine) and ``RedisJournal`` (``pip install 'wacloud[redis]'``; as durable as the
server's persistence: use ``appendonly yes`` with ``appendfsync always`` for the same guarantee). Both claim a
recipient atomically, so two processes resuming the same run never both send to one recipient.
"""

from __future__ import annotations

import asyncio
import json
import os
import sqlite3
import threading
import time
from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Protocol, TypeVar, runtime_checkable

from ._errors import ConfigurationError, InvalidArgumentError
from .ratelimit import recipient_key

if TYPE_CHECKING:
    import redis
    import redis.asyncio

    from .webhooks import Status

__all__ = [
    "BulkJournal",
    "JournalEntry",
    "JournalState",
    "RedisJournal",
    "SqliteJournal",
    "open_journal",
    "resolve_from_status",
    "run_tag",
]

JournalState = Literal["attempting", "sent", "failed", "unknown"]
_STATES = frozenset({"attempting", "sent", "failed", "unknown"})


@dataclass(frozen=True, slots=True)
class JournalEntry:
    """One recipient's record: its state, the message id once sent, and what happened otherwise.

    Journals key recipients by their digits (``+1 555 0100`` → ``15550100``), so one user is one entry.
    """

    state: JournalState
    message_id: str | None = None
    detail: str | None = None
    updated_at: float | None = None


@runtime_checkable
class BulkJournal(Protocol):
    """What ``send_bulk`` needs from a journal (sync methods, and ``a``-prefixed asyncio twins).

    ``claim`` must be atomic: it records ``attempting`` and returns ``None`` when the recipient may be sent to
    now (never journaled, or ``failed``; also ``unknown``/``attempting`` with ``resend_unknown``), else returns
    the entry that stops the send.
    """

    def begin(self, run_id: str, fingerprint: str) -> None: ...
    def claim(self, run_id: str, recipient: str, *, resend_unknown: bool = False) -> JournalEntry | None: ...
    def record(
        self,
        run_id: str,
        recipient: str,
        state: JournalState,
        *,
        message_id: str | None = None,
        detail: str | None = None,
    ) -> None: ...
    def entries(self, run_id: str) -> dict[str, JournalEntry]: ...
    def resolve_sent(self, run_id: str, recipient: str, message_id: str) -> bool: ...
    async def abegin(self, run_id: str, fingerprint: str) -> None: ...
    async def aentries(self, run_id: str) -> dict[str, JournalEntry]: ...
    async def aclaim(self, run_id: str, recipient: str, *, resend_unknown: bool = False) -> JournalEntry | None: ...
    async def arecord(
        self,
        run_id: str,
        recipient: str,
        state: JournalState,
        *,
        message_id: str | None = None,
        detail: str | None = None,
    ) -> None: ...
    def close(self) -> None: ...
    async def aclose(self) -> None: ...


def _check_state(state: str) -> JournalState:
    if state not in _STATES:
        raise InvalidArgumentError(f"Journal state must be one of {sorted(_STATES)}, got {state!r}.")
    return state  # type: ignore[return-value]


def _fingerprint_mismatch(run_id: str) -> InvalidArgumentError:
    return InvalidArgumentError(
        f"Run {run_id!r} in this journal was started with a different message: resuming it would mix two "
        "campaigns. Use a new run_id for the new message (or the same message to resume)."
    )


class _JournalHelpers(ABC):
    """The user's decisions about ``unknown`` recipients, shared by both journals."""

    @abstractmethod
    def record(
        self,
        run_id: str,
        recipient: str,
        state: JournalState,
        *,
        message_id: str | None = None,
        detail: str | None = None,
    ) -> None:
        """Write ``state`` for ``recipient`` of ``run_id`` (each journal stores it its own way)."""

    def mark_sent(self, run_id: str, recipient: str, message_id: str) -> None:
        """The statuses webhook shows this recipient got the message: a resumed run skips it.

        ``recipient`` however it is written (``+1 555 0100`` is ``15550100``, the journal's key).
        """
        key = recipient_key(recipient)
        self.record(run_id, key, "sent", message_id=message_id, detail="marked sent by the user")

    def mark_not_sent(self, run_id: str, recipient: str) -> None:
        """The statuses webhook shows no message reached this recipient: a resumed run sends to it."""
        self.record(run_id, recipient_key(recipient), "failed", detail="marked not sent by the user")


_SCHEMA = """
CREATE TABLE IF NOT EXISTS bulk_runs (
    run_id TEXT PRIMARY KEY,
    fingerprint TEXT NOT NULL,
    created_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS bulk_recipients (
    run_id TEXT NOT NULL,
    recipient TEXT NOT NULL,
    state TEXT NOT NULL,
    message_id TEXT,
    detail TEXT,
    updated_at REAL NOT NULL,
    PRIMARY KEY (run_id, recipient)
);
"""

# One statement, so the check and the write are one atomic step even across processes sharing the file.
_CLAIM = """
INSERT INTO bulk_recipients (run_id, recipient, state, updated_at) VALUES (?, ?, 'attempting', ?)
ON CONFLICT (run_id, recipient) DO UPDATE
SET state = 'attempting', message_id = NULL, detail = NULL, updated_at = excluded.updated_at
WHERE bulk_recipients.state = 'failed' OR (? AND bulk_recipients.state IN ('unknown', 'attempting'))
"""


T = TypeVar("T")


@dataclass(slots=True)
class _Write:
    operation: Callable[[sqlite3.Connection], Any]
    done: bool = False
    value: Any = None
    error: BaseException | None = None


class _GroupCommit:
    """Serialize every use of one connection, and commit concurrent writers' statements in one transaction.

    With ``synchronous=FULL`` every commit waits for the disk; under load that is milliseconds, and one fsync per
    statement would cap a bulk run below Meta's throughput. The first caller becomes the leader: it runs every
    queued operation in one ``BEGIN IMMEDIATE`` … ``COMMIT`` and wakes the others once the batch is durable.
    """

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db
        self._changed = threading.Condition()
        self._queue: list[_Write] = []
        self._leading = False

    def run(self, operation: Callable[[sqlite3.Connection], T]) -> T:
        write = _Write(operation)
        with self._changed:
            self._queue.append(write)
            while self._leading and not write.done:
                self._changed.wait()
            if not write.done:
                self._leading = True
                batch, self._queue = self._queue, []
        if not write.done:
            self._flush(batch)
        if write.error is not None:
            raise write.error
        result: T = write.value
        return result

    def _flush(self, batch: list[_Write]) -> None:
        try:
            self._db.execute("BEGIN IMMEDIATE")
            for item in batch:
                try:
                    item.value = item.operation(self._db)
                except Exception as exc:  # that caller's own error; the others' statements still commit
                    item.error = exc
            self._db.execute("COMMIT")
        except BaseException as exc:
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
            for item in batch:
                item.error = item.error or exc
            raise
        finally:
            with self._changed:
                for item in batch:
                    item.done = True
                self._leading = False
                self._changed.notify_all()


class SqliteJournal(_JournalHelpers):
    """A journal in one SQLite file (the default). Safe for threads, asyncio (calls run in a worker thread) and
    several processes sharing the file on one machine.

    Example: ``client.messages.send_bulk(numbers, message, run_id="spring-sale", journal="campaign.sqlite")``
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path: Path = Path(path)
        try:
            self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False, timeout=30)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")  # an attempt is on disk before its request leaves
            self._db.executescript(_SCHEMA)
        except sqlite3.Error as exc:
            raise ConfigurationError(f"Cannot open the bulk journal {str(self.path)!r}: {exc}.") from exc
        self._commits = _GroupCommit(self._db)

    def __repr__(self) -> str:
        return f"SqliteJournal({str(self.path)!r})"

    def begin(self, run_id: str, fingerprint: str) -> None:
        """Start run ``run_id``, or resume it when it was started with the same message."""

        def begin(db: sqlite3.Connection) -> str:
            db.execute(
                "INSERT OR IGNORE INTO bulk_runs (run_id, fingerprint, created_at) VALUES (?, ?, ?)",
                (run_id, fingerprint, time.time()),
            )
            stored: str = db.execute("SELECT fingerprint FROM bulk_runs WHERE run_id = ?", (run_id,)).fetchone()[0]
            return stored

        if self._commits.run(begin) != fingerprint:
            raise _fingerprint_mismatch(run_id)

    def claim(self, run_id: str, recipient: str, *, resend_unknown: bool = False) -> JournalEntry | None:
        """Record ``attempting`` and return ``None`` if ``recipient`` may be sent to now, else its entry."""

        def claim(db: sqlite3.Connection) -> JournalEntry | None:
            if db.execute(_CLAIM, (run_id, recipient, time.time(), int(resend_unknown))).rowcount == 1:
                return None
            row = db.execute(
                "SELECT state, message_id, detail, updated_at FROM bulk_recipients WHERE run_id = ? AND recipient = ?",
                (run_id, recipient),
            ).fetchone()
            return JournalEntry(row[0], row[1], row[2], row[3])

        return self._commits.run(claim)

    def record(
        self,
        run_id: str,
        recipient: str,
        state: JournalState,
        *,
        message_id: str | None = None,
        detail: str | None = None,
    ) -> None:
        """Write a recipient's outcome (``sent``, ``failed``, ``unknown``)."""
        values = (run_id, recipient, _check_state(state), message_id, detail, time.time())
        self._commits.run(
            lambda db: db.execute(
                "INSERT INTO bulk_recipients (run_id, recipient, state, message_id, detail, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (run_id, recipient) DO UPDATE SET state = excluded.state, "
                "message_id = excluded.message_id, detail = excluded.detail, updated_at = excluded.updated_at",
                values,
            )
        )

    def entries(self, run_id: str) -> dict[str, JournalEntry]:
        """Every recipient journaled for ``run_id``."""
        rows = self._commits.run(
            lambda db: db.execute(
                "SELECT recipient, state, message_id, detail, updated_at FROM bulk_recipients WHERE run_id = ?",
                (run_id,),
            ).fetchall()
        )
        return {row[0]: JournalEntry(row[1], row[2], row[3], row[4]) for row in rows}

    def resolve_sent(self, run_id: str, recipient: str, message_id: str) -> bool:
        """Mark an ``attempting``/``unknown`` recipient sent (Meta reported the message); ``False`` if it was not."""
        values = (message_id, "resolved from a status webhook", time.time(), run_id, recipient_key(recipient))
        changed: int = self._commits.run(
            lambda db: (
                db.execute(
                    "UPDATE bulk_recipients SET state = 'sent', message_id = ?, detail = ?, updated_at = ? "
                    "WHERE run_id = ? AND recipient = ? AND state IN ('attempting', 'unknown')",
                    values,
                ).rowcount
            )
        )
        return changed == 1

    async def abegin(self, run_id: str, fingerprint: str) -> None:
        await asyncio.to_thread(self.begin, run_id, fingerprint)

    async def aentries(self, run_id: str) -> dict[str, JournalEntry]:
        return await asyncio.to_thread(self.entries, run_id)

    async def aclaim(self, run_id: str, recipient: str, *, resend_unknown: bool = False) -> JournalEntry | None:
        return await asyncio.to_thread(self.claim, run_id, recipient, resend_unknown=resend_unknown)

    async def arecord(
        self,
        run_id: str,
        recipient: str,
        state: JournalState,
        *,
        message_id: str | None = None,
        detail: str | None = None,
    ) -> None:
        await asyncio.to_thread(self.record, run_id, recipient, state, message_id=message_id, detail=detail)

    def close(self) -> None:
        self._commits.run(lambda _db: None)  # waits for writes in flight
        self._db.close()

    async def aclose(self) -> None:
        self.close()


# KEYS[1] the run's hash; ARGV: recipient, the attempting entry (JSON), "1" to resend unknown outcomes.
_CLAIM_LUA = """
local current = redis.call('HGET', KEYS[1], ARGV[1])
if current then
  local state = cjson.decode(current)['state']
  if not (state == 'failed' or (ARGV[3] == '1' and (state == 'unknown' or state == 'attempting'))) then
    return current
  end
end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
return false
"""

# KEYS[1] the run's hash; ARGV: recipient, the sent entry (JSON). Only an attempting/unknown entry changes.
_RESOLVE_LUA = """
local current = redis.call('HGET', KEYS[1], ARGV[1])
if not current then return 0 end
local state = cjson.decode(current)['state']
if state ~= 'attempting' and state ~= 'unknown' then return 0 end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
return 1
"""


def _text(value: bytes | str) -> str:
    return value if isinstance(value, str) else value.decode()


def _encode(state: str, message_id: str | None, detail: str | None) -> str:
    return json.dumps({"state": state, "message_id": message_id, "detail": detail, "updated_at": time.time()})


def _decode(raw: bytes | str) -> JournalEntry:
    data: dict[str, Any] = json.loads(raw)
    return JournalEntry(_check_state(data["state"]), data.get("message_id"), data.get("detail"), data.get("updated_at"))


class RedisJournal(_JournalHelpers):
    """A journal in Redis, for runs resumed on another host. One hash per run: ``{key_prefix}{run_id}``.

    Example: ``send_bulk(numbers, message, run_id="spring-sale", journal=RedisJournal("redis://localhost:6379/0"))``
    """

    def __init__(self, url: str, *, key_prefix: str = "wacloud:bulk:") -> None:
        try:
            import redis as redis_module
        except ImportError:
            raise ConfigurationError("A Redis bulk journal needs: pip install 'wacloud[redis]'.") from None
        self.key_prefix = key_prefix
        self._url = url
        self._client: redis.Redis = redis_module.Redis.from_url(url)
        self._claim = self._client.register_script(_CLAIM_LUA)
        self._resolve = self._client.register_script(_RESOLVE_LUA)
        self._async_client: redis.asyncio.Redis | None = None
        self._async_claim: Any = None

    def __repr__(self) -> str:
        return f"RedisJournal(key_prefix={self.key_prefix!r})"  # the URL may hold a password

    def _key(self, run_id: str) -> str:
        return f"{self.key_prefix}{run_id}"

    def _async(self) -> redis.asyncio.Redis:
        if self._async_client is None:
            import redis.asyncio

            self._async_client = redis.asyncio.Redis.from_url(self._url)
            self._async_claim = self._async_client.register_script(_CLAIM_LUA)
        return self._async_client

    def begin(self, run_id: str, fingerprint: str) -> None:
        key = self._key(run_id) + ":fingerprint"
        self._client.set(key, fingerprint, nx=True)
        stored = self._client.get(key)
        if stored is None or _text(stored) != fingerprint:
            raise _fingerprint_mismatch(run_id)

    def claim(self, run_id: str, recipient: str, *, resend_unknown: bool = False) -> JournalEntry | None:
        attempt = _encode("attempting", None, None)
        raw = self._claim(keys=[self._key(run_id)], args=[recipient, attempt, "1" if resend_unknown else "0"])
        return None if raw is None else _decode(raw)

    def record(
        self,
        run_id: str,
        recipient: str,
        state: JournalState,
        *,
        message_id: str | None = None,
        detail: str | None = None,
    ) -> None:
        self._client.hset(self._key(run_id), recipient, _encode(_check_state(state), message_id, detail))

    def entries(self, run_id: str) -> dict[str, JournalEntry]:
        raw: dict[bytes, bytes] = self._client.hgetall(self._key(run_id))  # type: ignore[assignment]
        return {_text(key): _decode(value) for key, value in raw.items()}

    def resolve_sent(self, run_id: str, recipient: str, message_id: str) -> bool:
        """Mark an ``attempting``/``unknown`` recipient sent (Meta reported the message); ``False`` if it was not."""
        entry = _encode("sent", message_id, "resolved from a status webhook")
        return int(self._resolve(keys=[self._key(run_id)], args=[recipient_key(recipient), entry])) == 1

    async def abegin(self, run_id: str, fingerprint: str) -> None:
        client = self._async()
        key = self._key(run_id) + ":fingerprint"
        await client.set(key, fingerprint, nx=True)
        stored = await client.get(key)
        if stored is None or _text(stored) != fingerprint:
            raise _fingerprint_mismatch(run_id)

    async def aentries(self, run_id: str) -> dict[str, JournalEntry]:
        raw = await self._async().hgetall(self._key(run_id))
        return {_text(key): _decode(value) for key, value in raw.items()}

    async def aclaim(self, run_id: str, recipient: str, *, resend_unknown: bool = False) -> JournalEntry | None:
        self._async()
        attempt = _encode("attempting", None, None)
        raw = await self._async_claim(
            keys=[self._key(run_id)], args=[recipient, attempt, "1" if resend_unknown else "0"]
        )
        return None if raw is None else _decode(raw)

    async def arecord(
        self,
        run_id: str,
        recipient: str,
        state: JournalState,
        *,
        message_id: str | None = None,
        detail: str | None = None,
    ) -> None:
        await self._async().hset(self._key(run_id), recipient, _encode(_check_state(state), message_id, detail))

    def close(self) -> None:
        self._client.close()

    async def aclose(self) -> None:
        if self._async_client is not None:
            await self._async_client.aclose()


DEFAULT_JOURNAL = "wacloud-bulk.sqlite"

#: Bulk sends put ``wacloud-bulk:<run_id>`` in a message's ``biz_opaque_callback_data`` (unless it has its own):
#: Meta echoes it in every status webhook of that message, which ties the status to the run's journal.
TAG_PREFIX = "wacloud-bulk:"
MAX_RUN_ID = 256
_ACCEPTED_STATUSES = frozenset({"sent", "delivered", "read"})


def run_tag(run_id: str) -> str:
    """The ``biz_opaque_callback_data`` of a run's messages."""
    return TAG_PREFIX + run_id


def resolve_from_status(journal: BulkJournal, status: Status) -> bool:
    """Settle an unknown outcome from the statuses webhook: call it for every status your listener receives.

    A ``sent``/``delivered``/``read`` status of a bulk message proves Meta accepted it: its recipient, if still
    ``attempting``/``unknown`` in the run named by the status's ``biz_opaque_callback_data``, is marked ``sent``
    with the message id, so a resumed run skips it. Returns whether an entry changed. (A ``failed`` status proves
    acceptance too, but whether to send again is your call: ``mark_sent`` or ``mark_not_sent``.)

    Example: ``WebhookListener(on_status=lambda status: resolve_from_status(journal, status))``
    """
    tag = status.biz_opaque_callback_data
    if not tag or not tag.startswith(TAG_PREFIX) or status.status not in _ACCEPTED_STATUSES:
        return False
    if not status.recipient_id or not status.id:
        return False
    return journal.resolve_sent(tag[len(TAG_PREFIX) :], status.recipient_id, status.id)


def open_journal(journal: str | os.PathLike[str] | BulkJournal | None) -> tuple[BulkJournal, bool]:
    """``(journal, opened here)`` for a ``journal=`` argument: a journal, a ``redis://`` URL, or a SQLite path.

    ``None`` is ``wacloud-bulk.sqlite`` in the working directory.
    """
    if isinstance(journal, BulkJournal):
        return journal, False
    target = os.fspath(DEFAULT_JOURNAL if journal is None else journal)
    if target.startswith(("redis://", "rediss://", "unix://")):
        return RedisJournal(target), True
    return SqliteJournal(target), True
