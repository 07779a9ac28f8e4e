"""Logging that never leaks a secret.

wacloud logs through the stdlib logger ``"wacloud"``: one DEBUG line per request (method, path without query,
status, fbtrace_id, duration). ``DEBUG=true`` sets it to DEBUG and attaches a stderr handler only for what no
handler of the application (on ``wacloud`` or above it) already prints, so each line appears once.

httpx logs full URLs (query strings included) at INFO; the token grants carry ``client_secret`` and
``fb_exchange_token`` (or ``code``) in their query, so a filter on the ``httpx`` logger redacts secret-bearing query
parameters.
"""

from __future__ import annotations

import logging
import re

from ._secrets import REDACTED, redact_query

__all__ = ["REDACTED", "configure_debug_logging", "install_httpx_redaction", "logger", "mask_phone", "redact_url"]

logger = logging.getLogger("wacloud")

_PHONE = re.compile(r"(?<![\w.])\+?(\d{4,})(\d{4})(?![\w])")


def redact_url(text: str) -> str:
    """Replace the values of secret-bearing query parameters in ``text`` with ``[redacted]``."""
    return redact_query(text)


def mask_phone(text: str) -> str:
    """Mask all but the last four digits of phone-number-like runs: ``15551234567`` → ``*******4567``."""
    return _PHONE.sub(lambda m: "*" * len(m.group(1)) + m.group(2), text)


class _RedactingFilter(logging.Filter):
    """Rewrites a record's message so secret query values never reach a handler."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = redact_url(message)
        if redacted != message:
            record.msg = redacted
            record.args = None
        return True


_FILTER = _RedactingFilter()


def install_httpx_redaction() -> None:
    """Attach the redacting filter to the loggers of httpx and httpcore (idempotent)."""
    for name in ("httpx", "httpcore"):
        target = logging.getLogger(name)
        if _FILTER not in target.filters:
            target.addFilter(_FILTER)
    if _FILTER not in logger.filters:
        logger.addFilter(_FILTER)


class _DebugHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """wacloud's own stderr handler for ``DEBUG=true``; prints only the levels no application handler prints."""

    def __init__(self, below: int | None) -> None:
        super().__init__()
        self.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        if below is not None:
            self.addFilter(lambda record: record.levelno < below)


def _lowest_level_printed_above() -> int | None:
    """The lowest level a handler on wacloud's ancestors prints (records propagate there), ``None`` if none."""
    levels: list[int] = []
    current: logging.Logger | None = logger
    while current is not None:
        if current is not logger:
            levels.extend(handler.level for handler in current.handlers)
        if not current.propagate:
            break
        current = current.parent
    return min(levels) if levels else None


def configure_debug_logging() -> None:
    """Make every wacloud line visible at DEBUG, printed exactly once.

    Nothing is attached when the application gave the ``wacloud`` logger a handler, or when a handler above it
    (``logging.basicConfig`` on the root, say) already prints DEBUG: records propagate there. Otherwise a stderr
    handler is attached for the levels that nothing above prints.
    """
    if logger.level == logging.NOTSET or logger.level > logging.DEBUG:
        logger.setLevel(logging.DEBUG)
    if logger.handlers:
        return
    lowest = _lowest_level_printed_above()
    if lowest is not None and lowest <= logging.DEBUG:
        return
    logger.addHandler(_DebugHandler(below=lowest))
