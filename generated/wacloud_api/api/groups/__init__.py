"""Namespace for the ``groups`` API area: ``Groups`` (sync) and ``AsyncGroups`` (asyncio)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import cast

from ...models.create_group_request import CreateGroupRequest
from ...models.create_group_response import CreateGroupResponse
from ...models.graph_error_response import GraphErrorResponse
from ...models.group_info import GroupInfo
from ...models.group_invite_link import GroupInviteLink
from ...models.group_join_request import GroupJoinRequest
from ...models.group_join_request_list import GroupJoinRequestList
from ...models.group_join_requests_request import GroupJoinRequestsRequest
from ...models.group_join_requests_result import GroupJoinRequestsResult
from ...models.group_list import GroupList
from ...models.group_product_request import GroupProductRequest
from ...models.group_request_response import GroupRequestResponse
from ...models.remove_group_participants_request import RemoveGroupParticipantsRequest
from ...models.update_group_request import UpdateGroupRequest
from ...types import AsyncRuntime, RequestOptions, SyncRuntime
from . import approve_group_join_requests as _approve_group_join_requests
from . import create_group as _create_group
from . import create_group_invite_link as _create_group_invite_link
from . import delete_group as _delete_group
from . import delete_group_invite_link as _delete_group_invite_link
from . import get_group as _get_group
from . import get_group_invite_link as _get_group_invite_link
from . import list_group_join_requests as _list_group_join_requests
from . import list_groups as _list_groups
from . import reject_group_join_requests as _reject_group_join_requests
from . import remove_group_participants as _remove_group_participants
from . import update_group as _update_group

__all__ = ["AsyncGroups", "Groups"]


class Groups:
    """Operations of the ``groups`` area. Reach it as ``client.groups``."""

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
    ) -> GroupList:
        """List the active groups of a phone number.

        One page of the groups the business phone number is in (`limit` up to 1024, default 25). Meta
        nests the items as `data.groups`.

        ``GET /{phone_number_id}/groups``

        Args:
            limit: Maximum number of items per page.
            after: Cursor from `paging.cursors.after` of the previous page.
            before: Cursor from `paging.cursors.before` of the next page.
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.groups.list()``
        """
        parsed = self._runtime.execute(
            _list_groups._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
                limit=limit,
                after=after,
                before=before,
            ),
            _list_groups._parse_response,
            request_options,
        )
        if not isinstance(parsed, GroupList):
            raise self._runtime.unexpected(parsed)
        return parsed

    def create(
        self,
        *,
        body: CreateGroupRequest,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> CreateGroupResponse:
        """Create a group.

        Starts creating a group with an invite link. Asynchronous: the answer holds only a `request_id`;
        the group id, subject and `invite_link` arrive in a `group_lifecycle_update` webhook (`type`
        `group_create`) carrying the same `request_id`, or its `errors` if creation failed. Not
        idempotent: a repeated call creates a second group. Needs `whatsapp_business_messaging`.

        ``POST /{phone_number_id}/groups``

        Args:
            body: The request body (CreateGroupRequest).
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.groups.create(body=CreateGroupRequest(...))``
        """
        parsed = self._runtime.execute(
            _create_group._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
                body=body,
            ),
            _create_group._parse_response,
            request_options,
        )
        if not isinstance(parsed, CreateGroupResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    def get(
        self,
        group_id: str,
        *,
        fields: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> GroupInfo:
        """Get a group's information.

        Returns the group. Without `fields` Meta returns only `id` and `messaging_product`; ask for
        `subject`, `description`, `participants`, `join_approval_mode`, `suspended`,
        `creation_timestamp`, `total_participant_count`. Participants carry `user_id` (BSUID) and, when
        Meta can share it, `wa_id`.

        ``GET /{group_id}``

        Args:
            group_id: A group id (from the `group_lifecycle_update` webhook or the list of groups).
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.groups.get("...")``
        """
        parsed = self._runtime.execute(
            _get_group._get_kwargs(
                group_id,
                fields=fields,
            ),
            _get_group._parse_response,
            request_options,
        )
        if not isinstance(parsed, GroupInfo):
            raise self._runtime.unexpected(parsed)
        return parsed

    def update(
        self,
        group_id: str,
        *,
        body: UpdateGroupRequest,
        request_options: RequestOptions | None = None,
    ) -> GroupRequestResponse:
        """Update a group's subject or description.

        Changes the subject (up to 128 characters) and/or description (up to 2048). The outcome of each
        setting arrives in a `group_settings_update` webhook. The picture goes to the same path as a
        multipart upload (`messaging_product` and `file`: a square JPEG, at least 192x192, up to 5 MB);
        the generator models one request body per operation, so that variant is
        `client.groups.update_picture` (wrapper/wacloud/_groups.py).

        ``POST /{group_id}``

        Args:
            group_id: A group id (from the `group_lifecycle_update` webhook or the list of groups).
            body: The request body (UpdateGroupRequest).
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.groups.update("...", body=UpdateGroupRequest(...))``
        """
        parsed = self._runtime.execute(
            _update_group._get_kwargs(
                group_id,
                body=body,
            ),
            _update_group._parse_response,
            request_options,
        )
        if not isinstance(parsed, GroupRequestResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    def delete(
        self,
        group_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> GroupRequestResponse:
        """Delete a group.

        Deletes the group and removes every participant, the business included. A
        `group_lifecycle_update` webhook (`type` `group_delete`) confirms it.

        ``DELETE /{group_id}``

        Args:
            group_id: A group id (from the `group_lifecycle_update` webhook or the list of groups).
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.groups.delete("...")``
        """
        parsed = self._runtime.execute(
            _delete_group._get_kwargs(
                group_id,
            ),
            _delete_group._parse_response,
            request_options,
        )
        if not isinstance(parsed, GroupRequestResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    def get_invite_link(
        self,
        group_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> GroupInviteLink:
        """Get a group's invite link.

        The current invite link; send it to the users you want in the group.

        ``GET /{group_id}/invite_link``

        Args:
            group_id: A group id (from the `group_lifecycle_update` webhook or the list of groups).
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.groups.get_invite_link("...")``
        """
        parsed = self._runtime.execute(
            _get_group_invite_link._get_kwargs(
                group_id,
            ),
            _get_group_invite_link._parse_response,
            request_options,
        )
        if not isinstance(parsed, GroupInviteLink):
            raise self._runtime.unexpected(parsed)
        return parsed

    def create_invite_link(
        self,
        group_id: str,
        *,
        body: GroupProductRequest,
        request_options: RequestOptions | None = None,
    ) -> GroupInviteLink:
        """Reset a group's invite link.

        Creates a new invite link; every earlier link stops working. Not idempotent.

        ``POST /{group_id}/invite_link``

        Args:
            group_id: A group id (from the `group_lifecycle_update` webhook or the list of groups).
            body: The request body (GroupProductRequest).
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.groups.create_invite_link("...", body=GroupProductRequest(...))``
        """
        parsed = self._runtime.execute(
            _create_group_invite_link._get_kwargs(
                group_id,
                body=body,
            ),
            _create_group_invite_link._parse_response,
            request_options,
        )
        if not isinstance(parsed, GroupInviteLink):
            raise self._runtime.unexpected(parsed)
        return parsed

    def delete_invite_link(
        self,
        group_id: str,
        *,
        body: GroupProductRequest,
        request_options: RequestOptions | None = None,
    ) -> GroupRequestResponse:
        """Delete a group's invite link.

        Deletes the invite link; nobody can join until a new one is created.

        ``DELETE /{group_id}/invite_link``

        Args:
            group_id: A group id (from the `group_lifecycle_update` webhook or the list of groups).
            body: The request body (GroupProductRequest).
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.groups.delete_invite_link("...", body=GroupProductRequest(...))``
        """
        parsed = self._runtime.execute(
            _delete_group_invite_link._get_kwargs(
                group_id,
                body=body,
            ),
            _delete_group_invite_link._parse_response,
            request_options,
        )
        if not isinstance(parsed, GroupRequestResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    def list_join_requests(
        self,
        group_id: str,
        *,
        after: str | None = None,
        before: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> GroupJoinRequestList:
        """List a group's open join requests.

        The open join requests of a group created with `join_approval_mode` `approval_required`. Each
        names the user by `user_id` (BSUID) and, when Meta can share it, `wa_id`.

        ``GET /{group_id}/join_requests``

        Args:
            group_id: A group id (from the `group_lifecycle_update` webhook or the list of groups).
            after: Cursor from `paging.cursors.after` of the previous page.
            before: Cursor from `paging.cursors.before` of the next page.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.groups.list_join_requests("...")``
        """
        parsed = self._runtime.execute(
            _list_group_join_requests._get_kwargs(
                group_id,
                after=after,
                before=before,
            ),
            _list_group_join_requests._parse_response,
            request_options,
        )
        if not isinstance(parsed, GroupJoinRequestList):
            raise self._runtime.unexpected(parsed)
        return parsed

    def iter_list_join_requests(
        self,
        group_id: str,
        *,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[GroupJoinRequest]:
        """Iterate over every item of ``list_join_requests``, fetching pages lazily.

        Follows ``paging.cursors.after`` while Graph reports a next page; stops after ``max_items`` items.
        Takes the same filters as ``list_join_requests`` (``limit`` is the page size).

        Example:
            ``for item in client.groups.iter_list_join_requests(max_items=100): ...``
        """
        return self._runtime.paginate(
            lambda after: _list_group_join_requests._get_kwargs(
                group_id,
                after=after,
            ),
            _list_group_join_requests._parse_response,
            request_options,
            max_items,
            GroupJoinRequest,
        )

    def approve_join_requests(
        self,
        group_id: str,
        *,
        body: GroupJoinRequestsRequest,
        request_options: RequestOptions | None = None,
    ) -> GroupJoinRequestsResult:
        """Approve join requests.

        Lets the users of these join requests into the group. A partial success answers HTTP 206 with
        the failures in `failed_join_requests`.

        ``POST /{group_id}/join_requests``

        Args:
            group_id: A group id (from the `group_lifecycle_update` webhook or the list of groups).
            body: The request body (GroupJoinRequestsRequest).
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.groups.approve_join_requests("...", body=GroupJoinRequestsRequest(...))``
        """
        parsed = self._runtime.execute(
            _approve_group_join_requests._get_kwargs(
                group_id,
                body=body,
            ),
            _approve_group_join_requests._parse_response,
            request_options,
        )
        if not isinstance(parsed, GroupJoinRequestsResult):
            raise self._runtime.unexpected(parsed)
        return parsed

    def reject_join_requests(
        self,
        group_id: str,
        *,
        body: GroupJoinRequestsRequest,
        request_options: RequestOptions | None = None,
    ) -> GroupJoinRequestsResult:
        """Reject join requests.

        Refuses these join requests; the users may ask again.

        ``DELETE /{group_id}/join_requests``

        Args:
            group_id: A group id (from the `group_lifecycle_update` webhook or the list of groups).
            body: The request body (GroupJoinRequestsRequest).
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.groups.reject_join_requests("...", body=GroupJoinRequestsRequest(...))``
        """
        parsed = self._runtime.execute(
            _reject_group_join_requests._get_kwargs(
                group_id,
                body=body,
            ),
            _reject_group_join_requests._parse_response,
            request_options,
        )
        if not isinstance(parsed, GroupJoinRequestsResult):
            raise self._runtime.unexpected(parsed)
        return parsed

    def remove_participants(
        self,
        group_id: str,
        *,
        body: RemoveGroupParticipantsRequest,
        request_options: RequestOptions | None = None,
    ) -> GroupRequestResponse:
        """Remove participants from a group.

        Removes up to 8 participants, each by phone number (`user`) or BSUID (`user_id`), not both. A
        removed user can no longer join through the invite link. The outcome per user arrives in a
        `group_participants_update` webhook (`type` `group_participants_remove`); a partial success
        answers HTTP 206.

        ``DELETE /{group_id}/participants``

        Args:
            group_id: A group id (from the `group_lifecycle_update` webhook or the list of groups).
            body: The request body (RemoveGroupParticipantsRequest).
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.groups.remove_participants("...", body=RemoveGroupParticipantsRequest(...))``
        """
        parsed = self._runtime.execute(
            _remove_group_participants._get_kwargs(
                group_id,
                body=body,
            ),
            _remove_group_participants._parse_response,
            request_options,
        )
        if not isinstance(parsed, GroupRequestResponse):
            raise self._runtime.unexpected(parsed)
        return parsed


class AsyncGroups:
    """Operations of the ``groups`` area (asyncio). Reach it as ``client.groups``."""

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
    ) -> GroupList:
        """List the active groups of a phone number.

        One page of the groups the business phone number is in (`limit` up to 1024, default 25). Meta
        nests the items as `data.groups`.

        ``GET /{phone_number_id}/groups``

        Args:
            limit: Maximum number of items per page.
            after: Cursor from `paging.cursors.after` of the previous page.
            before: Cursor from `paging.cursors.before` of the next page.
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.groups.list()``
        """
        parsed = await self._runtime.execute(
            _list_groups._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
                limit=limit,
                after=after,
                before=before,
            ),
            _list_groups._parse_response,
            request_options,
        )
        if not isinstance(parsed, GroupList):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def create(
        self,
        *,
        body: CreateGroupRequest,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> CreateGroupResponse:
        """Create a group.

        Starts creating a group with an invite link. Asynchronous: the answer holds only a `request_id`;
        the group id, subject and `invite_link` arrive in a `group_lifecycle_update` webhook (`type`
        `group_create`) carrying the same `request_id`, or its `errors` if creation failed. Not
        idempotent: a repeated call creates a second group. Needs `whatsapp_business_messaging`.

        ``POST /{phone_number_id}/groups``

        Args:
            body: The request body (CreateGroupRequest).
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.groups.create(body=CreateGroupRequest(...))``
        """
        parsed = await self._runtime.execute(
            _create_group._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
                body=body,
            ),
            _create_group._parse_response,
            request_options,
        )
        if not isinstance(parsed, CreateGroupResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def get(
        self,
        group_id: str,
        *,
        fields: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> GroupInfo:
        """Get a group's information.

        Returns the group. Without `fields` Meta returns only `id` and `messaging_product`; ask for
        `subject`, `description`, `participants`, `join_approval_mode`, `suspended`,
        `creation_timestamp`, `total_participant_count`. Participants carry `user_id` (BSUID) and, when
        Meta can share it, `wa_id`.

        ``GET /{group_id}``

        Args:
            group_id: A group id (from the `group_lifecycle_update` webhook or the list of groups).
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.groups.get("...")``
        """
        parsed = await self._runtime.execute(
            _get_group._get_kwargs(
                group_id,
                fields=fields,
            ),
            _get_group._parse_response,
            request_options,
        )
        if not isinstance(parsed, GroupInfo):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def update(
        self,
        group_id: str,
        *,
        body: UpdateGroupRequest,
        request_options: RequestOptions | None = None,
    ) -> GroupRequestResponse:
        """Update a group's subject or description.

        Changes the subject (up to 128 characters) and/or description (up to 2048). The outcome of each
        setting arrives in a `group_settings_update` webhook. The picture goes to the same path as a
        multipart upload (`messaging_product` and `file`: a square JPEG, at least 192x192, up to 5 MB);
        the generator models one request body per operation, so that variant is
        `client.groups.update_picture` (wrapper/wacloud/_groups.py).

        ``POST /{group_id}``

        Args:
            group_id: A group id (from the `group_lifecycle_update` webhook or the list of groups).
            body: The request body (UpdateGroupRequest).
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.groups.update("...", body=UpdateGroupRequest(...))``
        """
        parsed = await self._runtime.execute(
            _update_group._get_kwargs(
                group_id,
                body=body,
            ),
            _update_group._parse_response,
            request_options,
        )
        if not isinstance(parsed, GroupRequestResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def delete(
        self,
        group_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> GroupRequestResponse:
        """Delete a group.

        Deletes the group and removes every participant, the business included. A
        `group_lifecycle_update` webhook (`type` `group_delete`) confirms it.

        ``DELETE /{group_id}``

        Args:
            group_id: A group id (from the `group_lifecycle_update` webhook or the list of groups).
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.groups.delete("...")``
        """
        parsed = await self._runtime.execute(
            _delete_group._get_kwargs(
                group_id,
            ),
            _delete_group._parse_response,
            request_options,
        )
        if not isinstance(parsed, GroupRequestResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def get_invite_link(
        self,
        group_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> GroupInviteLink:
        """Get a group's invite link.

        The current invite link; send it to the users you want in the group.

        ``GET /{group_id}/invite_link``

        Args:
            group_id: A group id (from the `group_lifecycle_update` webhook or the list of groups).
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.groups.get_invite_link("...")``
        """
        parsed = await self._runtime.execute(
            _get_group_invite_link._get_kwargs(
                group_id,
            ),
            _get_group_invite_link._parse_response,
            request_options,
        )
        if not isinstance(parsed, GroupInviteLink):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def create_invite_link(
        self,
        group_id: str,
        *,
        body: GroupProductRequest,
        request_options: RequestOptions | None = None,
    ) -> GroupInviteLink:
        """Reset a group's invite link.

        Creates a new invite link; every earlier link stops working. Not idempotent.

        ``POST /{group_id}/invite_link``

        Args:
            group_id: A group id (from the `group_lifecycle_update` webhook or the list of groups).
            body: The request body (GroupProductRequest).
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.groups.create_invite_link("...", body=GroupProductRequest(...))``
        """
        parsed = await self._runtime.execute(
            _create_group_invite_link._get_kwargs(
                group_id,
                body=body,
            ),
            _create_group_invite_link._parse_response,
            request_options,
        )
        if not isinstance(parsed, GroupInviteLink):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def delete_invite_link(
        self,
        group_id: str,
        *,
        body: GroupProductRequest,
        request_options: RequestOptions | None = None,
    ) -> GroupRequestResponse:
        """Delete a group's invite link.

        Deletes the invite link; nobody can join until a new one is created.

        ``DELETE /{group_id}/invite_link``

        Args:
            group_id: A group id (from the `group_lifecycle_update` webhook or the list of groups).
            body: The request body (GroupProductRequest).
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.groups.delete_invite_link("...", body=GroupProductRequest(...))``
        """
        parsed = await self._runtime.execute(
            _delete_group_invite_link._get_kwargs(
                group_id,
                body=body,
            ),
            _delete_group_invite_link._parse_response,
            request_options,
        )
        if not isinstance(parsed, GroupRequestResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def list_join_requests(
        self,
        group_id: str,
        *,
        after: str | None = None,
        before: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> GroupJoinRequestList:
        """List a group's open join requests.

        The open join requests of a group created with `join_approval_mode` `approval_required`. Each
        names the user by `user_id` (BSUID) and, when Meta can share it, `wa_id`.

        ``GET /{group_id}/join_requests``

        Args:
            group_id: A group id (from the `group_lifecycle_update` webhook or the list of groups).
            after: Cursor from `paging.cursors.after` of the previous page.
            before: Cursor from `paging.cursors.before` of the next page.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.groups.list_join_requests("...")``
        """
        parsed = await self._runtime.execute(
            _list_group_join_requests._get_kwargs(
                group_id,
                after=after,
                before=before,
            ),
            _list_group_join_requests._parse_response,
            request_options,
        )
        if not isinstance(parsed, GroupJoinRequestList):
            raise self._runtime.unexpected(parsed)
        return parsed

    def iter_list_join_requests(
        self,
        group_id: str,
        *,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[GroupJoinRequest]:
        """Iterate (``async for``) over every item of ``list_join_requests``, fetching pages lazily.

        Follows ``paging.cursors.after`` while Graph reports a next page; stops after ``max_items`` items.

        Example:
            ``async for item in client.groups.iter_list_join_requests(max_items=100): ...``
        """
        return self._runtime.paginate(
            lambda after: _list_group_join_requests._get_kwargs(
                group_id,
                after=after,
            ),
            _list_group_join_requests._parse_response,
            request_options,
            max_items,
            GroupJoinRequest,
        )

    async def approve_join_requests(
        self,
        group_id: str,
        *,
        body: GroupJoinRequestsRequest,
        request_options: RequestOptions | None = None,
    ) -> GroupJoinRequestsResult:
        """Approve join requests.

        Lets the users of these join requests into the group. A partial success answers HTTP 206 with
        the failures in `failed_join_requests`.

        ``POST /{group_id}/join_requests``

        Args:
            group_id: A group id (from the `group_lifecycle_update` webhook or the list of groups).
            body: The request body (GroupJoinRequestsRequest).
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.groups.approve_join_requests("...", body=GroupJoinRequestsRequest(...))``
        """
        parsed = await self._runtime.execute(
            _approve_group_join_requests._get_kwargs(
                group_id,
                body=body,
            ),
            _approve_group_join_requests._parse_response,
            request_options,
        )
        if not isinstance(parsed, GroupJoinRequestsResult):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def reject_join_requests(
        self,
        group_id: str,
        *,
        body: GroupJoinRequestsRequest,
        request_options: RequestOptions | None = None,
    ) -> GroupJoinRequestsResult:
        """Reject join requests.

        Refuses these join requests; the users may ask again.

        ``DELETE /{group_id}/join_requests``

        Args:
            group_id: A group id (from the `group_lifecycle_update` webhook or the list of groups).
            body: The request body (GroupJoinRequestsRequest).
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.groups.reject_join_requests("...", body=GroupJoinRequestsRequest(...))``
        """
        parsed = await self._runtime.execute(
            _reject_group_join_requests._get_kwargs(
                group_id,
                body=body,
            ),
            _reject_group_join_requests._parse_response,
            request_options,
        )
        if not isinstance(parsed, GroupJoinRequestsResult):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def remove_participants(
        self,
        group_id: str,
        *,
        body: RemoveGroupParticipantsRequest,
        request_options: RequestOptions | None = None,
    ) -> GroupRequestResponse:
        """Remove participants from a group.

        Removes up to 8 participants, each by phone number (`user`) or BSUID (`user_id`), not both. A
        removed user can no longer join through the invite link. The outcome per user arrives in a
        `group_participants_update` webhook (`type` `group_participants_remove`); a partial success
        answers HTTP 206.

        ``DELETE /{group_id}/participants``

        Args:
            group_id: A group id (from the `group_lifecycle_update` webhook or the list of groups).
            body: The request body (RemoveGroupParticipantsRequest).
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.groups.remove_participants("...", body=RemoveGroupParticipantsRequest(...))``
        """
        parsed = await self._runtime.execute(
            _remove_group_participants._get_kwargs(
                group_id,
                body=body,
            ),
            _remove_group_participants._parse_response,
            request_options,
        )
        if not isinstance(parsed, GroupRequestResponse):
            raise self._runtime.unexpected(parsed)
        return parsed
