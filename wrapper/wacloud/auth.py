"""App-level token calls and scheduled refresh.

The grants of ``GET https://graph.facebook.com/oauth/access_token`` (unversioned, as the spec says), each with a
sync and an asyncio version:

- ``exchange_token`` (``grant_type=fb_exchange_token``): a long-lived token for a short-lived one;
- ``app_access_token`` (``grant_type=client_credentials``): the app's own token, e.g. for ``client.app.subscribe_webhooks``;
- ``exchange_code``: the customer's business token for the code Embedded Signup returned;

and ``debug_token`` (``GET /debug_token``): a token's validity, scopes and shared WABA ids (``TokenInfo.waba_ids``).
Tokens come back as ``ExchangedToken`` (absolute expiry, redacted repr); app secrets and tokens never reach a log
line, a repr or an exception message. ``TokenRefresher`` runs the exchange on a schedule in a daemon thread and
hands each new token to a client; failures are logged and reported to an optional callback, never raised into the
application.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Protocol

from ._async._oauth import async_app_access_token, async_debug_token, async_exchange_code, async_exchange_token
from ._errors import ConfigurationError
from ._logging import logger
from ._oauth import ExchangedToken, TokenInfo, app_access_token, debug_token, exchange_code, exchange_token
from ._secrets import SecretStr, secret

__all__ = [
    "ExchangedToken",
    "TokenInfo",
    "TokenRefresher",
    "TokenTarget",
    "app_access_token",
    "async_app_access_token",
    "async_debug_token",
    "async_exchange_code",
    "async_exchange_token",
    "debug_token",
    "exchange_code",
    "exchange_token",
]


class TokenTarget(Protocol):
    """Anything with ``update_access_token(str)``: WhatsApp, AsyncWhatsApp, or your own holder."""

    def update_access_token(self, access_token: str) -> None: ...


class TokenRefresher:
    """Exchanges the current token every ``interval`` seconds in a daemon thread and updates ``client``.

    Example::

        refresher = TokenRefresher(client, current_token, interval=3600)
        refresher.start()
        ...
        refresher.stop()
    """

    def __init__(
        self,
        client: TokenTarget,
        token: str,
        *,
        interval: float = 3600.0,
        app_id: str | None = None,
        app_secret: str | None = None,
        base_url: str | None = None,
        on_error: Callable[[Exception], None] | None = None,
        exchange: Callable[[str], ExchangedToken] | None = None,
    ) -> None:
        token, app_secret = SecretStr(token), secret(app_secret)  # no frame holds them as plain strings
        if interval <= 0:
            raise ConfigurationError(f"interval must be positive seconds, got {interval!r}.")
        self._client = client
        self._token = token
        self._interval = interval
        self._on_error = on_error
        self._exchange = exchange
        self._app_id = app_id
        self._app_secret = app_secret
        self._base_url = base_url
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.failures: int = 0
        self.refreshes: int = 0

    def refresh_now(self) -> ExchangedToken:
        """Exchange once, update the client, and return the result (raises on failure)."""
        if self._exchange is not None:
            result = self._exchange(self._token.reveal())  # your callable gets a plain string
        else:
            result = exchange_token(
                self._token, app_id=self._app_id, app_secret=self._app_secret, base_url=self._base_url
            )
        self._token = SecretStr(result.access_token)
        self._client.update_access_token(result.access_token)
        self.refreshes += 1
        return result

    def _run(self) -> None:
        while not self._stop.wait(self._interval):
            try:
                self.refresh_now()
            except Exception as exc:  # reported, never raised: a failed refresh must not kill the app
                self.failures += 1
                logger.warning("token refresh failed (%s); keeping the current token", type(exc).__name__)
                if self._on_error is not None:
                    self._on_error(exc)

    def start(self) -> None:
        """Start refreshing in the background (idempotent)."""
        if self._thread is None or not self._thread.is_alive():
            self._stop.clear()
            self._thread = threading.Thread(target=self._run, name="wacloud-token-refresher", daemon=True)
            self._thread.start()

    def stop(self, timeout: float | None = 5.0) -> None:
        """Stop and wait for the background thread."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def __enter__(self) -> TokenRefresher:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()
