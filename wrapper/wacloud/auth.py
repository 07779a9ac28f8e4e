"""Token exchange and scheduled refresh.

``exchange_token`` calls ``GET https://graph.facebook.com/oauth/access_token`` (unversioned, as the spec says)
with ``grant_type=fb_exchange_token`` and returns the typed ``AccessTokenResponse`` plus its absolute expiry.
``TokenRefresher`` runs that exchange on a schedule in a daemon thread and hands each new token to a client;
failures are logged and reported to an optional callback, never raised into the application.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Protocol

import httpx

from wacloud_api.api.oauth import exchange_access_token as _exchange
from wacloud_api.client import Client
from wacloud_api.models import AccessTokenResponse

from ._config import Settings
from ._errors import ConfigurationError, UnexpectedResponseError
from ._logging import install_httpx_redaction, logger
from ._runtime import AsyncRuntime, ClientState, SyncRuntime
from ._tokens import TokenSource

__all__ = ["ExchangedToken", "TokenRefresher", "TokenTarget", "async_exchange_token", "exchange_token"]


@dataclass(frozen=True, slots=True, repr=False)
class ExchangedToken:
    """A long-lived token and when it expires (``None`` for tokens that do not expire)."""

    response: AccessTokenResponse
    expires_at: datetime | None

    @property
    def access_token(self) -> str:
        """The new token."""
        return self.response.access_token

    def __repr__(self) -> str:
        return f"ExchangedToken(access_token=<redacted>, expires_at={self.expires_at!r})"


def _request(app_id: str | None, app_secret: str | None, token: str, settings: Settings) -> dict[str, object]:
    app_id = app_id or settings.app_id
    app_secret = app_secret or settings.app_secret
    if not app_id:
        raise ConfigurationError("exchange_token needs the app id: pass app_id= or set WA_APP_ID.")
    if not app_secret:
        raise ConfigurationError("exchange_token needs the app secret: pass app_secret= or set WA_APP_SECRET.")
    if not token or not token.strip():
        raise ConfigurationError("exchange_token needs the token to exchange (a non-empty string).")
    # Unversioned: the operation's own server (spec `servers`), which the runtime honours.
    return _exchange._get_kwargs(
        grant_type="fb_exchange_token", client_id=app_id, client_secret=app_secret, fb_exchange_token=token
    )


def _result(parsed: object) -> ExchangedToken:
    if not isinstance(parsed, AccessTokenResponse):
        raise UnexpectedResponseError("The token exchange answered without an access_token.")
    expires = parsed.expires_in
    expires_at = datetime.now(UTC) + timedelta(seconds=expires) if isinstance(expires, int) else None
    return ExchangedToken(parsed, expires_at)


def exchange_token(
    token: str,
    *,
    app_id: str | None = None,
    app_secret: str | None = None,
    base_url: str | None = None,
    http_client: httpx.Client | None = None,
) -> ExchangedToken:
    """Exchange ``token`` for a long-lived one; app id and secret default to WA_APP_ID / WA_APP_SECRET.

    Example: ``new = wacloud.auth.exchange_token(old_token); client.update_access_token(new.access_token)``
    """
    install_httpx_redaction()
    settings = Settings.resolve(base_url=base_url)
    request = _request(app_id, app_secret, token, settings)
    state = ClientState(settings=settings, tokens=TokenSource(token=token))
    http = http_client or httpx.Client()
    try:
        runtime = SyncRuntime(lambda: state, Client(base_url=settings.base_url), http)
        return _result(runtime.execute(request, _exchange._parse_response, None))
    finally:
        if http_client is None:
            http.close()


async def async_exchange_token(
    token: str,
    *,
    app_id: str | None = None,
    app_secret: str | None = None,
    base_url: str | None = None,
    http_client: httpx.AsyncClient | None = None,
) -> ExchangedToken:
    """The asyncio twin of ``exchange_token``."""
    install_httpx_redaction()
    settings = Settings.resolve(base_url=base_url)
    request = _request(app_id, app_secret, token, settings)
    state = ClientState(settings=settings, tokens=TokenSource(token=token))
    http = http_client or httpx.AsyncClient()
    try:
        runtime = AsyncRuntime(lambda: state, Client(base_url=settings.base_url), http)
        return _result(await runtime.execute(request, _exchange._parse_response, None))
    finally:
        if http_client is None:
            await http.aclose()


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
        if interval <= 0:
            raise ConfigurationError(f"interval must be positive seconds, got {interval!r}.")
        self._client = client
        self._token = token
        self._interval = interval
        self._on_error = on_error
        self._exchange = exchange or (
            lambda current: exchange_token(current, app_id=app_id, app_secret=app_secret, base_url=base_url)
        )
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.failures = 0
        self.refreshes = 0

    def refresh_now(self) -> ExchangedToken:
        """Exchange once, update the client, and return the result (raises on failure)."""
        result = self._exchange(self._token)
        self._token = result.access_token
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
