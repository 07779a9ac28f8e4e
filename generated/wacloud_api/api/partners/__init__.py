"""Namespace for the ``partners`` API area: ``Partners`` (sync) and ``AsyncPartners`` (asyncio)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import cast

from ...models.graph_error_response import GraphErrorResponse
from ...models.obo_mobility_intent import OboMobilityIntent
from ...models.obo_mobility_intent_create import OboMobilityIntentCreate
from ...models.obo_mobility_intent_created import OboMobilityIntentCreated
from ...models.on_behalf_request import OnBehalfRequest
from ...models.on_behalf_request_list import OnBehalfRequestList
from ...models.set_obo_mobility_intent_request import SetOboMobilityIntentRequest
from ...models.set_obo_mobility_intent_response import SetOboMobilityIntentResponse
from ...types import AsyncRuntime, RequestOptions, SyncRuntime
from . import create_partner_obo_mobility_intent as _create_partner_obo_mobility_intent
from . import get_partner_obo_mobility_intent as _get_partner_obo_mobility_intent
from . import list_partner_onbehalf_requests as _list_partner_onbehalf_requests
from . import set_partner_obo_mobility_intent as _set_partner_obo_mobility_intent

__all__ = ["AsyncPartners", "Partners"]


class Partners:
    """Operations of the ``partners`` area. Reach it as ``client.partners``."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def list_onbehalf_requests(
        self,
        *,
        fields: str | None = None,
        limit: int | None = None,
        after: str | None = None,
        before: str | None = None,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> OnBehalfRequestList:
        """List the in-progress on-behalf requests of a WhatsApp Business Account.

        Deprecated with the OBO model (no WABA can be onboarded to OBO since 2025-09-30). Returns the
        on-behalf requests in progress for the account: the requesting and receiving businesses and the
        request status. Needs `whatsapp_business_management`.

        ``GET /{waba_id}/in_progress_onbehalf_request``

        Args:
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            limit: Maximum number of items per page.
            after: Cursor from `paging.cursors.after` of the previous page.
            before: Cursor from `paging.cursors.before` of the next page.
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.partners.list_onbehalf_requests()``
        """
        parsed = self._runtime.execute(
            _list_partner_onbehalf_requests._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                fields=fields,
                limit=limit,
                after=after,
                before=before,
            ),
            _list_partner_onbehalf_requests._parse_response,
            request_options,
        )
        if not isinstance(parsed, OnBehalfRequestList):
            raise self._runtime.unexpected(parsed)
        return parsed

    def iter_list_onbehalf_requests(
        self,
        *,
        fields: str | None = None,
        limit: int | None = None,
        waba_id: str | None = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[OnBehalfRequest]:
        """Iterate over every item of ``list_onbehalf_requests``, fetching pages lazily.

        Follows ``paging.cursors.after`` while Graph reports a next page; stops after ``max_items`` items.
        Takes the same filters as ``list_onbehalf_requests`` (``limit`` is the page size).

        Example:
            ``for item in client.partners.iter_list_onbehalf_requests(max_items=100): ...``
        """
        return self._runtime.paginate(
            lambda after: _list_partner_onbehalf_requests._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                fields=fields,
                limit=limit,
                after=after,
            ),
            _list_partner_onbehalf_requests._parse_response,
            request_options,
            max_items,
            OnBehalfRequest,
        )

    def get_obo_mobility_intent(
        self,
        obo_mobility_intent_id: str,
        *,
        fields: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> OboMobilityIntent:
        """Retrieve an OBO mobility intent.

        Deprecated with the OBO model. Returns an OBO mobility intent: the WABA it moves, the Multi-
        Partner Solution involved and its status. Needs `whatsapp_business_management`.

        ``GET /{obo_mobility_intent_id}``

        Args:
            obo_mobility_intent_id: An OBO mobility intent id.
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.partners.get_obo_mobility_intent("...")``
        """
        parsed = self._runtime.execute(
            _get_partner_obo_mobility_intent._get_kwargs(
                obo_mobility_intent_id,
                fields=fields,
            ),
            _get_partner_obo_mobility_intent._parse_response,
            request_options,
        )
        if not isinstance(parsed, OboMobilityIntent):
            raise self._runtime.unexpected(parsed)
        return parsed

    def create_obo_mobility_intent(
        self,
        *,
        body: OboMobilityIntentCreate,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> OboMobilityIntentCreated:
        """Create an OBO mobility intent.

        Deprecated with the OBO model. Starts (or confirms, cancels, hands over) moving an OBO WABA
        between solutions. Needs `whatsapp_business_management`.

        ``POST /{waba_id}/obo_mobility_intent``

        Args:
            body: The request body (OboMobilityIntentCreate).
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.partners.create_obo_mobility_intent(body=OboMobilityIntentCreate(...))``
        """
        parsed = self._runtime.execute(
            _create_partner_obo_mobility_intent._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                body=body,
            ),
            _create_partner_obo_mobility_intent._parse_response,
            request_options,
        )
        if not isinstance(parsed, OboMobilityIntentCreated):
            raise self._runtime.unexpected(parsed)
        return parsed

    def set_obo_mobility_intent(
        self,
        *,
        body: SetOboMobilityIntentRequest,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SetOboMobilityIntentResponse:
        """Set the OBO mobility intent of a WhatsApp Business Account.

        Deprecated with the OBO model. Marks an OBO WABA as intended to move under a Multi-Partner
        Solution (the step before converting it to a shared WABA). Needs `whatsapp_business_management`.

        ``POST /{waba_id}/set_obo_mobility_intent``

        Args:
            body: The request body (SetOboMobilityIntentRequest).
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.partners.set_obo_mobility_intent(body=SetOboMobilityIntentRequest(...))``
        """
        parsed = self._runtime.execute(
            _set_partner_obo_mobility_intent._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                body=body,
            ),
            _set_partner_obo_mobility_intent._parse_response,
            request_options,
        )
        if not isinstance(parsed, SetOboMobilityIntentResponse):
            raise self._runtime.unexpected(parsed)
        return parsed


class AsyncPartners:
    """Operations of the ``partners`` area (asyncio). Reach it as ``client.partners``."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def list_onbehalf_requests(
        self,
        *,
        fields: str | None = None,
        limit: int | None = None,
        after: str | None = None,
        before: str | None = None,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> OnBehalfRequestList:
        """List the in-progress on-behalf requests of a WhatsApp Business Account.

        Deprecated with the OBO model (no WABA can be onboarded to OBO since 2025-09-30). Returns the
        on-behalf requests in progress for the account: the requesting and receiving businesses and the
        request status. Needs `whatsapp_business_management`.

        ``GET /{waba_id}/in_progress_onbehalf_request``

        Args:
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            limit: Maximum number of items per page.
            after: Cursor from `paging.cursors.after` of the previous page.
            before: Cursor from `paging.cursors.before` of the next page.
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.partners.list_onbehalf_requests()``
        """
        parsed = await self._runtime.execute(
            _list_partner_onbehalf_requests._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                fields=fields,
                limit=limit,
                after=after,
                before=before,
            ),
            _list_partner_onbehalf_requests._parse_response,
            request_options,
        )
        if not isinstance(parsed, OnBehalfRequestList):
            raise self._runtime.unexpected(parsed)
        return parsed

    def iter_list_onbehalf_requests(
        self,
        *,
        fields: str | None = None,
        limit: int | None = None,
        waba_id: str | None = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[OnBehalfRequest]:
        """Iterate (``async for``) over every item of ``list_onbehalf_requests``, fetching pages lazily.

        Follows ``paging.cursors.after`` while Graph reports a next page; stops after ``max_items`` items.

        Example:
            ``async for item in client.partners.iter_list_onbehalf_requests(max_items=100): ...``
        """
        return self._runtime.paginate(
            lambda after: _list_partner_onbehalf_requests._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                fields=fields,
                limit=limit,
                after=after,
            ),
            _list_partner_onbehalf_requests._parse_response,
            request_options,
            max_items,
            OnBehalfRequest,
        )

    async def get_obo_mobility_intent(
        self,
        obo_mobility_intent_id: str,
        *,
        fields: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> OboMobilityIntent:
        """Retrieve an OBO mobility intent.

        Deprecated with the OBO model. Returns an OBO mobility intent: the WABA it moves, the Multi-
        Partner Solution involved and its status. Needs `whatsapp_business_management`.

        ``GET /{obo_mobility_intent_id}``

        Args:
            obo_mobility_intent_id: An OBO mobility intent id.
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.partners.get_obo_mobility_intent("...")``
        """
        parsed = await self._runtime.execute(
            _get_partner_obo_mobility_intent._get_kwargs(
                obo_mobility_intent_id,
                fields=fields,
            ),
            _get_partner_obo_mobility_intent._parse_response,
            request_options,
        )
        if not isinstance(parsed, OboMobilityIntent):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def create_obo_mobility_intent(
        self,
        *,
        body: OboMobilityIntentCreate,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> OboMobilityIntentCreated:
        """Create an OBO mobility intent.

        Deprecated with the OBO model. Starts (or confirms, cancels, hands over) moving an OBO WABA
        between solutions. Needs `whatsapp_business_management`.

        ``POST /{waba_id}/obo_mobility_intent``

        Args:
            body: The request body (OboMobilityIntentCreate).
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.partners.create_obo_mobility_intent(body=OboMobilityIntentCreate(...))``
        """
        parsed = await self._runtime.execute(
            _create_partner_obo_mobility_intent._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                body=body,
            ),
            _create_partner_obo_mobility_intent._parse_response,
            request_options,
        )
        if not isinstance(parsed, OboMobilityIntentCreated):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def set_obo_mobility_intent(
        self,
        *,
        body: SetOboMobilityIntentRequest,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SetOboMobilityIntentResponse:
        """Set the OBO mobility intent of a WhatsApp Business Account.

        Deprecated with the OBO model. Marks an OBO WABA as intended to move under a Multi-Partner
        Solution (the step before converting it to a shared WABA). Needs `whatsapp_business_management`.

        ``POST /{waba_id}/set_obo_mobility_intent``

        Args:
            body: The request body (SetOboMobilityIntentRequest).
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.partners.set_obo_mobility_intent(body=SetOboMobilityIntentRequest(...))``
        """
        parsed = await self._runtime.execute(
            _set_partner_obo_mobility_intent._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                body=body,
            ),
            _set_partner_obo_mobility_intent._parse_response,
            request_options,
        )
        if not isinstance(parsed, SetOboMobilityIntentResponse):
            raise self._runtime.unexpected(parsed)
        return parsed
