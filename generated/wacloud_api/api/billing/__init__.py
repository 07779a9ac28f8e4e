"""Namespace for the ``billing`` API area: ``Billing`` (sync) and ``AsyncBilling`` (asyncio)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import cast

from ...models.billing_migration import BillingMigration
from ...models.billing_migration_create import BillingMigrationCreate
from ...models.billing_migration_started import BillingMigrationStarted
from ...models.graph_error_response import GraphErrorResponse
from ...types import AsyncRuntime, RequestOptions, SyncRuntime
from . import create_billing_migration as _create_billing_migration
from . import get_billing_migration as _get_billing_migration
from . import resume_billing_migration as _resume_billing_migration

__all__ = ["AsyncBilling", "Billing"]


class Billing:
    """Operations of the ``billing`` area. Reach it as ``client.billing``."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def create_migration(
        self,
        *,
        body: BillingMigrationCreate,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> BillingMigrationStarted:
        """Start moving a WhatsApp Business Account to another currency or payment method.

        Starts the migration: Meta creates the destination account in `currency` and copies the source's
        assets into it. Poll `get_migration` until `status` is `READY_TO_COMPLETE`, then call
        `resume_migration`.

        ``POST /{waba_id}/set_payment_method_migration_intent``

        Args:
            body: The request body (BillingMigrationCreate).
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.billing.create_migration(body=BillingMigrationCreate(...))``
        """
        parsed = self._runtime.execute(
            _create_billing_migration._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                body=body,
            ),
            _create_billing_migration._parse_response,
            request_options,
        )
        if not isinstance(parsed, BillingMigrationStarted):
            raise self._runtime.unexpected(parsed)
        return parsed

    def get_migration(
        self,
        billing_migration_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> BillingMigration:
        """Retrieve the progress of a currency migration.

        Returns the migration's status and, once created, the destination account.

        ``GET /{billing_migration_id}``

        Args:
            billing_migration_id: A currency migration id (`migration_id` from `billing.create_migration`).
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.billing.get_migration("...")``
        """
        parsed = self._runtime.execute(
            _get_billing_migration._get_kwargs(
                billing_migration_id,
            ),
            _get_billing_migration._parse_response,
            request_options,
        )
        if not isinstance(parsed, BillingMigration):
            raise self._runtime.unexpected(parsed)
        return parsed

    def resume_migration(
        self,
        billing_migration_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> BillingMigration:
        """Complete a currency migration.

        Moves the phone numbers to the destination account (status `READY_TO_COMPLETE`). After a
        `FAILED_TO_COMPLETE` call it again; after `FAILED`, start a new migration.

        ``POST /{billing_migration_id}/resume_migration``

        Args:
            billing_migration_id: A currency migration id (`migration_id` from `billing.create_migration`).
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.billing.resume_migration("...")``
        """
        parsed = self._runtime.execute(
            _resume_billing_migration._get_kwargs(
                billing_migration_id,
            ),
            _resume_billing_migration._parse_response,
            request_options,
        )
        if not isinstance(parsed, BillingMigration):
            raise self._runtime.unexpected(parsed)
        return parsed


class AsyncBilling:
    """Operations of the ``billing`` area (asyncio). Reach it as ``client.billing``."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def create_migration(
        self,
        *,
        body: BillingMigrationCreate,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> BillingMigrationStarted:
        """Start moving a WhatsApp Business Account to another currency or payment method.

        Starts the migration: Meta creates the destination account in `currency` and copies the source's
        assets into it. Poll `get_migration` until `status` is `READY_TO_COMPLETE`, then call
        `resume_migration`.

        ``POST /{waba_id}/set_payment_method_migration_intent``

        Args:
            body: The request body (BillingMigrationCreate).
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.billing.create_migration(body=BillingMigrationCreate(...))``
        """
        parsed = await self._runtime.execute(
            _create_billing_migration._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                body=body,
            ),
            _create_billing_migration._parse_response,
            request_options,
        )
        if not isinstance(parsed, BillingMigrationStarted):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def get_migration(
        self,
        billing_migration_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> BillingMigration:
        """Retrieve the progress of a currency migration.

        Returns the migration's status and, once created, the destination account.

        ``GET /{billing_migration_id}``

        Args:
            billing_migration_id: A currency migration id (`migration_id` from `billing.create_migration`).
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.billing.get_migration("...")``
        """
        parsed = await self._runtime.execute(
            _get_billing_migration._get_kwargs(
                billing_migration_id,
            ),
            _get_billing_migration._parse_response,
            request_options,
        )
        if not isinstance(parsed, BillingMigration):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def resume_migration(
        self,
        billing_migration_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> BillingMigration:
        """Complete a currency migration.

        Moves the phone numbers to the destination account (status `READY_TO_COMPLETE`). After a
        `FAILED_TO_COMPLETE` call it again; after `FAILED`, start a new migration.

        ``POST /{billing_migration_id}/resume_migration``

        Args:
            billing_migration_id: A currency migration id (`migration_id` from `billing.create_migration`).
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.billing.resume_migration("...")``
        """
        parsed = await self._runtime.execute(
            _resume_billing_migration._get_kwargs(
                billing_migration_id,
            ),
            _resume_billing_migration._parse_response,
            request_options,
        )
        if not isinstance(parsed, BillingMigration):
            raise self._runtime.unexpected(parsed)
        return parsed
