"""Namespace for the ``usernames`` API area: ``Usernames`` (sync) and ``AsyncUsernames`` (asyncio)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import cast

from ...models.graph_error_response import GraphErrorResponse
from ...models.set_username_request import SetUsernameRequest
from ...models.success_response import SuccessResponse
from ...models.username_status import UsernameStatus
from ...models.username_suggestions import UsernameSuggestions
from ...types import AsyncRuntime, RequestOptions, SyncRuntime
from . import delete_username as _delete_username
from . import get_username as _get_username
from . import list_username_suggestions as _list_username_suggestions
from . import set_username as _set_username

__all__ = ["AsyncUsernames", "Usernames"]


class Usernames:
    """Operations of the ``usernames`` area. Reach it as ``client.usernames``."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def get(
        self,
        *,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> UsernameStatus:
        """Get the current business username.

        The phone number's username (absent if it has none) and its status (`approved` or `reserved`).

        ``GET /{phone_number_id}/username``

        Args:
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.usernames.get()``
        """
        parsed = self._runtime.execute(
            _get_username._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
            ),
            _get_username._parse_response,
            request_options,
        )
        if not isinstance(parsed, UsernameStatus):
            raise self._runtime.unexpected(parsed)
        return parsed

    def set(
        self,
        *,
        body: SetUsernameRequest,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> UsernameStatus:
        """Adopt or change the business username.

        Requests `username` for the phone number. `status` `approved`: visible once usernames launch;
        `reserved`: approved, not yet visible. Errors: 147001 (not available), 147002 (account not
        eligible), 147003/147004 (link the phone number to the Facebook Page / Instagram account using
        that name), 100 (invalid format).

        ``POST /{phone_number_id}/username``

        Args:
            body: The request body (SetUsernameRequest).
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.usernames.set(body=SetUsernameRequest(...))``
        """
        parsed = self._runtime.execute(
            _set_username._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
                body=body,
            ),
            _set_username._parse_response,
            request_options,
        )
        if not isinstance(parsed, UsernameStatus):
            raise self._runtime.unexpected(parsed)
        return parsed

    def delete(
        self,
        *,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Delete the business username.

        Removes the phone number's username.

        ``DELETE /{phone_number_id}/username``

        Args:
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.usernames.delete()``
        """
        parsed = self._runtime.execute(
            _delete_username._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
            ),
            _delete_username._parse_response,
            request_options,
        )
        if not isinstance(parsed, SuccessResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    def list_suggestions(
        self,
        *,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> UsernameSuggestions:
        """List the usernames reserved for the business.

        Usernames WhatsApp reserved for the business portfolio; they have a higher chance of approval.

        ``GET /{phone_number_id}/username_suggestions``

        Args:
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.usernames.list_suggestions()``
        """
        parsed = self._runtime.execute(
            _list_username_suggestions._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
            ),
            _list_username_suggestions._parse_response,
            request_options,
        )
        if not isinstance(parsed, UsernameSuggestions):
            raise self._runtime.unexpected(parsed)
        return parsed


class AsyncUsernames:
    """Operations of the ``usernames`` area (asyncio). Reach it as ``client.usernames``."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def get(
        self,
        *,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> UsernameStatus:
        """Get the current business username.

        The phone number's username (absent if it has none) and its status (`approved` or `reserved`).

        ``GET /{phone_number_id}/username``

        Args:
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.usernames.get()``
        """
        parsed = await self._runtime.execute(
            _get_username._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
            ),
            _get_username._parse_response,
            request_options,
        )
        if not isinstance(parsed, UsernameStatus):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def set(
        self,
        *,
        body: SetUsernameRequest,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> UsernameStatus:
        """Adopt or change the business username.

        Requests `username` for the phone number. `status` `approved`: visible once usernames launch;
        `reserved`: approved, not yet visible. Errors: 147001 (not available), 147002 (account not
        eligible), 147003/147004 (link the phone number to the Facebook Page / Instagram account using
        that name), 100 (invalid format).

        ``POST /{phone_number_id}/username``

        Args:
            body: The request body (SetUsernameRequest).
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.usernames.set(body=SetUsernameRequest(...))``
        """
        parsed = await self._runtime.execute(
            _set_username._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
                body=body,
            ),
            _set_username._parse_response,
            request_options,
        )
        if not isinstance(parsed, UsernameStatus):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def delete(
        self,
        *,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Delete the business username.

        Removes the phone number's username.

        ``DELETE /{phone_number_id}/username``

        Args:
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.usernames.delete()``
        """
        parsed = await self._runtime.execute(
            _delete_username._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
            ),
            _delete_username._parse_response,
            request_options,
        )
        if not isinstance(parsed, SuccessResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def list_suggestions(
        self,
        *,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> UsernameSuggestions:
        """List the usernames reserved for the business.

        Usernames WhatsApp reserved for the business portfolio; they have a higher chance of approval.

        ``GET /{phone_number_id}/username_suggestions``

        Args:
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.usernames.list_suggestions()``
        """
        parsed = await self._runtime.execute(
            _list_username_suggestions._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
            ),
            _list_username_suggestions._parse_response,
            request_options,
        )
        if not isinstance(parsed, UsernameSuggestions):
            raise self._runtime.unexpected(parsed)
        return parsed
