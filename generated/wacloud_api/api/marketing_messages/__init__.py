"""Namespace for the ``marketing_messages`` API area: ``MarketingMessages`` (sync) and ``AsyncMarketingMessages`` (asyncio)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import cast

from ...models.graph_error_response import GraphErrorResponse
from ...models.marketing_template_message import MarketingTemplateMessage
from ...models.send_message_response import SendMessageResponse
from ...types import AsyncRuntime, RequestOptions, SyncRuntime
from . import send_marketing_message as _send_marketing_message

__all__ = ["AsyncMarketingMessages", "MarketingMessages"]


class MarketingMessages:
    """Operations of the ``marketing_messages`` area. Reach it as ``client.marketing_messages``."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def send(
        self,
        *,
        body: MarketingTemplateMessage,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendMessageResponse:
        """Send a marketing template through the Marketing Messages API.

        Sends a `MARKETING` template message with the same body as `POST /{phone_number_id}/messages`,
        plus `message_activity_sharing` to share or withhold message activity (such as reads) with Meta
        for this message, and `product_policy` to choose whether a message this API cannot take falls
        back to the Cloud API (`CLOUD_API_FALLBACK`) or is refused (`STRICT`). Answers like a send: the
        recipient and the new `wamid`.

        ``POST /{phone_number_id}/marketing_messages``

        Args:
            body: The request body (MarketingTemplateMessage).
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.marketing_messages.send(body=MarketingTemplateMessage(...))``
        """
        parsed = self._runtime.execute(
            _send_marketing_message._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
                body=body,
            ),
            _send_marketing_message._parse_response,
            request_options,
        )
        if not isinstance(parsed, SendMessageResponse):
            raise self._runtime.unexpected(parsed)
        return parsed


class AsyncMarketingMessages:
    """Operations of the ``marketing_messages`` area (asyncio). Reach it as ``client.marketing_messages``."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def send(
        self,
        *,
        body: MarketingTemplateMessage,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendMessageResponse:
        """Send a marketing template through the Marketing Messages API.

        Sends a `MARKETING` template message with the same body as `POST /{phone_number_id}/messages`,
        plus `message_activity_sharing` to share or withhold message activity (such as reads) with Meta
        for this message, and `product_policy` to choose whether a message this API cannot take falls
        back to the Cloud API (`CLOUD_API_FALLBACK`) or is refused (`STRICT`). Answers like a send: the
        recipient and the new `wamid`.

        ``POST /{phone_number_id}/marketing_messages``

        Args:
            body: The request body (MarketingTemplateMessage).
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.marketing_messages.send(body=MarketingTemplateMessage(...))``
        """
        parsed = await self._runtime.execute(
            _send_marketing_message._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
                body=body,
            ),
            _send_marketing_message._parse_response,
            request_options,
        )
        if not isinstance(parsed, SendMessageResponse):
            raise self._runtime.unexpected(parsed)
        return parsed
