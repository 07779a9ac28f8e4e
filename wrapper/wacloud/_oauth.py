"""The app-level token calls behind ``wacloud.auth``: the three grants of ``/oauth/access_token`` and ``debug_token``.

Each call is authenticated by the app (id and secret), not by a client's token, so it runs on a short-lived runtime
of its own. Secrets travel only where Meta documents them (the grant's query string, redacted from httpx logs; the
app token in the ``Authorization`` header) and never appear in a repr, a log line or an exception message.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from wacloud_api.api.app import debug_app_token as _debug
from wacloud_api.api.oauth import exchange_access_token as _grant
from wacloud_api.client import Client
from wacloud_api.models import AccessTokenResponse, DebugTokenData, DebugTokenResponse

from ._config import Settings
from ._errors import ConfigurationError, InvalidArgumentError, UnexpectedResponseError
from ._logging import install_httpx_redaction
from ._runtime import AsyncRuntime, ClientState, SyncRuntime
from ._secrets import secret
from ._tokens import TokenSource

__all__ = [
    "ExchangedToken",
    "TokenInfo",
    "app_access_token",
    "debug_token",
    "exchange_code",
    "exchange_token",
]

#: The scope whose ``target_ids`` are the WhatsApp Business Accounts a customer shared in Embedded Signup.
MANAGEMENT_SCOPE = "whatsapp_business_management"
MESSAGING_SCOPE = "whatsapp_business_messaging"


@dataclass(frozen=True, slots=True, repr=False)
class ExchangedToken:
    """A token from ``/oauth/access_token`` and when it expires (``None`` for tokens that do not expire)."""

    response: AccessTokenResponse
    expires_at: datetime | None

    @property
    def access_token(self) -> str:
        """The new token."""
        return self.response.access_token

    def __repr__(self) -> str:
        return f"ExchangedToken(access_token=<redacted>, expires_at={self.expires_at!r})"


@dataclass(frozen=True, slots=True)
class TokenInfo:
    """What ``debug_token`` says about a token; ``waba_ids`` are the WhatsApp Business Accounts it may manage."""

    data: DebugTokenData

    @property
    def is_valid(self) -> bool:
        """Whether Meta considers the token valid now."""
        return self.data.is_valid is True

    @property
    def waba_ids(self) -> list[str]:
        """The WABA ids of the ``whatsapp_business_management`` granular scope (those shared in Embedded Signup)."""
        return self._targets(MANAGEMENT_SCOPE)

    @property
    def messaging_waba_ids(self) -> list[str]:
        """The WABA ids of the ``whatsapp_business_messaging`` granular scope (those you may message from)."""
        return self._targets(MESSAGING_SCOPE)

    def _targets(self, scope: str) -> list[str]:
        scopes = self.data.granular_scopes if isinstance(self.data.granular_scopes, list) else []
        found: list[str] = []
        for granted in scopes:
            if granted.scope == scope and isinstance(granted.target_ids, list):
                found.extend(target for target in granted.target_ids if target not in found)
        return found


def _credentials(app_id: str | None, app_secret: str | None, settings: Settings, action: str) -> tuple[str, str]:
    app_id = app_id or settings.app_id
    app_secret = app_secret or settings.app_secret
    if not app_id:
        raise ConfigurationError(f"{action} needs the app id: pass app_id= or set WA_APP_ID.")
    if not app_secret:
        raise ConfigurationError(f"{action} needs the app secret: pass app_secret= or set WA_APP_SECRET.")
    return app_id, app_secret


def _non_empty(value: str, what: str, action: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InvalidArgumentError(f"{action} needs {what} (a non-empty string).")
    return value.strip()


def _unversioned(request: dict[str, Any], settings: Settings) -> dict[str, Any]:
    request["absolute_url"] = settings.base_url + str(request["url"])  # /oauth/access_token is unversioned
    return request


def _exchange_request(app_id: str | None, app_secret: str | None, token: str, settings: Settings) -> dict[str, Any]:
    client_id, client_secret = _credentials(app_id, app_secret, settings, "exchange_token")
    if not isinstance(token, str) or not token.strip():
        raise ConfigurationError("exchange_token needs the token to exchange (a non-empty string).")
    request = _grant._get_kwargs(
        grant_type="fb_exchange_token", client_id=client_id, client_secret=client_secret, fb_exchange_token=token
    )
    return _unversioned(request, settings)


def _app_token(client_id: str, client_secret: str) -> str:
    """Graph's app access token, ``app_id|app_secret``: sent only in the Authorization header."""
    return secret(client_id + "|" + client_secret)  # `+` reads a SecretStr's value; an f-string would redact it


def _app_token_request(app_id: str | None, app_secret: str | None, settings: Settings) -> tuple[dict[str, Any], str]:
    client_id, client_secret = _credentials(app_id, app_secret, settings, "app_access_token")
    request = _grant._get_kwargs(grant_type="client_credentials", client_id=client_id, client_secret=client_secret)
    return _unversioned(request, settings), _app_token(client_id, client_secret)


def _code_request(
    code: str, app_id: str | None, app_secret: str | None, redirect_uri: str | None, settings: Settings
) -> tuple[dict[str, Any], str]:
    client_id, client_secret = _credentials(app_id, app_secret, settings, "exchange_code")
    code = _non_empty(code, "the code Embedded Signup returned", "exchange_code")
    if redirect_uri is None:
        request = _grant._get_kwargs(client_id=client_id, client_secret=client_secret, code=code)
    else:
        request = _grant._get_kwargs(
            client_id=client_id, client_secret=client_secret, code=code, redirect_uri=redirect_uri
        )
    return _unversioned(request, settings), _app_token(client_id, client_secret)


