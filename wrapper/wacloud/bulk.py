"""Bulk sends: ``client.messages.send_bulk(...)``'s results and journals.

    report = client.messages.send_bulk(numbers, template_message, run_id="spring-sale", journal="sale.sqlite")
    for result in report.unknown:          # may have reached Meta: check the statuses webhook, then decide
        print(result.to, result.reason)

Results: ``BulkSent`` (message id), ``BulkFailed`` (the typed error; certainly not accepted, retried by a resumed
run), ``BulkSkipped`` (already sent by an earlier run, or repeated in the list), ``BulkUnknown`` (never resent
automatically; ``resolve_from_status`` settles those the statuses webhook proves sent: each bulk message carries
``wacloud-bulk:<run_id>`` in ``biz_opaque_callback_data``, which Meta echoes in its statuses). Journals:
``SqliteJournal`` (default), ``RedisJournal``, or anything implementing ``BulkJournal``.
"""

from __future__ import annotations

from ._bulk import BulkFailed, BulkReport, BulkResult, BulkSent, BulkSkipped, BulkUnknown
from ._journal import BulkJournal, JournalEntry, JournalState, RedisJournal, SqliteJournal, resolve_from_status

__all__ = [
    "BulkFailed",
    "BulkJournal",
    "BulkReport",
    "BulkResult",
    "BulkSent",
    "BulkSkipped",
    "BulkUnknown",
    "JournalEntry",
    "JournalState",
    "RedisJournal",
    "SqliteJournal",
    "resolve_from_status",
]
