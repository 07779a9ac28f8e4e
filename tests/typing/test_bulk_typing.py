"""Type-checked with `mypy --strict` (make typecheck): bulk sends and rate limiting need no ignores in user code."""

from __future__ import annotations

from wacloud import AsyncWhatsApp, WhatsApp
from wacloud.bulk import BulkReport, BulkResult, BulkSent, BulkUnknown, SqliteJournal
from wacloud.ratelimit import COEXISTENCE_MESSAGES_PER_SECOND, RateLimit, RateLimiter, RedisRateLimiter, Reservation
from wacloud_api.models import TemplateContent, TemplateLanguage, TemplateMessage, TextContent, TextMessage

SALE = TemplateMessage(to="", template=TemplateContent(name="spring_sale", language=TemplateLanguage(code="en_US")))


def greeting(to: str) -> TextMessage:
    return TextMessage(to=to, text=TextContent(body=f"Hello {to}"))


def use_bulk(client: WhatsApp, journal: SqliteJournal) -> None:
    report: BulkReport = client.messages.send_bulk(["15551234567"], SALE, run_id="spring", journal="sale.sqlite")
    results: list[BulkResult] = report.results
    first = results[0]
    if isinstance(first, BulkSent):
        wamid: str = first.message_id
        assert wamid
    unknown: list[BulkUnknown] = report.unknown
    for result in unknown:
        journal.mark_not_sent(report.run_id, result.to)
    client.messages.send_bulk(["15551234567"], greeting, run_id="hello", journal=journal, rate_limit=250)


async def use_bulk_async(client: AsyncWhatsApp) -> None:
    report: BulkReport = await client.messages.send_bulk(["15551234567"], SALE, run_id="spring", resend_unknown=True)
    assert report.summary()


def use_rate_limits() -> None:
    policy = RateLimit(messages_per_second=1000, per_number={"106540352242922": COEXISTENCE_MESSAGES_PER_SECOND})
    limiter = RateLimiter(policy)
    slot: Reservation = limiter.reserve("106540352242922", "15551234567")
    delay: float = slot.delay
    assert delay >= 0
    WhatsApp(rate_limit=limiter)
    WhatsApp(rate_limit=RedisRateLimiter("redis://localhost:6379/0", policy))
    AsyncWhatsApp(rate_limit=80)
    WhatsApp(rate_limit=True)
