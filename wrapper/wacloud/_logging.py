"""Logging that never leaks a secret.

wacloud logs through the stdlib logger ``"wacloud"``: one DEBUG line per request (method, path without query,
status, fbtrace_id, duration). ``DEBUG=true`` attaches a stderr handler at DEBUG level if the application has not
configured that logger itself.

httpx logs full URLs (query strings included) at INFO; the token grants carry ``client_secret`` and
``fb_exchange_token`` (or ``code``) in their query, so a filter on the ``httpx`` logger redacts secret-bearing query
parameters.
"""

from __future__ import annotations

import logging
import re

__all__ = ["REDACTED", "configure_debug_logging", "install_httpx_redaction", "logger", "mask_phone", "redact_url"]

logger = logging.getLogger("wacloud")

REDACTED = "[redacted]"
# `code` is the single-use Embedded Signup code; `verify_token` the webhook secret of `POST /{app_id}/subscriptions`.
_SECRET_QUERY = re.compile(
    r"(?i)(?<![\w.])(access_token|client_secret|fb_exchange_token|input_token|appsecret_proof|hub\.verify_token"
    r"|verify_token|code)=([^&\s\"']+)"
)
_PHONE = re.compile(r"(?<![\w.])\+?(\d{4,})(\d{4})(?![\w])")


def redact_url(text: str) -> str:
    """Replace the values of secret-bearing query parameters in ``text`` with ``[redacted]``."""
    return _SECRET_QUERY.sub(lambda m: f"{m.group(1)}={REDACTED}", text)


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


def configure_debug_logging() -> None:
    """Make ``wacloud`` log at DEBUG to stderr, unless the application already gave it a handler."""
    if logger.level == logging.NOTSET or logger.level > logging.DEBUG:
        logger.setLevel(logging.DEBUG)
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        logger.addHandler(handler)
