"""``client.messages.send_bulk``: one template or message to many recipients, paced, journaled and resumable.

Each recipient is claimed in the journal (``attempting``) before its request leaves and recorded after
(``sent`` / ``failed`` / ``unknown``), so a run that crashed or was interrupted resumes without sending anyone a
message twice (see ``_journal``). Sends are paced by the client's rate limiter, or by one shared in-memory
limiter at Meta's default 80 messages per second, so a bulk run never trips Meta's 130429.

``SyncBulkRun`` is the source of ``AsyncBulkRun``, written to ``wacloud/_async/_bulk.py`` by ``generator/unasync.py``.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import IO, TYPE_CHECKING, Any

import attrs

from ._errors import (
    ApiError,
    ConnectionError,
    InvalidArgumentError,
    TimeoutError,
    UnexpectedResponseError,
    WhatsAppError,
)
from ._journal import MAX_RUN_ID, BulkJournal, JournalEntry, open_journal, run_tag
from ._runtime import SyncRuntime
from .ratelimit import RateLimit, RateLimiter, RateLimiterBackend, recipient_key, resolve_rate_limiter

if TYPE_CHECKING:
    from wacloud_api.models import SendMessageResponse
    from wacloud_api.types import RequestOptions

    from ._messages import Messages as SyncMessages
    from ._messages import OutgoingMessage

__all__ = [
    "BulkFailed",
    "BulkReport",
    "BulkResult",
    "BulkSent",
    "BulkSkipped",
    "BulkUnknown",
    "SyncBulkRun",
]

DEFAULT_CONCURRENCY = 16


@dataclass(frozen=True, slots=True)
class BulkSent:
    """Sent in this run: Meta accepted the message (``message_id`` is its wamid)."""

    to: str
    message_id: str


@dataclass(frozen=True, slots=True)
class BulkFailed:
    """Meta certainly did not accept the message (the typed error says why). A resumed run tries again."""

    to: str
    error: WhatsAppError


@dataclass(frozen=True, slots=True)
class BulkSkipped:
    """Not sent in this run: already sent by an earlier run of the journal, or a repeat in the list."""

    to: str
    reason: str
    message_id: str | None = None


@dataclass(frozen=True, slots=True)
class BulkUnknown:
    """The message may or may not have reached Meta; it is **not** resent automatically.

    Check the statuses webhook (a ``sent``/``delivered`` status for this recipient), then record the answer
    with ``journal.mark_sent(...)`` / ``journal.mark_not_sent(...)``, or resume with ``resend_unknown=True``.
    """

    to: str
    reason: str
    error: WhatsAppError | None = None


BulkResult = BulkSent | BulkFailed | BulkSkipped | BulkUnknown


@dataclass(slots=True)
class BulkReport:
    """Per-recipient results of one ``send_bulk`` call, in the order of the recipients."""

    run_id: str
    results: list[BulkResult] = field(default_factory=list)

    @property
    def sent(self) -> list[BulkSent]:
        return [r for r in self.results if isinstance(r, BulkSent)]

    @property
    def failed(self) -> list[BulkFailed]:
        return [r for r in self.results if isinstance(r, BulkFailed)]

    @property
    def skipped(self) -> list[BulkSkipped]:
        return [r for r in self.results if isinstance(r, BulkSkipped)]

    @property
    def unknown(self) -> list[BulkUnknown]:
        return [r for r in self.results if isinstance(r, BulkUnknown)]

    def summary(self) -> str:
        """``run spring-sale: 9,990 sent, 3 failed, 7 skipped, 0 unknown``."""
        return (
            f"run {self.run_id}: {len(self.sent):,} sent, {len(self.failed):,} failed, "
            f"{len(self.skipped):,} skipped, {len(self.unknown):,} unknown"
        )


def may_have_reached_meta(error: WhatsAppError) -> bool:
    """Whether a failed send may still have been accepted by Meta (then it must not be resent blindly).

    A Graph error answer with a 4xx status is a refusal; a 5xx may come after the message was accepted. A
    transport error counts as not sent only when the request was never fully sent (``request_sent`` is false:
    connect errors, pool timeouts, write failures); a 2xx with an unreadable body was most likely accepted. Errors raised before the request
    (bad arguments, configuration, the limiter's own wait limit) are refusals.
    """
    if isinstance(error, ApiError):
        return error.status_code is not None and error.status_code >= 500
    if isinstance(error, ConnectionError | TimeoutError):
        return error.request_sent
    return isinstance(error, UnexpectedResponseError)


def describe(error: WhatsAppError) -> str:
    return f"{type(error).__name__}: {error}"


def result_from_entry(to: str, entry: JournalEntry) -> BulkResult:
    """What a journal entry that stops a send means for this run."""
    if entry.state == "sent":
        return BulkSkipped(to, "already sent by an earlier run", entry.message_id)
    if entry.state == "attempting":
        reason = (
            "an earlier attempt never recorded its outcome (crash or kill mid-request?): check the statuses webhook"
        )
        return BulkUnknown(to, reason)
    return BulkUnknown(to, f"{entry.detail or 'outcome unknown'}: check the statuses webhook")


def stops_a_send(entry: JournalEntry | None, resend_unknown: bool) -> bool:
    """Whether a journal entry rules out sending (the claim decides; this only spares a resumed run's slots)."""
    if entry is None:
        return False
    return entry.state == "sent" or (entry.state in ("attempting", "unknown") and not resend_unknown)


def fingerprint(message: OutgoingMessage | Callable[[str], OutgoingMessage], first: OutgoingMessage | None) -> str:
    """What a run sends, so a journal refuses to resume a run with a different message."""
    if callable(message):
        if first is None:
            return "per-recipient:empty"
        body = first.to_dict()
        template = body.get("template", {})
        return f"per-recipient:{body.get('type')}:{template.get('name')}:{template.get('language')}"
    body = {k: v for k, v in message.to_dict().items() if k != "to"}
    return "sha256:" + hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()


class BulkProgress:
    """One self-rewriting stderr line: ``bulk 4,210/10,000 42% · 80/s · 4,200 sent 3 failed 7 skipped 0 unknown``."""

    def __init__(self, total: int, stream: IO[str]) -> None:
        self.total = total
        self.stream = stream
        self.counts = {"sent": 0, "failed": 0, "skipped": 0, "unknown": 0}
        self.started = time.monotonic()
        self.shown = 0.0
        self.lock = threading.Lock()

    def add(self, result: BulkResult) -> None:
        kind = {BulkSent: "sent", BulkFailed: "failed", BulkSkipped: "skipped", BulkUnknown: "unknown"}[type(result)]
        with self.lock:
            self.counts[kind] += 1
            now = time.monotonic()
            if now - self.shown >= 0.1 or sum(self.counts.values()) == self.total:
                self.shown = now
                self.render(now)

    def render(self, now: float) -> None:
        done = sum(self.counts.values())
        rate = self.counts["sent"] / max(now - self.started, 1e-9)
        percent = done * 100 // max(self.total, 1)
        tally = " ".join(f"{count:,} {kind}" for kind, count in self.counts.items())
        self.stream.write(f"\rbulk {done:,}/{self.total:,} {percent}% · {rate:,.0f}/s · {tally}")
        self.stream.flush()

    def finish(self) -> None:
        with self.lock:
            self.render(time.monotonic())
            self.stream.write("\n")
            self.stream.flush()


def progress_for(progress: bool | None, total: int) -> BulkProgress | None:
    """A progress line on stderr when asked to, or by default when stderr is a terminal."""
    stream = sys.stderr
    show = progress if progress is not None else stream.isatty()
    return BulkProgress(total, stream) if show else None


_PROCESS_LIMITER: RateLimiterBackend | None = None
_PROCESS_LIMITER_LOCK = threading.Lock()


def bulk_limiter(
    client_limiter: RateLimiterBackend | None, rate_limit: RateLimiterBackend | None
) -> RateLimiterBackend:
    """The limiter of a bulk run: the one passed, else the client's, else one per process at Meta's default."""
    global _PROCESS_LIMITER
    if rate_limit is not None:
        return rate_limit
    if client_limiter is not None:
        return client_limiter
    with _PROCESS_LIMITER_LOCK:  # every bulk run of this process shares it, so two runs never add up past 80/s
        if _PROCESS_LIMITER is None:
            _PROCESS_LIMITER = RateLimiter()
        return _PROCESS_LIMITER


@dataclass(slots=True)
class Plan:
    """The recipients of a run, de-duplicated (the same user however the number is written)."""

    pending: Iterator[tuple[int, str, str]]
    results: list[BulkResult | None]
    total: int


def plan(recipients: Iterable[str]) -> Plan:
    seen: set[str] = set()
    work: list[tuple[int, str, str]] = []
    results: list[BulkResult | None] = []
    for index, to in enumerate(recipients):
        key = recipient_key(to) if isinstance(to, str) else ""
        if not key:  # refused before anything is sent, so a typo in the list never half-sends a campaign
            raise InvalidArgumentError(
                f"Recipient {index} is {to!r}: recipients are phone numbers or WhatsApp ids as strings."
            )
        if key in seen:
            results.append(BulkSkipped(to, "repeated in the recipient list"))
            continue
        seen.add(key)
        results.append(None)
        work.append((index, to, key))
    return Plan(iter(work), results, len(results))


def sync_run_workers(count: int, work: Callable[[], bool]) -> None:
    """Call ``work`` from ``count`` threads until it returns ``False``.

    On Ctrl-C no new recipient is started, every request in flight finishes and is journaled, then
    ``KeyboardInterrupt`` propagates. The first unexpected error stops the run the same way and is re-raised.
    """
    stop = threading.Event()
    errors: list[BaseException] = []

    def loop() -> None:
        try:
            while not stop.is_set() and work():
                pass
        except BaseException as exc:  # re-raised in the calling thread
            errors.append(exc)
            stop.set()

    threads = [threading.Thread(target=loop, name=f"wacloud-bulk-{n}", daemon=True) for n in range(count)]
    for thread in threads:
        thread.start()
    try:
        for thread in threads:
            while thread.is_alive():
                thread.join(0.2)  # a timed join keeps the main thread responsive to Ctrl-C
    except KeyboardInterrupt:
        stop.set()
        for thread in threads:
            thread.join()
        raise
    if errors:
        raise errors[0]


async def async_run_workers(count: int, work: Callable[[], Any]) -> None:
    """Await ``work`` from ``count`` tasks until it returns ``False``; a failure or cancellation cancels the rest.

    A cancelled send is journaled ``unknown`` (it may have left), never retried blindly.
    """

    async def loop() -> None:
        while await work():
            pass

    async with asyncio.TaskGroup() as group:
        for _ in range(count):
            group.create_task(loop())


def first_message(build: Callable[[str], OutgoingMessage], work: Plan) -> OutgoingMessage | None:
    """The message of the first recipient whose message builds (for the run's fingerprint)."""
    items = list(work.pending)
    work.pending = iter(items)
    for _, to, _ in items[:100]:
        try:
            return build(to)
        except WhatsAppError:
            continue
    return None


def check_arguments(recipients: object, run_id: object) -> None:
    if isinstance(recipients, str | bytes):
        raise InvalidArgumentError("send_bulk takes a list (or any iterable) of recipients, not one string.")
    if not isinstance(run_id, str) or not run_id.strip() or len(run_id) > MAX_RUN_ID:
        raise InvalidArgumentError(
            f"run_id must name the run in 1 to {MAX_RUN_ID} characters (e.g. 'spring-sale-2026'): it is how a run "
            "resumes."
        )


def tagged(build: Callable[[str], OutgoingMessage], run_id: str) -> Callable[[str], OutgoingMessage]:
    """``build`` with the run's tag in ``biz_opaque_callback_data`` (a message's own value is kept)."""
    tag = run_tag(run_id)

    def build_tagged(to: str) -> OutgoingMessage:
        message = build(to)
        if message.biz_opaque_callback_data is None:
            message = attrs.evolve(message, biz_opaque_callback_data=tag)
        return message

    return build_tagged


def check_concurrency(concurrency: object) -> None:
    if not isinstance(concurrency, int) or isinstance(concurrency, bool) or not 1 <= concurrency <= 1000:
        raise InvalidArgumentError(f"concurrency must be a whole number from 1 to 1000, got {concurrency!r}.")


def bulk_rate_limit(option: RateLimiterBackend | RateLimit | float | None) -> RateLimiterBackend | None:
    if option is None or isinstance(option, RateLimiterBackend):
        return option
    if isinstance(option, bool) or not isinstance(option, RateLimit | int | float):
        raise InvalidArgumentError(
            "rate_limit must be a limiter, a RateLimit or messages per second (bulk sends are always paced)."
        )
    return resolve_rate_limiter(
        option if isinstance(option, RateLimit) else None,
        None if isinstance(option, RateLimit) else float(option),
        None,
    )


class SyncBulkRun:
    """One ``send_bulk`` call: claim, send, record, for each recipient, from ``concurrency`` workers."""

    def __init__(
        self,
        messages: SyncMessages,
        recipients: Iterable[str],
        message: OutgoingMessage | Callable[[str], OutgoingMessage],
        *,
        run_id: str,
        journal: str | os.PathLike[str] | BulkJournal | None,
        rate_limit: RateLimiterBackend | RateLimit | float | None,
        resend_unknown: bool,
        progress: bool | None,
        phone_number_id: str | None,
        request_options: RequestOptions | None,
    ) -> None:
        check_arguments(recipients, run_id)
        base = messages._runtime
        if not isinstance(base, SyncRuntime):
            raise InvalidArgumentError("send_bulk needs the messages namespace of a wacloud client.")
        # Each slot is reserved (and waited for) before the attempt is journaled, so the unknown-outcome window
        # after a crash holds only requests really in flight; the runtime paces retries.
        self.limiter = bulk_limiter(base.limiter, bulk_rate_limit(rate_limit))
        self.messages = type(messages)(base.with_limiter(self.limiter, first_attempt_paced=True))
        self.sender = base.path_default("phone_number_id", phone_number_id)
        build: Callable[[str], OutgoingMessage] = (
            message if callable(message) else (lambda to: attrs.evolve(message, to=to))
        )
        self.plan = plan(recipients)
        first = first_message(build, self.plan) if callable(message) else None
        self.fingerprint = fingerprint(message, first)
        self._build = tagged(build, run_id)
        self.journal, self.owns_journal = open_journal(journal)
        self.run_id = run_id
        self.resend_unknown = resend_unknown
        self.request_options = request_options
        self.progress = progress_for(progress, self.plan.total)
        if self.progress is not None:
            for repeated in self.plan.results:
                if repeated is not None:
                    self.progress.add(repeated)
        self.known: dict[str, JournalEntry] = {}
        self.lock = threading.Lock()

    def run(self, concurrency: int) -> BulkReport:
        """Send to every planned recipient; the report lists one result per recipient, in order."""
        try:
            check_concurrency(concurrency)
            self.journal.begin(self.run_id, self.fingerprint)
            self.known = self.journal.entries(self.run_id)
            sync_run_workers(concurrency, self.work)
        finally:
            if self.progress is not None:
                self.progress.finish()
            if self.owns_journal:
                self.journal.close()
        return BulkReport(self.run_id, [r for r in self.plan.results if r is not None])

    def work(self) -> bool:
        """Send to the next recipient; ``False`` when none is left."""
        with self.lock:
            item = next(self.plan.pending, None)
        if item is None:
            return False
        index, to, key = item
        result = self.send_one(to, key)
        self.plan.results[index] = result
        if self.progress is not None:
            self.progress.add(result)
        return True

    def send_one(self, to: str, key: str) -> BulkResult:
        """Claim ``to`` in the journal, send, and record the outcome before reporting it."""
        known = self.known.get(key)
        if known is not None and stops_a_send(known, self.resend_unknown):  # no slot spent on a resumed run's done
            return result_from_entry(to, known)
        try:
            message = self._build(to)
        except WhatsAppError as error:  # nothing was claimed or sent
            return BulkFailed(to, error)
        try:
            slot = self.limiter.reserve(self.sender, key)
        except WhatsAppError as error:  # the limiter's own max_wait: nothing was claimed or sent
            return BulkFailed(to, error)
        if slot.delay > 0:
            time.sleep(slot.delay)
        existing = self.journal.claim(self.run_id, key, resend_unknown=self.resend_unknown)
        if existing is not None:
            return result_from_entry(to, existing)
        try:
            sent: SendMessageResponse = self.messages.send(
                message, phone_number_id=self.sender, request_options=self.request_options
            )
        except WhatsAppError as error:
            if may_have_reached_meta(error):
                self.journal.record(self.run_id, key, "unknown", detail=describe(error))
                return BulkUnknown(to, f"{describe(error)}: may have reached Meta, check the statuses webhook", error)
            self.journal.record(self.run_id, key, "failed", detail=describe(error))
            return BulkFailed(to, error)
        except BaseException:  # interrupted mid-request (cancelled, or a bug below): the message may have left
            self.journal.record(self.run_id, key, "unknown", detail="interrupted mid-request")
            raise
        message_id = sent.messages[0].id
        self.journal.record(self.run_id, key, "sent", message_id=message_id)
        return BulkSent(to, message_id)
