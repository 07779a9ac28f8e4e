"""Namespace for the ``business`` API area: ``Business`` (sync) and ``AsyncBusiness`` (asyncio)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import cast

from ...models.add_preverified_number_request import AddPreverifiedNumberRequest
from ...models.assigned_waba import AssignedWaba
from ...models.assigned_waba_list import AssignedWabaList
from ...models.business_portfolio import BusinessPortfolio
from ...models.business_self_certification import BusinessSelfCertification
from ...models.business_self_certification_list import BusinessSelfCertificationList
from ...models.business_self_certify_request import BusinessSelfCertifyRequest
from ...models.business_self_certify_response import BusinessSelfCertifyResponse
from ...models.business_waba import BusinessWaba
from ...models.business_waba_list import BusinessWabaList
from ...models.credit_allocation_config_list import CreditAllocationConfigList
from ...models.credit_line_allocation import CreditLineAllocation
from ...models.credit_line_list import CreditLineList
from ...models.graph_error_response import GraphErrorResponse
from ...models.id_response import IdResponse
from ...models.marketing_messages_onboarding_response import MarketingMessagesOnboardingResponse
from ...models.preverified_number import PreverifiedNumber
from ...models.preverified_number_list import PreverifiedNumberList
from ...models.share_preverified_number_request import SharePreverifiedNumberRequest
from ...models.success_response import SuccessResponse
from ...models.whats_app_account_number import WhatsAppAccountNumber
from ...types import AsyncRuntime, RequestOptions, SyncRuntime
from . import add_business_preverified_number as _add_business_preverified_number
from . import get_business as _get_business
from . import get_business_account_number as _get_business_account_number
from . import list_business_client_wabas as _list_business_client_wabas
from . import list_business_credit_allocations as _list_business_credit_allocations
from . import list_business_credit_lines as _list_business_credit_lines
from . import list_business_owned_wabas as _list_business_owned_wabas
from . import list_business_preverified_numbers as _list_business_preverified_numbers
from . import list_business_self_certifications as _list_business_self_certifications
from . import list_business_user_assigned_wabas as _list_business_user_assigned_wabas
from . import onboard_business_to_mm_lite as _onboard_business_to_mm_lite
from . import revoke_business_credit_line as _revoke_business_credit_line
from . import self_certify_business as _self_certify_business
from . import share_business_credit_line as _share_business_credit_line
from . import share_business_preverified_number as _share_business_preverified_number

__all__ = ["AsyncBusiness", "Business"]


class Business:
    """Operations of the ``business`` area. Reach it as ``client.business``."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def get(
        self,
        business_id: str,
        *,
        fields: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> BusinessPortfolio:
        """Retrieve a business portfolio.

        Returns the business portfolio node with the fields asked for, e.g. `id,name,timezone_id`. From
        v24.0, `whatsapp_business_manager_messaging_limit` returns the portfolio's messaging limit
        (messaging limits are per portfolio, no longer per phone number). Needs `business_management`.

        ``GET /{business_id}``

        Args:
            business_id: A business portfolio (Business Manager) id.
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.business.get("...")``
        """
        parsed = self._runtime.execute(
            _get_business._get_kwargs(
                business_id,
                fields=fields,
            ),
            _get_business._parse_response,
            request_options,
        )
        if not isinstance(parsed, BusinessPortfolio):
            raise self._runtime.unexpected(parsed)
        return parsed

    def list_client_wabas(
        self,
        business_id: str,
        *,
        fields: str | None = None,
        filtering: str | None = None,
        limit: int | None = None,
        after: str | None = None,
        before: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> BusinessWabaList:
        """List the WhatsApp Business Accounts clients shared with the business.

        Returns the WhatsApp Business Accounts that customers shared with your business portfolio
        (through Embedded Signup or by sharing in Business Manager), one page at a time. Needs
        `whatsapp_business_management` (Advanced access for WABAs you do not own).

        ``GET /{business_id}/client_whatsapp_business_accounts``

        Args:
            business_id: A business portfolio (Business Manager) id.
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            filtering: JSON-encoded array of filters, e.g.
                `[{"field":"creation_time","operator":"GREATER_THAN","value":"1604962813"}]`.
            limit: Maximum number of items per page.
            after: Cursor from `paging.cursors.after` of the previous page.
            before: Cursor from `paging.cursors.before` of the next page.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.business.list_client_wabas("...")``
        """
        parsed = self._runtime.execute(
            _list_business_client_wabas._get_kwargs(
                business_id,
                fields=fields,
                filtering=filtering,
                limit=limit,
                after=after,
                before=before,
            ),
            _list_business_client_wabas._parse_response,
            request_options,
        )
        if not isinstance(parsed, BusinessWabaList):
            raise self._runtime.unexpected(parsed)
        return parsed

    def iter_list_client_wabas(
        self,
        business_id: str,
        *,
        fields: str | None = None,
        filtering: str | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[BusinessWaba]:
        """Iterate over every item of ``list_client_wabas``, fetching pages lazily.

        Follows ``paging.cursors.after`` while Graph reports a next page; stops after ``max_items`` items.
        Takes the same filters as ``list_client_wabas`` (``limit`` is the page size).

        Example:
            ``for item in client.business.iter_list_client_wabas(max_items=100): ...``
        """
        return self._runtime.paginate(
            lambda after: _list_business_client_wabas._get_kwargs(
                business_id,
                fields=fields,
                filtering=filtering,
                limit=limit,
                after=after,
            ),
            _list_business_client_wabas._parse_response,
            request_options,
            max_items,
            BusinessWaba,
        )

    def list_owned_wabas(
        self,
        business_id: str,
        *,
        fields: str | None = None,
        filtering: str | None = None,
        limit: int | None = None,
        after: str | None = None,
        before: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> BusinessWabaList:
        """List the WhatsApp Business Accounts the business owns.

        Returns the WhatsApp Business Accounts owned by the business portfolio, one page at a time.
        Needs `whatsapp_business_management` and `business_management`.

        ``GET /{business_id}/owned_whatsapp_business_accounts``

        Args:
            business_id: A business portfolio (Business Manager) id.
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            filtering: JSON-encoded array of filters, e.g.
                `[{"field":"creation_time","operator":"GREATER_THAN","value":"1604962813"}]`.
            limit: Maximum number of items per page.
            after: Cursor from `paging.cursors.after` of the previous page.
            before: Cursor from `paging.cursors.before` of the next page.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.business.list_owned_wabas("...")``
        """
        parsed = self._runtime.execute(
            _list_business_owned_wabas._get_kwargs(
                business_id,
                fields=fields,
                filtering=filtering,
                limit=limit,
                after=after,
                before=before,
            ),
            _list_business_owned_wabas._parse_response,
            request_options,
        )
        if not isinstance(parsed, BusinessWabaList):
            raise self._runtime.unexpected(parsed)
        return parsed

    def iter_list_owned_wabas(
        self,
        business_id: str,
        *,
        fields: str | None = None,
        filtering: str | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[BusinessWaba]:
        """Iterate over every item of ``list_owned_wabas``, fetching pages lazily.

        Follows ``paging.cursors.after`` while Graph reports a next page; stops after ``max_items`` items.
        Takes the same filters as ``list_owned_wabas`` (``limit`` is the page size).

        Example:
            ``for item in client.business.iter_list_owned_wabas(max_items=100): ...``
        """
        return self._runtime.paginate(
            lambda after: _list_business_owned_wabas._get_kwargs(
                business_id,
                fields=fields,
                filtering=filtering,
                limit=limit,
                after=after,
            ),
            _list_business_owned_wabas._parse_response,
            request_options,
            max_items,
            BusinessWaba,
        )

    def add_preverified_number(
        self,
        business_id: str,
        *,
        body: AddPreverifiedNumberRequest,
        request_options: RequestOptions | None = None,
    ) -> IdResponse:
        """Add a number to the business's pool of pre-verified numbers.

        Adds a phone number to the partner's pool of pre-verified numbers, which customers can then pick
        in Embedded Signup without verifying the number themselves. Returns the pre-verified number id;
        verify it with `preverified_numbers.request_code` and `verify_code`. Needs
        `whatsapp_business_management`.

        ``POST /{business_id}/add_phone_numbers``

        Args:
            business_id: A business portfolio (Business Manager) id.
            body: The request body (AddPreverifiedNumberRequest).
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.business.add_preverified_number("...", body=AddPreverifiedNumberRequest(...))``
        """
        parsed = self._runtime.execute(
            _add_business_preverified_number._get_kwargs(
                business_id,
                body=body,
            ),
            _add_business_preverified_number._parse_response,
            request_options,
        )
        if not isinstance(parsed, IdResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    def list_preverified_numbers(
        self,
        business_id: str,
        *,
        fields: str | None = None,
        code_verification_status: str | None = None,
        phone_number: str | None = None,
        limit: int | None = None,
        after: str | None = None,
        before: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> PreverifiedNumberList:
        """List the business's pre-verified numbers.

        Returns the pre-verified numbers of the business portfolio, one page at a time, optionally
        filtered by code verification status or availability. Needs `whatsapp_business_management`.

        ``GET /{business_id}/preverified_numbers``

        Args:
            business_id: A business portfolio (Business Manager) id.
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            code_verification_status: Only numbers with this status, e.g. `VERIFIED`, `NOT_VERIFIED`, `EXPIRED`.
            phone_number: Only this phone number.
            limit: Maximum number of items per page.
            after: Cursor from `paging.cursors.after` of the previous page.
            before: Cursor from `paging.cursors.before` of the next page.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.business.list_preverified_numbers("...")``
        """
        parsed = self._runtime.execute(
            _list_business_preverified_numbers._get_kwargs(
                business_id,
                fields=fields,
                code_verification_status=code_verification_status,
                phone_number=phone_number,
                limit=limit,
                after=after,
                before=before,
            ),
            _list_business_preverified_numbers._parse_response,
            request_options,
        )
        if not isinstance(parsed, PreverifiedNumberList):
            raise self._runtime.unexpected(parsed)
        return parsed

    def iter_list_preverified_numbers(
        self,
        business_id: str,
        *,
        fields: str | None = None,
        code_verification_status: str | None = None,
        phone_number: str | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[PreverifiedNumber]:
        """Iterate over every item of ``list_preverified_numbers``, fetching pages lazily.

        Follows ``paging.cursors.after`` while Graph reports a next page; stops after ``max_items`` items.
        Takes the same filters as ``list_preverified_numbers`` (``limit`` is the page size).

        Example:
            ``for item in client.business.iter_list_preverified_numbers(max_items=100): ...``
        """
        return self._runtime.paginate(
            lambda after: _list_business_preverified_numbers._get_kwargs(
                business_id,
                fields=fields,
                code_verification_status=code_verification_status,
                phone_number=phone_number,
                limit=limit,
                after=after,
            ),
            _list_business_preverified_numbers._parse_response,
            request_options,
            max_items,
            PreverifiedNumber,
        )

    def share_preverified_number(
        self,
        business_id: str,
        *,
        body: SharePreverifiedNumberRequest,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Share a pre-verified number with a partner business.

        Grants another business portfolio (a partner) access to one of your pre-verified numbers. Needs
        `whatsapp_business_management`.

        ``POST /{business_id}/share_preverified_numbers``

        Args:
            business_id: A business portfolio (Business Manager) id.
            body: The request body (SharePreverifiedNumberRequest).
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.business.share_preverified_number("...", body=SharePreverifiedNumberRequest(...))``
        """
        parsed = self._runtime.execute(
            _share_business_preverified_number._get_kwargs(
                business_id,
                body=body,
            ),
            _share_business_preverified_number._parse_response,
            request_options,
        )
        if not isinstance(parsed, SuccessResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    def onboard_to_mm_lite(
        self,
        business_id: str,
        *,
        solution_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> MarketingMessagesOnboardingResponse:
        """Ask an end business to onboard to the Marketing Messages API.

        Sent by a partner for the end business `business_id`: creates a request that the business's
        admins accept to sign the Marketing Messages API for WhatsApp (formerly MM Lite) terms and move
        their shared WABAs to it. Returns the request id; an existing pending request between the same
        partner and business is returned instead of a new one. Needs `whatsapp_business_management`.

        ``POST /{business_id}/onboard_partners_to_mm_lite``

        Args:
            business_id: A business portfolio (Business Manager) id.
            solution_id: A Multi-Partner Solution to associate with the request.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.business.onboard_to_mm_lite("...")``
        """
        parsed = self._runtime.execute(
            _onboard_business_to_mm_lite._get_kwargs(
                business_id,
                solution_id=solution_id,
            ),
            _onboard_business_to_mm_lite._parse_response,
            request_options,
        )
        if not isinstance(parsed, MarketingMessagesOnboardingResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    def list_credit_lines(
        self,
        business_id: str,
        *,
        fields: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> CreditLineList:
        """List the business's credit lines.

        Returns the credit lines (extended credits) of the business portfolio; ask for
        `fields=id,legal_entity_name`. A solution partner shares a credit line with each onboarded
        client with `share_credit_line`. Needs `business_management` and a system user with the Admin or
        Financial Editor role.

        ``GET /{business_id}/extendedcredits``

        Args:
            business_id: A business portfolio (Business Manager) id.
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.business.list_credit_lines("...")``
        """
        parsed = self._runtime.execute(
            _list_business_credit_lines._get_kwargs(
                business_id,
                fields=fields,
            ),
            _list_business_credit_lines._parse_response,
            request_options,
        )
        if not isinstance(parsed, CreditLineList):
            raise self._runtime.unexpected(parsed)
        return parsed

    def share_credit_line(
        self,
        extended_credit_id: str,
        *,
        waba_id: str,
        waba_currency: str,
        request_options: RequestOptions | None = None,
    ) -> CreditLineAllocation:
        """Share a credit line with a client's WhatsApp Business Account.

        Shares your credit line with the business that owns `waba_id` and attaches it to that WABA in
        the given currency, so that you pay Meta for the client's WhatsApp spend. Returns the allocation
        config id (keep it: revoking uses it). Needs `business_management` and the Admin or Financial
        Editor role.

        ``POST /{extended_credit_id}/whatsapp_credit_sharing_and_attach``

        Args:
            extended_credit_id: A credit line id (from `business.list_credit_lines`).
            waba_id: The client's WhatsApp Business Account id.
            waba_currency: ISO 4217 currency of the WABA, e.g. `USD`, `EUR`, `INR`.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.business.share_credit_line("...")``
        """
        parsed = self._runtime.execute(
            _share_business_credit_line._get_kwargs(
                extended_credit_id,
                waba_id=waba_id,
                waba_currency=waba_currency,
            ),
            _share_business_credit_line._parse_response,
            request_options,
        )
        if not isinstance(parsed, CreditLineAllocation):
            raise self._runtime.unexpected(parsed)
        return parsed

    def list_credit_allocations(
        self,
        extended_credit_id: str,
        *,
        fields: str | None = None,
        receiving_business_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> CreditAllocationConfigList:
        """List the active shares of a credit line.

        Returns the allocation configs of a credit line: one per client business it is shared with, with
        the receiving business and its credit line. Needs `business_management`.

        ``GET /{extended_credit_id}/owning_credit_allocation_configs``

        Args:
            extended_credit_id: A credit line id (from `business.list_credit_lines`).
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            receiving_business_id: Only the allocation to this client business.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.business.list_credit_allocations("...")``
        """
        parsed = self._runtime.execute(
            _list_business_credit_allocations._get_kwargs(
                extended_credit_id,
                fields=fields,
                receiving_business_id=receiving_business_id,
            ),
            _list_business_credit_allocations._parse_response,
            request_options,
        )
        if not isinstance(parsed, CreditAllocationConfigList):
            raise self._runtime.unexpected(parsed)
        return parsed

    def revoke_credit_line(
        self,
        credit_allocation_config_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Revoke a shared credit line.

        Deletes an allocation config: the client business no longer uses your credit line and must add
        its own payment method. Needs `business_management` and the Admin or Financial Editor role.

        ``DELETE /{credit_allocation_config_id}``

        Args:
            credit_allocation_config_id: A credit line allocation config id (from `business.share_credit_line`).
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.business.revoke_credit_line("...")``
        """
        parsed = self._runtime.execute(
            _revoke_business_credit_line._get_kwargs(
                credit_allocation_config_id,
            ),
            _revoke_business_credit_line._parse_response,
            request_options,
        )
        if not isinstance(parsed, SuccessResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    def list_user_assigned_wabas(
        self,
        user_id: str,
        *,
        fields: str | None = None,
        limit: int | None = None,
        after: str | None = None,
        before: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AssignedWabaList:
        """List the WhatsApp Business Accounts assigned to a user.

        Returns the WhatsApp Business Accounts a user or system user was assigned (with
        `waba.add_assigned_user`), with the tasks granted on each. Needs `business_management`.

        ``GET /{user_id}/assigned_whatsapp_business_accounts``

        Args:
            user_id: A (system) user id.
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            limit: Maximum number of items per page.
            after: Cursor from `paging.cursors.after` of the previous page.
            before: Cursor from `paging.cursors.before` of the next page.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.business.list_user_assigned_wabas("...")``
        """
        parsed = self._runtime.execute(
            _list_business_user_assigned_wabas._get_kwargs(
                user_id,
                fields=fields,
                limit=limit,
                after=after,
                before=before,
            ),
            _list_business_user_assigned_wabas._parse_response,
            request_options,
        )
        if not isinstance(parsed, AssignedWabaList):
            raise self._runtime.unexpected(parsed)
        return parsed

    def iter_list_user_assigned_wabas(
        self,
        user_id: str,
        *,
        fields: str | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[AssignedWaba]:
        """Iterate over every item of ``list_user_assigned_wabas``, fetching pages lazily.

        Follows ``paging.cursors.after`` while Graph reports a next page; stops after ``max_items`` items.
        Takes the same filters as ``list_user_assigned_wabas`` (``limit`` is the page size).

        Example:
            ``for item in client.business.iter_list_user_assigned_wabas(max_items=100): ...``
        """
        return self._runtime.paginate(
            lambda after: _list_business_user_assigned_wabas._get_kwargs(
                user_id,
                fields=fields,
                limit=limit,
                after=after,
            ),
            _list_business_user_assigned_wabas._parse_response,
            request_options,
            max_items,
            AssignedWaba,
        )

    def get_account_number(
        self,
        whatsapp_account_number_id: str,
        *,
        fields: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> WhatsAppAccountNumber:
        """Retrieve a WhatsApp account number.

        Returns the WhatsApp account-number node: the number, its display name, status, quality and
        limits. Needs `whatsapp_business_management`.

        ``GET /{whatsapp_account_number_id}``

        Args:
            whatsapp_account_number_id: A WhatsApp account-number id.
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.business.get_account_number("...")``
        """
        parsed = self._runtime.execute(
            _get_business_account_number._get_kwargs(
                whatsapp_account_number_id,
                fields=fields,
            ),
            _get_business_account_number._parse_response,
            request_options,
        )
        if not isinstance(parsed, WhatsAppAccountNumber):
            raise self._runtime.unexpected(parsed)
        return parsed

    def self_certify(
        self,
        business_id: str,
        *,
        body: BusinessSelfCertifyRequest,
        request_options: RequestOptions | None = None,
    ) -> BusinessSelfCertifyResponse:
        """Verify a client business (partner-led business verification).

        Select and Premier Solution Partners only: submits a client's business documents so that Meta
        verifies the client through the partner. `business_id` is the partner's own portfolio; call it
        with the partner's system user token (an admin of that portfolio, with `business_management`).
        At most 3 submissions per client; after 3 rejections the client must verify by itself. The
        outcome arrives as an `account_update` webhook (`PARTNER_CLIENT_CERTIFICATION_STATUS_UPDATE`,
        `AccountUpdate.partner_client_certification_info`), usually within minutes.

        ``POST /{business_id}/self_certify_whatsapp_business``

        Args:
            business_id: A business portfolio (Business Manager) id.
            body: The request body (BusinessSelfCertifyRequest).
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.business.self_certify("...", body=BusinessSelfCertifyRequest(...))``
        """
        parsed = self._runtime.execute(
            _self_certify_business._get_kwargs(
                business_id,
                body=body,
            ),
            _self_certify_business._parse_response,
            request_options,
        )
        if not isinstance(parsed, BusinessSelfCertifyResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    def list_self_certifications(
        self,
        business_id: str,
        *,
        end_business_id: str | None = None,
        fields: str | None = None,
        limit: int | None = None,
        after: str | None = None,
        before: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> BusinessSelfCertificationList:
        """List partner-led business verification submissions.

        Returns the partner's submissions (of one client with `end_business_id`) and how each ended.

        ``GET /{business_id}/self_certified_whatsapp_business_submissions``

        Args:
            business_id: A business portfolio (Business Manager) id.
            end_business_id: Only the submissions for this client business portfolio.
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            limit: Maximum number of items per page.
            after: Cursor from `paging.cursors.after` of the previous page.
            before: Cursor from `paging.cursors.before` of the next page.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.business.list_self_certifications("...")``
        """
        parsed = self._runtime.execute(
            _list_business_self_certifications._get_kwargs(
                business_id,
                end_business_id=end_business_id,
                fields=fields,
                limit=limit,
                after=after,
                before=before,
            ),
            _list_business_self_certifications._parse_response,
            request_options,
        )
        if not isinstance(parsed, BusinessSelfCertificationList):
            raise self._runtime.unexpected(parsed)
        return parsed

    def iter_list_self_certifications(
        self,
        business_id: str,
        *,
        end_business_id: str | None = None,
        fields: str | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[BusinessSelfCertification]:
        """Iterate over every item of ``list_self_certifications``, fetching pages lazily.

        Follows ``paging.cursors.after`` while Graph reports a next page; stops after ``max_items`` items.
        Takes the same filters as ``list_self_certifications`` (``limit`` is the page size).

        Example:
            ``for item in client.business.iter_list_self_certifications(max_items=100): ...``
        """
        return self._runtime.paginate(
            lambda after: _list_business_self_certifications._get_kwargs(
                business_id,
                end_business_id=end_business_id,
                fields=fields,
                limit=limit,
                after=after,
            ),
            _list_business_self_certifications._parse_response,
            request_options,
            max_items,
            BusinessSelfCertification,
        )


class AsyncBusiness:
    """Operations of the ``business`` area (asyncio). Reach it as ``client.business``."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def get(
        self,
        business_id: str,
        *,
        fields: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> BusinessPortfolio:
        """Retrieve a business portfolio.

        Returns the business portfolio node with the fields asked for, e.g. `id,name,timezone_id`. From
        v24.0, `whatsapp_business_manager_messaging_limit` returns the portfolio's messaging limit
        (messaging limits are per portfolio, no longer per phone number). Needs `business_management`.

        ``GET /{business_id}``

        Args:
            business_id: A business portfolio (Business Manager) id.
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.business.get("...")``
        """
        parsed = await self._runtime.execute(
            _get_business._get_kwargs(
                business_id,
                fields=fields,
            ),
            _get_business._parse_response,
            request_options,
        )
        if not isinstance(parsed, BusinessPortfolio):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def list_client_wabas(
        self,
        business_id: str,
        *,
        fields: str | None = None,
        filtering: str | None = None,
        limit: int | None = None,
        after: str | None = None,
        before: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> BusinessWabaList:
        """List the WhatsApp Business Accounts clients shared with the business.

        Returns the WhatsApp Business Accounts that customers shared with your business portfolio
        (through Embedded Signup or by sharing in Business Manager), one page at a time. Needs
        `whatsapp_business_management` (Advanced access for WABAs you do not own).

        ``GET /{business_id}/client_whatsapp_business_accounts``

        Args:
            business_id: A business portfolio (Business Manager) id.
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            filtering: JSON-encoded array of filters, e.g.
                `[{"field":"creation_time","operator":"GREATER_THAN","value":"1604962813"}]`.
            limit: Maximum number of items per page.
            after: Cursor from `paging.cursors.after` of the previous page.
            before: Cursor from `paging.cursors.before` of the next page.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.business.list_client_wabas("...")``
        """
        parsed = await self._runtime.execute(
            _list_business_client_wabas._get_kwargs(
                business_id,
                fields=fields,
                filtering=filtering,
                limit=limit,
                after=after,
                before=before,
            ),
            _list_business_client_wabas._parse_response,
            request_options,
        )
        if not isinstance(parsed, BusinessWabaList):
            raise self._runtime.unexpected(parsed)
        return parsed

    def iter_list_client_wabas(
        self,
        business_id: str,
        *,
        fields: str | None = None,
        filtering: str | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[BusinessWaba]:
        """Iterate (``async for``) over every item of ``list_client_wabas``, fetching pages lazily.

        Follows ``paging.cursors.after`` while Graph reports a next page; stops after ``max_items`` items.

        Example:
            ``async for item in client.business.iter_list_client_wabas(max_items=100): ...``
        """
        return self._runtime.paginate(
            lambda after: _list_business_client_wabas._get_kwargs(
                business_id,
                fields=fields,
                filtering=filtering,
                limit=limit,
                after=after,
            ),
            _list_business_client_wabas._parse_response,
            request_options,
            max_items,
            BusinessWaba,
        )

    async def list_owned_wabas(
        self,
        business_id: str,
        *,
        fields: str | None = None,
        filtering: str | None = None,
        limit: int | None = None,
        after: str | None = None,
        before: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> BusinessWabaList:
        """List the WhatsApp Business Accounts the business owns.

        Returns the WhatsApp Business Accounts owned by the business portfolio, one page at a time.
        Needs `whatsapp_business_management` and `business_management`.

        ``GET /{business_id}/owned_whatsapp_business_accounts``

        Args:
            business_id: A business portfolio (Business Manager) id.
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            filtering: JSON-encoded array of filters, e.g.
                `[{"field":"creation_time","operator":"GREATER_THAN","value":"1604962813"}]`.
            limit: Maximum number of items per page.
            after: Cursor from `paging.cursors.after` of the previous page.
            before: Cursor from `paging.cursors.before` of the next page.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.business.list_owned_wabas("...")``
        """
        parsed = await self._runtime.execute(
            _list_business_owned_wabas._get_kwargs(
                business_id,
                fields=fields,
                filtering=filtering,
                limit=limit,
                after=after,
                before=before,
            ),
            _list_business_owned_wabas._parse_response,
            request_options,
        )
        if not isinstance(parsed, BusinessWabaList):
            raise self._runtime.unexpected(parsed)
        return parsed

    def iter_list_owned_wabas(
        self,
        business_id: str,
        *,
        fields: str | None = None,
        filtering: str | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[BusinessWaba]:
        """Iterate (``async for``) over every item of ``list_owned_wabas``, fetching pages lazily.

        Follows ``paging.cursors.after`` while Graph reports a next page; stops after ``max_items`` items.

        Example:
            ``async for item in client.business.iter_list_owned_wabas(max_items=100): ...``
        """
        return self._runtime.paginate(
            lambda after: _list_business_owned_wabas._get_kwargs(
                business_id,
                fields=fields,
                filtering=filtering,
                limit=limit,
                after=after,
            ),
            _list_business_owned_wabas._parse_response,
            request_options,
            max_items,
            BusinessWaba,
        )

    async def add_preverified_number(
        self,
        business_id: str,
        *,
        body: AddPreverifiedNumberRequest,
        request_options: RequestOptions | None = None,
    ) -> IdResponse:
        """Add a number to the business's pool of pre-verified numbers.

        Adds a phone number to the partner's pool of pre-verified numbers, which customers can then pick
        in Embedded Signup without verifying the number themselves. Returns the pre-verified number id;
        verify it with `preverified_numbers.request_code` and `verify_code`. Needs
        `whatsapp_business_management`.

        ``POST /{business_id}/add_phone_numbers``

        Args:
            business_id: A business portfolio (Business Manager) id.
            body: The request body (AddPreverifiedNumberRequest).
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.business.add_preverified_number("...", body=AddPreverifiedNumberRequest(...))``
        """
        parsed = await self._runtime.execute(
            _add_business_preverified_number._get_kwargs(
                business_id,
                body=body,
            ),
            _add_business_preverified_number._parse_response,
            request_options,
        )
        if not isinstance(parsed, IdResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def list_preverified_numbers(
        self,
        business_id: str,
        *,
        fields: str | None = None,
        code_verification_status: str | None = None,
        phone_number: str | None = None,
        limit: int | None = None,
        after: str | None = None,
        before: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> PreverifiedNumberList:
        """List the business's pre-verified numbers.

        Returns the pre-verified numbers of the business portfolio, one page at a time, optionally
        filtered by code verification status or availability. Needs `whatsapp_business_management`.

        ``GET /{business_id}/preverified_numbers``

        Args:
            business_id: A business portfolio (Business Manager) id.
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            code_verification_status: Only numbers with this status, e.g. `VERIFIED`, `NOT_VERIFIED`, `EXPIRED`.
            phone_number: Only this phone number.
            limit: Maximum number of items per page.
            after: Cursor from `paging.cursors.after` of the previous page.
            before: Cursor from `paging.cursors.before` of the next page.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.business.list_preverified_numbers("...")``
        """
        parsed = await self._runtime.execute(
            _list_business_preverified_numbers._get_kwargs(
                business_id,
                fields=fields,
                code_verification_status=code_verification_status,
                phone_number=phone_number,
                limit=limit,
                after=after,
                before=before,
            ),
            _list_business_preverified_numbers._parse_response,
            request_options,
        )
        if not isinstance(parsed, PreverifiedNumberList):
            raise self._runtime.unexpected(parsed)
        return parsed

    def iter_list_preverified_numbers(
        self,
        business_id: str,
        *,
        fields: str | None = None,
        code_verification_status: str | None = None,
        phone_number: str | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[PreverifiedNumber]:
        """Iterate (``async for``) over every item of ``list_preverified_numbers``, fetching pages lazily.

        Follows ``paging.cursors.after`` while Graph reports a next page; stops after ``max_items`` items.

        Example:
            ``async for item in client.business.iter_list_preverified_numbers(max_items=100): ...``
        """
        return self._runtime.paginate(
            lambda after: _list_business_preverified_numbers._get_kwargs(
                business_id,
                fields=fields,
                code_verification_status=code_verification_status,
                phone_number=phone_number,
                limit=limit,
                after=after,
            ),
            _list_business_preverified_numbers._parse_response,
            request_options,
            max_items,
            PreverifiedNumber,
        )

    async def share_preverified_number(
        self,
        business_id: str,
        *,
        body: SharePreverifiedNumberRequest,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Share a pre-verified number with a partner business.

        Grants another business portfolio (a partner) access to one of your pre-verified numbers. Needs
        `whatsapp_business_management`.

        ``POST /{business_id}/share_preverified_numbers``

        Args:
            business_id: A business portfolio (Business Manager) id.
            body: The request body (SharePreverifiedNumberRequest).
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.business.share_preverified_number("...", body=SharePreverifiedNumberRequest(...))``
        """
        parsed = await self._runtime.execute(
            _share_business_preverified_number._get_kwargs(
                business_id,
                body=body,
            ),
            _share_business_preverified_number._parse_response,
            request_options,
        )
        if not isinstance(parsed, SuccessResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def onboard_to_mm_lite(
        self,
        business_id: str,
        *,
        solution_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> MarketingMessagesOnboardingResponse:
        """Ask an end business to onboard to the Marketing Messages API.

        Sent by a partner for the end business `business_id`: creates a request that the business's
        admins accept to sign the Marketing Messages API for WhatsApp (formerly MM Lite) terms and move
        their shared WABAs to it. Returns the request id; an existing pending request between the same
        partner and business is returned instead of a new one. Needs `whatsapp_business_management`.

        ``POST /{business_id}/onboard_partners_to_mm_lite``

        Args:
            business_id: A business portfolio (Business Manager) id.
            solution_id: A Multi-Partner Solution to associate with the request.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.business.onboard_to_mm_lite("...")``
        """
        parsed = await self._runtime.execute(
            _onboard_business_to_mm_lite._get_kwargs(
                business_id,
                solution_id=solution_id,
            ),
            _onboard_business_to_mm_lite._parse_response,
            request_options,
        )
        if not isinstance(parsed, MarketingMessagesOnboardingResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def list_credit_lines(
        self,
        business_id: str,
        *,
        fields: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> CreditLineList:
        """List the business's credit lines.

        Returns the credit lines (extended credits) of the business portfolio; ask for
        `fields=id,legal_entity_name`. A solution partner shares a credit line with each onboarded
        client with `share_credit_line`. Needs `business_management` and a system user with the Admin or
        Financial Editor role.

        ``GET /{business_id}/extendedcredits``

        Args:
            business_id: A business portfolio (Business Manager) id.
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.business.list_credit_lines("...")``
        """
        parsed = await self._runtime.execute(
            _list_business_credit_lines._get_kwargs(
                business_id,
                fields=fields,
            ),
            _list_business_credit_lines._parse_response,
            request_options,
        )
        if not isinstance(parsed, CreditLineList):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def share_credit_line(
        self,
        extended_credit_id: str,
        *,
        waba_id: str,
        waba_currency: str,
        request_options: RequestOptions | None = None,
    ) -> CreditLineAllocation:
        """Share a credit line with a client's WhatsApp Business Account.

        Shares your credit line with the business that owns `waba_id` and attaches it to that WABA in
        the given currency, so that you pay Meta for the client's WhatsApp spend. Returns the allocation
        config id (keep it: revoking uses it). Needs `business_management` and the Admin or Financial
        Editor role.

        ``POST /{extended_credit_id}/whatsapp_credit_sharing_and_attach``

        Args:
            extended_credit_id: A credit line id (from `business.list_credit_lines`).
            waba_id: The client's WhatsApp Business Account id.
            waba_currency: ISO 4217 currency of the WABA, e.g. `USD`, `EUR`, `INR`.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.business.share_credit_line("...")``
        """
        parsed = await self._runtime.execute(
            _share_business_credit_line._get_kwargs(
                extended_credit_id,
                waba_id=waba_id,
                waba_currency=waba_currency,
            ),
            _share_business_credit_line._parse_response,
            request_options,
        )
        if not isinstance(parsed, CreditLineAllocation):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def list_credit_allocations(
        self,
        extended_credit_id: str,
        *,
        fields: str | None = None,
        receiving_business_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> CreditAllocationConfigList:
        """List the active shares of a credit line.

        Returns the allocation configs of a credit line: one per client business it is shared with, with
        the receiving business and its credit line. Needs `business_management`.

        ``GET /{extended_credit_id}/owning_credit_allocation_configs``

        Args:
            extended_credit_id: A credit line id (from `business.list_credit_lines`).
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            receiving_business_id: Only the allocation to this client business.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.business.list_credit_allocations("...")``
        """
        parsed = await self._runtime.execute(
            _list_business_credit_allocations._get_kwargs(
                extended_credit_id,
                fields=fields,
                receiving_business_id=receiving_business_id,
            ),
            _list_business_credit_allocations._parse_response,
            request_options,
        )
        if not isinstance(parsed, CreditAllocationConfigList):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def revoke_credit_line(
        self,
        credit_allocation_config_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Revoke a shared credit line.

        Deletes an allocation config: the client business no longer uses your credit line and must add
        its own payment method. Needs `business_management` and the Admin or Financial Editor role.

        ``DELETE /{credit_allocation_config_id}``

        Args:
            credit_allocation_config_id: A credit line allocation config id (from `business.share_credit_line`).
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.business.revoke_credit_line("...")``
        """
        parsed = await self._runtime.execute(
            _revoke_business_credit_line._get_kwargs(
                credit_allocation_config_id,
            ),
            _revoke_business_credit_line._parse_response,
            request_options,
        )
        if not isinstance(parsed, SuccessResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def list_user_assigned_wabas(
        self,
        user_id: str,
        *,
        fields: str | None = None,
        limit: int | None = None,
        after: str | None = None,
        before: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AssignedWabaList:
        """List the WhatsApp Business Accounts assigned to a user.

        Returns the WhatsApp Business Accounts a user or system user was assigned (with
        `waba.add_assigned_user`), with the tasks granted on each. Needs `business_management`.

        ``GET /{user_id}/assigned_whatsapp_business_accounts``

        Args:
            user_id: A (system) user id.
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            limit: Maximum number of items per page.
            after: Cursor from `paging.cursors.after` of the previous page.
            before: Cursor from `paging.cursors.before` of the next page.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.business.list_user_assigned_wabas("...")``
        """
        parsed = await self._runtime.execute(
            _list_business_user_assigned_wabas._get_kwargs(
                user_id,
                fields=fields,
                limit=limit,
                after=after,
                before=before,
            ),
            _list_business_user_assigned_wabas._parse_response,
            request_options,
        )
        if not isinstance(parsed, AssignedWabaList):
            raise self._runtime.unexpected(parsed)
        return parsed

    def iter_list_user_assigned_wabas(
        self,
        user_id: str,
        *,
        fields: str | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[AssignedWaba]:
        """Iterate (``async for``) over every item of ``list_user_assigned_wabas``, fetching pages lazily.

        Follows ``paging.cursors.after`` while Graph reports a next page; stops after ``max_items`` items.

        Example:
            ``async for item in client.business.iter_list_user_assigned_wabas(max_items=100): ...``
        """
        return self._runtime.paginate(
            lambda after: _list_business_user_assigned_wabas._get_kwargs(
                user_id,
                fields=fields,
                limit=limit,
                after=after,
            ),
            _list_business_user_assigned_wabas._parse_response,
            request_options,
            max_items,
            AssignedWaba,
        )

    async def get_account_number(
        self,
        whatsapp_account_number_id: str,
        *,
        fields: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> WhatsAppAccountNumber:
        """Retrieve a WhatsApp account number.

        Returns the WhatsApp account-number node: the number, its display name, status, quality and
        limits. Needs `whatsapp_business_management`.

        ``GET /{whatsapp_account_number_id}``

        Args:
            whatsapp_account_number_id: A WhatsApp account-number id.
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.business.get_account_number("...")``
        """
        parsed = await self._runtime.execute(
            _get_business_account_number._get_kwargs(
                whatsapp_account_number_id,
                fields=fields,
            ),
            _get_business_account_number._parse_response,
            request_options,
        )
        if not isinstance(parsed, WhatsAppAccountNumber):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def self_certify(
        self,
        business_id: str,
        *,
        body: BusinessSelfCertifyRequest,
        request_options: RequestOptions | None = None,
    ) -> BusinessSelfCertifyResponse:
        """Verify a client business (partner-led business verification).

        Select and Premier Solution Partners only: submits a client's business documents so that Meta
        verifies the client through the partner. `business_id` is the partner's own portfolio; call it
        with the partner's system user token (an admin of that portfolio, with `business_management`).
        At most 3 submissions per client; after 3 rejections the client must verify by itself. The
        outcome arrives as an `account_update` webhook (`PARTNER_CLIENT_CERTIFICATION_STATUS_UPDATE`,
        `AccountUpdate.partner_client_certification_info`), usually within minutes.

        ``POST /{business_id}/self_certify_whatsapp_business``

        Args:
            business_id: A business portfolio (Business Manager) id.
            body: The request body (BusinessSelfCertifyRequest).
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.business.self_certify("...", body=BusinessSelfCertifyRequest(...))``
        """
        parsed = await self._runtime.execute(
            _self_certify_business._get_kwargs(
                business_id,
                body=body,
            ),
            _self_certify_business._parse_response,
            request_options,
        )
        if not isinstance(parsed, BusinessSelfCertifyResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def list_self_certifications(
        self,
        business_id: str,
        *,
        end_business_id: str | None = None,
        fields: str | None = None,
        limit: int | None = None,
        after: str | None = None,
        before: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> BusinessSelfCertificationList:
        """List partner-led business verification submissions.

        Returns the partner's submissions (of one client with `end_business_id`) and how each ended.

        ``GET /{business_id}/self_certified_whatsapp_business_submissions``

        Args:
            business_id: A business portfolio (Business Manager) id.
            end_business_id: Only the submissions for this client business portfolio.
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            limit: Maximum number of items per page.
            after: Cursor from `paging.cursors.after` of the previous page.
            before: Cursor from `paging.cursors.before` of the next page.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.business.list_self_certifications("...")``
        """
        parsed = await self._runtime.execute(
            _list_business_self_certifications._get_kwargs(
                business_id,
                end_business_id=end_business_id,
                fields=fields,
                limit=limit,
                after=after,
                before=before,
            ),
            _list_business_self_certifications._parse_response,
            request_options,
        )
        if not isinstance(parsed, BusinessSelfCertificationList):
            raise self._runtime.unexpected(parsed)
        return parsed

    def iter_list_self_certifications(
        self,
        business_id: str,
        *,
        end_business_id: str | None = None,
        fields: str | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[BusinessSelfCertification]:
        """Iterate (``async for``) over every item of ``list_self_certifications``, fetching pages lazily.

        Follows ``paging.cursors.after`` while Graph reports a next page; stops after ``max_items`` items.

        Example:
            ``async for item in client.business.iter_list_self_certifications(max_items=100): ...``
        """
        return self._runtime.paginate(
            lambda after: _list_business_self_certifications._get_kwargs(
                business_id,
                end_business_id=end_business_id,
                fields=fields,
                limit=limit,
                after=after,
            ),
            _list_business_self_certifications._parse_response,
            request_options,
            max_items,
            BusinessSelfCertification,
        )
