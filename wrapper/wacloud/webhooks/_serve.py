"""``serve``: run a :class:`WebhookListener` with uvicorn (the ``wacloud[server]`` extra)."""

from __future__ import annotations

from typing import Any

from .._errors import ConfigurationError
from ._listener import WebhookListener

__all__ = ["serve"]


def serve(
    listener: WebhookListener | str,
    host: str = "127.0.0.1",
    port: int | None = None,
    *,
    workers: int | None = None,
    log_level: str = "info",
    **uvicorn_options: Any,
) -> None:
    """Serve ``listener`` over HTTP with uvicorn until interrupted (blocks).

    ``port`` defaults to the listener's port (``WA_LISTENER_PORT``, else 3000). Binds to 127.0.0.1 by default:
    expose it through a TLS-terminating proxy or tunnel, since Meta only calls HTTPS endpoints with a valid
    certificate. Extra keyword arguments go to ``uvicorn.run``.

    Several worker processes (``workers=4``) each import the listener themselves, so pass it by import string
    (``"myapp.webhooks:listener"``, a module-level :class:`WebhookListener`) and give them a shared store
    (:class:`RedisDedupeStore` / :class:`AsyncRedisDedupeStore`): the default in-memory one is per process.

    Example: ``webhooks.serve(webhooks.WebhookListener(), port=3000)``
    """
    try:
        import uvicorn  # lazy: only servers need it
    except ImportError:
        raise ConfigurationError(
            "Serving webhooks needs uvicorn: pip install 'wacloud[server]' (or mount listener.asgi / "
            "listener.wsgi in your own server)."
        ) from None
    if isinstance(listener, str):
        if port is None:
            raise ConfigurationError("serve() with an import string needs port= (the listener is not loaded here).")
        app: Any = listener
    elif isinstance(listener, WebhookListener):
        if workers is not None and workers > 1:
            raise ConfigurationError(
                "serve(workers=...) starts processes that import the listener by name: pass an import string "
                "such as 'myapp.webhooks:listener' instead of the object (and a shared Redis de-duplication store)."
            )
        app = listener.asgi
        port = listener.port if port is None else port
    else:
        raise ConfigurationError(f"serve() takes a WebhookListener or an import string, not {type(listener).__name__}.")
    if workers is not None:
        uvicorn_options["workers"] = workers
    uvicorn.run(app, host=host, port=port, log_level=log_level, **uvicorn_options)
