"""Namespace for the ``preverified_numbers`` API area: ``PreverifiedNumbers`` (sync) and ``AsyncPreverifiedNumbers`` (asyncio)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import cast

from ...models.graph_error_response import GraphErrorResponse
from ...models.preverified_number import PreverifiedNumber
from ...models.preverified_number_partner import PreverifiedNumberPartner
from ...models.preverified_number_partner_list import PreverifiedNumberPartnerList
from ...models.preverified_number_verify_response import PreverifiedNumberVerifyResponse
from ...models.success_response import SuccessResponse
from ...models.verification_code_request import VerificationCodeRequest
from ...models.verification_code_submission import VerificationCodeSubmission
from ...types import AsyncRuntime, RequestOptions, SyncRuntime
from . import delete_preverified_number as _delete_preverified_number
from . import get_preverified_number as _get_preverified_number
from . import list_preverified_number_partners as _list_preverified_number_partners
from . import request_preverified_number_code as _request_preverified_number_code
from . import verify_preverified_number_code as _verify_preverified_number_code

__all__ = ["AsyncPreverifiedNumbers", "PreverifiedNumbers"]


class PreverifiedNumbers:
    """Operations of the ``preverified_numbers`` area. Reach it as ``client.preverified_numbers``."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def get(
        self,
        preverified_number_id: str,
        *,
        fields: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> PreverifiedNumber:
        """Retrieve a pre-verified number.

        Returns a pre-verified number with the fields asked for, e.g.
        `id,phone_number,code_verification_status,verification_expiry_time`. A verified number stays
        verified for 90 days. Needs `whatsapp_business_management`.

        ``GET /{preverified_number_id}``

        Args:
            preverified_number_id: A pre-verified number id (from `business.add_preverified_number`).
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.preverified_numbers.get("...")``
        """
        parsed = self._runtime.execute(
            _get_preverified_number._get_kwargs(
                preverified_number_id,
                fields=fields,
            ),
            _get_preverified_number._parse_response,
            request_options,
        )
        if not isinstance(parsed, PreverifiedNumber):
            raise self._runtime.unexpected(parsed)
        return parsed

    def delete(
        self,
        preverified_number_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Delete a pre-verified number.

        Removes the number from the pre-verified pool. A number already used by a customer's WABA cannot
        be deleted. Needs `whatsapp_business_management`.

        ``DELETE /{preverified_number_id}``

        Args:
            preverified_number_id: A pre-verified number id (from `business.add_preverified_number`).
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.preverified_numbers.delete("...")``
        """
        parsed = self._runtime.execute(
            _delete_preverified_number._get_kwargs(
                preverified_number_id,
            ),
            _delete_preverified_number._parse_response,
            request_options,
        )
        if not isinstance(parsed, SuccessResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    def list_partners(
        self,
        preverified_number_id: str,
        *,
        fields: str | None = None,
        limit: int | None = None,
        after: str | None = None,
        before: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> PreverifiedNumberPartnerList:
        """List the partner businesses a pre-verified number is shared with.

        Returns the business portfolios that were given access to the pre-verified number with
        `business.share_preverified_number`. Needs `whatsapp_business_management`.

        ``GET /{preverified_number_id}/partners``

        Args:
            preverified_number_id: A pre-verified number id (from `business.add_preverified_number`).
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            limit: Maximum number of items per page.
            after: Cursor from `paging.cursors.after` of the previous page.
            before: Cursor from `paging.cursors.before` of the next page.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.preverified_numbers.list_partners("...")``
        """
        parsed = self._runtime.execute(
            _list_preverified_number_partners._get_kwargs(
                preverified_number_id,
                fields=fields,
                limit=limit,
                after=after,
                before=before,
            ),
            _list_preverified_number_partners._parse_response,
            request_options,
        )
        if not isinstance(parsed, PreverifiedNumberPartnerList):
            raise self._runtime.unexpected(parsed)
        return parsed

    def iter_list_partners(
        self,
        preverified_number_id: str,
        *,
        fields: str | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[PreverifiedNumberPartner]:
        """Iterate over every item of ``list_partners``, fetching pages lazily.

        Follows ``paging.cursors.after`` while Graph reports a next page; stops after ``max_items`` items.
        Takes the same filters as ``list_partners`` (``limit`` is the page size).

        Example:
            ``for item in client.preverified_numbers.iter_list_partners(max_items=100): ...``
        """
        return self._runtime.paginate(
            lambda after: _list_preverified_number_partners._get_kwargs(
                preverified_number_id,
                fields=fields,
                limit=limit,
                after=after,
            ),
            _list_preverified_number_partners._parse_response,
            request_options,
            max_items,
            PreverifiedNumberPartner,
        )

    def request_code(
        self,
        preverified_number_id: str,
        *,
        body: VerificationCodeRequest,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Send a verification code to a pre-verified number.

        Sends a one-time verification code to the number by SMS or voice call, in the given language.
        Submit it with `verify_code`. Needs `whatsapp_business_management`.

        ``POST /{preverified_number_id}/request_code``

        Args:
            preverified_number_id: A pre-verified number id (from `business.add_preverified_number`).
            body: The request body (VerificationCodeRequest).
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.preverified_numbers.request_code("...", body=VerificationCodeRequest(...))``
        """
        parsed = self._runtime.execute(
            _request_preverified_number_code._get_kwargs(
                preverified_number_id,
                body=body,
            ),
            _request_preverified_number_code._parse_response,
            request_options,
        )
        if not isinstance(parsed, SuccessResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    def verify_code(
        self,
        preverified_number_id: str,
        *,
        body: VerificationCodeSubmission,
        request_options: RequestOptions | None = None,
    ) -> PreverifiedNumberVerifyResponse:
        """Verify a pre-verified number with the code it received.

        Submits the code sent by `request_code`. On success the number is verified for 90 days and can
        be offered in Embedded Signup. Needs `whatsapp_business_management`.

        ``POST /{preverified_number_id}/verify_code``

        Args:
            preverified_number_id: A pre-verified number id (from `business.add_preverified_number`).
            body: The request body (VerificationCodeSubmission).
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.preverified_numbers.verify_code("...", body=VerificationCodeSubmission(...))``
        """
        parsed = self._runtime.execute(
            _verify_preverified_number_code._get_kwargs(
                preverified_number_id,
                body=body,
            ),
            _verify_preverified_number_code._parse_response,
            request_options,
        )
        if not isinstance(parsed, PreverifiedNumberVerifyResponse):
            raise self._runtime.unexpected(parsed)
        return parsed


class AsyncPreverifiedNumbers:
    """Operations of the ``preverified_numbers`` area (asyncio). Reach it as ``client.preverified_numbers``."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def get(
        self,
        preverified_number_id: str,
        *,
        fields: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> PreverifiedNumber:
        """Retrieve a pre-verified number.

        Returns a pre-verified number with the fields asked for, e.g.
        `id,phone_number,code_verification_status,verification_expiry_time`. A verified number stays
        verified for 90 days. Needs `whatsapp_business_management`.

        ``GET /{preverified_number_id}``

        Args:
            preverified_number_id: A pre-verified number id (from `business.add_preverified_number`).
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.preverified_numbers.get("...")``
        """
        parsed = await self._runtime.execute(
            _get_preverified_number._get_kwargs(
                preverified_number_id,
                fields=fields,
            ),
            _get_preverified_number._parse_response,
            request_options,
        )
        if not isinstance(parsed, PreverifiedNumber):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def delete(
        self,
        preverified_number_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Delete a pre-verified number.

        Removes the number from the pre-verified pool. A number already used by a customer's WABA cannot
        be deleted. Needs `whatsapp_business_management`.

        ``DELETE /{preverified_number_id}``

        Args:
            preverified_number_id: A pre-verified number id (from `business.add_preverified_number`).
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.preverified_numbers.delete("...")``
        """
        parsed = await self._runtime.execute(
            _delete_preverified_number._get_kwargs(
                preverified_number_id,
            ),
            _delete_preverified_number._parse_response,
            request_options,
        )
        if not isinstance(parsed, SuccessResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def list_partners(
        self,
        preverified_number_id: str,
        *,
        fields: str | None = None,
        limit: int | None = None,
        after: str | None = None,
        before: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> PreverifiedNumberPartnerList:
        """List the partner businesses a pre-verified number is shared with.

        Returns the business portfolios that were given access to the pre-verified number with
        `business.share_preverified_number`. Needs `whatsapp_business_management`.

        ``GET /{preverified_number_id}/partners``

        Args:
            preverified_number_id: A pre-verified number id (from `business.add_preverified_number`).
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            limit: Maximum number of items per page.
            after: Cursor from `paging.cursors.after` of the previous page.
            before: Cursor from `paging.cursors.before` of the next page.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.preverified_numbers.list_partners("...")``
        """
        parsed = await self._runtime.execute(
            _list_preverified_number_partners._get_kwargs(
                preverified_number_id,
                fields=fields,
                limit=limit,
                after=after,
                before=before,
            ),
            _list_preverified_number_partners._parse_response,
            request_options,
        )
        if not isinstance(parsed, PreverifiedNumberPartnerList):
            raise self._runtime.unexpected(parsed)
        return parsed

    def iter_list_partners(
        self,
        preverified_number_id: str,
        *,
        fields: str | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[PreverifiedNumberPartner]:
        """Iterate (``async for``) over every item of ``list_partners``, fetching pages lazily.

        Follows ``paging.cursors.after`` while Graph reports a next page; stops after ``max_items`` items.

        Example:
            ``async for item in client.preverified_numbers.iter_list_partners(max_items=100): ...``
        """
        return self._runtime.paginate(
            lambda after: _list_preverified_number_partners._get_kwargs(
                preverified_number_id,
                fields=fields,
                limit=limit,
                after=after,
            ),
            _list_preverified_number_partners._parse_response,
            request_options,
            max_items,
            PreverifiedNumberPartner,
        )

    async def request_code(
        self,
        preverified_number_id: str,
        *,
        body: VerificationCodeRequest,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Send a verification code to a pre-verified number.

        Sends a one-time verification code to the number by SMS or voice call, in the given language.
        Submit it with `verify_code`. Needs `whatsapp_business_management`.

        ``POST /{preverified_number_id}/request_code``

        Args:
            preverified_number_id: A pre-verified number id (from `business.add_preverified_number`).
            body: The request body (VerificationCodeRequest).
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.preverified_numbers.request_code("...", body=VerificationCodeRequest(...))``
        """
        parsed = await self._runtime.execute(
            _request_preverified_number_code._get_kwargs(
                preverified_number_id,
                body=body,
            ),
            _request_preverified_number_code._parse_response,
            request_options,
        )
        if not isinstance(parsed, SuccessResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def verify_code(
        self,
        preverified_number_id: str,
        *,
        body: VerificationCodeSubmission,
        request_options: RequestOptions | None = None,
    ) -> PreverifiedNumberVerifyResponse:
        """Verify a pre-verified number with the code it received.

        Submits the code sent by `request_code`. On success the number is verified for 90 days and can
        be offered in Embedded Signup. Needs `whatsapp_business_management`.

        ``POST /{preverified_number_id}/verify_code``

        Args:
            preverified_number_id: A pre-verified number id (from `business.add_preverified_number`).
            body: The request body (VerificationCodeSubmission).
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.preverified_numbers.verify_code("...", body=VerificationCodeSubmission(...))``
        """
        parsed = await self._runtime.execute(
            _verify_preverified_number_code._get_kwargs(
                preverified_number_id,
                body=body,
            ),
            _verify_preverified_number_code._parse_response,
            request_options,
        )
        if not isinstance(parsed, PreverifiedNumberVerifyResponse):
            raise self._runtime.unexpected(parsed)
        return parsed
