"""Namespace for the ``coexistence`` API area: ``Coexistence`` (sync) and ``AsyncCoexistence`` (asyncio)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import cast

from ...models.coexistence_sync_request import CoexistenceSyncRequest
from ...models.coexistence_sync_response import CoexistenceSyncResponse
from ...models.graph_error_response import GraphErrorResponse
from ...types import AsyncRuntime, RequestOptions, SyncRuntime
from . import sync_coexistence as _sync_coexistence

__all__ = ["AsyncCoexistence", "Coexistence"]


class Coexistence:
    """Operations of the ``coexistence`` area. Reach it as ``client.coexistence``."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def sync(
        self,
        *,
        body: CoexistenceSyncRequest,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> CoexistenceSyncResponse:
        """Start synchronizing WhatsApp Business app contacts or message history.

        `sync_type=smb_app_state_sync` starts the contacts sync; `sync_type=history` starts the message
        history sync (the last 6 months, only if the business chose to share it). Call each within 24
        hours of onboarding; each can be started once. Returns a request id; the data arrives by
        webhook. Needs `whatsapp_business_messaging`.

        ``POST /{phone_number_id}/smb_app_data``

        Args:
            body: The request body (CoexistenceSyncRequest).
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.coexistence.sync(body=CoexistenceSyncRequest(...))``
        """
        parsed = self._runtime.execute(
            _sync_coexistence._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
                body=body,
            ),
            _sync_coexistence._parse_response,
            request_options,
        )
        if not isinstance(parsed, CoexistenceSyncResponse):
            raise self._runtime.unexpected(parsed)
        return parsed


class AsyncCoexistence:
    """Operations of the ``coexistence`` area (asyncio). Reach it as ``client.coexistence``."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def sync(
        self,
        *,
        body: CoexistenceSyncRequest,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> CoexistenceSyncResponse:
        """Start synchronizing WhatsApp Business app contacts or message history.

        `sync_type=smb_app_state_sync` starts the contacts sync; `sync_type=history` starts the message
        history sync (the last 6 months, only if the business chose to share it). Call each within 24
        hours of onboarding; each can be started once. Returns a request id; the data arrives by
        webhook. Needs `whatsapp_business_messaging`.

        ``POST /{phone_number_id}/smb_app_data``

        Args:
            body: The request body (CoexistenceSyncRequest).
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.coexistence.sync(body=CoexistenceSyncRequest(...))``
        """
        parsed = await self._runtime.execute(
            _sync_coexistence._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
                body=body,
            ),
            _sync_coexistence._parse_response,
            request_options,
        )
        if not isinstance(parsed, CoexistenceSyncResponse):
            raise self._runtime.unexpected(parsed)
        return parsed
