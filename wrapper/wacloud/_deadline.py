"""A real deadline for each attempt of a call: the configured ``timeout`` bounds the whole attempt.

httpx's timeouts bound each socket operation, so a server that trickles one byte just under the read timeout holds
a call for ever. The runtime sets a deadline (monotonic seconds) in a context variable around ``http.send``; the
network streams of the client's connection pool shorten every connect, TLS handshake, read and write to the time
left, and raise httpcore's own timeout error once it is spent (httpx maps it to ``ReadTimeout``/``WriteTimeout``/
``ConnectTimeout``). Nothing is spawned per request: the cost is a context-variable lookup per socket operation.
Outside a wacloud call the variable is unset and the streams behave exactly like httpcore's.

The streams (``_deadline_streams``) import httpcore, which ``import wacloud`` does not need: they are loaded when a
client is built, when httpx itself imports httpcore.
"""

from __future__ import annotations

from contextvars import ContextVar
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import httpx

__all__ = ["DEADLINE", "enforce_deadlines"]

#: ``time.monotonic()`` value at which the current attempt must end; ``None`` outside a wacloud call.
DEADLINE: ContextVar[float | None] = ContextVar("wacloud_deadline", default=None)


def enforce_deadlines(http: httpx.Client | httpx.AsyncClient) -> bool:
    """Give the connection pools of ``http`` (its transport and mounts) deadline-aware streams (idempotent).

    Returns whether at least one pool was found: a custom transport that is not httpx's ``HTTPTransport`` (a mock,
    say) keeps only httpx's per-operation timeouts.
    """
    import httpcore  # loaded by httpx's transport already

    from ._deadline_streams import AsyncDeadlineBackend, DeadlineBackend

    found = False
    mounts: dict[object, object] = getattr(http, "_mounts", {}) or {}
    for transport in (getattr(http, "_transport", None), *mounts.values()):
        pool = getattr(transport, "_pool", None)
        backend = getattr(pool, "_network_backend", None)
        if backend is None:
            continue
        found = True
        if isinstance(backend, DeadlineBackend | AsyncDeadlineBackend):
            continue
        if isinstance(backend, httpcore.AsyncNetworkBackend):
            pool._network_backend = AsyncDeadlineBackend(backend)  # type: ignore[union-attr]
        elif isinstance(backend, httpcore.NetworkBackend):
            pool._network_backend = DeadlineBackend(backend)  # type: ignore[union-attr]
    return found
