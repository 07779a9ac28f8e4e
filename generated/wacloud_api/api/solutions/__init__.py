"""Namespace for the ``solutions`` API area: ``Solutions`` (sync) and ``AsyncSolutions`` (asyncio)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import cast

from ...models.graph_error_response import GraphErrorResponse
from ...models.list_solutions_role import ListSolutionsRole, check_list_solutions_role
from ...models.solution import Solution
from ...models.solution_accept_request import SolutionAcceptRequest
from ...models.solution_accept_response import SolutionAcceptResponse
from ...models.solution_access_token import SolutionAccessToken
from ...models.solution_create import SolutionCreate
from ...models.solution_created import SolutionCreated
from ...models.solution_deactivation_request import SolutionDeactivationRequest
from ...models.solution_deactivation_request_response import SolutionDeactivationRequestResponse
from ...models.solution_list import SolutionList
from ...models.solution_migration_intent import SolutionMigrationIntent
from ...models.solution_migration_intent_created import SolutionMigrationIntentCreated
from ...models.solution_migration_intent_request import SolutionMigrationIntentRequest
from ...models.solution_reject_deactivation_request import SolutionRejectDeactivationRequest
from ...models.solution_reject_request import SolutionRejectRequest
from ...models.solution_reject_response import SolutionRejectResponse
from ...types import AsyncRuntime, RequestOptions, SyncRuntime
from . import accept_solution as _accept_solution
from . import accept_solution_deactivation_request as _accept_solution_deactivation_request
from . import create_solution as _create_solution
from . import get_solution as _get_solution
from . import get_solution_access_token as _get_solution_access_token
from . import get_solution_migration_intent as _get_solution_migration_intent
from . import list_solutions as _list_solutions
from . import list_solutions_for_waba as _list_solutions_for_waba
from . import reject_solution as _reject_solution
from . import reject_solution_deactivation_request as _reject_solution_deactivation_request
from . import send_solution_deactivation_request as _send_solution_deactivation_request
from . import set_solution_migration_intent as _set_solution_migration_intent

__all__ = ["AsyncSolutions", "Solutions"]


class Solutions:
    """Operations of the ``solutions`` area. Reach it as ``client.solutions``."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def create(
        self,
        *,
        body: SolutionCreate,
        app_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SolutionCreated:
        """Create a Multi-Partner Solution.

        Creates a solution owned by your app and invites `partner_app_id`; the partner accepts with
        `solutions.accept`. Returns the solution id. Needs `whatsapp_business_management`.

        ``POST /{app_id}/whatsapp_business_solution``

        Args:
            body: The request body (SolutionCreate).
            app_id: Overrides the client's configured app_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.solutions.create(body=SolutionCreate(...))``
        """
        parsed = self._runtime.execute(
            _create_solution._get_kwargs(
                self._runtime.path_default("app_id", app_id),
                body=body,
            ),
            _create_solution._parse_response,
            request_options,
        )
        if not isinstance(parsed, SolutionCreated):
            raise self._runtime.unexpected(parsed)
        return parsed

    def list(
        self,
        *,
        role: ListSolutionsRole | None = None,
        fields: str | None = None,
        limit: int | None = None,
        after: str | None = None,
        before: str | None = None,
        app_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SolutionList:
        """List the Multi-Partner Solutions of an app.

        Returns the solutions your app owns or takes part in (`role=OWNER` or `PARTNER` to choose), one
        page at a time. Needs `whatsapp_business_management`.

        ``GET /{app_id}/whatsapp_business_solutions``

        Args:
            role: Only solutions where the app is `OWNER` or `PARTNER`.
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            limit: Maximum number of items per page.
            after: Cursor from `paging.cursors.after` of the previous page.
            before: Cursor from `paging.cursors.before` of the next page.
            app_id: Overrides the client's configured app_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.solutions.list()``
        """
        parsed = self._runtime.execute(
            _list_solutions._get_kwargs(
                self._runtime.path_default("app_id", app_id),
                role=role,
                fields=fields,
                limit=limit,
                after=after,
                before=before,
            ),
            _list_solutions._parse_response,
            request_options,
        )
        if not isinstance(parsed, SolutionList):
            raise self._runtime.unexpected(parsed)
        return parsed

    def iter_list(
        self,
        *,
        role: ListSolutionsRole | None = None,
        fields: str | None = None,
        limit: int | None = None,
        app_id: str | None = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[Solution]:
        """Iterate over every item of ``list``, fetching pages lazily.

        Follows ``paging.cursors.after`` while Graph reports a next page; stops after ``max_items`` items.
        Takes the same filters as ``list`` (``limit`` is the page size).

        Example:
            ``for item in client.solutions.iter_list(max_items=100): ...``
        """
        return self._runtime.paginate(
            lambda after: _list_solutions._get_kwargs(
                self._runtime.path_default("app_id", app_id),
                role=role,
                fields=fields,
                limit=limit,
                after=after,
            ),
            _list_solutions._parse_response,
            request_options,
            max_items,
            Solution,
        )

    def get(
        self,
        solution_id: str,
        *,
        fields: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Solution:
        """Retrieve a Multi-Partner Solution.

        Returns the solution: name, owner app, status (`DRAFT`, `INITIATED`, `ACTIVE`, `REJECTED`,
        `DEACTIVATED`), a pending activation or deactivation, and the owner's permissions. Needs
        `whatsapp_business_management`.

        ``GET /{solution_id}``

        Args:
            solution_id: A Multi-Partner Solution id.
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.solutions.get("...")``
        """
        parsed = self._runtime.execute(
            _get_solution._get_kwargs(
                solution_id,
                fields=fields,
            ),
            _get_solution._parse_response,
            request_options,
        )
        if not isinstance(parsed, Solution):
            raise self._runtime.unexpected(parsed)
        return parsed

    def get_access_token(
        self,
        solution_id: str,
        *,
        business_id: str,
        request_options: RequestOptions | None = None,
    ) -> SolutionAccessToken:
        """Get a business token for a customer onboarded through the solution.

        Returns a granular business integration system user (BISU) access token for `business_id`, a
        customer that onboarded through the solution, scoped to the WABAs it shared. The token is a
        secret: wacloud never logs it, and the returned model does not show it in its repr. Needs
        `whatsapp_business_management`.

        ``GET /{solution_id}/access_token``

        Args:
            solution_id: A Multi-Partner Solution id.
            business_id: The customer's business portfolio id.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.solutions.get_access_token("...")``
        """
        parsed = self._runtime.execute(
            _get_solution_access_token._get_kwargs(
                solution_id,
                business_id=business_id,
            ),
            _get_solution_access_token._parse_response,
            request_options,
        )
        if not isinstance(parsed, SolutionAccessToken):
            raise self._runtime.unexpected(parsed)
        return parsed

    def accept(
        self,
        solution_id: str,
        *,
        body: SolutionAcceptRequest,
        request_options: RequestOptions | None = None,
    ) -> SolutionAcceptResponse:
        """Accept an invitation to a Multi-Partner Solution.

        Accepts, as the partner app, the invitation to the solution. Needs
        `whatsapp_business_management`.

        ``POST /{solution_id}/accept``

        Args:
            solution_id: A Multi-Partner Solution id.
            body: The request body (SolutionAcceptRequest).
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.solutions.accept("...", body=SolutionAcceptRequest(...))``
        """
        parsed = self._runtime.execute(
            _accept_solution._get_kwargs(
                solution_id,
                body=body,
            ),
            _accept_solution._parse_response,
            request_options,
        )
        if not isinstance(parsed, SolutionAcceptResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    def reject(
        self,
        solution_id: str,
        *,
        body: SolutionRejectRequest,
        request_options: RequestOptions | None = None,
    ) -> SolutionRejectResponse:
        """Reject an invitation to (or a deactivation of) a Multi-Partner Solution.

        Rejects a pending partnership request (`request_type=PARTNERSHIP_REQUEST`, with
        `partner_app_id`) or a pending deactivation request. Needs `whatsapp_business_management`.

        ``POST /{solution_id}/reject``

        Args:
            solution_id: A Multi-Partner Solution id.
            body: The request body (SolutionRejectRequest).
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.solutions.reject("...", body=SolutionRejectRequest(...))``
        """
        parsed = self._runtime.execute(
            _reject_solution._get_kwargs(
                solution_id,
                body=body,
            ),
            _reject_solution._parse_response,
            request_options,
        )
        if not isinstance(parsed, SolutionRejectResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    def send_deactivation_request(
        self,
        solution_id: str,
        *,
        body: SolutionDeactivationRequest | None = None,
        request_options: RequestOptions | None = None,
    ) -> SolutionDeactivationRequestResponse:
        """Ask to deactivate a Multi-Partner Solution.

        Asks the other app of the solution to agree to deactivate it; it accepts or rejects with
        `accept_deactivation_request` / `reject_deactivation_request`. Needs
        `whatsapp_business_management`.

        ``POST /{solution_id}/send_deactivation_request``

        Args:
            solution_id: A Multi-Partner Solution id.
            body: The request body (SolutionDeactivationRequest).
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.solutions.send_deactivation_request("...", body=SolutionDeactivationRequest(...))``
        """
        parsed = self._runtime.execute(
            _send_solution_deactivation_request._get_kwargs(
                solution_id,
                body=body,
            ),
            _send_solution_deactivation_request._parse_response,
            request_options,
        )
        if not isinstance(parsed, SolutionDeactivationRequestResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    def accept_deactivation_request(
        self,
        solution_id: str,
        *,
        fields: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Solution:
        """Accept a request to deactivate a Multi-Partner Solution.

        Agrees to the pending deactivation; the solution becomes `DEACTIVATED` and is returned. Needs
        `whatsapp_business_management`.

        ``POST /{solution_id}/accept_deactivation_request``

        Args:
            solution_id: A Multi-Partner Solution id.
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.solutions.accept_deactivation_request("...")``
        """
        parsed = self._runtime.execute(
            _accept_solution_deactivation_request._get_kwargs(
                solution_id,
                fields=fields,
            ),
            _accept_solution_deactivation_request._parse_response,
            request_options,
        )
        if not isinstance(parsed, Solution):
            raise self._runtime.unexpected(parsed)
        return parsed

    def reject_deactivation_request(
        self,
        solution_id: str,
        *,
        body: SolutionRejectDeactivationRequest | None = None,
        fields: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Solution:
        """Reject a request to deactivate a Multi-Partner Solution.

        Refuses the pending deactivation; the solution stays `ACTIVE` and is returned. Needs
        `whatsapp_business_management`.

        ``POST /{solution_id}/reject_deactivation_request``

        Args:
            solution_id: A Multi-Partner Solution id.
            body: The request body (SolutionRejectDeactivationRequest).
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.solutions.reject_deactivation_request("...", body=SolutionRejectDeactivationRequest(...))``
        """
        parsed = self._runtime.execute(
            _reject_solution_deactivation_request._get_kwargs(
                solution_id,
                body=body,
                fields=fields,
            ),
            _reject_solution_deactivation_request._parse_response,
            request_options,
        )
        if not isinstance(parsed, Solution):
            raise self._runtime.unexpected(parsed)
        return parsed

    def get_migration_intent(
        self,
        migration_intent_id: str,
        *,
        fields: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SolutionMigrationIntent:
        """Retrieve a solution migration intent.

        Returns a migration intent and its status: `INITIATED`, `ACCEPTED` (by the customer), `REJECTED`
        or `COMPLETED`. Needs `whatsapp_business_management`.

        ``GET /{migration_intent_id}``

        Args:
            migration_intent_id: A solution migration intent id (from `solutions.set_migration_intent`).
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.solutions.get_migration_intent("...")``
        """
        parsed = self._runtime.execute(
            _get_solution_migration_intent._get_kwargs(
                migration_intent_id,
                fields=fields,
            ),
            _get_solution_migration_intent._parse_response,
            request_options,
        )
        if not isinstance(parsed, SolutionMigrationIntent):
            raise self._runtime.unexpected(parsed)
        return parsed

    def list_for_waba(
        self,
        *,
        fields: str | None = None,
        limit: int | None = None,
        after: str | None = None,
        before: str | None = None,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SolutionList:
        """List the Multi-Partner Solutions a WhatsApp Business Account uses.

        Returns the solutions the account is onboarded to, one page at a time. Needs
        `whatsapp_business_management`.

        ``GET /{waba_id}/solutions``

        Args:
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            limit: Maximum number of items per page.
            after: Cursor from `paging.cursors.after` of the previous page.
            before: Cursor from `paging.cursors.before` of the next page.
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.solutions.list_for_waba()``
        """
        parsed = self._runtime.execute(
            _list_solutions_for_waba._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                fields=fields,
                limit=limit,
                after=after,
                before=before,
            ),
            _list_solutions_for_waba._parse_response,
            request_options,
        )
        if not isinstance(parsed, SolutionList):
            raise self._runtime.unexpected(parsed)
        return parsed

    def iter_list_for_waba(
        self,
        *,
        fields: str | None = None,
        limit: int | None = None,
        waba_id: str | None = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[Solution]:
        """Iterate over every item of ``list_for_waba``, fetching pages lazily.

        Follows ``paging.cursors.after`` while Graph reports a next page; stops after ``max_items`` items.
        Takes the same filters as ``list_for_waba`` (``limit`` is the page size).

        Example:
            ``for item in client.solutions.iter_list_for_waba(max_items=100): ...``
        """
        return self._runtime.paginate(
            lambda after: _list_solutions_for_waba._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                fields=fields,
                limit=limit,
                after=after,
            ),
            _list_solutions_for_waba._parse_response,
            request_options,
            max_items,
            Solution,
        )

    def set_migration_intent(
        self,
        *,
        body: SolutionMigrationIntentRequest,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SolutionMigrationIntentCreated:
        """Start moving a WhatsApp Business Account to another solution.

        Records the intent to move the account from one Multi-Partner Solution (or partner) to another;
        the customer approves it, then it completes. Follow it with `solutions.get_migration_intent`.
        Needs `whatsapp_business_management`.

        ``POST /{waba_id}/set_solution_migration_intent``

        Args:
            body: The request body (SolutionMigrationIntentRequest).
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.solutions.set_migration_intent(body=SolutionMigrationIntentRequest(...))``
        """
        parsed = self._runtime.execute(
            _set_solution_migration_intent._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                body=body,
            ),
            _set_solution_migration_intent._parse_response,
            request_options,
        )
        if not isinstance(parsed, SolutionMigrationIntentCreated):
            raise self._runtime.unexpected(parsed)
        return parsed


class AsyncSolutions:
    """Operations of the ``solutions`` area (asyncio). Reach it as ``client.solutions``."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def create(
        self,
        *,
        body: SolutionCreate,
        app_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SolutionCreated:
        """Create a Multi-Partner Solution.

        Creates a solution owned by your app and invites `partner_app_id`; the partner accepts with
        `solutions.accept`. Returns the solution id. Needs `whatsapp_business_management`.

        ``POST /{app_id}/whatsapp_business_solution``

        Args:
            body: The request body (SolutionCreate).
            app_id: Overrides the client's configured app_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.solutions.create(body=SolutionCreate(...))``
        """
        parsed = await self._runtime.execute(
            _create_solution._get_kwargs(
                self._runtime.path_default("app_id", app_id),
                body=body,
            ),
            _create_solution._parse_response,
            request_options,
        )
        if not isinstance(parsed, SolutionCreated):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def list(
        self,
        *,
        role: ListSolutionsRole | None = None,
        fields: str | None = None,
        limit: int | None = None,
        after: str | None = None,
        before: str | None = None,
        app_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SolutionList:
        """List the Multi-Partner Solutions of an app.

        Returns the solutions your app owns or takes part in (`role=OWNER` or `PARTNER` to choose), one
        page at a time. Needs `whatsapp_business_management`.

        ``GET /{app_id}/whatsapp_business_solutions``

        Args:
            role: Only solutions where the app is `OWNER` or `PARTNER`.
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            limit: Maximum number of items per page.
            after: Cursor from `paging.cursors.after` of the previous page.
            before: Cursor from `paging.cursors.before` of the next page.
            app_id: Overrides the client's configured app_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.solutions.list()``
        """
        parsed = await self._runtime.execute(
            _list_solutions._get_kwargs(
                self._runtime.path_default("app_id", app_id),
                role=role,
                fields=fields,
                limit=limit,
                after=after,
                before=before,
            ),
            _list_solutions._parse_response,
            request_options,
        )
        if not isinstance(parsed, SolutionList):
            raise self._runtime.unexpected(parsed)
        return parsed

    def iter_list(
        self,
        *,
        role: ListSolutionsRole | None = None,
        fields: str | None = None,
        limit: int | None = None,
        app_id: str | None = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[Solution]:
        """Iterate (``async for``) over every item of ``list``, fetching pages lazily.

        Follows ``paging.cursors.after`` while Graph reports a next page; stops after ``max_items`` items.

        Example:
            ``async for item in client.solutions.iter_list(max_items=100): ...``
        """
        return self._runtime.paginate(
            lambda after: _list_solutions._get_kwargs(
                self._runtime.path_default("app_id", app_id),
                role=role,
                fields=fields,
                limit=limit,
                after=after,
            ),
            _list_solutions._parse_response,
            request_options,
            max_items,
            Solution,
        )

    async def get(
        self,
        solution_id: str,
        *,
        fields: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Solution:
        """Retrieve a Multi-Partner Solution.

        Returns the solution: name, owner app, status (`DRAFT`, `INITIATED`, `ACTIVE`, `REJECTED`,
        `DEACTIVATED`), a pending activation or deactivation, and the owner's permissions. Needs
        `whatsapp_business_management`.

        ``GET /{solution_id}``

        Args:
            solution_id: A Multi-Partner Solution id.
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.solutions.get("...")``
        """
        parsed = await self._runtime.execute(
            _get_solution._get_kwargs(
                solution_id,
                fields=fields,
            ),
            _get_solution._parse_response,
            request_options,
        )
        if not isinstance(parsed, Solution):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def get_access_token(
        self,
        solution_id: str,
        *,
        business_id: str,
        request_options: RequestOptions | None = None,
    ) -> SolutionAccessToken:
        """Get a business token for a customer onboarded through the solution.

        Returns a granular business integration system user (BISU) access token for `business_id`, a
        customer that onboarded through the solution, scoped to the WABAs it shared. The token is a
        secret: wacloud never logs it, and the returned model does not show it in its repr. Needs
        `whatsapp_business_management`.

        ``GET /{solution_id}/access_token``

        Args:
            solution_id: A Multi-Partner Solution id.
            business_id: The customer's business portfolio id.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.solutions.get_access_token("...")``
        """
        parsed = await self._runtime.execute(
            _get_solution_access_token._get_kwargs(
                solution_id,
                business_id=business_id,
            ),
            _get_solution_access_token._parse_response,
            request_options,
        )
        if not isinstance(parsed, SolutionAccessToken):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def accept(
        self,
        solution_id: str,
        *,
        body: SolutionAcceptRequest,
        request_options: RequestOptions | None = None,
    ) -> SolutionAcceptResponse:
        """Accept an invitation to a Multi-Partner Solution.

        Accepts, as the partner app, the invitation to the solution. Needs
        `whatsapp_business_management`.

        ``POST /{solution_id}/accept``

        Args:
            solution_id: A Multi-Partner Solution id.
            body: The request body (SolutionAcceptRequest).
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.solutions.accept("...", body=SolutionAcceptRequest(...))``
        """
        parsed = await self._runtime.execute(
            _accept_solution._get_kwargs(
                solution_id,
                body=body,
            ),
            _accept_solution._parse_response,
            request_options,
        )
        if not isinstance(parsed, SolutionAcceptResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def reject(
        self,
        solution_id: str,
        *,
        body: SolutionRejectRequest,
        request_options: RequestOptions | None = None,
    ) -> SolutionRejectResponse:
        """Reject an invitation to (or a deactivation of) a Multi-Partner Solution.

        Rejects a pending partnership request (`request_type=PARTNERSHIP_REQUEST`, with
        `partner_app_id`) or a pending deactivation request. Needs `whatsapp_business_management`.

        ``POST /{solution_id}/reject``

        Args:
            solution_id: A Multi-Partner Solution id.
            body: The request body (SolutionRejectRequest).
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.solutions.reject("...", body=SolutionRejectRequest(...))``
        """
        parsed = await self._runtime.execute(
            _reject_solution._get_kwargs(
                solution_id,
                body=body,
            ),
            _reject_solution._parse_response,
            request_options,
        )
        if not isinstance(parsed, SolutionRejectResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def send_deactivation_request(
        self,
        solution_id: str,
        *,
        body: SolutionDeactivationRequest | None = None,
        request_options: RequestOptions | None = None,
    ) -> SolutionDeactivationRequestResponse:
        """Ask to deactivate a Multi-Partner Solution.

        Asks the other app of the solution to agree to deactivate it; it accepts or rejects with
        `accept_deactivation_request` / `reject_deactivation_request`. Needs
        `whatsapp_business_management`.

        ``POST /{solution_id}/send_deactivation_request``

        Args:
            solution_id: A Multi-Partner Solution id.
            body: The request body (SolutionDeactivationRequest).
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.solutions.send_deactivation_request("...", body=SolutionDeactivationRequest(...))``
        """
        parsed = await self._runtime.execute(
            _send_solution_deactivation_request._get_kwargs(
                solution_id,
                body=body,
            ),
            _send_solution_deactivation_request._parse_response,
            request_options,
        )
        if not isinstance(parsed, SolutionDeactivationRequestResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def accept_deactivation_request(
        self,
        solution_id: str,
        *,
        fields: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Solution:
        """Accept a request to deactivate a Multi-Partner Solution.

        Agrees to the pending deactivation; the solution becomes `DEACTIVATED` and is returned. Needs
        `whatsapp_business_management`.

        ``POST /{solution_id}/accept_deactivation_request``

        Args:
            solution_id: A Multi-Partner Solution id.
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.solutions.accept_deactivation_request("...")``
        """
        parsed = await self._runtime.execute(
            _accept_solution_deactivation_request._get_kwargs(
                solution_id,
                fields=fields,
            ),
            _accept_solution_deactivation_request._parse_response,
            request_options,
        )
        if not isinstance(parsed, Solution):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def reject_deactivation_request(
        self,
        solution_id: str,
        *,
        body: SolutionRejectDeactivationRequest | None = None,
        fields: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Solution:
        """Reject a request to deactivate a Multi-Partner Solution.

        Refuses the pending deactivation; the solution stays `ACTIVE` and is returned. Needs
        `whatsapp_business_management`.

        ``POST /{solution_id}/reject_deactivation_request``

        Args:
            solution_id: A Multi-Partner Solution id.
            body: The request body (SolutionRejectDeactivationRequest).
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.solutions.reject_deactivation_request("...", body=SolutionRejectDeactivationRequest(...))``
        """
        parsed = await self._runtime.execute(
            _reject_solution_deactivation_request._get_kwargs(
                solution_id,
                body=body,
                fields=fields,
            ),
            _reject_solution_deactivation_request._parse_response,
            request_options,
        )
        if not isinstance(parsed, Solution):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def get_migration_intent(
        self,
        migration_intent_id: str,
        *,
        fields: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SolutionMigrationIntent:
        """Retrieve a solution migration intent.

        Returns a migration intent and its status: `INITIATED`, `ACCEPTED` (by the customer), `REJECTED`
        or `COMPLETED`. Needs `whatsapp_business_management`.

        ``GET /{migration_intent_id}``

        Args:
            migration_intent_id: A solution migration intent id (from `solutions.set_migration_intent`).
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.solutions.get_migration_intent("...")``
        """
        parsed = await self._runtime.execute(
            _get_solution_migration_intent._get_kwargs(
                migration_intent_id,
                fields=fields,
            ),
            _get_solution_migration_intent._parse_response,
            request_options,
        )
        if not isinstance(parsed, SolutionMigrationIntent):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def list_for_waba(
        self,
        *,
        fields: str | None = None,
        limit: int | None = None,
        after: str | None = None,
        before: str | None = None,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SolutionList:
        """List the Multi-Partner Solutions a WhatsApp Business Account uses.

        Returns the solutions the account is onboarded to, one page at a time. Needs
        `whatsapp_business_management`.

        ``GET /{waba_id}/solutions``

        Args:
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            limit: Maximum number of items per page.
            after: Cursor from `paging.cursors.after` of the previous page.
            before: Cursor from `paging.cursors.before` of the next page.
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.solutions.list_for_waba()``
        """
        parsed = await self._runtime.execute(
            _list_solutions_for_waba._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                fields=fields,
                limit=limit,
                after=after,
                before=before,
            ),
            _list_solutions_for_waba._parse_response,
            request_options,
        )
        if not isinstance(parsed, SolutionList):
            raise self._runtime.unexpected(parsed)
        return parsed

    def iter_list_for_waba(
        self,
        *,
        fields: str | None = None,
        limit: int | None = None,
        waba_id: str | None = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[Solution]:
        """Iterate (``async for``) over every item of ``list_for_waba``, fetching pages lazily.

        Follows ``paging.cursors.after`` while Graph reports a next page; stops after ``max_items`` items.

        Example:
            ``async for item in client.solutions.iter_list_for_waba(max_items=100): ...``
        """
        return self._runtime.paginate(
            lambda after: _list_solutions_for_waba._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                fields=fields,
                limit=limit,
                after=after,
            ),
            _list_solutions_for_waba._parse_response,
            request_options,
            max_items,
            Solution,
        )

    async def set_migration_intent(
        self,
        *,
        body: SolutionMigrationIntentRequest,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SolutionMigrationIntentCreated:
        """Start moving a WhatsApp Business Account to another solution.

        Records the intent to move the account from one Multi-Partner Solution (or partner) to another;
        the customer approves it, then it completes. Follow it with `solutions.get_migration_intent`.
        Needs `whatsapp_business_management`.

        ``POST /{waba_id}/set_solution_migration_intent``

        Args:
            body: The request body (SolutionMigrationIntentRequest).
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.solutions.set_migration_intent(body=SolutionMigrationIntentRequest(...))``
        """
        parsed = await self._runtime.execute(
            _set_solution_migration_intent._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                body=body,
            ),
            _set_solution_migration_intent._parse_response,
            request_options,
        )
        if not isinstance(parsed, SolutionMigrationIntentCreated):
            raise self._runtime.unexpected(parsed)
        return parsed
