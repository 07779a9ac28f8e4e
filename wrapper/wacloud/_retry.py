"""When a failed call may be repeated, and how long to wait first.

A message send must never be repeated once it may have reached Meta: no duplicate message to a customer, ever.
So a call is retried only when Meta certainly did not process it, or when repeating it is harmless:

* Graph throttling codes (4, 17, 32, 613, 80007, 130429, 131056) and 131057 (throughput upgrade in progress),
  and HTTP 429: Meta rejected the call;
* transport errors raised before the request was completely written (connect, pool, write errors and timeouts):
  Graph cannot have processed an incomplete request;
* HTTP 5xx, and failures after the request was written (resets, read timeouts), only for idempotent methods
  (GET, DELETE): a send that may have reached Meta is never repeated.
"""

from __future__ import annotations

import email.utils
import json
import math
import random
import time
from dataclasses import dataclass

import httpx

from ._constants import INITIAL_RETRY_DELAY_SECONDS, MAX_RETRY_DELAY_SECONDS
from ._errors import RATE_LIMIT_CODES, ApiError

__all__ = ["RetryPolicy", "retry_after_seconds"]

RETRYABLE_CODES: frozenset[int] = (RATE_LIMIT_CODES - {133016}) | {131057}
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "DELETE"})


def retry_after_seconds(response: httpx.Response) -> float | None:
    """The server's wait hint: ``Retry-After`` (seconds or HTTP date), else Graph's usage header (minutes).

    A ``Retry-After`` that is neither a non-negative number of seconds nor an HTTP date in the future (garbage,
    negative, NaN, infinite, past) counts as missing: backoff with jitter applies, never an instant retry.
    """
    header = response.headers.get("retry-after")
    if header:
        hint = _retry_after_header(header.strip())
        if hint is not None:
            return hint
    usage = response.headers.get("x-business-use-case-usage")
    if usage:
        try:
            decoded = json.loads(usage)
        except ValueError:
            return None
        minutes = [
            entry.get("estimated_time_to_regain_access")
            for entries in (decoded.values() if isinstance(decoded, dict) else [])
            if isinstance(entries, list)
            for entry in entries
            if isinstance(entry, dict)
        ]
        waits = [float(m) for m in minutes if isinstance(m, int | float) and m > 0]
        if waits:
            return max(waits) * 60.0
    return None


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How many times and how long a call may be retried. ``max_retries=0`` disables retries."""

    max_retries: int
    max_wait: float

    def should_retry_error(self, method: str, error: ApiError) -> bool:
        """Retry a Graph error answer?"""
        if error.code in RETRYABLE_CODES:
            return True
        if error.code is None and error.status_code == 429:
            return True
        return error.status_code is not None and error.status_code >= 500 and method.upper() in IDEMPOTENT_METHODS

    def should_retry_transport(self, method: str, not_sent: bool) -> bool:
        """Retry after a transport failure? Only if the request was never fully sent, or repeating it is harmless."""
        return not_sent or method.upper() in IDEMPOTENT_METHODS

    def delay(self, attempt: int, hint: float | None) -> float:
        """Seconds to wait before retry number ``attempt`` (1-based): the server's hint, else backoff with jitter."""
        if hint is not None:
            return hint
        backoff = min(INITIAL_RETRY_DELAY_SECONDS * 2.0 ** (attempt - 1), MAX_RETRY_DELAY_SECONDS)
        return backoff * (0.5 + random.random() / 2)  # jitter, not cryptography


def _retry_after_header(header: str) -> float | None:
    try:
        seconds = float(header)
    except ValueError:
        try:
            parsed = email.utils.parsedate_to_datetime(header)
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
        if parsed.tzinfo is None:  # RFC 9110 dates are GMT
            return None
        seconds = parsed.timestamp() - time.time()
        return seconds if seconds > 0 else None
    return seconds if math.isfinite(seconds) and seconds >= 0 else None
