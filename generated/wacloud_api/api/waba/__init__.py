"""Namespace for the ``waba`` API area: ``Waba`` (sync) and ``AsyncWaba`` (asyncio)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import cast

from ...models.assign_user_request import AssignUserRequest
from ...models.assigned_user import AssignedUser
from ...models.assigned_user_list import AssignedUserList
from ...models.graph_error_response import GraphErrorResponse
from ...models.id_response import IdResponse
from ...models.success_response import SuccessResponse
from ...models.unassign_user_request import UnassignUserRequest
from ...models.waba_activity import WabaActivity
from ...models.waba_activity_list import WabaActivityList
from ...models.waba_schedule import WabaSchedule
from ...models.waba_schedule_create import WabaScheduleCreate
from ...models.waba_schedule_list import WabaScheduleList
from ...models.waba_update import WabaUpdate
from ...models.waba_update_response import WabaUpdateResponse
from ...models.whats_app_business_account import WhatsAppBusinessAccount
from ...models.whats_app_business_bot import WhatsAppBusinessBot
from ...types import AsyncRuntime, RequestOptions, SyncRuntime
from . import add_waba_assigned_user as _add_waba_assigned_user
from . import create_waba_schedule as _create_waba_schedule
from . import get_waba as _get_waba
from . import get_waba_bot as _get_waba_bot
from . import list_waba_activities as _list_waba_activities
from . import list_waba_assigned_users as _list_waba_assigned_users
from . import list_waba_schedules as _list_waba_schedules
from . import remove_waba_assigned_user as _remove_waba_assigned_user
from . import update_waba as _update_waba

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

    def update(
        self,
        *,
        body: WabaUpdate | None = None,
        is_enabled_for_insights: bool | None = None,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> WabaUpdateResponse:
        """Update the settings of a WhatsApp Business Account.

        Changes the account's settings: enable template analytics (`is_enabled_for_insights`, also
        accepted as a query parameter), block Marketing templates on `/messages` so that they go through
        the Marketing Messages API (`disable_marketing_messages_on_cloud_api`), configure automatic
        creative optimizations of marketing templates (`degrees_of_freedom_spec`), or rename it. Needs
        `whatsapp_business_management`.

        ``POST /{waba_id}``

        Args:
            body: The request body (WabaUpdate).
            is_enabled_for_insights: Enable template analytics for the account (irreversible).
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.waba.update(body=WabaUpdate(...))``
        """
        parsed = self._runtime.execute(
            _update_waba._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                body=body,
                is_enabled_for_insights=is_enabled_for_insights,
            ),
            _update_waba._parse_response,
            request_options,
        )
        if not isinstance(parsed, WabaUpdateResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    def list_activities(
        self,
        *,
        fields: str | None = None,
        since: str | None = None,
        until: str | None = None,
        activity_type: str | None = None,
        limit: int | None = None,
        after: str | None = None,
        before: str | None = None,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> WabaActivityList:
        """List the activity log of a WhatsApp Business Account.

        Returns the account's activity log (who added a number, changed a user's role, created a
        template, ...), newest first, one page at a time, optionally limited to a time range and
        activity types. Needs `whatsapp_business_management`.

        ``GET /{waba_id}/activities``

        Args:
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            since: Only activities after this time (unix seconds or ISO 8601).
            until: Only activities before this time (unix seconds or ISO 8601).
            activity_type: Comma-separated activity types, e.g. `PHONE_NUMBER_VERIFIED,USER_ADDED`.
            limit: Maximum number of items per page.
            after: Cursor from `paging.cursors.after` of the previous page.
            before: Cursor from `paging.cursors.before` of the next page.
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.waba.list_activities()``
        """
        parsed = self._runtime.execute(
            _list_waba_activities._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                fields=fields,
                since=since,
                until=until,
                activity_type=activity_type,
                limit=limit,
                after=after,
                before=before,
            ),
            _list_waba_activities._parse_response,
            request_options,
        )
        if not isinstance(parsed, WabaActivityList):
            raise self._runtime.unexpected(parsed)
        return parsed

    def iter_list_activities(
        self,
        *,
        fields: str | None = None,
        since: str | None = None,
        until: str | None = None,
        activity_type: str | None = None,
        limit: int | None = None,
        waba_id: str | None = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[WabaActivity]:
        """Iterate over every item of ``list_activities``, fetching pages lazily.

        Follows ``paging.cursors.after`` while Graph reports a next page; stops after ``max_items`` items.
        Takes the same filters as ``list_activities`` (``limit`` is the page size).

        Example:
            ``for item in client.waba.iter_list_activities(max_items=100): ...``
        """
        return self._runtime.paginate(
            lambda after: _list_waba_activities._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                fields=fields,
                since=since,
                until=until,
                activity_type=activity_type,
                limit=limit,
                after=after,
            ),
            _list_waba_activities._parse_response,
            request_options,
            max_items,
            WabaActivity,
        )

    def list_assigned_users(
        self,
        *,
        business: str,
        fields: str | None = None,
        limit: int | None = None,
        after: str | None = None,
        before: str | None = None,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AssignedUserList:
        """List the users assigned to a WhatsApp Business Account.

        Returns the business users and system users that have tasks on the account, for the business
        portfolio `business` (yours, for a shared WABA). Needs `whatsapp_business_management` and
        `business_management`.

        ``GET /{waba_id}/assigned_users``

        Args:
            business: The business portfolio id whose users to list.
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            limit: Maximum number of items per page.
            after: Cursor from `paging.cursors.after` of the previous page.
            before: Cursor from `paging.cursors.before` of the next page.
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.waba.list_assigned_users()``
        """
        parsed = self._runtime.execute(
            _list_waba_assigned_users._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                business=business,
                fields=fields,
                limit=limit,
                after=after,
                before=before,
            ),
            _list_waba_assigned_users._parse_response,
            request_options,
        )
        if not isinstance(parsed, AssignedUserList):
            raise self._runtime.unexpected(parsed)
        return parsed

    def iter_list_assigned_users(
        self,
        *,
        business: str,
        fields: str | None = None,
        limit: int | None = None,
        waba_id: str | None = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[AssignedUser]:
        """Iterate over every item of ``list_assigned_users``, fetching pages lazily.

        Follows ``paging.cursors.after`` while Graph reports a next page; stops after ``max_items`` items.
        Takes the same filters as ``list_assigned_users`` (``limit`` is the page size).

        Example:
            ``for item in client.waba.iter_list_assigned_users(max_items=100): ...``
        """
        return self._runtime.paginate(
            lambda after: _list_waba_assigned_users._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                business=business,
                fields=fields,
                limit=limit,
                after=after,
            ),
            _list_waba_assigned_users._parse_response,
            request_options,
            max_items,
            AssignedUser,
        )

    def add_assigned_user(
        self,
        *,
        body: AssignUserRequest,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Assign a user to a WhatsApp Business Account.

        Gives a (system) user tasks on the account, e.g. `['MANAGE']` for full control or `['DEVELOP']`
        for API access. Solution partners assign their system user to every WABA a customer shares. Meta
        documents this call form-encoded, `tasks` as a bracketed list. Needs `business_management`, with
        an admin system user token.

        ``POST /{waba_id}/assigned_users``

        Args:
            body: The request body (AssignUserRequest).
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.waba.add_assigned_user(body=AssignUserRequest(...))``
        """
        parsed = self._runtime.execute(
            _add_waba_assigned_user._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                body=body,
            ),
            _add_waba_assigned_user._parse_response,
            request_options,
        )
        if not isinstance(parsed, SuccessResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    def remove_assigned_user(
        self,
        *,
        body: UnassignUserRequest,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Remove a user from a WhatsApp Business Account.

        Revokes all of the user's tasks on the account. Form-encoded, as Meta documents it. Needs
        `business_management`.

        ``DELETE /{waba_id}/assigned_users``

        Args:
            body: The request body (UnassignUserRequest).
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.waba.remove_assigned_user(body=UnassignUserRequest(...))``
        """
        parsed = self._runtime.execute(
            _remove_waba_assigned_user._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                body=body,
            ),
            _remove_waba_assigned_user._parse_response,
            request_options,
        )
        if not isinstance(parsed, SuccessResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    def list_schedules(
        self,
        *,
        fields: str | None = None,
        filtering: str | None = None,
        limit: int | None = None,
        after: str | None = None,
        before: str | None = None,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> WabaScheduleList:
        """List the schedules of a WhatsApp Business Account.

        Returns the account's schedules (business hours, automated-response windows, campaigns,
        maintenance windows), one page at a time. Needs `whatsapp_business_management`.

        ``GET /{waba_id}/schedules``

        Args:
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            filtering: JSON-encoded array of filters, e.g. `[{"field":"status","operator":"EQUAL","value":"ACTIVE"}]`.
            limit: Maximum number of items per page.
            after: Cursor from `paging.cursors.after` of the previous page.
            before: Cursor from `paging.cursors.before` of the next page.
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.waba.list_schedules()``
        """
        parsed = self._runtime.execute(
            _list_waba_schedules._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                fields=fields,
                filtering=filtering,
                limit=limit,
                after=after,
                before=before,
            ),
            _list_waba_schedules._parse_response,
            request_options,
        )
        if not isinstance(parsed, WabaScheduleList):
            raise self._runtime.unexpected(parsed)
        return parsed

    def iter_list_schedules(
        self,
        *,
        fields: str | None = None,
        filtering: str | None = None,
        limit: int | None = None,
        waba_id: str | None = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[WabaSchedule]:
        """Iterate over every item of ``list_schedules``, fetching pages lazily.

        Follows ``paging.cursors.after`` while Graph reports a next page; stops after ``max_items`` items.
        Takes the same filters as ``list_schedules`` (``limit`` is the page size).

        Example:
            ``for item in client.waba.iter_list_schedules(max_items=100): ...``
        """
        return self._runtime.paginate(
            lambda after: _list_waba_schedules._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                fields=fields,
                filtering=filtering,
                limit=limit,
                after=after,
            ),
            _list_waba_schedules._parse_response,
            request_options,
            max_items,
            WabaSchedule,
        )

    def create_schedule(
        self,
        *,
        body: WabaScheduleCreate,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> IdResponse:
        """Create a schedule on a WhatsApp Business Account.

        Creates a schedule and returns its id. Needs `whatsapp_business_management`.

        ``POST /{waba_id}/schedules``

        Args:
            body: The request body (WabaScheduleCreate).
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.waba.create_schedule(body=WabaScheduleCreate(...))``
        """
        parsed = self._runtime.execute(
            _create_waba_schedule._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                body=body,
            ),
            _create_waba_schedule._parse_response,
            request_options,
        )
        if not isinstance(parsed, IdResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    def get_bot(
        self,
        whatsapp_business_bot_id: str,
        *,
        fields: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> WhatsAppBusinessBot:
        """Retrieve a WhatsApp business bot.

        Returns the bot node that holds a number's conversational automation: its ice breakers
        (`prompts`) and `/` commands. Configure them with
        `phone_numbers.update_conversational_automation`. Needs `whatsapp_business_management`.

        ``GET /{whatsapp_business_bot_id}``

        Args:
            whatsapp_business_bot_id: A WhatsApp business bot id (the conversational automation of a number).
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.waba.get_bot("...")``
        """
        parsed = self._runtime.execute(
            _get_waba_bot._get_kwargs(
                whatsapp_business_bot_id,
                fields=fields,
            ),
            _get_waba_bot._parse_response,
            request_options,
        )
        if not isinstance(parsed, WhatsAppBusinessBot):
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

    async def update(
        self,
        *,
        body: WabaUpdate | None = None,
        is_enabled_for_insights: bool | None = None,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> WabaUpdateResponse:
        """Update the settings of a WhatsApp Business Account.

        Changes the account's settings: enable template analytics (`is_enabled_for_insights`, also
        accepted as a query parameter), block Marketing templates on `/messages` so that they go through
        the Marketing Messages API (`disable_marketing_messages_on_cloud_api`), configure automatic
        creative optimizations of marketing templates (`degrees_of_freedom_spec`), or rename it. Needs
        `whatsapp_business_management`.

        ``POST /{waba_id}``

        Args:
            body: The request body (WabaUpdate).
            is_enabled_for_insights: Enable template analytics for the account (irreversible).
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.waba.update(body=WabaUpdate(...))``
        """
        parsed = await self._runtime.execute(
            _update_waba._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                body=body,
                is_enabled_for_insights=is_enabled_for_insights,
            ),
            _update_waba._parse_response,
            request_options,
        )
        if not isinstance(parsed, WabaUpdateResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def list_activities(
        self,
        *,
        fields: str | None = None,
        since: str | None = None,
        until: str | None = None,
        activity_type: str | None = None,
        limit: int | None = None,
        after: str | None = None,
        before: str | None = None,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> WabaActivityList:
        """List the activity log of a WhatsApp Business Account.

        Returns the account's activity log (who added a number, changed a user's role, created a
        template, ...), newest first, one page at a time, optionally limited to a time range and
        activity types. Needs `whatsapp_business_management`.

        ``GET /{waba_id}/activities``

        Args:
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            since: Only activities after this time (unix seconds or ISO 8601).
            until: Only activities before this time (unix seconds or ISO 8601).
            activity_type: Comma-separated activity types, e.g. `PHONE_NUMBER_VERIFIED,USER_ADDED`.
            limit: Maximum number of items per page.
            after: Cursor from `paging.cursors.after` of the previous page.
            before: Cursor from `paging.cursors.before` of the next page.
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.waba.list_activities()``
        """
        parsed = await self._runtime.execute(
            _list_waba_activities._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                fields=fields,
                since=since,
                until=until,
                activity_type=activity_type,
                limit=limit,
                after=after,
                before=before,
            ),
            _list_waba_activities._parse_response,
            request_options,
        )
        if not isinstance(parsed, WabaActivityList):
            raise self._runtime.unexpected(parsed)
        return parsed

    def iter_list_activities(
        self,
        *,
        fields: str | None = None,
        since: str | None = None,
        until: str | None = None,
        activity_type: str | None = None,
        limit: int | None = None,
        waba_id: str | None = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[WabaActivity]:
        """Iterate (``async for``) over every item of ``list_activities``, fetching pages lazily.

        Follows ``paging.cursors.after`` while Graph reports a next page; stops after ``max_items`` items.

        Example:
            ``async for item in client.waba.iter_list_activities(max_items=100): ...``
        """
        return self._runtime.paginate(
            lambda after: _list_waba_activities._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                fields=fields,
                since=since,
                until=until,
                activity_type=activity_type,
                limit=limit,
                after=after,
            ),
            _list_waba_activities._parse_response,
            request_options,
            max_items,
            WabaActivity,
        )

    async def list_assigned_users(
        self,
        *,
        business: str,
        fields: str | None = None,
        limit: int | None = None,
        after: str | None = None,
        before: str | None = None,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AssignedUserList:
        """List the users assigned to a WhatsApp Business Account.

        Returns the business users and system users that have tasks on the account, for the business
        portfolio `business` (yours, for a shared WABA). Needs `whatsapp_business_management` and
        `business_management`.

        ``GET /{waba_id}/assigned_users``

        Args:
            business: The business portfolio id whose users to list.
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            limit: Maximum number of items per page.
            after: Cursor from `paging.cursors.after` of the previous page.
            before: Cursor from `paging.cursors.before` of the next page.
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.waba.list_assigned_users()``
        """
        parsed = await self._runtime.execute(
            _list_waba_assigned_users._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                business=business,
                fields=fields,
                limit=limit,
                after=after,
                before=before,
            ),
            _list_waba_assigned_users._parse_response,
            request_options,
        )
        if not isinstance(parsed, AssignedUserList):
            raise self._runtime.unexpected(parsed)
        return parsed

    def iter_list_assigned_users(
        self,
        *,
        business: str,
        fields: str | None = None,
        limit: int | None = None,
        waba_id: str | None = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[AssignedUser]:
        """Iterate (``async for``) over every item of ``list_assigned_users``, fetching pages lazily.

        Follows ``paging.cursors.after`` while Graph reports a next page; stops after ``max_items`` items.

        Example:
            ``async for item in client.waba.iter_list_assigned_users(max_items=100): ...``
        """
        return self._runtime.paginate(
            lambda after: _list_waba_assigned_users._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                business=business,
                fields=fields,
                limit=limit,
                after=after,
            ),
            _list_waba_assigned_users._parse_response,
            request_options,
            max_items,
            AssignedUser,
        )

    async def add_assigned_user(
        self,
        *,
        body: AssignUserRequest,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Assign a user to a WhatsApp Business Account.

        Gives a (system) user tasks on the account, e.g. `['MANAGE']` for full control or `['DEVELOP']`
        for API access. Solution partners assign their system user to every WABA a customer shares. Meta
        documents this call form-encoded, `tasks` as a bracketed list. Needs `business_management`, with
        an admin system user token.

        ``POST /{waba_id}/assigned_users``

        Args:
            body: The request body (AssignUserRequest).
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.waba.add_assigned_user(body=AssignUserRequest(...))``
        """
        parsed = await self._runtime.execute(
            _add_waba_assigned_user._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                body=body,
            ),
            _add_waba_assigned_user._parse_response,
            request_options,
        )
        if not isinstance(parsed, SuccessResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def remove_assigned_user(
        self,
        *,
        body: UnassignUserRequest,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Remove a user from a WhatsApp Business Account.

        Revokes all of the user's tasks on the account. Form-encoded, as Meta documents it. Needs
        `business_management`.

        ``DELETE /{waba_id}/assigned_users``

        Args:
            body: The request body (UnassignUserRequest).
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.waba.remove_assigned_user(body=UnassignUserRequest(...))``
        """
        parsed = await self._runtime.execute(
            _remove_waba_assigned_user._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                body=body,
            ),
            _remove_waba_assigned_user._parse_response,
            request_options,
        )
        if not isinstance(parsed, SuccessResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def list_schedules(
        self,
        *,
        fields: str | None = None,
        filtering: str | None = None,
        limit: int | None = None,
        after: str | None = None,
        before: str | None = None,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> WabaScheduleList:
        """List the schedules of a WhatsApp Business Account.

        Returns the account's schedules (business hours, automated-response windows, campaigns,
        maintenance windows), one page at a time. Needs `whatsapp_business_management`.

        ``GET /{waba_id}/schedules``

        Args:
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            filtering: JSON-encoded array of filters, e.g. `[{"field":"status","operator":"EQUAL","value":"ACTIVE"}]`.
            limit: Maximum number of items per page.
            after: Cursor from `paging.cursors.after` of the previous page.
            before: Cursor from `paging.cursors.before` of the next page.
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.waba.list_schedules()``
        """
        parsed = await self._runtime.execute(
            _list_waba_schedules._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                fields=fields,
                filtering=filtering,
                limit=limit,
                after=after,
                before=before,
            ),
            _list_waba_schedules._parse_response,
            request_options,
        )
        if not isinstance(parsed, WabaScheduleList):
            raise self._runtime.unexpected(parsed)
        return parsed

    def iter_list_schedules(
        self,
        *,
        fields: str | None = None,
        filtering: str | None = None,
        limit: int | None = None,
        waba_id: str | None = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[WabaSchedule]:
        """Iterate (``async for``) over every item of ``list_schedules``, fetching pages lazily.

        Follows ``paging.cursors.after`` while Graph reports a next page; stops after ``max_items`` items.

        Example:
            ``async for item in client.waba.iter_list_schedules(max_items=100): ...``
        """
        return self._runtime.paginate(
            lambda after: _list_waba_schedules._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                fields=fields,
                filtering=filtering,
                limit=limit,
                after=after,
            ),
            _list_waba_schedules._parse_response,
            request_options,
            max_items,
            WabaSchedule,
        )

    async def create_schedule(
        self,
        *,
        body: WabaScheduleCreate,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> IdResponse:
        """Create a schedule on a WhatsApp Business Account.

        Creates a schedule and returns its id. Needs `whatsapp_business_management`.

        ``POST /{waba_id}/schedules``

        Args:
            body: The request body (WabaScheduleCreate).
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.waba.create_schedule(body=WabaScheduleCreate(...))``
        """
        parsed = await self._runtime.execute(
            _create_waba_schedule._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                body=body,
            ),
            _create_waba_schedule._parse_response,
            request_options,
        )
        if not isinstance(parsed, IdResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def get_bot(
        self,
        whatsapp_business_bot_id: str,
        *,
        fields: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> WhatsAppBusinessBot:
        """Retrieve a WhatsApp business bot.

        Returns the bot node that holds a number's conversational automation: its ice breakers
        (`prompts`) and `/` commands. Configure them with
        `phone_numbers.update_conversational_automation`. Needs `whatsapp_business_management`.

        ``GET /{whatsapp_business_bot_id}``

        Args:
            whatsapp_business_bot_id: A WhatsApp business bot id (the conversational automation of a number).
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.waba.get_bot("...")``
        """
        parsed = await self._runtime.execute(
            _get_waba_bot._get_kwargs(
                whatsapp_business_bot_id,
                fields=fields,
            ),
            _get_waba_bot._parse_response,
            request_options,
        )
        if not isinstance(parsed, WhatsAppBusinessBot):
            raise self._runtime.unexpected(parsed)
        return parsed
