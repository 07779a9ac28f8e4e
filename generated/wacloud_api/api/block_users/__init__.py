"""Namespace for the ``block_users`` API area: ``BlockUsers`` (sync) and ``AsyncBlockUsers`` (asyncio)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import cast

from ...models.block_users_remove_response import BlockUsersRemoveResponse
from ...models.block_users_request import BlockUsersRequest
from ...models.block_users_response import BlockUsersResponse
from ...models.blocked_user import BlockedUser
from ...models.blocked_user_list import BlockedUserList
from ...models.graph_error_response import GraphErrorResponse
from ...types import AsyncRuntime, RequestOptions, SyncRuntime
from . import block_block_users as _block_block_users
from . import list_block_users as _list_block_users
from . import unblock_block_users as _unblock_block_users

__all__ = ["AsyncBlockUsers", "BlockUsers"]


class BlockUsers:
    """Operations of the ``block_users`` area. Reach it as ``client.block_users``."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def list(
        self,
        *,
        limit: int | None = None,
        after: str | None = None,
        before: str | None = None,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> BlockedUserList:
        """List the users blocked by a phone number.

        Returns the WhatsApp users blocked from messaging the business phone number, one page at a time
        (`limit` sets the page size; Meta pages with `after`/`before` cursors). Needs
        `whatsapp_business_messaging`.

        ``GET /{phone_number_id}/block_users``

        Args:
            limit: Maximum number of items per page.
            after: Cursor from `paging.cursors.after` of the previous page.
            before: Cursor from `paging.cursors.before` of the next page.
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.block_users.list()``
        """
        parsed = self._runtime.execute(
            _list_block_users._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
                limit=limit,
                after=after,
                before=before,
            ),
            _list_block_users._parse_response,
            request_options,
        )
        if not isinstance(parsed, BlockedUserList):
            raise self._runtime.unexpected(parsed)
        return parsed

    def iter_list(
        self,
        *,
        limit: int | None = None,
        phone_number_id: str | None = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[BlockedUser]:
        """Iterate over every item of ``list``, fetching pages lazily.

        Follows ``paging.cursors.after`` while Graph reports a next page; stops after ``max_items`` items.
        Takes the same filters as ``list`` (``limit`` is the page size).

        Example:
            ``for item in client.block_users.iter_list(max_items=100): ...``
        """
        return self._runtime.paginate(
            lambda after: _list_block_users._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
                limit=limit,
                after=after,
            ),
            _list_block_users._parse_response,
            request_options,
            max_items,
            BlockedUser,
        )

    def block(
        self,
        *,
        body: BlockUsersRequest,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> BlockUsersResponse:
        """Block WhatsApp users.

        Blocks the given users (phone numbers or WhatsApp ids) from messaging the business phone number:
        their messages are not delivered and the business cannot message them. Only users who messaged
        the business in the last 24 hours can be blocked; at most 64,000 blocked users per number. Users
        that could not be blocked come back in `failed_users` with the reason (the call as a whole still
        answers 200). Needs `whatsapp_business_messaging`.

        ``POST /{phone_number_id}/block_users``

        Args:
            body: The request body (BlockUsersRequest).
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.block_users.block(body=BlockUsersRequest(...))``
        """
        parsed = self._runtime.execute(
            _block_block_users._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
                body=body,
            ),
            _block_block_users._parse_response,
            request_options,
        )
        if not isinstance(parsed, BlockUsersResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    def unblock(
        self,
        *,
        body: BlockUsersRequest,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> BlockUsersRemoveResponse:
        """Unblock WhatsApp users.

        Unblocks the given users (phone numbers or WhatsApp ids), so they can message the business phone
        number again. Users that could not be unblocked come back in `failed_users`. Needs
        `whatsapp_business_messaging`.

        ``DELETE /{phone_number_id}/block_users``

        Args:
            body: The request body (BlockUsersRequest).
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.block_users.unblock(body=BlockUsersRequest(...))``
        """
        parsed = self._runtime.execute(
            _unblock_block_users._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
                body=body,
            ),
            _unblock_block_users._parse_response,
            request_options,
        )
        if not isinstance(parsed, BlockUsersRemoveResponse):
            raise self._runtime.unexpected(parsed)
        return parsed


class AsyncBlockUsers:
    """Operations of the ``block_users`` area (asyncio). Reach it as ``client.block_users``."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def list(
        self,
        *,
        limit: int | None = None,
        after: str | None = None,
        before: str | None = None,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> BlockedUserList:
        """List the users blocked by a phone number.

        Returns the WhatsApp users blocked from messaging the business phone number, one page at a time
        (`limit` sets the page size; Meta pages with `after`/`before` cursors). Needs
        `whatsapp_business_messaging`.

        ``GET /{phone_number_id}/block_users``

        Args:
            limit: Maximum number of items per page.
            after: Cursor from `paging.cursors.after` of the previous page.
            before: Cursor from `paging.cursors.before` of the next page.
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.block_users.list()``
        """
        parsed = await self._runtime.execute(
            _list_block_users._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
                limit=limit,
                after=after,
                before=before,
            ),
            _list_block_users._parse_response,
            request_options,
        )
        if not isinstance(parsed, BlockedUserList):
            raise self._runtime.unexpected(parsed)
        return parsed

    def iter_list(
        self,
        *,
        limit: int | None = None,
        phone_number_id: str | None = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[BlockedUser]:
        """Iterate (``async for``) over every item of ``list``, fetching pages lazily.

        Follows ``paging.cursors.after`` while Graph reports a next page; stops after ``max_items`` items.

        Example:
            ``async for item in client.block_users.iter_list(max_items=100): ...``
        """
        return self._runtime.paginate(
            lambda after: _list_block_users._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
                limit=limit,
                after=after,
            ),
            _list_block_users._parse_response,
            request_options,
            max_items,
            BlockedUser,
        )

    async def block(
        self,
        *,
        body: BlockUsersRequest,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> BlockUsersResponse:
        """Block WhatsApp users.

        Blocks the given users (phone numbers or WhatsApp ids) from messaging the business phone number:
        their messages are not delivered and the business cannot message them. Only users who messaged
        the business in the last 24 hours can be blocked; at most 64,000 blocked users per number. Users
        that could not be blocked come back in `failed_users` with the reason (the call as a whole still
        answers 200). Needs `whatsapp_business_messaging`.

        ``POST /{phone_number_id}/block_users``

        Args:
            body: The request body (BlockUsersRequest).
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.block_users.block(body=BlockUsersRequest(...))``
        """
        parsed = await self._runtime.execute(
            _block_block_users._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
                body=body,
            ),
            _block_block_users._parse_response,
            request_options,
        )
        if not isinstance(parsed, BlockUsersResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def unblock(
        self,
        *,
        body: BlockUsersRequest,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> BlockUsersRemoveResponse:
        """Unblock WhatsApp users.

        Unblocks the given users (phone numbers or WhatsApp ids), so they can message the business phone
        number again. Users that could not be unblocked come back in `failed_users`. Needs
        `whatsapp_business_messaging`.

        ``DELETE /{phone_number_id}/block_users``

        Args:
            body: The request body (BlockUsersRequest).
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.block_users.unblock(body=BlockUsersRequest(...))``
        """
        parsed = await self._runtime.execute(
            _unblock_block_users._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
                body=body,
            ),
            _unblock_block_users._parse_response,
            request_options,
        )
        if not isinstance(parsed, BlockUsersRemoveResponse):
            raise self._runtime.unexpected(parsed)
        return parsed
