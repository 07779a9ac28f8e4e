"""Namespace for the ``calls`` API area: ``Calls`` (sync) and ``AsyncCalls`` (asyncio)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import cast

from ...models.call_accept_request import CallAcceptRequest
from ...models.call_action_response import CallActionResponse
from ...models.call_connect_request import CallConnectRequest
from ...models.call_permissions_response import CallPermissionsResponse
from ...models.call_pre_accept_request import CallPreAcceptRequest
from ...models.call_reject_request import CallRejectRequest
from ...models.call_terminate_request import CallTerminateRequest
from ...models.graph_error_response import GraphErrorResponse
from ...types import AsyncRuntime, RequestOptions, SyncRuntime
from . import get_call_permissions as _get_call_permissions
from . import manage_calls as _manage_calls

__all__ = ["AsyncCalls", "Calls"]


class Calls:
    """Operations of the ``calls`` area. Reach it as ``client.calls``."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def get_permissions(
        self,
        *,
        user_wa_id: str,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> CallPermissionsResponse:
        """Check whether you may call a WhatsApp user.

        Returns the current call permission of a WhatsApp user (`granted`, `temporary`, `pending`,
        `denied`, `expired`, `no_permission`; open-ended) and, for each calling action (`start_call`,
        `send_call_permission_request`), whether it can be performed now and the limits that apply.

        ``GET /{phone_number_id}/call_permissions``

        Args:
            user_wa_id: The WhatsApp id (phone number) of the user you want to call.
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.calls.get_permissions()``
        """
        parsed = self._runtime.execute(
            _get_call_permissions._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
                user_wa_id=user_wa_id,
            ),
            _get_call_permissions._parse_response,
            request_options,
        )
        if not isinstance(parsed, CallPermissionsResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    def manage(
        self,
        *,
        body: CallAcceptRequest | CallConnectRequest | CallPreAcceptRequest | CallRejectRequest | CallTerminateRequest,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> CallActionResponse:
        """Place, pre-accept, accept, reject or terminate a call.

        One endpoint for every call action, chosen by `action`: `connect` places a business-initiated
        call with an SDP offer (needs the user's call permission; error 138006 otherwise) and answers
        the new call id; `pre_accept` and `accept` answer a user-initiated call with an SDP answer;
        `reject` declines it; `terminate` ends a call in progress. The SDP must comply with RFC 8866.
        wacloud's `client.calls.connect`, `pre_accept`, `accept`, `reject` and `terminate` build the
        body for you.

        ``POST /{phone_number_id}/calls``

        Args:
            body: The request body (CallAcceptRequest | CallConnectRequest | CallPreAcceptRequest | CallRejectRequest | CallTerminateRequest).
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.calls.manage(body=CallConnectRequest(...))``
        """
        parsed = self._runtime.execute(
            _manage_calls._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
                body=body,
            ),
            _manage_calls._parse_response,
            request_options,
        )
        if not isinstance(parsed, CallActionResponse):
            raise self._runtime.unexpected(parsed)
        return parsed


class AsyncCalls:
    """Operations of the ``calls`` area (asyncio). Reach it as ``client.calls``."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def get_permissions(
        self,
        *,
        user_wa_id: str,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> CallPermissionsResponse:
        """Check whether you may call a WhatsApp user.

        Returns the current call permission of a WhatsApp user (`granted`, `temporary`, `pending`,
        `denied`, `expired`, `no_permission`; open-ended) and, for each calling action (`start_call`,
        `send_call_permission_request`), whether it can be performed now and the limits that apply.

        ``GET /{phone_number_id}/call_permissions``

        Args:
            user_wa_id: The WhatsApp id (phone number) of the user you want to call.
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.calls.get_permissions()``
        """
        parsed = await self._runtime.execute(
            _get_call_permissions._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
                user_wa_id=user_wa_id,
            ),
            _get_call_permissions._parse_response,
            request_options,
        )
        if not isinstance(parsed, CallPermissionsResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def manage(
        self,
        *,
        body: CallAcceptRequest | CallConnectRequest | CallPreAcceptRequest | CallRejectRequest | CallTerminateRequest,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> CallActionResponse:
        """Place, pre-accept, accept, reject or terminate a call.

        One endpoint for every call action, chosen by `action`: `connect` places a business-initiated
        call with an SDP offer (needs the user's call permission; error 138006 otherwise) and answers
        the new call id; `pre_accept` and `accept` answer a user-initiated call with an SDP answer;
        `reject` declines it; `terminate` ends a call in progress. The SDP must comply with RFC 8866.
        wacloud's `client.calls.connect`, `pre_accept`, `accept`, `reject` and `terminate` build the
        body for you.

        ``POST /{phone_number_id}/calls``

        Args:
            body: The request body (CallAcceptRequest | CallConnectRequest | CallPreAcceptRequest | CallRejectRequest | CallTerminateRequest).
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.calls.manage(body=CallConnectRequest(...))``
        """
        parsed = await self._runtime.execute(
            _manage_calls._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
                body=body,
            ),
            _manage_calls._parse_response,
            request_options,
        )
        if not isinstance(parsed, CallActionResponse):
            raise self._runtime.unexpected(parsed)
        return parsed
