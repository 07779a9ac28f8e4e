"""Namespace for the ``subscribed_apps`` API area: ``SubscribedApps`` (sync) and ``AsyncSubscribedApps`` (asyncio)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import cast

from ...models.graph_error_response import GraphErrorResponse
from ...models.subscribed_app_list import SubscribedAppList
from ...models.subscribed_app_subscribe_request import SubscribedAppSubscribeRequest
from ...models.success_response import SuccessResponse
from ...types import AsyncRuntime, RequestOptions, SyncRuntime
from . import list_subscribed_apps as _list_subscribed_apps
from . import subscribe_subscribed_app as _subscribe_subscribed_app
from . import unsubscribe_subscribed_app as _unsubscribe_subscribed_app

__all__ = ["AsyncSubscribedApps", "SubscribedApps"]


class SubscribedApps:
    """Operations of the ``subscribed_apps`` area. Reach it as ``client.subscribed_apps``."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def list(
        self,
        *,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SubscribedAppList:
        """List the apps subscribed to a WhatsApp Business Account's webhooks.

        Returns the apps that receive this WhatsApp Business Account's webhooks, with the per-WABA
        callback URL override when one is set. Needs `whatsapp_business_management`.

        ``GET /{waba_id}/subscribed_apps``

        Args:
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.subscribed_apps.list()``
        """
        parsed = self._runtime.execute(
            _list_subscribed_apps._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
            ),
            _list_subscribed_apps._parse_response,
            request_options,
        )
        if not isinstance(parsed, SubscribedAppList):
            raise self._runtime.unexpected(parsed)
        return parsed

    def subscribe(
        self,
        *,
        body: SubscribedAppSubscribeRequest | None = None,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Subscribe your app to a WhatsApp Business Account's webhooks.

        Subscribes the app that owns the access token to the WhatsApp Business Account's webhooks (the
        fields chosen in the app dashboard). Optionally sends this WABA's webhooks to another callback
        URL (`override_callback_uri`, verified with `verify_token` like the app's own callback); send no
        body to use the app's callback. Needs `whatsapp_business_management`.

        ``POST /{waba_id}/subscribed_apps``

        Args:
            body: The request body (SubscribedAppSubscribeRequest).
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.subscribed_apps.subscribe(body=SubscribedAppSubscribeRequest(...))``
        """
        parsed = self._runtime.execute(
            _subscribe_subscribed_app._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                body=body,
            ),
            _subscribe_subscribed_app._parse_response,
            request_options,
        )
        if not isinstance(parsed, SuccessResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    def unsubscribe(
        self,
        *,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Unsubscribe your app from a WhatsApp Business Account's webhooks.

        Stops sending the WhatsApp Business Account's webhooks to the app that owns the access token.
        Needs `whatsapp_business_management`.

        ``DELETE /{waba_id}/subscribed_apps``

        Args:
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.subscribed_apps.unsubscribe()``
        """
        parsed = self._runtime.execute(
            _unsubscribe_subscribed_app._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
            ),
            _unsubscribe_subscribed_app._parse_response,
            request_options,
        )
        if not isinstance(parsed, SuccessResponse):
            raise self._runtime.unexpected(parsed)
        return parsed


class AsyncSubscribedApps:
    """Operations of the ``subscribed_apps`` area (asyncio). Reach it as ``client.subscribed_apps``."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def list(
        self,
        *,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SubscribedAppList:
        """List the apps subscribed to a WhatsApp Business Account's webhooks.

        Returns the apps that receive this WhatsApp Business Account's webhooks, with the per-WABA
        callback URL override when one is set. Needs `whatsapp_business_management`.

        ``GET /{waba_id}/subscribed_apps``

        Args:
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.subscribed_apps.list()``
        """
        parsed = await self._runtime.execute(
            _list_subscribed_apps._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
            ),
            _list_subscribed_apps._parse_response,
            request_options,
        )
        if not isinstance(parsed, SubscribedAppList):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def subscribe(
        self,
        *,
        body: SubscribedAppSubscribeRequest | None = None,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Subscribe your app to a WhatsApp Business Account's webhooks.

        Subscribes the app that owns the access token to the WhatsApp Business Account's webhooks (the
        fields chosen in the app dashboard). Optionally sends this WABA's webhooks to another callback
        URL (`override_callback_uri`, verified with `verify_token` like the app's own callback); send no
        body to use the app's callback. Needs `whatsapp_business_management`.

        ``POST /{waba_id}/subscribed_apps``

        Args:
            body: The request body (SubscribedAppSubscribeRequest).
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.subscribed_apps.subscribe(body=SubscribedAppSubscribeRequest(...))``
        """
        parsed = await self._runtime.execute(
            _subscribe_subscribed_app._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                body=body,
            ),
            _subscribe_subscribed_app._parse_response,
            request_options,
        )
        if not isinstance(parsed, SuccessResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def unsubscribe(
        self,
        *,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Unsubscribe your app from a WhatsApp Business Account's webhooks.

        Stops sending the WhatsApp Business Account's webhooks to the app that owns the access token.
        Needs `whatsapp_business_management`.

        ``DELETE /{waba_id}/subscribed_apps``

        Args:
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.subscribed_apps.unsubscribe()``
        """
        parsed = await self._runtime.execute(
            _unsubscribe_subscribed_app._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
            ),
            _unsubscribe_subscribed_app._parse_response,
            request_options,
        )
        if not isinstance(parsed, SuccessResponse):
            raise self._runtime.unexpected(parsed)
        return parsed
