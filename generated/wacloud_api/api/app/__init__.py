"""Namespace for the ``app`` API area: ``App`` (sync) and ``AsyncApp`` (asyncio)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import cast

from ...models.connected_client_business import ConnectedClientBusiness
from ...models.connected_client_business_list import ConnectedClientBusinessList
from ...models.debug_token_response import DebugTokenResponse
from ...models.graph_error_response import GraphErrorResponse
from ...models.success_response import SuccessResponse
from ...types import AsyncRuntime, RequestOptions, SyncRuntime
from . import debug_app_token as _debug_app_token
from . import list_app_connected_client_businesses as _list_app_connected_client_businesses
from . import subscribe_app_webhooks as _subscribe_app_webhooks

__all__ = ["AsyncApp", "App"]


class App:
    """Operations of the ``app`` area. Reach it as ``client.app``."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def debug_token(
        self,
        *,
        input_token: str,
        request_options: RequestOptions | None = None,
    ) -> DebugTokenResponse:
        """Inspect an access token (validity, scopes, shared WABA ids).

        Returns metadata about `input_token`: the app and user it belongs to, whether it is valid, when
        it and its data access expire, its scopes and its granular scopes. After a customer finishes
        Embedded Signup, the `target_ids` of the `whatsapp_business_management` granular scope are the
        ids of the WhatsApp Business Accounts the customer shared with you (and
        `whatsapp_business_messaging` lists the ones you may message from). Authenticate with your
        system user access token, or an app access token (`wacloud.auth.debug_token` uses the app token
        by default).

        ``GET /debug_token``

        Args:
            input_token: The token to inspect, e.g. the business token returned by the Embedded Signup code exchange.
                Redacted in logs.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.app.debug_token()``
        """
        parsed = self._runtime.execute(
            _debug_app_token._get_kwargs(
                input_token=input_token,
            ),
            _debug_app_token._parse_response,
            request_options,
        )
        if not isinstance(parsed, DebugTokenResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    def subscribe_webhooks(
        self,
        *,
        object_: str | None = "whatsapp_business_account",
        callback_url: str,
        verify_token: str,
        fields: str,
        include_values: bool | None = None,
        app_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Set the app's webhook callback URL and fields.

        Sets (or replaces) the callback URL, verify token and webhook fields of the app for an object
        type; for WhatsApp, `object=whatsapp_business_account`. Meta verifies the callback right away
        with a GET carrying `hub.verify_token`. Per-WABA and per-number overrides are set with
        `subscribed_apps.subscribe` and `phone_numbers.update` (`webhook_configuration`). Needs an **app
        access token** (`wacloud.auth.app_access_token()`), not a user or system user token.

        ``POST /{app_id}/subscriptions``

        Args:
            object_: The object type to subscribe to; `whatsapp_business_account` (the default) for WhatsApp.
            callback_url: HTTPS URL that receives the webhooks.
            verify_token: The token Meta echoes in `hub.verify_token` when it verifies the callback. Redacted in logs.
            fields: Comma-separated webhook fields, e.g. `messages,message_template_status_update,account_update`.
            include_values: Include the changed values in change notifications.
            app_id: Overrides the client's configured app_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.app.subscribe_webhooks()``
        """
        parsed = self._runtime.execute(
            _subscribe_app_webhooks._get_kwargs(
                self._runtime.path_default("app_id", app_id),
                object_=object_,
                callback_url=callback_url,
                verify_token=verify_token,
                fields=fields,
                include_values=include_values,
            ),
            _subscribe_app_webhooks._parse_response,
            request_options,
        )
        if not isinstance(parsed, SuccessResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    def list_connected_client_businesses(
        self,
        *,
        fields: str | None = None,
        limit: int | None = None,
        after: str | None = None,
        before: str | None = None,
        app_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ConnectedClientBusinessList:
        """List the client businesses connected to the app.

        Returns the business portfolios of customers that onboarded through your app (Embedded Signup),
        one page at a time. Needs `whatsapp_business_management` and `business_management`.

        ``GET /{app_id}/connected_client_businesses``

        Args:
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            limit: Maximum number of items per page.
            after: Cursor from `paging.cursors.after` of the previous page.
            before: Cursor from `paging.cursors.before` of the next page.
            app_id: Overrides the client's configured app_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.app.list_connected_client_businesses()``
        """
        parsed = self._runtime.execute(
            _list_app_connected_client_businesses._get_kwargs(
                self._runtime.path_default("app_id", app_id),
                fields=fields,
                limit=limit,
                after=after,
                before=before,
            ),
            _list_app_connected_client_businesses._parse_response,
            request_options,
        )
        if not isinstance(parsed, ConnectedClientBusinessList):
            raise self._runtime.unexpected(parsed)
        return parsed

    def iter_list_connected_client_businesses(
        self,
        *,
        fields: str | None = None,
        limit: int | None = None,
        app_id: str | None = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[ConnectedClientBusiness]:
        """Iterate over every item of ``list_connected_client_businesses``, fetching pages lazily.

        Follows ``paging.cursors.after`` while Graph reports a next page; stops after ``max_items`` items.
        Takes the same filters as ``list_connected_client_businesses`` (``limit`` is the page size).

        Example:
            ``for item in client.app.iter_list_connected_client_businesses(max_items=100): ...``
        """
        return self._runtime.paginate(
            lambda after: _list_app_connected_client_businesses._get_kwargs(
                self._runtime.path_default("app_id", app_id),
                fields=fields,
                limit=limit,
                after=after,
            ),
            _list_app_connected_client_businesses._parse_response,
            request_options,
            max_items,
            ConnectedClientBusiness,
        )


class AsyncApp:
    """Operations of the ``app`` area (asyncio). Reach it as ``client.app``."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def debug_token(
        self,
        *,
        input_token: str,
        request_options: RequestOptions | None = None,
    ) -> DebugTokenResponse:
        """Inspect an access token (validity, scopes, shared WABA ids).

        Returns metadata about `input_token`: the app and user it belongs to, whether it is valid, when
        it and its data access expire, its scopes and its granular scopes. After a customer finishes
        Embedded Signup, the `target_ids` of the `whatsapp_business_management` granular scope are the
        ids of the WhatsApp Business Accounts the customer shared with you (and
        `whatsapp_business_messaging` lists the ones you may message from). Authenticate with your
        system user access token, or an app access token (`wacloud.auth.debug_token` uses the app token
        by default).

        ``GET /debug_token``

        Args:
            input_token: The token to inspect, e.g. the business token returned by the Embedded Signup code exchange.
                Redacted in logs.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.app.debug_token()``
        """
        parsed = await self._runtime.execute(
            _debug_app_token._get_kwargs(
                input_token=input_token,
            ),
            _debug_app_token._parse_response,
            request_options,
        )
        if not isinstance(parsed, DebugTokenResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def subscribe_webhooks(
        self,
        *,
        object_: str | None = "whatsapp_business_account",
        callback_url: str,
        verify_token: str,
        fields: str,
        include_values: bool | None = None,
        app_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Set the app's webhook callback URL and fields.

        Sets (or replaces) the callback URL, verify token and webhook fields of the app for an object
        type; for WhatsApp, `object=whatsapp_business_account`. Meta verifies the callback right away
        with a GET carrying `hub.verify_token`. Per-WABA and per-number overrides are set with
        `subscribed_apps.subscribe` and `phone_numbers.update` (`webhook_configuration`). Needs an **app
        access token** (`wacloud.auth.app_access_token()`), not a user or system user token.

        ``POST /{app_id}/subscriptions``

        Args:
            object_: The object type to subscribe to; `whatsapp_business_account` (the default) for WhatsApp.
            callback_url: HTTPS URL that receives the webhooks.
            verify_token: The token Meta echoes in `hub.verify_token` when it verifies the callback. Redacted in logs.
            fields: Comma-separated webhook fields, e.g. `messages,message_template_status_update,account_update`.
            include_values: Include the changed values in change notifications.
            app_id: Overrides the client's configured app_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.app.subscribe_webhooks()``
        """
        parsed = await self._runtime.execute(
            _subscribe_app_webhooks._get_kwargs(
                self._runtime.path_default("app_id", app_id),
                object_=object_,
                callback_url=callback_url,
                verify_token=verify_token,
                fields=fields,
                include_values=include_values,
            ),
            _subscribe_app_webhooks._parse_response,
            request_options,
        )
        if not isinstance(parsed, SuccessResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def list_connected_client_businesses(
        self,
        *,
        fields: str | None = None,
        limit: int | None = None,
        after: str | None = None,
        before: str | None = None,
        app_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ConnectedClientBusinessList:
        """List the client businesses connected to the app.

        Returns the business portfolios of customers that onboarded through your app (Embedded Signup),
        one page at a time. Needs `whatsapp_business_management` and `business_management`.

        ``GET /{app_id}/connected_client_businesses``

        Args:
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            limit: Maximum number of items per page.
            after: Cursor from `paging.cursors.after` of the previous page.
            before: Cursor from `paging.cursors.before` of the next page.
            app_id: Overrides the client's configured app_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.app.list_connected_client_businesses()``
        """
        parsed = await self._runtime.execute(
            _list_app_connected_client_businesses._get_kwargs(
                self._runtime.path_default("app_id", app_id),
                fields=fields,
                limit=limit,
                after=after,
                before=before,
            ),
            _list_app_connected_client_businesses._parse_response,
            request_options,
        )
        if not isinstance(parsed, ConnectedClientBusinessList):
            raise self._runtime.unexpected(parsed)
        return parsed

    def iter_list_connected_client_businesses(
        self,
        *,
        fields: str | None = None,
        limit: int | None = None,
        app_id: str | None = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[ConnectedClientBusiness]:
        """Iterate (``async for``) over every item of ``list_connected_client_businesses``, fetching pages lazily.

        Follows ``paging.cursors.after`` while Graph reports a next page; stops after ``max_items`` items.

        Example:
            ``async for item in client.app.iter_list_connected_client_businesses(max_items=100): ...``
        """
        return self._runtime.paginate(
            lambda after: _list_app_connected_client_businesses._get_kwargs(
                self._runtime.path_default("app_id", app_id),
                fields=fields,
                limit=limit,
                after=after,
            ),
            _list_app_connected_client_businesses._parse_response,
            request_options,
            max_items,
            ConnectedClientBusiness,
        )
