"""Namespace for the ``templates`` API area: ``Templates`` (sync) and ``AsyncTemplates`` (asyncio)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import cast

from ...models.graph_error_response import GraphErrorResponse
from ...models.list_templates_category import ListTemplatesCategory, check_list_templates_category
from ...models.list_templates_quality_score import ListTemplatesQualityScore, check_list_templates_quality_score
from ...models.message_template import MessageTemplate
from ...models.message_template_create_request import MessageTemplateCreateRequest
from ...models.message_template_create_response import MessageTemplateCreateResponse
from ...models.message_template_edit_request import MessageTemplateEditRequest
from ...models.message_template_list import MessageTemplateList
from ...models.success_response import SuccessResponse
from ...types import AsyncRuntime, RequestOptions, SyncRuntime
from . import create_template as _create_template
from . import delete_template as _delete_template
from . import edit_template as _edit_template
from . import get_template as _get_template
from . import list_templates as _list_templates

__all__ = ["AsyncTemplates", "Templates"]


class Templates:
    """Operations of the ``templates`` area. Reach it as ``client.templates``."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def list(
        self,
        *,
        fields: str | None = None,
        limit: int | None = None,
        after: str | None = None,
        before: str | None = None,
        name: str | None = None,
        status: str | None = None,
        category: ListTemplatesCategory | None = None,
        language: str | None = None,
        content: str | None = None,
        name_or_content: str | None = None,
        quality_score: ListTemplatesQualityScore | None = None,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> MessageTemplateList:
        """List the message templates of a WhatsApp Business Account.

        Returns the WABA's message templates, one page at a time, optionally filtered by name, status,
        category, language, body content or quality score. Follow `paging.cursors.after` for the next
        page. Without `fields`, Meta returns its default set (id, name, language, status, category,
        components and a few more). Needs the `whatsapp_business_management` permission.

        ``GET /{waba_id}/message_templates``

        Args:
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            limit: Maximum number of items per page.
            after: Cursor from `paging.cursors.after` of the previous page.
            before: Cursor from `paging.cursors.before` of the next page.
            name: Only templates whose name contains this text.
            status: Only templates in this review status: `APPROVED`, `IN_APPEAL`, `PENDING`, `REJECTED`,
                `PENDING_DELETION`, `DELETED`, `DISABLED`, `PAUSED`, `LIMIT_EXCEEDED` or `ARCHIVED`.
            category: Only templates of this category.
            language: Only templates in this language (locale code, e.g. `en_US`).
            content: Only templates whose body text contains this text.
            name_or_content: Only templates whose name or body text contains this text.
            quality_score: Only templates with this quality rating.
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.templates.list()``
        """
        parsed = self._runtime.execute(
            _list_templates._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                fields=fields,
                limit=limit,
                after=after,
                before=before,
                name=name,
                status=status,
                category=category,
                language=language,
                content=content,
                name_or_content=name_or_content,
                quality_score=quality_score,
            ),
            _list_templates._parse_response,
            request_options,
        )
        if not isinstance(parsed, MessageTemplateList):
            raise self._runtime.unexpected(parsed)
        return parsed

    def iter_list(
        self,
        *,
        fields: str | None = None,
        limit: int | None = None,
        name: str | None = None,
        status: str | None = None,
        category: ListTemplatesCategory | None = None,
        language: str | None = None,
        content: str | None = None,
        name_or_content: str | None = None,
        quality_score: ListTemplatesQualityScore | None = None,
        waba_id: str | None = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[MessageTemplate]:
        """Iterate over every item of ``list``, fetching pages lazily.

        Follows ``paging.cursors.after`` while Graph reports a next page; stops after ``max_items`` items.
        Takes the same filters as ``list`` (``limit`` is the page size).

        Example:
            ``for item in client.templates.iter_list(max_items=100): ...``
        """
        return self._runtime.paginate(
            lambda after: _list_templates._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                fields=fields,
                limit=limit,
                name=name,
                status=status,
                category=category,
                language=language,
                content=content,
                name_or_content=name_or_content,
                quality_score=quality_score,
                after=after,
            ),
            _list_templates._parse_response,
            request_options,
            max_items,
            MessageTemplate,
        )

    def create(
        self,
        *,
        body: MessageTemplateCreateRequest,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> MessageTemplateCreateResponse:
        """Create a message template and submit it for review.

        Creates a template in the WABA and submits it for review. The answer carries the new template
        id, its review status (`APPROVED`, `PENDING` or `REJECTED`) and its category, which Meta may
        change when `allow_category_change` is true. Media headers need an `example.header_handle` from
        the resumable upload API. A WABA can hold up to 250 templates (more once its business is
        verified); names are unique per language. Needs the `whatsapp_business_management` permission.

        ``POST /{waba_id}/message_templates``

        Args:
            body: The request body (MessageTemplateCreateRequest).
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.templates.create(body=MessageTemplateCreateRequest(...))``
        """
        parsed = self._runtime.execute(
            _create_template._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                body=body,
            ),
            _create_template._parse_response,
            request_options,
        )
        if not isinstance(parsed, MessageTemplateCreateResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    def delete(
        self,
        *,
        name: str,
        hsm_id: str | None = None,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Delete a message template.

        Deletes a template by name: every language version of that name, or only the one whose id is
        given in `hsm_id` (with `name`). A deleted name cannot be reused for 30 days. Messages already
        sent stay deliverable for 30 days. Needs the `whatsapp_business_management` permission.

        ``DELETE /{waba_id}/message_templates``

        Args:
            name: Name of the template to delete.
            hsm_id: Template id: delete only this language version of `name`.
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.templates.delete()``
        """
        parsed = self._runtime.execute(
            _delete_template._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                name=name,
                hsm_id=hsm_id,
            ),
            _delete_template._parse_response,
            request_options,
        )
        if not isinstance(parsed, SuccessResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    def get(
        self,
        template_id: str,
        *,
        fields: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> MessageTemplate:
        """Retrieve a message template.

        Returns one template by id: name, language, status, category, components, quality score and, for
        rejected templates, the rejection reason. Use `fields` to choose what comes back. Needs the
        `whatsapp_business_management` permission.

        ``GET /{template_id}``

        Args:
            template_id: A message template id (the `id` returned when the template was created or listed).
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.templates.get("...")``
        """
        parsed = self._runtime.execute(
            _get_template._get_kwargs(
                template_id,
                fields=fields,
            ),
            _get_template._parse_response,
            request_options,
        )
        if not isinstance(parsed, MessageTemplate):
            raise self._runtime.unexpected(parsed)
        return parsed

    def edit(
        self,
        template_id: str,
        *,
        body: MessageTemplateEditRequest,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Edit a message template.

        Replaces a template's components, category or time-to-live. An approved template can be edited
        at most 10 times in 30 days and once in 24 hours; rejected and paused templates without limit.
        Editing sends the template back to review (status `PENDING`). Name and language cannot change.
        Needs the `whatsapp_business_management` permission.

        ``POST /{template_id}``

        Args:
            template_id: A message template id (the `id` returned when the template was created or listed).
            body: The request body (MessageTemplateEditRequest).
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.templates.edit("...", body=MessageTemplateEditRequest(...))``
        """
        parsed = self._runtime.execute(
            _edit_template._get_kwargs(
                template_id,
                body=body,
            ),
            _edit_template._parse_response,
            request_options,
        )
        if not isinstance(parsed, SuccessResponse):
            raise self._runtime.unexpected(parsed)
        return parsed


class AsyncTemplates:
    """Operations of the ``templates`` area (asyncio). Reach it as ``client.templates``."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def list(
        self,
        *,
        fields: str | None = None,
        limit: int | None = None,
        after: str | None = None,
        before: str | None = None,
        name: str | None = None,
        status: str | None = None,
        category: ListTemplatesCategory | None = None,
        language: str | None = None,
        content: str | None = None,
        name_or_content: str | None = None,
        quality_score: ListTemplatesQualityScore | None = None,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> MessageTemplateList:
        """List the message templates of a WhatsApp Business Account.

        Returns the WABA's message templates, one page at a time, optionally filtered by name, status,
        category, language, body content or quality score. Follow `paging.cursors.after` for the next
        page. Without `fields`, Meta returns its default set (id, name, language, status, category,
        components and a few more). Needs the `whatsapp_business_management` permission.

        ``GET /{waba_id}/message_templates``

        Args:
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            limit: Maximum number of items per page.
            after: Cursor from `paging.cursors.after` of the previous page.
            before: Cursor from `paging.cursors.before` of the next page.
            name: Only templates whose name contains this text.
            status: Only templates in this review status: `APPROVED`, `IN_APPEAL`, `PENDING`, `REJECTED`,
                `PENDING_DELETION`, `DELETED`, `DISABLED`, `PAUSED`, `LIMIT_EXCEEDED` or `ARCHIVED`.
            category: Only templates of this category.
            language: Only templates in this language (locale code, e.g. `en_US`).
            content: Only templates whose body text contains this text.
            name_or_content: Only templates whose name or body text contains this text.
            quality_score: Only templates with this quality rating.
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.templates.list()``
        """
        parsed = await self._runtime.execute(
            _list_templates._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                fields=fields,
                limit=limit,
                after=after,
                before=before,
                name=name,
                status=status,
                category=category,
                language=language,
                content=content,
                name_or_content=name_or_content,
                quality_score=quality_score,
            ),
            _list_templates._parse_response,
            request_options,
        )
        if not isinstance(parsed, MessageTemplateList):
            raise self._runtime.unexpected(parsed)
        return parsed

    def iter_list(
        self,
        *,
        fields: str | None = None,
        limit: int | None = None,
        name: str | None = None,
        status: str | None = None,
        category: ListTemplatesCategory | None = None,
        language: str | None = None,
        content: str | None = None,
        name_or_content: str | None = None,
        quality_score: ListTemplatesQualityScore | None = None,
        waba_id: str | None = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[MessageTemplate]:
        """Iterate (``async for``) over every item of ``list``, fetching pages lazily.

        Follows ``paging.cursors.after`` while Graph reports a next page; stops after ``max_items`` items.

        Example:
            ``async for item in client.templates.iter_list(max_items=100): ...``
        """
        return self._runtime.paginate(
            lambda after: _list_templates._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                fields=fields,
                limit=limit,
                name=name,
                status=status,
                category=category,
                language=language,
                content=content,
                name_or_content=name_or_content,
                quality_score=quality_score,
                after=after,
            ),
            _list_templates._parse_response,
            request_options,
            max_items,
            MessageTemplate,
        )

    async def create(
        self,
        *,
        body: MessageTemplateCreateRequest,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> MessageTemplateCreateResponse:
        """Create a message template and submit it for review.

        Creates a template in the WABA and submits it for review. The answer carries the new template
        id, its review status (`APPROVED`, `PENDING` or `REJECTED`) and its category, which Meta may
        change when `allow_category_change` is true. Media headers need an `example.header_handle` from
        the resumable upload API. A WABA can hold up to 250 templates (more once its business is
        verified); names are unique per language. Needs the `whatsapp_business_management` permission.

        ``POST /{waba_id}/message_templates``

        Args:
            body: The request body (MessageTemplateCreateRequest).
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.templates.create(body=MessageTemplateCreateRequest(...))``
        """
        parsed = await self._runtime.execute(
            _create_template._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                body=body,
            ),
            _create_template._parse_response,
            request_options,
        )
        if not isinstance(parsed, MessageTemplateCreateResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def delete(
        self,
        *,
        name: str,
        hsm_id: str | None = None,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Delete a message template.

        Deletes a template by name: every language version of that name, or only the one whose id is
        given in `hsm_id` (with `name`). A deleted name cannot be reused for 30 days. Messages already
        sent stay deliverable for 30 days. Needs the `whatsapp_business_management` permission.

        ``DELETE /{waba_id}/message_templates``

        Args:
            name: Name of the template to delete.
            hsm_id: Template id: delete only this language version of `name`.
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.templates.delete()``
        """
        parsed = await self._runtime.execute(
            _delete_template._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                name=name,
                hsm_id=hsm_id,
            ),
            _delete_template._parse_response,
            request_options,
        )
        if not isinstance(parsed, SuccessResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def get(
        self,
        template_id: str,
        *,
        fields: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> MessageTemplate:
        """Retrieve a message template.

        Returns one template by id: name, language, status, category, components, quality score and, for
        rejected templates, the rejection reason. Use `fields` to choose what comes back. Needs the
        `whatsapp_business_management` permission.

        ``GET /{template_id}``

        Args:
            template_id: A message template id (the `id` returned when the template was created or listed).
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.templates.get("...")``
        """
        parsed = await self._runtime.execute(
            _get_template._get_kwargs(
                template_id,
                fields=fields,
            ),
            _get_template._parse_response,
            request_options,
        )
        if not isinstance(parsed, MessageTemplate):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def edit(
        self,
        template_id: str,
        *,
        body: MessageTemplateEditRequest,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Edit a message template.

        Replaces a template's components, category or time-to-live. An approved template can be edited
        at most 10 times in 30 days and once in 24 hours; rejected and paused templates without limit.
        Editing sends the template back to review (status `PENDING`). Name and language cannot change.
        Needs the `whatsapp_business_management` permission.

        ``POST /{template_id}``

        Args:
            template_id: A message template id (the `id` returned when the template was created or listed).
            body: The request body (MessageTemplateEditRequest).
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.templates.edit("...", body=MessageTemplateEditRequest(...))``
        """
        parsed = await self._runtime.execute(
            _edit_template._get_kwargs(
                template_id,
                body=body,
            ),
            _edit_template._parse_response,
            request_options,
        )
        if not isinstance(parsed, SuccessResponse):
            raise self._runtime.unexpected(parsed)
        return parsed
