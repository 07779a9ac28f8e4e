"""``serve``: run a :class:`WebhookListener` with uvicorn (the ``wacloud[server]`` extra)."""

from __future__ import annotations

from typing import Any

from .._errors import ConfigurationError
from ._listener import WebhookListener

__all__ = ["serve"]


def serve(
    listener: WebhookListener,
    host: str = "127.0.0.1",
    port: int | None = None,
    *,
    log_level: str = "info",
    **uvicorn_options: Any,
) -> None:
    """Serve ``listener`` over HTTP with uvicorn until interrupted (blocks).

    ``port`` defaults to the listener's port (``WA_LISTENER_PORT``, else 3000). Binds to 127.0.0.1 by default:
    expose it through a TLS-terminating proxy or tunnel, since Meta only calls HTTPS endpoints with a valid
    certificate. Extra keyword arguments go to ``uvicorn.run``.

    Example: ``webhooks.serve(webhooks.WebhookListener(), port=3000)``
    """
    try:
        import uvicorn  # lazy: only servers need it
    except ImportError:
        raise ConfigurationError(
            "Serving webhooks needs uvicorn: pip install 'wacloud[server]' (or mount listener.asgi / "
            "listener.wsgi in your own server)."
        ) from None
    uvicorn.run(
        listener.asgi,
        host=host,
        port=listener.port if port is None else port,
        log_level=log_level,
        **uvicorn_options,
    )
