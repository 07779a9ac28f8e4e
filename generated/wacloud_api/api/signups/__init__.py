"""Namespace for the ``signups`` API area: ``Signups`` (sync) and ``AsyncSignups`` (asyncio)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import cast

from ...models.graph_error_response import GraphErrorResponse
from ...models.id_response import IdResponse
from ...models.signup import Signup
from ...models.signup_create import SignupCreate
from ...models.signup_list import SignupList
from ...models.signup_update import SignupUpdate
from ...types import AsyncRuntime, RequestOptions, SyncRuntime
from . import create_signup as _create_signup
from . import get_signup as _get_signup
from . import list_signups as _list_signups
from . import update_signup as _update_signup

__all__ = ["AsyncSignups", "Signups"]


class Signups:
    """Operations of the ``signups`` area. Reach it as ``client.signups``."""

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
    ) -> SignupList:
        """List the signup links of a WhatsApp Business Account.

        Returns the account's signups, one page at a time. Needs `whatsapp_business_management`.

        ``GET /{waba_id}/signups``

        Args:
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            limit: Maximum number of items per page.
            after: Cursor from `paging.cursors.after` of the previous page.
            before: Cursor from `paging.cursors.before` of the next page.
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.signups.list()``
        """
        parsed = self._runtime.execute(
            _list_signups._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                fields=fields,
                limit=limit,
                after=after,
                before=before,
            ),
            _list_signups._parse_response,
            request_options,
        )
        if not isinstance(parsed, SignupList):
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
    ) -> Iterator[Signup]:
        """Iterate over every item of ``list``, fetching pages lazily.

        Follows ``paging.cursors.after`` while Graph reports a next page; stops after ``max_items`` items.
        Takes the same filters as ``list`` (``limit`` is the page size).

        Example:
            ``for item in client.signups.iter_list(max_items=100): ...``
        """
        return self._runtime.paginate(
            lambda after: _list_signups._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                fields=fields,
                limit=limit,
                after=after,
            ),
            _list_signups._parse_response,
            request_options,
            max_items,
            Signup,
        )

    def create(
        self,
        *,
        body: SignupCreate,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> IdResponse:
        """Create a signup link.

        Creates a signup and returns its id; share `wa.me/<PHONE_NUMBER>/signup/<id>` with any of the
        account's numbers. `privacy_policy_url` cannot be changed later. Needs
        `whatsapp_business_management`.

        ``POST /{waba_id}/signups``

        Args:
            body: The request body (SignupCreate).
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.signups.create(body=SignupCreate(...))``
        """
        parsed = self._runtime.execute(
            _create_signup._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                body=body,
            ),
            _create_signup._parse_response,
            request_options,
        )
        if not isinstance(parsed, IdResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    def get(
        self,
        signup_id: str,
        *,
        fields: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Signup:
        """Retrieve a signup link.

        Returns a signup's settings and status. Needs `whatsapp_business_management`.

        ``GET /signups/{signup_id}``

        Args:
            signup_id: A signup id (from `signups.create`).
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.signups.get("...")``
        """
        parsed = self._runtime.execute(
            _get_signup._get_kwargs(
                signup_id,
                fields=fields,
            ),
            _get_signup._parse_response,
            request_options,
        )
        if not isinstance(parsed, Signup):
            raise self._runtime.unexpected(parsed)
        return parsed

    def update(
        self,
        signup_id: str,
        *,
        body: SignupUpdate,
        request_options: RequestOptions | None = None,
    ) -> IdResponse:
        """Update or disable a signup link.

        Changes a signup's messages, website, promo code or nickname, or disables it with
        `status=DISABLED`. Needs `whatsapp_business_management`.

        ``POST /signups/{signup_id}``

        Args:
            signup_id: A signup id (from `signups.create`).
            body: The request body (SignupUpdate).
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.signups.update("...", body=SignupUpdate(...))``
        """
        parsed = self._runtime.execute(
            _update_signup._get_kwargs(
                signup_id,
                body=body,
            ),
            _update_signup._parse_response,
            request_options,
        )
        if not isinstance(parsed, IdResponse):
            raise self._runtime.unexpected(parsed)
        return parsed


class AsyncSignups:
    """Operations of the ``signups`` area (asyncio). Reach it as ``client.signups``."""

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
    ) -> SignupList:
        """List the signup links of a WhatsApp Business Account.

        Returns the account's signups, one page at a time. Needs `whatsapp_business_management`.

        ``GET /{waba_id}/signups``

        Args:
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            limit: Maximum number of items per page.
            after: Cursor from `paging.cursors.after` of the previous page.
            before: Cursor from `paging.cursors.before` of the next page.
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.signups.list()``
        """
        parsed = await self._runtime.execute(
            _list_signups._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                fields=fields,
                limit=limit,
                after=after,
                before=before,
            ),
            _list_signups._parse_response,
            request_options,
        )
        if not isinstance(parsed, SignupList):
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
    ) -> AsyncIterator[Signup]:
        """Iterate (``async for``) over every item of ``list``, fetching pages lazily.

        Follows ``paging.cursors.after`` while Graph reports a next page; stops after ``max_items`` items.

        Example:
            ``async for item in client.signups.iter_list(max_items=100): ...``
        """
        return self._runtime.paginate(
            lambda after: _list_signups._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                fields=fields,
                limit=limit,
                after=after,
            ),
            _list_signups._parse_response,
            request_options,
            max_items,
            Signup,
        )

    async def create(
        self,
        *,
        body: SignupCreate,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> IdResponse:
        """Create a signup link.

        Creates a signup and returns its id; share `wa.me/<PHONE_NUMBER>/signup/<id>` with any of the
        account's numbers. `privacy_policy_url` cannot be changed later. Needs
        `whatsapp_business_management`.

        ``POST /{waba_id}/signups``

        Args:
            body: The request body (SignupCreate).
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.signups.create(body=SignupCreate(...))``
        """
        parsed = await self._runtime.execute(
            _create_signup._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                body=body,
            ),
            _create_signup._parse_response,
            request_options,
        )
        if not isinstance(parsed, IdResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def get(
        self,
        signup_id: str,
        *,
        fields: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Signup:
        """Retrieve a signup link.

        Returns a signup's settings and status. Needs `whatsapp_business_management`.

        ``GET /signups/{signup_id}``

        Args:
            signup_id: A signup id (from `signups.create`).
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.signups.get("...")``
        """
        parsed = await self._runtime.execute(
            _get_signup._get_kwargs(
                signup_id,
                fields=fields,
            ),
            _get_signup._parse_response,
            request_options,
        )
        if not isinstance(parsed, Signup):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def update(
        self,
        signup_id: str,
        *,
        body: SignupUpdate,
        request_options: RequestOptions | None = None,
    ) -> IdResponse:
        """Update or disable a signup link.

        Changes a signup's messages, website, promo code or nickname, or disables it with
        `status=DISABLED`. Needs `whatsapp_business_management`.

        ``POST /signups/{signup_id}``

        Args:
            signup_id: A signup id (from `signups.create`).
            body: The request body (SignupUpdate).
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.signups.update("...", body=SignupUpdate(...))``
        """
        parsed = await self._runtime.execute(
            _update_signup._get_kwargs(
                signup_id,
                body=body,
            ),
            _update_signup._parse_response,
            request_options,
        )
        if not isinstance(parsed, IdResponse):
            raise self._runtime.unexpected(parsed)
        return parsed
