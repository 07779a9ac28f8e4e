"""Namespace for the ``waba`` API area: ``Waba`` (sync) and ``AsyncWaba`` (asyncio)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import cast

from ...models.graph_error_response import GraphErrorResponse
from ...models.whats_app_business_account import WhatsAppBusinessAccount
from ...types import AsyncRuntime, RequestOptions, SyncRuntime
from . import get_waba as _get_waba

__all__ = ["AsyncWaba", "Waba"]


class Waba:
    """Operations of the ``waba`` area. Reach it as ``client.waba``."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def get(
        self,
        *,
        fields: str | None = None,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> WhatsAppBusinessAccount:
        """Retrieve a WhatsApp Business Account.

        Returns the WhatsApp Business Account node: name, time zone, template namespace, review and
        verification status, currency, ownership, health status and more, chosen with `fields`.
        Messaging, conversation, pricing and template analytics are fields of this node too, requested
        with Graph field-expansion filters, e.g.
        `fields=analytics.start(1543543200).end(1544148000).granularity(DAY)` (wacloud's wrapper builds
        these expressions). Needs the `whatsapp_business_management` permission.

        ``GET /{waba_id}``

        Args:
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.waba.get()``
        """
        parsed = self._runtime.execute(
            _get_waba._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                fields=fields,
            ),
            _get_waba._parse_response,
            request_options,
        )
        if not isinstance(parsed, WhatsAppBusinessAccount):
            raise self._runtime.unexpected(parsed)
        return parsed


class AsyncWaba:
    """Operations of the ``waba`` area (asyncio). Reach it as ``client.waba``."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def get(
        self,
        *,
        fields: str | None = None,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> WhatsAppBusinessAccount:
        """Retrieve a WhatsApp Business Account.

        Returns the WhatsApp Business Account node: name, time zone, template namespace, review and
        verification status, currency, ownership, health status and more, chosen with `fields`.
        Messaging, conversation, pricing and template analytics are fields of this node too, requested
        with Graph field-expansion filters, e.g.
        `fields=analytics.start(1543543200).end(1544148000).granularity(DAY)` (wacloud's wrapper builds
        these expressions). Needs the `whatsapp_business_management` permission.

        ``GET /{waba_id}``

        Args:
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.waba.get()``
        """
        parsed = await self._runtime.execute(
            _get_waba._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                fields=fields,
            ),
            _get_waba._parse_response,
            request_options,
        )
        if not isinstance(parsed, WhatsAppBusinessAccount):
            raise self._runtime.unexpected(parsed)
        return parsed
