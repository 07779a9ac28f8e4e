"""Namespace for the ``oauth`` API area: ``Oauth`` (sync) and ``AsyncOauth`` (asyncio)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import cast

from ...models.access_token_response import AccessTokenResponse
from ...models.exchange_access_token_grant_type import (
    ExchangeAccessTokenGrantType,
    check_exchange_access_token_grant_type,
)
from ...models.graph_error_response import GraphErrorResponse
from ...types import AsyncRuntime, RequestOptions, SyncRuntime
from . import exchange_access_token as _exchange_access_token

__all__ = ["AsyncOauth", "Oauth"]


class Oauth:
    """Operations of the ``oauth`` area. Reach it as ``client.oauth``."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def exchange_access_token(
        self,
        *,
        grant_type: ExchangeAccessTokenGrantType | None = None,
        client_id: str,
        client_secret: str,
        fb_exchange_token: str | None = None,
        code: str | None = None,
        redirect_uri: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AccessTokenResponse:
        """Get an access token (token exchange, app token or Embedded Signup code exchange).

        One endpoint, three grants, each authenticated by the app id (`client_id`) and app secret
        (`client_secret`):  - `grant_type=fb_exchange_token` with `fb_exchange_token`: exchanges a
        short-lived user access token   for a long-lived one (about 60 days). -
        `grant_type=client_credentials`: returns an app access token (needed, for example, by   `POST
        /{app_id}/subscriptions` and accepted by `GET /debug_token`). - `code` (no `grant_type`):
        exchanges the code Embedded Signup returns to the browser for a business   integration system
        user access token of the onboarded customer. The code is valid for 30 seconds   and can be used
        once.  This endpoint is unversioned: it lives at
        `https://graph.facebook.com/oauth/access_token`. The query string carries secrets: never log
        this URL (wacloud redacts it).

        ``GET /oauth/access_token``

        Args:
            grant_type: `fb_exchange_token` or `client_credentials`; omitted for the Embedded Signup `code` exchange.
            client_id: The Meta app id (WA_APP_ID).
            client_secret: The Meta app secret (WA_APP_SECRET). Never log this URL.
            fb_exchange_token: With `grant_type=fb_exchange_token`: the short-lived user access token to exchange.
            code: The code Embedded Signup returned (valid for 30 seconds, single use).
            redirect_uri: With `code`: the redirect URI the login dialog used, when it used one.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.oauth.exchange_access_token()``
        """
        parsed = self._runtime.execute(
            _exchange_access_token._get_kwargs(
                grant_type=grant_type,
                client_id=client_id,
                client_secret=client_secret,
                fb_exchange_token=fb_exchange_token,
                code=code,
                redirect_uri=redirect_uri,
            ),
            _exchange_access_token._parse_response,
            request_options,
        )
        if not isinstance(parsed, AccessTokenResponse):
            raise self._runtime.unexpected(parsed)
        return parsed


class AsyncOauth:
    """Operations of the ``oauth`` area (asyncio). Reach it as ``client.oauth``."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def exchange_access_token(
        self,
        *,
        grant_type: ExchangeAccessTokenGrantType | None = None,
        client_id: str,
        client_secret: str,
        fb_exchange_token: str | None = None,
        code: str | None = None,
        redirect_uri: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AccessTokenResponse:
        """Get an access token (token exchange, app token or Embedded Signup code exchange).

        One endpoint, three grants, each authenticated by the app id (`client_id`) and app secret
        (`client_secret`):  - `grant_type=fb_exchange_token` with `fb_exchange_token`: exchanges a
        short-lived user access token   for a long-lived one (about 60 days). -
        `grant_type=client_credentials`: returns an app access token (needed, for example, by   `POST
        /{app_id}/subscriptions` and accepted by `GET /debug_token`). - `code` (no `grant_type`):
        exchanges the code Embedded Signup returns to the browser for a business   integration system
        user access token of the onboarded customer. The code is valid for 30 seconds   and can be used
        once.  This endpoint is unversioned: it lives at
        `https://graph.facebook.com/oauth/access_token`. The query string carries secrets: never log
        this URL (wacloud redacts it).

        ``GET /oauth/access_token``

        Args:
            grant_type: `fb_exchange_token` or `client_credentials`; omitted for the Embedded Signup `code` exchange.
            client_id: The Meta app id (WA_APP_ID).
            client_secret: The Meta app secret (WA_APP_SECRET). Never log this URL.
            fb_exchange_token: With `grant_type=fb_exchange_token`: the short-lived user access token to exchange.
            code: The code Embedded Signup returned (valid for 30 seconds, single use).
            redirect_uri: With `code`: the redirect URI the login dialog used, when it used one.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.oauth.exchange_access_token()``
        """
        parsed = await self._runtime.execute(
            _exchange_access_token._get_kwargs(
                grant_type=grant_type,
                client_id=client_id,
                client_secret=client_secret,
                fb_exchange_token=fb_exchange_token,
                code=code,
                redirect_uri=redirect_uri,
            ),
            _exchange_access_token._parse_response,
            request_options,
        )
        if not isinstance(parsed, AccessTokenResponse):
            raise self._runtime.unexpected(parsed)
        return parsed
