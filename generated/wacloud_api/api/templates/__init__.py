"""Namespace for the ``templates`` API area: ``Templates`` (sync) and ``AsyncTemplates`` (asyncio)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import cast

from ...models.graph_error_response import GraphErrorResponse
from ...models.library_template import LibraryTemplate
from ...models.library_template_list import LibraryTemplateList
from ...models.list_template_previews_category import (
    ListTemplatePreviewsCategory,
    check_list_template_previews_category,
)
from ...models.list_templates_category import ListTemplatesCategory, check_list_templates_category
from ...models.list_templates_quality_score import ListTemplatesQualityScore, check_list_templates_quality_score
from ...models.message_template import MessageTemplate
from ...models.message_template_archive_response import MessageTemplateArchiveResponse
from ...models.message_template_comparison import MessageTemplateComparison
from ...models.message_template_create_request import MessageTemplateCreateRequest
from ...models.message_template_create_response import MessageTemplateCreateResponse
from ...models.message_template_edit_request import MessageTemplateEditRequest
from ...models.message_template_ids_request import MessageTemplateIdsRequest
from ...models.message_template_list import MessageTemplateList
from ...models.message_template_migrate_request import MessageTemplateMigrateRequest
from ...models.message_template_migrate_response import MessageTemplateMigrateResponse
from ...models.message_template_unarchive_response import MessageTemplateUnarchiveResponse
from ...models.message_template_unpause_response import MessageTemplateUnpauseResponse
from ...models.message_template_upsert_request import MessageTemplateUpsertRequest
from ...models.message_template_upsert_response import MessageTemplateUpsertResponse
from ...models.success_response import SuccessResponse
from ...models.template_preview_list import TemplatePreviewList
from ...types import AsyncRuntime, RequestOptions, SyncRuntime
from . import archive_templates as _archive_templates
from . import compare_templates as _compare_templates
from . import create_template as _create_template
from . import delete_template as _delete_template
from . import edit_template as _edit_template
from . import get_template as _get_template
from . import list_template_library as _list_template_library
from . import list_template_previews as _list_template_previews
from . import list_templates as _list_templates
from . import migrate_templates as _migrate_templates
from . import unarchive_templates as _unarchive_templates
from . import unpause_template as _unpause_template
from . import upsert_templates as _upsert_templates

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
        name: str | None = None,
        hsm_id: str | None = None,
        hsm_ids: str | None = None,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Delete message templates.

        Deletes templates by name (every language version of that name, or only the one whose id is
        `hsm_id`), or by id: `hsm_ids` deletes up to 100 templates at once (a JSON array of ids, e.g.
        `["1407680676729941"]`; `name` is then not needed). A deleted name cannot be reused for 30 days.
        Messages already sent stay deliverable for 30 days. Needs the `whatsapp_business_management`
        permission.

        ``DELETE /{waba_id}/message_templates``

        Args:
            name: Name of the template to delete (not needed with `hsm_ids`).
            hsm_id: Template id: delete only this language version of `name`.
            hsm_ids: Up to 100 template ids as a JSON array, e.g. `["1407680676729941","1234567890"]`.
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
                hsm_ids=hsm_ids,
            ),
            _delete_template._parse_response,
            request_options,
        )
        if not isinstance(parsed, SuccessResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    def upsert(
        self,
        *,
        body: MessageTemplateUpsertRequest,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> MessageTemplateUpsertResponse:
        """Create or update an authentication template in several languages at once.

        Bulk management of authentication templates: for each language in `languages`, updates the
        template with this name and language if it exists, else creates it. Answers one id and status
        per language. Needs the `whatsapp_business_management` permission.

        ``POST /{waba_id}/upsert_message_templates``

        Args:
            body: The request body (MessageTemplateUpsertRequest).
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.templates.upsert(body=MessageTemplateUpsertRequest(...))``
        """
        parsed = self._runtime.execute(
            _upsert_templates._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                body=body,
            ),
            _upsert_templates._parse_response,
            request_options,
        )
        if not isinstance(parsed, MessageTemplateUpsertResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    def migrate(
        self,
        *,
        body: MessageTemplateMigrateRequest,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> MessageTemplateMigrateResponse:
        """Copy the templates of another WABA into this one.

        Migrates approved templates from `source_waba_id` (same business) into this WABA (the path's
        `waba_id`), 500 per call: `page_number` 0 for the first 500, 1 for the next, and so on. Answers
        the migrated ids and, per id, why a template failed. Needs the `whatsapp_business_management`
        permission.

        ``POST /{waba_id}/migrate_message_templates``

        Args:
            body: The request body (MessageTemplateMigrateRequest).
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.templates.migrate(body=MessageTemplateMigrateRequest(...))``
        """
        parsed = self._runtime.execute(
            _migrate_templates._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                body=body,
            ),
            _migrate_templates._parse_response,
            request_options,
        )
        if not isinstance(parsed, MessageTemplateMigrateResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    def archive(
        self,
        *,
        body: MessageTemplateIdsRequest,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> MessageTemplateArchiveResponse:
        """Archive message templates.

        Archives up to 100 templates: archived templates cannot be sent and are deleted after 28 days
        unless unarchived. Only approved or rejected templates can be archived. Meta serves this
        endpoint on the unversioned host `https://api.facebook.com`.

        ``POST /{waba_id}/message_templates/archive``

        Args:
            body: The request body (MessageTemplateIdsRequest).
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.templates.archive(body=MessageTemplateIdsRequest(...))``
        """
        parsed = self._runtime.execute(
            _archive_templates._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                body=body,
            ),
            _archive_templates._parse_response,
            request_options,
        )
        if not isinstance(parsed, MessageTemplateArchiveResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    def unarchive(
        self,
        *,
        body: MessageTemplateIdsRequest,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> MessageTemplateUnarchiveResponse:
        """Unarchive message templates.

        Restores up to 100 archived templates (within 28 days of archival) to the status they had
        before. Meta serves this endpoint on the unversioned host `https://api.facebook.com`.

        ``POST /{waba_id}/message_templates/unarchive``

        Args:
            body: The request body (MessageTemplateIdsRequest).
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.templates.unarchive(body=MessageTemplateIdsRequest(...))``
        """
        parsed = self._runtime.execute(
            _unarchive_templates._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                body=body,
            ),
            _unarchive_templates._parse_response,
            request_options,
        )
        if not isinstance(parsed, MessageTemplateUnarchiveResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    def list_previews(
        self,
        *,
        category: ListTemplatePreviewsCategory,
        button_types: str,
        languages: str | None = None,
        add_security_recommendation: bool | None = None,
        code_expiration_minutes: int | None = None,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> TemplatePreviewList:
        """Preview authentication template texts.

        Returns the text Meta would give an authentication template (body, footer, button labels) in
        each language, with or without the security recommendation and the expiry line, before you
        create it. Needs `whatsapp_business_management`.

        ``GET /{waba_id}/message_template_previews``

        Args:
            category: Only `AUTHENTICATION` is supported.
            button_types: The button type: `OTP` (the only one supported).
            languages: Comma-separated language and locale codes (all languages when omitted), e.g. `en_US,es_ES`.
            add_security_recommendation: Add the "For your security, do not share this code." line to the body.
            code_expiration_minutes: Add a footer saying the code expires in this many minutes (1 to 90).
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.templates.list_previews()``
        """
        parsed = self._runtime.execute(
            _list_template_previews._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                category=category,
                button_types=button_types,
                languages=languages,
                add_security_recommendation=add_security_recommendation,
                code_expiration_minutes=code_expiration_minutes,
            ),
            _list_template_previews._parse_response,
            request_options,
        )
        if not isinstance(parsed, TemplatePreviewList):
            raise self._runtime.unexpected(parsed)
        return parsed

    def list_library(
        self,
        *,
        limit: int | None = None,
        after: str | None = None,
        search: str | None = None,
        topic: str | None = None,
        usecase: str | None = None,
        industry: str | None = None,
        language: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> LibraryTemplateList:
        """Browse the Template Library.

        Lists Meta's pre-approved utility and authentication templates, filtered by text, topic, use
        case, industry or language. Create one in your WABA with `library_template_name` (and its button
        and body inputs) on `POST /{waba_id}/message_templates`; such templates are approved at once.

        ``GET /message_template_library``

        Args:
            limit: Maximum number of items per page.
            after: Cursor from `paging.cursors.after` of the previous page.
            search: Text the template name, body or header contains.
            topic: Topic, e.g. `PAYMENTS`, `ORDER_MANAGEMENT`, `ACCOUNT_UPDATES`.
            usecase: Use case, e.g. `PAYMENT_REMINDER`, `SHIPMENT_CONFIRMATION`.
            industry: Industry, e.g. `E_COMMERCE`, `FINANCIAL_SERVICES`.
            language: Language code, e.g. `en_US`.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.templates.list_library()``
        """
        parsed = self._runtime.execute(
            _list_template_library._get_kwargs(
                limit=limit,
                after=after,
                search=search,
                topic=topic,
                usecase=usecase,
                industry=industry,
                language=language,
            ),
            _list_template_library._parse_response,
            request_options,
        )
        if not isinstance(parsed, LibraryTemplateList):
            raise self._runtime.unexpected(parsed)
        return parsed

    def iter_list_library(
        self,
        *,
        limit: int | None = None,
        search: str | None = None,
        topic: str | None = None,
        usecase: str | None = None,
        industry: str | None = None,
        language: str | None = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[LibraryTemplate]:
        """Iterate over every item of ``list_library``, fetching pages lazily.

        Follows ``paging.cursors.after`` while Graph reports a next page; stops after ``max_items`` items.
        Takes the same filters as ``list_library`` (``limit`` is the page size).

        Example:
            ``for item in client.templates.iter_list_library(max_items=100): ...``
        """
        return self._runtime.paginate(
            lambda after: _list_template_library._get_kwargs(
                limit=limit,
                search=search,
                topic=topic,
                usecase=usecase,
                industry=industry,
                language=language,
                after=after,
            ),
            _list_template_library._parse_response,
            request_options,
            max_items,
            LibraryTemplate,
        )

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

    def compare(
        self,
        template_id: str,
        *,
        template_ids: str,
        start: int,
        end: int,
        request_options: RequestOptions | None = None,
    ) -> MessageTemplateComparison:
        """Compare a template with others of the WABA.

        Compares the template with one other template (`template_ids`) over a period of up to 90 days:
        relative block rate, number of sends and the top reason users blocked the business. `start` and
        `end` are unix seconds. Needs the `whatsapp_business_management` permission.

        ``GET /{template_id}/compare``

        Args:
            template_id: The template to compare.
            template_ids: The template id to compare with, as a JSON array, e.g. `["954638012257287"]`.
            start: Start of the period, unix seconds.
            end: End of the period, unix seconds (at most 90 days after start).
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.templates.compare("...")``
        """
        parsed = self._runtime.execute(
            _compare_templates._get_kwargs(
                template_id,
                template_ids=template_ids,
                start=start,
                end=end,
            ),
            _compare_templates._parse_response,
            request_options,
        )
        if not isinstance(parsed, MessageTemplateComparison):
            raise self._runtime.unexpected(parsed)
        return parsed

    def unpause(
        self,
        template_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> MessageTemplateUnpauseResponse:
        """Unpause a paused template.

        Resumes a template Meta paused for low quality (status `PAUSED`), when the pause allows it.
        Answers whether it worked and, if not, why. Needs the `whatsapp_business_management` permission.

        ``POST /{template_id}/unpause``

        Args:
            template_id: A paused template id.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.templates.unpause("...")``
        """
        parsed = self._runtime.execute(
            _unpause_template._get_kwargs(
                template_id,
            ),
            _unpause_template._parse_response,
            request_options,
        )
        if not isinstance(parsed, MessageTemplateUnpauseResponse):
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
        name: str | None = None,
        hsm_id: str | None = None,
        hsm_ids: str | None = None,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Delete message templates.

        Deletes templates by name (every language version of that name, or only the one whose id is
        `hsm_id`), or by id: `hsm_ids` deletes up to 100 templates at once (a JSON array of ids, e.g.
        `["1407680676729941"]`; `name` is then not needed). A deleted name cannot be reused for 30 days.
        Messages already sent stay deliverable for 30 days. Needs the `whatsapp_business_management`
        permission.

        ``DELETE /{waba_id}/message_templates``

        Args:
            name: Name of the template to delete (not needed with `hsm_ids`).
            hsm_id: Template id: delete only this language version of `name`.
            hsm_ids: Up to 100 template ids as a JSON array, e.g. `["1407680676729941","1234567890"]`.
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
                hsm_ids=hsm_ids,
            ),
            _delete_template._parse_response,
            request_options,
        )
        if not isinstance(parsed, SuccessResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def upsert(
        self,
        *,
        body: MessageTemplateUpsertRequest,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> MessageTemplateUpsertResponse:
        """Create or update an authentication template in several languages at once.

        Bulk management of authentication templates: for each language in `languages`, updates the
        template with this name and language if it exists, else creates it. Answers one id and status
        per language. Needs the `whatsapp_business_management` permission.

        ``POST /{waba_id}/upsert_message_templates``

        Args:
            body: The request body (MessageTemplateUpsertRequest).
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.templates.upsert(body=MessageTemplateUpsertRequest(...))``
        """
        parsed = await self._runtime.execute(
            _upsert_templates._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                body=body,
            ),
            _upsert_templates._parse_response,
            request_options,
        )
        if not isinstance(parsed, MessageTemplateUpsertResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def migrate(
        self,
        *,
        body: MessageTemplateMigrateRequest,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> MessageTemplateMigrateResponse:
        """Copy the templates of another WABA into this one.

        Migrates approved templates from `source_waba_id` (same business) into this WABA (the path's
        `waba_id`), 500 per call: `page_number` 0 for the first 500, 1 for the next, and so on. Answers
        the migrated ids and, per id, why a template failed. Needs the `whatsapp_business_management`
        permission.

        ``POST /{waba_id}/migrate_message_templates``

        Args:
            body: The request body (MessageTemplateMigrateRequest).
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.templates.migrate(body=MessageTemplateMigrateRequest(...))``
        """
        parsed = await self._runtime.execute(
            _migrate_templates._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                body=body,
            ),
            _migrate_templates._parse_response,
            request_options,
        )
        if not isinstance(parsed, MessageTemplateMigrateResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def archive(
        self,
        *,
        body: MessageTemplateIdsRequest,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> MessageTemplateArchiveResponse:
        """Archive message templates.

        Archives up to 100 templates: archived templates cannot be sent and are deleted after 28 days
        unless unarchived. Only approved or rejected templates can be archived. Meta serves this
        endpoint on the unversioned host `https://api.facebook.com`.

        ``POST /{waba_id}/message_templates/archive``

        Args:
            body: The request body (MessageTemplateIdsRequest).
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.templates.archive(body=MessageTemplateIdsRequest(...))``
        """
        parsed = await self._runtime.execute(
            _archive_templates._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                body=body,
            ),
            _archive_templates._parse_response,
            request_options,
        )
        if not isinstance(parsed, MessageTemplateArchiveResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def unarchive(
        self,
        *,
        body: MessageTemplateIdsRequest,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> MessageTemplateUnarchiveResponse:
        """Unarchive message templates.

        Restores up to 100 archived templates (within 28 days of archival) to the status they had
        before. Meta serves this endpoint on the unversioned host `https://api.facebook.com`.

        ``POST /{waba_id}/message_templates/unarchive``

        Args:
            body: The request body (MessageTemplateIdsRequest).
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.templates.unarchive(body=MessageTemplateIdsRequest(...))``
        """
        parsed = await self._runtime.execute(
            _unarchive_templates._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                body=body,
            ),
            _unarchive_templates._parse_response,
            request_options,
        )
        if not isinstance(parsed, MessageTemplateUnarchiveResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def list_previews(
        self,
        *,
        category: ListTemplatePreviewsCategory,
        button_types: str,
        languages: str | None = None,
        add_security_recommendation: bool | None = None,
        code_expiration_minutes: int | None = None,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> TemplatePreviewList:
        """Preview authentication template texts.

        Returns the text Meta would give an authentication template (body, footer, button labels) in
        each language, with or without the security recommendation and the expiry line, before you
        create it. Needs `whatsapp_business_management`.

        ``GET /{waba_id}/message_template_previews``

        Args:
            category: Only `AUTHENTICATION` is supported.
            button_types: The button type: `OTP` (the only one supported).
            languages: Comma-separated language and locale codes (all languages when omitted), e.g. `en_US,es_ES`.
            add_security_recommendation: Add the "For your security, do not share this code." line to the body.
            code_expiration_minutes: Add a footer saying the code expires in this many minutes (1 to 90).
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.templates.list_previews()``
        """
        parsed = await self._runtime.execute(
            _list_template_previews._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                category=category,
                button_types=button_types,
                languages=languages,
                add_security_recommendation=add_security_recommendation,
                code_expiration_minutes=code_expiration_minutes,
            ),
            _list_template_previews._parse_response,
            request_options,
        )
        if not isinstance(parsed, TemplatePreviewList):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def list_library(
        self,
        *,
        limit: int | None = None,
        after: str | None = None,
        search: str | None = None,
        topic: str | None = None,
        usecase: str | None = None,
        industry: str | None = None,
        language: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> LibraryTemplateList:
        """Browse the Template Library.

        Lists Meta's pre-approved utility and authentication templates, filtered by text, topic, use
        case, industry or language. Create one in your WABA with `library_template_name` (and its button
        and body inputs) on `POST /{waba_id}/message_templates`; such templates are approved at once.

        ``GET /message_template_library``

        Args:
            limit: Maximum number of items per page.
            after: Cursor from `paging.cursors.after` of the previous page.
            search: Text the template name, body or header contains.
            topic: Topic, e.g. `PAYMENTS`, `ORDER_MANAGEMENT`, `ACCOUNT_UPDATES`.
            usecase: Use case, e.g. `PAYMENT_REMINDER`, `SHIPMENT_CONFIRMATION`.
            industry: Industry, e.g. `E_COMMERCE`, `FINANCIAL_SERVICES`.
            language: Language code, e.g. `en_US`.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.templates.list_library()``
        """
        parsed = await self._runtime.execute(
            _list_template_library._get_kwargs(
                limit=limit,
                after=after,
                search=search,
                topic=topic,
                usecase=usecase,
                industry=industry,
                language=language,
            ),
            _list_template_library._parse_response,
            request_options,
        )
        if not isinstance(parsed, LibraryTemplateList):
            raise self._runtime.unexpected(parsed)
        return parsed

    def iter_list_library(
        self,
        *,
        limit: int | None = None,
        search: str | None = None,
        topic: str | None = None,
        usecase: str | None = None,
        industry: str | None = None,
        language: str | None = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[LibraryTemplate]:
        """Iterate (``async for``) over every item of ``list_library``, fetching pages lazily.

        Follows ``paging.cursors.after`` while Graph reports a next page; stops after ``max_items`` items.

        Example:
            ``async for item in client.templates.iter_list_library(max_items=100): ...``
        """
        return self._runtime.paginate(
            lambda after: _list_template_library._get_kwargs(
                limit=limit,
                search=search,
                topic=topic,
                usecase=usecase,
                industry=industry,
                language=language,
                after=after,
            ),
            _list_template_library._parse_response,
            request_options,
            max_items,
            LibraryTemplate,
        )

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

    async def compare(
        self,
        template_id: str,
        *,
        template_ids: str,
        start: int,
        end: int,
        request_options: RequestOptions | None = None,
    ) -> MessageTemplateComparison:
        """Compare a template with others of the WABA.

        Compares the template with one other template (`template_ids`) over a period of up to 90 days:
        relative block rate, number of sends and the top reason users blocked the business. `start` and
        `end` are unix seconds. Needs the `whatsapp_business_management` permission.

        ``GET /{template_id}/compare``

        Args:
            template_id: The template to compare.
            template_ids: The template id to compare with, as a JSON array, e.g. `["954638012257287"]`.
            start: Start of the period, unix seconds.
            end: End of the period, unix seconds (at most 90 days after start).
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.templates.compare("...")``
        """
        parsed = await self._runtime.execute(
            _compare_templates._get_kwargs(
                template_id,
                template_ids=template_ids,
                start=start,
                end=end,
            ),
            _compare_templates._parse_response,
            request_options,
        )
        if not isinstance(parsed, MessageTemplateComparison):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def unpause(
        self,
        template_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> MessageTemplateUnpauseResponse:
        """Unpause a paused template.

        Resumes a template Meta paused for low quality (status `PAUSED`), when the pause allows it.
        Answers whether it worked and, if not, why. Needs the `whatsapp_business_management` permission.

        ``POST /{template_id}/unpause``

        Args:
            template_id: A paused template id.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.templates.unpause("...")``
        """
        parsed = await self._runtime.execute(
            _unpause_template._get_kwargs(
                template_id,
            ),
            _unpause_template._parse_response,
            request_options,
        )
        if not isinstance(parsed, MessageTemplateUnpauseResponse):
            raise self._runtime.unexpected(parsed)
        return parsed
