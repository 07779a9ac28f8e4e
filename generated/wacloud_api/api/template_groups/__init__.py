"""Namespace for the ``template_groups`` API area: ``TemplateGroups`` (sync) and ``AsyncTemplateGroups`` (asyncio)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import cast

from ...models.graph_error_response import GraphErrorResponse
from ...models.id_response import IdResponse
from ...models.success_response import SuccessResponse
from ...models.template_group import TemplateGroup
from ...models.template_group_create import TemplateGroupCreate
from ...models.template_group_list import TemplateGroupList
from ...models.template_group_update import TemplateGroupUpdate
from ...types import AsyncRuntime, RequestOptions, SyncRuntime
from . import create_template_group as _create_template_group
from . import delete_template_group as _delete_template_group
from . import get_template_group as _get_template_group
from . import list_template_groups as _list_template_groups
from . import update_template_group as _update_template_group

__all__ = ["AsyncTemplateGroups", "TemplateGroups"]


class TemplateGroups:
    """Operations of the ``template_groups`` area. Reach it as ``client.template_groups``."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def list(
        self,
        *,
        fields: str | None = None,
        limit: int | None = None,
        after: str | None = None,
        before: str | None = None,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> TemplateGroupList:
        """List the template groups of a WhatsApp Business Account.

        Returns the account's template groups, one page at a time. Needs a system user or business
        token.

        ``GET /{waba_id}/template_groups``

        Args:
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            limit: Maximum number of items per page.
            after: Cursor from `paging.cursors.after` of the previous page.
            before: Cursor from `paging.cursors.before` of the next page.
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.template_groups.list()``
        """
        parsed = self._runtime.execute(
            _list_template_groups._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                fields=fields,
                limit=limit,
                after=after,
                before=before,
            ),
            _list_template_groups._parse_response,
            request_options,
        )
        if not isinstance(parsed, TemplateGroupList):
            raise self._runtime.unexpected(parsed)
        return parsed

    def iter_list(
        self,
        *,
        fields: str | None = None,
        limit: int | None = None,
        waba_id: str | None = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[TemplateGroup]:
        """Iterate over every item of ``list``, fetching pages lazily.

        Follows ``paging.cursors.after`` while Graph reports a next page; stops after ``max_items`` items.
        Takes the same filters as ``list`` (``limit`` is the page size).

        Example:
            ``for item in client.template_groups.iter_list(max_items=100): ...``
        """
        return self._runtime.paginate(
            lambda after: _list_template_groups._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                fields=fields,
                limit=limit,
                after=after,
            ),
            _list_template_groups._parse_response,
            request_options,
            max_items,
            TemplateGroup,
        )

    def create(
        self,
        *,
        body: TemplateGroupCreate,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> IdResponse:
        """Create a template group.

        Puts templates of the account in a group with a unique name (at most 256 characters) and returns
        its id. A template already in another group cannot be added. Needs a system user or business
        token.

        ``POST /{waba_id}/template_groups``

        Args:
            body: The request body (TemplateGroupCreate).
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.template_groups.create(body=TemplateGroupCreate(...))``
        """
        parsed = self._runtime.execute(
            _create_template_group._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                body=body,
            ),
            _create_template_group._parse_response,
            request_options,
        )
        if not isinstance(parsed, IdResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    def get(
        self,
        template_group_id: str,
        *,
        fields: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> TemplateGroup:
        """Retrieve a template group.

        Returns a group's name, description, times, account and templates (a page of them).

        ``GET /{template_group_id}``

        Args:
            template_group_id: A template group id (from `template_groups.create`).
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.template_groups.get("...")``
        """
        parsed = self._runtime.execute(
            _get_template_group._get_kwargs(
                template_group_id,
                fields=fields,
            ),
            _get_template_group._parse_response,
            request_options,
        )
        if not isinstance(parsed, TemplateGroup):
            raise self._runtime.unexpected(parsed)
        return parsed

    def update(
        self,
        template_group_id: str,
        *,
        body: TemplateGroupUpdate,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Update a template group.

        Renames a group, changes its description, or adds and removes templates (all optional).

        ``POST /{template_group_id}``

        Args:
            template_group_id: A template group id (from `template_groups.create`).
            body: The request body (TemplateGroupUpdate).
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.template_groups.update("...", body=TemplateGroupUpdate(...))``
        """
        parsed = self._runtime.execute(
            _update_template_group._get_kwargs(
                template_group_id,
                body=body,
            ),
            _update_template_group._parse_response,
            request_options,
        )
        if not isinstance(parsed, SuccessResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    def delete(
        self,
        template_group_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Delete a template group.

        Deletes the group; its templates are kept.

        ``DELETE /{template_group_id}``

        Args:
            template_group_id: A template group id (from `template_groups.create`).
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.template_groups.delete("...")``
        """
        parsed = self._runtime.execute(
            _delete_template_group._get_kwargs(
                template_group_id,
            ),
            _delete_template_group._parse_response,
            request_options,
        )
        if not isinstance(parsed, SuccessResponse):
            raise self._runtime.unexpected(parsed)
        return parsed


class AsyncTemplateGroups:
    """Operations of the ``template_groups`` area (asyncio). Reach it as ``client.template_groups``."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def list(
        self,
        *,
        fields: str | None = None,
        limit: int | None = None,
        after: str | None = None,
        before: str | None = None,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> TemplateGroupList:
        """List the template groups of a WhatsApp Business Account.

        Returns the account's template groups, one page at a time. Needs a system user or business
        token.

        ``GET /{waba_id}/template_groups``

        Args:
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            limit: Maximum number of items per page.
            after: Cursor from `paging.cursors.after` of the previous page.
            before: Cursor from `paging.cursors.before` of the next page.
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.template_groups.list()``
        """
        parsed = await self._runtime.execute(
            _list_template_groups._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                fields=fields,
                limit=limit,
                after=after,
                before=before,
            ),
            _list_template_groups._parse_response,
            request_options,
        )
        if not isinstance(parsed, TemplateGroupList):
            raise self._runtime.unexpected(parsed)
        return parsed

    def iter_list(
        self,
        *,
        fields: str | None = None,
        limit: int | None = None,
        waba_id: str | None = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[TemplateGroup]:
        """Iterate (``async for``) over every item of ``list``, fetching pages lazily.

        Follows ``paging.cursors.after`` while Graph reports a next page; stops after ``max_items`` items.

        Example:
            ``async for item in client.template_groups.iter_list(max_items=100): ...``
        """
        return self._runtime.paginate(
            lambda after: _list_template_groups._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                fields=fields,
                limit=limit,
                after=after,
            ),
            _list_template_groups._parse_response,
            request_options,
            max_items,
            TemplateGroup,
        )

    async def create(
        self,
        *,
        body: TemplateGroupCreate,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> IdResponse:
        """Create a template group.

        Puts templates of the account in a group with a unique name (at most 256 characters) and returns
        its id. A template already in another group cannot be added. Needs a system user or business
        token.

        ``POST /{waba_id}/template_groups``

        Args:
            body: The request body (TemplateGroupCreate).
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.template_groups.create(body=TemplateGroupCreate(...))``
        """
        parsed = await self._runtime.execute(
            _create_template_group._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                body=body,
            ),
            _create_template_group._parse_response,
            request_options,
        )
        if not isinstance(parsed, IdResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def get(
        self,
        template_group_id: str,
        *,
        fields: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> TemplateGroup:
        """Retrieve a template group.

        Returns a group's name, description, times, account and templates (a page of them).

        ``GET /{template_group_id}``

        Args:
            template_group_id: A template group id (from `template_groups.create`).
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.template_groups.get("...")``
        """
        parsed = await self._runtime.execute(
            _get_template_group._get_kwargs(
                template_group_id,
                fields=fields,
            ),
            _get_template_group._parse_response,
            request_options,
        )
        if not isinstance(parsed, TemplateGroup):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def update(
        self,
        template_group_id: str,
        *,
        body: TemplateGroupUpdate,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Update a template group.

        Renames a group, changes its description, or adds and removes templates (all optional).

        ``POST /{template_group_id}``

        Args:
            template_group_id: A template group id (from `template_groups.create`).
            body: The request body (TemplateGroupUpdate).
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.template_groups.update("...", body=TemplateGroupUpdate(...))``
        """
        parsed = await self._runtime.execute(
            _update_template_group._get_kwargs(
                template_group_id,
                body=body,
            ),
            _update_template_group._parse_response,
            request_options,
        )
        if not isinstance(parsed, SuccessResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def delete(
        self,
        template_group_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Delete a template group.

        Deletes the group; its templates are kept.

        ``DELETE /{template_group_id}``

        Args:
            template_group_id: A template group id (from `template_groups.create`).
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.template_groups.delete("...")``
        """
        parsed = await self._runtime.execute(
            _delete_template_group._get_kwargs(
                template_group_id,
            ),
            _delete_template_group._parse_response,
            request_options,
        )
        if not isinstance(parsed, SuccessResponse):
            raise self._runtime.unexpected(parsed)
        return parsed
