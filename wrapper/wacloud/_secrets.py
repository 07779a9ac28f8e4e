"""Secrets that never print, and scrubbing of the secrets a client knows from text a server sends back.

``SecretStr`` is a ``str`` (so ``==``, ``.encode()``, ``+`` and ``hmac.compare_digest`` see the real value and every
API typed ``str`` accepts it) whose ``repr``, ``str`` and ``format`` are ``[redacted]``: a secret held in a local
variable, an attribute or a container shows as ``[redacted]`` in captured traceback locals (Sentry and
``traceback.TracebackException(capture_locals=True)``), f-strings, ``print`` and ``%s`` log arguments. The value is
read with ``reveal()`` where a header or query string is built. It refuses to be pickled.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, NoReturn, SupportsIndex, TypeVar, cast

__all__ = ["REDACTED", "SecretStr", "redact_query", "scrub", "scrub_json", "secret"]

REDACTED = "[redacted]"
#: Query parameters that carry a secret in Graph and OAuth URLs (and Meta's webhook handshake).
SECRET_QUERY_PARAMETERS = (
    "access_token",
    "client_secret",
    "fb_exchange_token",
    "input_token",
    "appsecret_proof",
    "code",  # the single-use Embedded Signup code
    "hub.verify_token",
    "verify_token",  # the webhook secret of `POST /{app_id}/subscriptions`
)
_T = TypeVar("_T")
_SECRET_QUERY = re.compile(r"(?i)(?<![\w.])(" + "|".join(map(re.escape, SECRET_QUERY_PARAMETERS)) + r")=([^&\s\"'#]+)")


class SecretStr(str):
    """A string whose ``repr``/``str``/``format`` is ``[redacted]``; ``reveal()`` returns the value."""

    __slots__ = ()

    def __repr__(self) -> str:
        return f"SecretStr({REDACTED!r})"

    def __str__(self) -> str:
        return REDACTED

    def __format__(self, format_spec: str) -> str:
        return REDACTED

    def reveal(self) -> str:
        """The secret itself, as a plain ``str``: only where a header, query or signature is built."""
        return str.__str__(self)

    def __reduce_ex__(self, protocol: SupportsIndex) -> NoReturn:
        raise TypeError(
            "A wacloud secret (access token, app secret or verify token) refuses to be pickled: pass it to the "
            "other process through its environment (CLOUD_API_ACCESS_TOKEN, WA_APP_SECRET, ...) instead."
        )

    def __copy__(self) -> SecretStr:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> SecretStr:
        return self


def secret(value: _T) -> _T:
    """``value`` as a ``SecretStr`` when it is a string; anything else (``None``, a provider callable) unchanged."""
    if isinstance(value, str) and not isinstance(value, SecretStr):
        return cast(_T, SecretStr(value))
    return value


def redact_query(text: str) -> str:
    """Replace the values of secret-bearing query parameters in ``text`` with ``[redacted]``."""
    return _SECRET_QUERY.sub(lambda m: f"{m.group(1)}={REDACTED}", text)


def scrub(text: str, secrets: Iterable[str | None]) -> str:
    """``text`` with every known secret replaced by ``[redacted]`` and secret query values redacted."""
    for value in sorted({str.__str__(s) for s in secrets if s}, key=len, reverse=True):
        if value in text:
            text = text.replace(value, REDACTED)
    return redact_query(text)


def scrub_json(value: Any, secrets: Iterable[str | None]) -> Any:
    """A copy of a decoded JSON value with every string scrubbed (keys too)."""
    known = [s for s in secrets if s]
    if isinstance(value, str):
        return scrub(value, known)
    if isinstance(value, dict):
        return {scrub(str(k), known): scrub_json(v, known) for k, v in value.items()}
    if isinstance(value, list):
        return [scrub_json(item, known) for item in value]
    return value