def _debug_request(
    input_token: str, access_token: str | None, app_id: str | None, app_secret: str | None, settings: Settings
) -> tuple[dict[str, Any], str]:
    input_token = _non_empty(input_token, "the token to inspect", "debug_token")
    if access_token is None:
        access_token = _app_token(*_credentials(app_id, app_secret, settings, "debug_token"))
    return _debug._get_kwargs(input_token=input_token), _non_empty(access_token, "access_token", "debug_token")


def _token_result(parsed: object) -> ExchangedToken:
    if not isinstance(parsed, AccessTokenResponse):
        raise UnexpectedResponseError("/oauth/access_token answered without an access_token.")
    expires = parsed.expires_in
    expires_at = datetime.now(UTC) + timedelta(seconds=expires) if isinstance(expires, int) and expires > 0 else None
    return ExchangedToken(parsed, expires_at)


def _info_result(parsed: object) -> TokenInfo:
    if not isinstance(parsed, DebugTokenResponse):
        raise UnexpectedResponseError("debug_token answered without token data.")
    return TokenInfo(parsed.data)


def _state(settings: Settings, token: str) -> Callable[[], ClientState]:
    state = ClientState(settings=settings, tokens=TokenSource(token=token))
    return lambda: state


def _execute_sync(
    request: dict[str, Any],
    parse: Callable[..., object],
    settings: Settings,
    token: str,
    http_client: httpx.Client | None,
) -> object:
    install_httpx_redaction()
    http = http_client or httpx.Client()
    try:
        runtime = SyncRuntime(_state(settings, token), Client(base_url=settings.base_url), http)
        return runtime.execute(request, parse, None)
    finally:
        if http_client is None:
            http.close()


async def _execute_async(
    request: dict[str, Any],
    parse: Callable[..., object],
    settings: Settings,
    token: str,
    http_client: httpx.AsyncClient | None,
) -> object:
    install_httpx_redaction()
    http = http_client or httpx.AsyncClient()
    try:
        runtime = AsyncRuntime(_state(settings, token), Client(base_url=settings.base_url), http)
        return await runtime.execute(request, parse, None)
    finally:
        if http_client is None:
            await http.aclose()


# ---- sync grants: the source of the asyncio twins (generator/unasync.py). ----


def exchange_token(
    token: str,
    *,
    app_id: str | None = None,
    app_secret: str | None = None,
    base_url: str | None = None,
    http_client: httpx.Client | None = None,
) -> ExchangedToken:
    """Exchange a short-lived user ``token`` for a long-lived one (``grant_type=fb_exchange_token``).

    App id and secret default to WA_APP_ID / WA_APP_SECRET.
    Example: ``new = wacloud.auth.exchange_token(old_token); client.update_access_token(new.access_token)``
    """
    token, app_secret = secret(token), secret(app_secret)  # no frame holds them as plain strings
    settings = Settings.resolve(base_url=base_url)
    request = _exchange_request(app_id, app_secret, token, settings)
    return _token_result(_execute_sync(request, _grant._parse_response, settings, token, http_client))


def app_access_token(
    *,
    app_id: str | None = None,
    app_secret: str | None = None,
    base_url: str | None = None,
    http_client: httpx.Client | None = None,
) -> ExchangedToken:
    """Get an app access token (``grant_type=client_credentials``), e.g. for ``client.app.subscribe_webhooks``.

    App id and secret default to WA_APP_ID / WA_APP_SECRET.
    Example: ``app = wacloud.auth.app_access_token(); WhatsApp(access_token=app.access_token).app.subscribe_webhooks(...)``
    """
    app_secret = secret(app_secret)  # no frame holds them as plain strings
    settings = Settings.resolve(base_url=base_url)
    request, app_token = _app_token_request(app_id, app_secret, settings)
    return _token_result(_execute_sync(request, _grant._parse_response, settings, app_token, http_client))


def exchange_code(
    code: str,
    *,
    app_id: str | None = None,
    app_secret: str | None = None,
    redirect_uri: str | None = None,
    base_url: str | None = None,
    http_client: httpx.Client | None = None,
) -> ExchangedToken:
    """Exchange the code Embedded Signup returned for the customer's business token (valid 30 s, single use).

    App id and secret default to WA_APP_ID / WA_APP_SECRET.
    Example: ``business = wacloud.auth.exchange_code(code_from_the_browser)``
    """
    code, app_secret = secret(code), secret(app_secret)  # no frame holds them as plain strings
    settings = Settings.resolve(base_url=base_url)
    request, app_token = _code_request(code, app_id, app_secret, redirect_uri, settings)
    return _token_result(_execute_sync(request, _grant._parse_response, settings, app_token, http_client))


def debug_token(
    input_token: str,
    *,
    access_token: str | None = None,
    app_id: str | None = None,
    app_secret: str | None = None,
    base_url: str | None = None,
    api_version: str | None = None,
    http_client: httpx.Client | None = None,
) -> TokenInfo:
    """Inspect ``input_token``: validity, scopes and (``.waba_ids``) the WABAs a customer shared with you.

    Authenticated with ``access_token`` (your system user token) or, by default, the app token built from
    WA_APP_ID / WA_APP_SECRET.
    Example: ``waba_id, = wacloud.auth.debug_token(business.access_token).waba_ids``
    """
    input_token, access_token, app_secret = (
        secret(input_token),
        secret(access_token),
        secret(app_secret),
    )  # no frame holds them as plain strings
    settings = Settings.resolve(base_url=base_url, api_version=api_version)
    request, token = _debug_request(input_token, access_token, app_id, app_secret, settings)
    return _info_result(_execute_sync(request, _debug._parse_response, settings, token, http_client))
