"""Namespace for the ``message_history`` API area: ``MessageHistory`` (sync) and ``AsyncMessageHistory`` (asyncio)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import cast

from ...models.graph_error_response import GraphErrorResponse
from ...models.message_history_entry import MessageHistoryEntry
from ...models.message_history_event_edge import MessageHistoryEventEdge
from ...models.message_history_event_edge_list import MessageHistoryEventEdgeList
from ...models.message_history_list import MessageHistoryList
from ...types import AsyncRuntime, RequestOptions, SyncRuntime
from . import list_message_history as _list_message_history
from . import list_message_history_events as _list_message_history_events

__all__ = ["AsyncMessageHistory", "MessageHistory"]


class MessageHistory:
    """Operations of the ``message_history`` area. Reach it as ``client.message_history``."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def list(
        self,
        *,
        message_id: str | None = None,
        fields: str | None = None,
        limit: int | None = None,
        after: str | None = None,
        before: str | None = None,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> MessageHistoryList:
        """List the delivery history of sent messages.

        Returns one entry per sent message, newest first, with its status events (expand them with
        `fields=id,message_id,events{delivery_status,timestamp,webhook_update_state}`); `message_id`
        narrows it to one message. Needs `whatsapp_business_messaging`.

        ``GET /{phone_number_id}/message_history``

        Args:
            message_id: Only the history of this message (a `wamid.`).
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            limit: Maximum number of items per page.
            after: Cursor from `paging.cursors.after` of the previous page.
            before: Cursor from `paging.cursors.before` of the next page.
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.message_history.list()``
        """
        parsed = self._runtime.execute(
            _list_message_history._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
                message_id=message_id,
                fields=fields,
                limit=limit,
                after=after,
                before=before,
            ),
            _list_message_history._parse_response,
            request_options,
        )
        if not isinstance(parsed, MessageHistoryList):
            raise self._runtime.unexpected(parsed)
        return parsed

    def iter_list(
        self,
        *,
        message_id: str | None = None,
        fields: str | None = None,
        limit: int | None = None,
        phone_number_id: str | None = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[MessageHistoryEntry]:
        """Iterate over every item of ``list``, fetching pages lazily.

        Follows ``paging.cursors.after`` while Graph reports a next page; stops after ``max_items`` items.
        Takes the same filters as ``list`` (``limit`` is the page size).

        Example:
            ``for item in client.message_history.iter_list(max_items=100): ...``
        """
        return self._runtime.paginate(
            lambda after: _list_message_history._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
                message_id=message_id,
                fields=fields,
                limit=limit,
                after=after,
            ),
            _list_message_history._parse_response,
            request_options,
            max_items,
            MessageHistoryEntry,
        )

    def list_events(
        self,
        message_history_id: str,
        *,
        status_filter: str | None = None,
        fields: str | None = None,
        limit: int | None = None,
        after: str | None = None,
        before: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> MessageHistoryEventEdgeList:
        """List the status events of one message history entry.

        Returns the status events of one sent message, one page at a time, optionally only one delivery
        status. Needs `whatsapp_business_messaging`.

        ``GET /{message_history_id}/events``

        Args:
            message_history_id: A message history entry id (from `message_history.list`).
            status_filter: Only events with this status: `SENT`, `DELIVERED`, `READ`, `FAILED` or `DELETED`.
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            limit: Maximum number of items per page.
            after: Cursor from `paging.cursors.after` of the previous page.
            before: Cursor from `paging.cursors.before` of the next page.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.message_history.list_events("...")``
        """
        parsed = self._runtime.execute(
            _list_message_history_events._get_kwargs(
                message_history_id,
                status_filter=status_filter,
                fields=fields,
                limit=limit,
                after=after,
                before=before,
            ),
            _list_message_history_events._parse_response,
            request_options,
        )
        if not isinstance(parsed, MessageHistoryEventEdgeList):
            raise self._runtime.unexpected(parsed)
        return parsed

    def iter_list_events(
        self,
        message_history_id: str,
        *,
        status_filter: str | None = None,
        fields: str | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[MessageHistoryEventEdge]:
        """Iterate over every item of ``list_events``, fetching pages lazily.

        Follows ``paging.cursors.after`` while Graph reports a next page; stops after ``max_items`` items.
        Takes the same filters as ``list_events`` (``limit`` is the page size).

        Example:
            ``for item in client.message_history.iter_list_events(max_items=100): ...``
        """
        return self._runtime.paginate(
            lambda after: _list_message_history_events._get_kwargs(
                message_history_id,
                status_filter=status_filter,
                fields=fields,
                limit=limit,
                after=after,
            ),
            _list_message_history_events._parse_response,
            request_options,
            max_items,
            MessageHistoryEventEdge,
        )


class AsyncMessageHistory:
    """Operations of the ``message_history`` area (asyncio). Reach it as ``client.message_history``."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def list(
        self,
        *,
        message_id: str | None = None,
        fields: str | None = None,
        limit: int | None = None,
        after: str | None = None,
        before: str | None = None,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> MessageHistoryList:
        """List the delivery history of sent messages.

        Returns one entry per sent message, newest first, with its status events (expand them with
        `fields=id,message_id,events{delivery_status,timestamp,webhook_update_state}`); `message_id`
        narrows it to one message. Needs `whatsapp_business_messaging`.

        ``GET /{phone_number_id}/message_history``

        Args:
            message_id: Only the history of this message (a `wamid.`).
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            limit: Maximum number of items per page.
            after: Cursor from `paging.cursors.after` of the previous page.
            before: Cursor from `paging.cursors.before` of the next page.
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.message_history.list()``
        """
        parsed = await self._runtime.execute(
            _list_message_history._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
                message_id=message_id,
                fields=fields,
                limit=limit,
                after=after,
                before=before,
            ),
            _list_message_history._parse_response,
            request_options,
        )
        if not isinstance(parsed, MessageHistoryList):
            raise self._runtime.unexpected(parsed)
        return parsed

    def iter_list(
        self,
        *,
        message_id: str | None = None,
        fields: str | None = None,
        limit: int | None = None,
        phone_number_id: str | None = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[MessageHistoryEntry]:
        """Iterate (``async for``) over every item of ``list``, fetching pages lazily.

        Follows ``paging.cursors.after`` while Graph reports a next page; stops after ``max_items`` items.

        Example:
            ``async for item in client.message_history.iter_list(max_items=100): ...``
        """
        return self._runtime.paginate(
            lambda after: _list_message_history._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
                message_id=message_id,
                fields=fields,
                limit=limit,
                after=after,
            ),
            _list_message_history._parse_response,
            request_options,
            max_items,
            MessageHistoryEntry,
        )

    async def list_events(
        self,
        message_history_id: str,
        *,
        status_filter: str | None = None,
        fields: str | None = None,
        limit: int | None = None,
        after: str | None = None,
        before: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> MessageHistoryEventEdgeList:
        """List the status events of one message history entry.

        Returns the status events of one sent message, one page at a time, optionally only one delivery
        status. Needs `whatsapp_business_messaging`.

        ``GET /{message_history_id}/events``

        Args:
            message_history_id: A message history entry id (from `message_history.list`).
            status_filter: Only events with this status: `SENT`, `DELIVERED`, `READ`, `FAILED` or `DELETED`.
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            limit: Maximum number of items per page.
            after: Cursor from `paging.cursors.after` of the previous page.
            before: Cursor from `paging.cursors.before` of the next page.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.message_history.list_events("...")``
        """
        parsed = await self._runtime.execute(
            _list_message_history_events._get_kwargs(
                message_history_id,
                status_filter=status_filter,
                fields=fields,
                limit=limit,
                after=after,
                before=before,
            ),
            _list_message_history_events._parse_response,
            request_options,
        )
        if not isinstance(parsed, MessageHistoryEventEdgeList):
            raise self._runtime.unexpected(parsed)
        return parsed

    def iter_list_events(
        self,
        message_history_id: str,
        *,
        status_filter: str | None = None,
        fields: str | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[MessageHistoryEventEdge]:
        """Iterate (``async for``) over every item of ``list_events``, fetching pages lazily.

        Follows ``paging.cursors.after`` while Graph reports a next page; stops after ``max_items`` items.

        Example:
            ``async for item in client.message_history.iter_list_events(max_items=100): ...``
        """
        return self._runtime.paginate(
            lambda after: _list_message_history_events._get_kwargs(
                message_history_id,
                status_filter=status_filter,
                fields=fields,
                limit=limit,
                after=after,
            ),
            _list_message_history_events._parse_response,
            request_options,
            max_items,
            MessageHistoryEventEdge,
        )
