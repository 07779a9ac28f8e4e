"""Namespace for the ``flows`` API area: ``Flows`` (sync) and ``AsyncFlows`` (asyncio)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import cast

from ...models.flow_asset import FlowAsset
from ...models.flow_asset_list import FlowAssetList
from ...models.flow_create_request import FlowCreateRequest
from ...models.flow_create_response import FlowCreateResponse
from ...models.flow_json_upload_request import FlowJsonUploadRequest
from ...models.flow_json_upload_response import FlowJsonUploadResponse
from ...models.flow_list import FlowList
from ...models.flow_migrate_request import FlowMigrateRequest
from ...models.flow_migrate_response import FlowMigrateResponse
from ...models.flow_update_request import FlowUpdateRequest
from ...models.graph_error_response import GraphErrorResponse
from ...models.success_response import SuccessResponse
from ...models.whats_app_flow import WhatsAppFlow
from ...types import AsyncRuntime, RequestOptions, SyncRuntime
from . import create_flow as _create_flow
from . import delete_flow as _delete_flow
from . import deprecate_flow as _deprecate_flow
from . import get_flow as _get_flow
from . import list_flow_assets as _list_flow_assets
from . import list_flows as _list_flows
from . import migrate_flows as _migrate_flows
from . import publish_flow as _publish_flow
from . import update_flow as _update_flow
from . import upload_flow_json as _upload_flow_json

__all__ = ["AsyncFlows", "Flows"]


class Flows:
    """Operations of the ``flows`` area. Reach it as ``client.flows``."""

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
    ) -> FlowList:
        """List the Flows of a WhatsApp Business Account.

        Returns the Flows of the WhatsApp Business Account (id, name, status, categories, validation
        errors), one page at a time (follow `paging.cursors.after`). Request more with `fields`, e.g.
        `id,name,status,categories,validation_errors,json_version,endpoint_uri`. Needs
        `whatsapp_business_management`.

        ``GET /{waba_id}/flows``

        Args:
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            limit: Maximum number of items per page.
            after: Cursor from `paging.cursors.after` of the previous page.
            before: Cursor from `paging.cursors.before` of the next page.
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.flows.list()``
        """
        parsed = self._runtime.execute(
            _list_flows._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                fields=fields,
                limit=limit,
                after=after,
                before=before,
            ),
            _list_flows._parse_response,
            request_options,
        )
        if not isinstance(parsed, FlowList):
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
    ) -> Iterator[WhatsAppFlow]:
        """Iterate over every item of ``list``, fetching pages lazily.

        Follows ``paging.cursors.after`` while Graph reports a next page; stops after ``max_items`` items.
        Takes the same filters as ``list`` (``limit`` is the page size).

        Example:
            ``for item in client.flows.iter_list(max_items=100): ...``
        """
        return self._runtime.paginate(
            lambda after: _list_flows._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                fields=fields,
                limit=limit,
                after=after,
            ),
            _list_flows._parse_response,
            request_options,
            max_items,
            WhatsAppFlow,
        )

    def create(
        self,
        *,
        body: FlowCreateRequest,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> FlowCreateResponse:
        """Create a Flow.

        Creates a Flow in the WhatsApp Business Account, as a `DRAFT`. Give a unique `name` and at least
        one category. To copy an existing Flow (the way to change a published one), pass its id as
        `clone_flow_id`. `endpoint_uri` is the data endpoint for Flows that exchange data (Flow JSON
        3.0+). You can also send the Flow JSON inline (`flow_json`, a JSON string) and `publish: true`
        to publish it at once; the answer then lists any `validation_errors` (a Flow with errors cannot
        be published). Needs `whatsapp_business_management`.

        ``POST /{waba_id}/flows``

        Args:
            body: The request body (FlowCreateRequest).
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.flows.create(body=FlowCreateRequest(...))``
        """
        parsed = self._runtime.execute(
            _create_flow._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                body=body,
            ),
            _create_flow._parse_response,
            request_options,
        )
        if not isinstance(parsed, FlowCreateResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    def get(
        self,
        flow_id: str,
        *,
        fields: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> WhatsAppFlow:
        """Retrieve a Flow.

        Returns one Flow. Without `fields` Meta returns `id`, `name`, `status`, `categories` and
        `validation_errors`. Other fields: `json_version`, `data_api_version`, `endpoint_uri`, `preview`
        (a web preview link, `preview.invalidate(true)` makes a new one), `whatsapp_business_account`,
        `application` and `health_status` (whether the Flow can be sent, and which entity blocks it).
        Needs `whatsapp_business_management`.

        ``GET /{flow_id}``

        Args:
            flow_id: A Flow id (the `id` returned when the Flow was created or listed).
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.flows.get("...")``
        """
        parsed = self._runtime.execute(
            _get_flow._get_kwargs(
                flow_id,
                fields=fields,
            ),
            _get_flow._parse_response,
            request_options,
        )
        if not isinstance(parsed, WhatsAppFlow):
            raise self._runtime.unexpected(parsed)
        return parsed

    def update(
        self,
        flow_id: str,
        *,
        body: FlowUpdateRequest,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Update a Flow's metadata.

        Changes the name, categories, data endpoint (`endpoint_uri`) or connected Meta app
        (`application_id`) of a Flow. Only draft Flows can be changed; to change a published Flow,
        create a new one with `clone_flow_id`. The Flow JSON is replaced with `upload_json`. Needs
        `whatsapp_business_management`.

        ``POST /{flow_id}``

        Args:
            flow_id: A Flow id (the `id` returned when the Flow was created or listed).
            body: The request body (FlowUpdateRequest).
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.flows.update("...", body=FlowUpdateRequest(...))``
        """
        parsed = self._runtime.execute(
            _update_flow._get_kwargs(
                flow_id,
                body=body,
            ),
            _update_flow._parse_response,
            request_options,
        )
        if not isinstance(parsed, SuccessResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    def delete(
        self,
        flow_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Delete a draft Flow.

        Deletes a Flow for good. Only a `DRAFT` Flow can be deleted; deprecate a published Flow instead.
        Needs `whatsapp_business_management`.

        ``DELETE /{flow_id}``

        Args:
            flow_id: A Flow id (the `id` returned when the Flow was created or listed).
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.flows.delete("...")``
        """
        parsed = self._runtime.execute(
            _delete_flow._get_kwargs(
                flow_id,
            ),
            _delete_flow._parse_response,
            request_options,
        )
        if not isinstance(parsed, SuccessResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    def list_assets(
        self,
        flow_id: str,
        *,
        limit: int | None = None,
        after: str | None = None,
        before: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> FlowAssetList:
        """List the assets of a Flow.

        Returns the assets attached to a Flow. Only the `FLOW_JSON` asset exists today; its
        `download_url` is a short-lived link to the current Flow JSON file. Needs
        `whatsapp_business_management`.

        ``GET /{flow_id}/assets``

        Args:
            flow_id: A Flow id (the `id` returned when the Flow was created or listed).
            limit: Maximum number of items per page.
            after: Cursor from `paging.cursors.after` of the previous page.
            before: Cursor from `paging.cursors.before` of the next page.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.flows.list_assets("...")``
        """
        parsed = self._runtime.execute(
            _list_flow_assets._get_kwargs(
                flow_id,
                limit=limit,
                after=after,
                before=before,
            ),
            _list_flow_assets._parse_response,
            request_options,
        )
        if not isinstance(parsed, FlowAssetList):
            raise self._runtime.unexpected(parsed)
        return parsed

    def iter_list_assets(
        self,
        flow_id: str,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[FlowAsset]:
        """Iterate over every item of ``list_assets``, fetching pages lazily.

        Follows ``paging.cursors.after`` while Graph reports a next page; stops after ``max_items`` items.
        Takes the same filters as ``list_assets`` (``limit`` is the page size).

        Example:
            ``for item in client.flows.iter_list_assets(max_items=100): ...``
        """
        return self._runtime.paginate(
            lambda after: _list_flow_assets._get_kwargs(
                flow_id,
                limit=limit,
                after=after,
            ),
            _list_flow_assets._parse_response,
            request_options,
            max_items,
            FlowAsset,
        )

    def upload_json(
        self,
        flow_id: str,
        *,
        body: FlowJsonUploadRequest,
        request_options: RequestOptions | None = None,
    ) -> FlowJsonUploadResponse:
        """Upload a Flow's Flow JSON.

        Replaces the Flow JSON of a draft Flow with the uploaded file (multipart/form-data, `file` named
        e.g. `flow.json`, `asset_type` `FLOW_JSON`; at most 10 MB). The answer lists the validation
        errors of the new Flow JSON, each with its position in the file; a Flow with errors cannot be
        published. Needs `whatsapp_business_management`.

        ``POST /{flow_id}/assets``

        Args:
            flow_id: A Flow id (the `id` returned when the Flow was created or listed).
            body: The request body (FlowJsonUploadRequest).
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.flows.upload_json("...", body=FlowJsonUploadRequest(...))``
        """
        parsed = self._runtime.execute(
            _upload_flow_json._get_kwargs(
                flow_id,
                body=body,
            ),
            _upload_flow_json._parse_response,
            request_options,
        )
        if not isinstance(parsed, FlowJsonUploadResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    def publish(
        self,
        flow_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Publish a Flow.

        Publishes a draft Flow (status `PUBLISHED`) so it can be sent. Not reversible: the Flow and its
        assets become immutable; to change it later, create a new Flow with `clone_flow_id`. Fails while
        the Flow JSON has validation errors. Needs `whatsapp_business_management`.

        ``POST /{flow_id}/publish``

        Args:
            flow_id: A Flow id (the `id` returned when the Flow was created or listed).
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.flows.publish("...")``
        """
        parsed = self._runtime.execute(
            _publish_flow._get_kwargs(
                flow_id,
            ),
            _publish_flow._parse_response,
            request_options,
        )
        if not isinstance(parsed, SuccessResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    def deprecate(
        self,
        flow_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Deprecate a published Flow.

        Marks a published Flow `DEPRECATED`: it can no longer be sent or opened. Not reversible. Only
        published Flows can be deprecated (delete drafts instead). Needs `whatsapp_business_management`.

        ``POST /{flow_id}/deprecate``

        Args:
            flow_id: A Flow id (the `id` returned when the Flow was created or listed).
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.flows.deprecate("...")``
        """
        parsed = self._runtime.execute(
            _deprecate_flow._get_kwargs(
                flow_id,
            ),
            _deprecate_flow._parse_response,
            request_options,
        )
        if not isinstance(parsed, SuccessResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    def migrate(
        self,
        *,
        body: FlowMigrateRequest,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> FlowMigrateResponse:
        """Copy Flows from another WABA into this one.

        Copies Flows from `source_waba_id` (same business) into this WABA (the path's `waba_id`): every
        Flow, or only those named in `source_flow_names` (up to 100). A published source Flow is
        published in the destination; others arrive as drafts. Answers each migrated Flow's new id and
        each failure's reason.

        ``POST /{waba_id}/migrate_flows``

        Args:
            body: The request body (FlowMigrateRequest).
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.flows.migrate(body=FlowMigrateRequest(...))``
        """
        parsed = self._runtime.execute(
            _migrate_flows._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                body=body,
            ),
            _migrate_flows._parse_response,
            request_options,
        )
        if not isinstance(parsed, FlowMigrateResponse):
            raise self._runtime.unexpected(parsed)
        return parsed


class AsyncFlows:
    """Operations of the ``flows`` area (asyncio). Reach it as ``client.flows``."""

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
    ) -> FlowList:
        """List the Flows of a WhatsApp Business Account.

        Returns the Flows of the WhatsApp Business Account (id, name, status, categories, validation
        errors), one page at a time (follow `paging.cursors.after`). Request more with `fields`, e.g.
        `id,name,status,categories,validation_errors,json_version,endpoint_uri`. Needs
        `whatsapp_business_management`.

        ``GET /{waba_id}/flows``

        Args:
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            limit: Maximum number of items per page.
            after: Cursor from `paging.cursors.after` of the previous page.
            before: Cursor from `paging.cursors.before` of the next page.
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.flows.list()``
        """
        parsed = await self._runtime.execute(
            _list_flows._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                fields=fields,
                limit=limit,
                after=after,
                before=before,
            ),
            _list_flows._parse_response,
            request_options,
        )
        if not isinstance(parsed, FlowList):
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
    ) -> AsyncIterator[WhatsAppFlow]:
        """Iterate (``async for``) over every item of ``list``, fetching pages lazily.

        Follows ``paging.cursors.after`` while Graph reports a next page; stops after ``max_items`` items.

        Example:
            ``async for item in client.flows.iter_list(max_items=100): ...``
        """
        return self._runtime.paginate(
            lambda after: _list_flows._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                fields=fields,
                limit=limit,
                after=after,
            ),
            _list_flows._parse_response,
            request_options,
            max_items,
            WhatsAppFlow,
        )

    async def create(
        self,
        *,
        body: FlowCreateRequest,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> FlowCreateResponse:
        """Create a Flow.

        Creates a Flow in the WhatsApp Business Account, as a `DRAFT`. Give a unique `name` and at least
        one category. To copy an existing Flow (the way to change a published one), pass its id as
        `clone_flow_id`. `endpoint_uri` is the data endpoint for Flows that exchange data (Flow JSON
        3.0+). You can also send the Flow JSON inline (`flow_json`, a JSON string) and `publish: true`
        to publish it at once; the answer then lists any `validation_errors` (a Flow with errors cannot
        be published). Needs `whatsapp_business_management`.

        ``POST /{waba_id}/flows``

        Args:
            body: The request body (FlowCreateRequest).
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.flows.create(body=FlowCreateRequest(...))``
        """
        parsed = await self._runtime.execute(
            _create_flow._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                body=body,
            ),
            _create_flow._parse_response,
            request_options,
        )
        if not isinstance(parsed, FlowCreateResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def get(
        self,
        flow_id: str,
        *,
        fields: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> WhatsAppFlow:
        """Retrieve a Flow.

        Returns one Flow. Without `fields` Meta returns `id`, `name`, `status`, `categories` and
        `validation_errors`. Other fields: `json_version`, `data_api_version`, `endpoint_uri`, `preview`
        (a web preview link, `preview.invalidate(true)` makes a new one), `whatsapp_business_account`,
        `application` and `health_status` (whether the Flow can be sent, and which entity blocks it).
        Needs `whatsapp_business_management`.

        ``GET /{flow_id}``

        Args:
            flow_id: A Flow id (the `id` returned when the Flow was created or listed).
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.flows.get("...")``
        """
        parsed = await self._runtime.execute(
            _get_flow._get_kwargs(
                flow_id,
                fields=fields,
            ),
            _get_flow._parse_response,
            request_options,
        )
        if not isinstance(parsed, WhatsAppFlow):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def update(
        self,
        flow_id: str,
        *,
        body: FlowUpdateRequest,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Update a Flow's metadata.

        Changes the name, categories, data endpoint (`endpoint_uri`) or connected Meta app
        (`application_id`) of a Flow. Only draft Flows can be changed; to change a published Flow,
        create a new one with `clone_flow_id`. The Flow JSON is replaced with `upload_json`. Needs
        `whatsapp_business_management`.

        ``POST /{flow_id}``

        Args:
            flow_id: A Flow id (the `id` returned when the Flow was created or listed).
            body: The request body (FlowUpdateRequest).
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.flows.update("...", body=FlowUpdateRequest(...))``
        """
        parsed = await self._runtime.execute(
            _update_flow._get_kwargs(
                flow_id,
                body=body,
            ),
            _update_flow._parse_response,
            request_options,
        )
        if not isinstance(parsed, SuccessResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def delete(
        self,
        flow_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Delete a draft Flow.

        Deletes a Flow for good. Only a `DRAFT` Flow can be deleted; deprecate a published Flow instead.
        Needs `whatsapp_business_management`.

        ``DELETE /{flow_id}``

        Args:
            flow_id: A Flow id (the `id` returned when the Flow was created or listed).
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.flows.delete("...")``
        """
        parsed = await self._runtime.execute(
            _delete_flow._get_kwargs(
                flow_id,
            ),
            _delete_flow._parse_response,
            request_options,
        )
        if not isinstance(parsed, SuccessResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def list_assets(
        self,
        flow_id: str,
        *,
        limit: int | None = None,
        after: str | None = None,
        before: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> FlowAssetList:
        """List the assets of a Flow.

        Returns the assets attached to a Flow. Only the `FLOW_JSON` asset exists today; its
        `download_url` is a short-lived link to the current Flow JSON file. Needs
        `whatsapp_business_management`.

        ``GET /{flow_id}/assets``

        Args:
            flow_id: A Flow id (the `id` returned when the Flow was created or listed).
            limit: Maximum number of items per page.
            after: Cursor from `paging.cursors.after` of the previous page.
            before: Cursor from `paging.cursors.before` of the next page.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.flows.list_assets("...")``
        """
        parsed = await self._runtime.execute(
            _list_flow_assets._get_kwargs(
                flow_id,
                limit=limit,
                after=after,
                before=before,
            ),
            _list_flow_assets._parse_response,
            request_options,
        )
        if not isinstance(parsed, FlowAssetList):
            raise self._runtime.unexpected(parsed)
        return parsed

    def iter_list_assets(
        self,
        flow_id: str,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[FlowAsset]:
        """Iterate (``async for``) over every item of ``list_assets``, fetching pages lazily.

        Follows ``paging.cursors.after`` while Graph reports a next page; stops after ``max_items`` items.

        Example:
            ``async for item in client.flows.iter_list_assets(max_items=100): ...``
        """
        return self._runtime.paginate(
            lambda after: _list_flow_assets._get_kwargs(
                flow_id,
                limit=limit,
                after=after,
            ),
            _list_flow_assets._parse_response,
            request_options,
            max_items,
            FlowAsset,
        )

    async def upload_json(
        self,
        flow_id: str,
        *,
        body: FlowJsonUploadRequest,
        request_options: RequestOptions | None = None,
    ) -> FlowJsonUploadResponse:
        """Upload a Flow's Flow JSON.

        Replaces the Flow JSON of a draft Flow with the uploaded file (multipart/form-data, `file` named
        e.g. `flow.json`, `asset_type` `FLOW_JSON`; at most 10 MB). The answer lists the validation
        errors of the new Flow JSON, each with its position in the file; a Flow with errors cannot be
        published. Needs `whatsapp_business_management`.

        ``POST /{flow_id}/assets``

        Args:
            flow_id: A Flow id (the `id` returned when the Flow was created or listed).
            body: The request body (FlowJsonUploadRequest).
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.flows.upload_json("...", body=FlowJsonUploadRequest(...))``
        """
        parsed = await self._runtime.execute(
            _upload_flow_json._get_kwargs(
                flow_id,
                body=body,
            ),
            _upload_flow_json._parse_response,
            request_options,
        )
        if not isinstance(parsed, FlowJsonUploadResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def publish(
        self,
        flow_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Publish a Flow.

        Publishes a draft Flow (status `PUBLISHED`) so it can be sent. Not reversible: the Flow and its
        assets become immutable; to change it later, create a new Flow with `clone_flow_id`. Fails while
        the Flow JSON has validation errors. Needs `whatsapp_business_management`.

        ``POST /{flow_id}/publish``

        Args:
            flow_id: A Flow id (the `id` returned when the Flow was created or listed).
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.flows.publish("...")``
        """
        parsed = await self._runtime.execute(
            _publish_flow._get_kwargs(
                flow_id,
            ),
            _publish_flow._parse_response,
            request_options,
        )
        if not isinstance(parsed, SuccessResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def deprecate(
        self,
        flow_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Deprecate a published Flow.

        Marks a published Flow `DEPRECATED`: it can no longer be sent or opened. Not reversible. Only
        published Flows can be deprecated (delete drafts instead). Needs `whatsapp_business_management`.

        ``POST /{flow_id}/deprecate``

        Args:
            flow_id: A Flow id (the `id` returned when the Flow was created or listed).
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.flows.deprecate("...")``
        """
        parsed = await self._runtime.execute(
            _deprecate_flow._get_kwargs(
                flow_id,
            ),
            _deprecate_flow._parse_response,
            request_options,
        )
        if not isinstance(parsed, SuccessResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def migrate(
        self,
        *,
        body: FlowMigrateRequest,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> FlowMigrateResponse:
        """Copy Flows from another WABA into this one.

        Copies Flows from `source_waba_id` (same business) into this WABA (the path's `waba_id`): every
        Flow, or only those named in `source_flow_names` (up to 100). A published source Flow is
        published in the destination; others arrive as drafts. Answers each migrated Flow's new id and
        each failure's reason.

        ``POST /{waba_id}/migrate_flows``

        Args:
            body: The request body (FlowMigrateRequest).
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.flows.migrate(body=FlowMigrateRequest(...))``
        """
        parsed = await self._runtime.execute(
            _migrate_flows._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                body=body,
            ),
            _migrate_flows._parse_response,
            request_options,
        )
        if not isinstance(parsed, FlowMigrateResponse):
            raise self._runtime.unexpected(parsed)
        return parsed
