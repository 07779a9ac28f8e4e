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
        grant_type: ExchangeAccessTokenGrantType,
        client_id: str,
        client_secret: str,
        fb_exchange_token: str,
        request_options: RequestOptions | None = None,
    ) -> AccessTokenResponse:
        """Exchange a short-lived token for a long-lived one.

        `grant_type=fb_exchange_token` exchanges a short-lived user access token for a long-lived (about
        60 days) one, authenticated by the app id and app secret. This endpoint is unversioned: it lives
        at `https://graph.facebook.com/oauth/access_token`.

        ``GET /oauth/access_token``

        Args:
            grant_type: Always `fb_exchange_token`.
            client_id: The Meta app id (WA_APP_ID).
            client_secret: The Meta app secret (WA_APP_SECRET). Never log this URL.
            fb_exchange_token: The token to exchange.
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
        grant_type: ExchangeAccessTokenGrantType,
        client_id: str,
        client_secret: str,
        fb_exchange_token: str,
        request_options: RequestOptions | None = None,
    ) -> AccessTokenResponse:
        """Exchange a short-lived token for a long-lived one.

        `grant_type=fb_exchange_token` exchanges a short-lived user access token for a long-lived (about
        60 days) one, authenticated by the app id and app secret. This endpoint is unversioned: it lives
        at `https://graph.facebook.com/oauth/access_token`.

        ``GET /oauth/access_token``

        Args:
            grant_type: Always `fb_exchange_token`.
            client_id: The Meta app id (WA_APP_ID).
            client_secret: The Meta app secret (WA_APP_SECRET). Never log this URL.
            fb_exchange_token: The token to exchange.
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
            ),
            _exchange_access_token._parse_response,
            request_options,
        )
        if not isinstance(parsed, AccessTokenResponse):
            raise self._runtime.unexpected(parsed)
        return parsed
