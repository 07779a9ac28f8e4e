"""Namespace for the ``payments`` API area: ``Payments`` (sync) and ``AsyncPayments`` (asyncio)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import cast

from ...models.graph_error_response import GraphErrorResponse
from ...models.payment_configuration_create import PaymentConfigurationCreate
from ...models.payment_configuration_link_response import PaymentConfigurationLinkResponse
from ...models.payment_configuration_list import PaymentConfigurationList
from ...models.payment_configuration_name import PaymentConfigurationName
from ...models.payment_configuration_oauth_link import PaymentConfigurationOauthLink
from ...models.payment_configuration_oauth_link_request import PaymentConfigurationOauthLinkRequest
from ...models.payment_configuration_update import PaymentConfigurationUpdate
from ...models.success_response import SuccessResponse
from ...types import AsyncRuntime, RequestOptions, SyncRuntime
from . import create_payment_configuration as _create_payment_configuration
from . import delete_payment_configuration as _delete_payment_configuration
from . import generate_payment_configuration_oauth_link as _generate_payment_configuration_oauth_link
from . import get_payment_configuration as _get_payment_configuration
from . import list_payment_configurations as _list_payment_configurations
from . import update_payment_configuration as _update_payment_configuration

__all__ = ["AsyncPayments", "Payments"]


class Payments:
    """Operations of the ``payments`` area. Reach it as ``client.payments``."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def list_configurations(
        self,
        *,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> PaymentConfigurationList:
        """List the payment configurations of a WhatsApp Business Account.

        Returns every payment configuration of the account. Needs `whatsapp_business_management`.

        ``GET /{waba_id}/payment_configurations``

        Args:
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.payments.list_configurations()``
        """
        parsed = self._runtime.execute(
            _list_payment_configurations._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
            ),
            _list_payment_configurations._parse_response,
            request_options,
        )
        if not isinstance(parsed, PaymentConfigurationList):
            raise self._runtime.unexpected(parsed)
        return parsed

    def create_configuration(
        self,
        *,
        body: PaymentConfigurationCreate,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> PaymentConfigurationLinkResponse:
        """Create a payment configuration.

        Creates a payment configuration. For a gateway (`razorpay`, `payu`, `zaakpay`) pass
        `redirect_url`: the answer carries an `oauth_url` the business opens to link its gateway account
        (valid until `expiration`). For `upi_vpa`, pass `merchant_vpa`. Needs
        `whatsapp_business_management`.

        ``POST /{waba_id}/payment_configuration``

        Args:
            body: The request body (PaymentConfigurationCreate).
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.payments.create_configuration(body=PaymentConfigurationCreate(...))``
        """
        parsed = self._runtime.execute(
            _create_payment_configuration._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                body=body,
            ),
            _create_payment_configuration._parse_response,
            request_options,
        )
        if not isinstance(parsed, PaymentConfigurationLinkResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    def delete_configuration(
        self,
        *,
        body: PaymentConfigurationName,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Delete a payment configuration.

        Deletes the payment configuration named in the body. Needs `whatsapp_business_management`.

        ``DELETE /{waba_id}/payment_configuration``

        Args:
            body: The request body (PaymentConfigurationName).
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.payments.delete_configuration(body=PaymentConfigurationName(...))``
        """
        parsed = self._runtime.execute(
            _delete_payment_configuration._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                body=body,
            ),
            _delete_payment_configuration._parse_response,
            request_options,
        )
        if not isinstance(parsed, SuccessResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    def get_configuration(
        self,
        configuration_name: str,
        *,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> PaymentConfigurationList:
        """Retrieve a payment configuration.

        Returns one payment configuration, in the same envelope as the list. Needs
        `whatsapp_business_management`.

        ``GET /{waba_id}/payment_configuration/{configuration_name}``

        Args:
            configuration_name: The configuration's name (unique within the WABA).
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.payments.get_configuration("...")``
        """
        parsed = self._runtime.execute(
            _get_payment_configuration._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                configuration_name,
            ),
            _get_payment_configuration._parse_response,
            request_options,
        )
        if not isinstance(parsed, PaymentConfigurationList):
            raise self._runtime.unexpected(parsed)
        return parsed

    def update_configuration(
        self,
        configuration_name: str,
        *,
        body: PaymentConfigurationUpdate,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> PaymentConfigurationLinkResponse:
        """Update a payment configuration.

        Changes the configuration's codes, VPA or provider. Changing the gateway answers a new
        `oauth_url` to link it. Needs `whatsapp_business_management`.

        ``POST /{waba_id}/payment_configuration/{configuration_name}``

        Args:
            configuration_name: The configuration's name (unique within the WABA).
            body: The request body (PaymentConfigurationUpdate).
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.payments.update_configuration("...", body=PaymentConfigurationUpdate(...))``
        """
        parsed = self._runtime.execute(
            _update_payment_configuration._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                configuration_name,
                body=body,
            ),
            _update_payment_configuration._parse_response,
            request_options,
        )
        if not isinstance(parsed, PaymentConfigurationLinkResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    def generate_configuration_oauth_link(
        self,
        *,
        body: PaymentConfigurationOauthLinkRequest,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> PaymentConfigurationOauthLink:
        """Generate a new gateway OAuth link for a payment configuration.

        Returns a fresh `oauth_url` (the previous one expired, or the gateway must be linked again).
        Needs `whatsapp_business_management`.

        ``POST /{waba_id}/generate_payment_configuration_oauth_link``

        Args:
            body: The request body (PaymentConfigurationOauthLinkRequest).
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.payments.generate_configuration_oauth_link(body=PaymentConfigurationOauthLinkRequest(...))``
        """
        parsed = self._runtime.execute(
            _generate_payment_configuration_oauth_link._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                body=body,
            ),
            _generate_payment_configuration_oauth_link._parse_response,
            request_options,
        )
        if not isinstance(parsed, PaymentConfigurationOauthLink):
            raise self._runtime.unexpected(parsed)
        return parsed


class AsyncPayments:
    """Operations of the ``payments`` area (asyncio). Reach it as ``client.payments``."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def list_configurations(
        self,
        *,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> PaymentConfigurationList:
        """List the payment configurations of a WhatsApp Business Account.

        Returns every payment configuration of the account. Needs `whatsapp_business_management`.

        ``GET /{waba_id}/payment_configurations``

        Args:
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.payments.list_configurations()``
        """
        parsed = await self._runtime.execute(
            _list_payment_configurations._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
            ),
            _list_payment_configurations._parse_response,
            request_options,
        )
        if not isinstance(parsed, PaymentConfigurationList):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def create_configuration(
        self,
        *,
        body: PaymentConfigurationCreate,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> PaymentConfigurationLinkResponse:
        """Create a payment configuration.

        Creates a payment configuration. For a gateway (`razorpay`, `payu`, `zaakpay`) pass
        `redirect_url`: the answer carries an `oauth_url` the business opens to link its gateway account
        (valid until `expiration`). For `upi_vpa`, pass `merchant_vpa`. Needs
        `whatsapp_business_management`.

        ``POST /{waba_id}/payment_configuration``

        Args:
            body: The request body (PaymentConfigurationCreate).
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.payments.create_configuration(body=PaymentConfigurationCreate(...))``
        """
        parsed = await self._runtime.execute(
            _create_payment_configuration._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                body=body,
            ),
            _create_payment_configuration._parse_response,
            request_options,
        )
        if not isinstance(parsed, PaymentConfigurationLinkResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def delete_configuration(
        self,
        *,
        body: PaymentConfigurationName,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Delete a payment configuration.

        Deletes the payment configuration named in the body. Needs `whatsapp_business_management`.

        ``DELETE /{waba_id}/payment_configuration``

        Args:
            body: The request body (PaymentConfigurationName).
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.payments.delete_configuration(body=PaymentConfigurationName(...))``
        """
        parsed = await self._runtime.execute(
            _delete_payment_configuration._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                body=body,
            ),
            _delete_payment_configuration._parse_response,
            request_options,
        )
        if not isinstance(parsed, SuccessResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def get_configuration(
        self,
        configuration_name: str,
        *,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> PaymentConfigurationList:
        """Retrieve a payment configuration.

        Returns one payment configuration, in the same envelope as the list. Needs
        `whatsapp_business_management`.

        ``GET /{waba_id}/payment_configuration/{configuration_name}``

        Args:
            configuration_name: The configuration's name (unique within the WABA).
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.payments.get_configuration("...")``
        """
        parsed = await self._runtime.execute(
            _get_payment_configuration._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                configuration_name,
            ),
            _get_payment_configuration._parse_response,
            request_options,
        )
        if not isinstance(parsed, PaymentConfigurationList):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def update_configuration(
        self,
        configuration_name: str,
        *,
        body: PaymentConfigurationUpdate,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> PaymentConfigurationLinkResponse:
        """Update a payment configuration.

        Changes the configuration's codes, VPA or provider. Changing the gateway answers a new
        `oauth_url` to link it. Needs `whatsapp_business_management`.

        ``POST /{waba_id}/payment_configuration/{configuration_name}``

        Args:
            configuration_name: The configuration's name (unique within the WABA).
            body: The request body (PaymentConfigurationUpdate).
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.payments.update_configuration("...", body=PaymentConfigurationUpdate(...))``
        """
        parsed = await self._runtime.execute(
            _update_payment_configuration._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                configuration_name,
                body=body,
            ),
            _update_payment_configuration._parse_response,
            request_options,
        )
        if not isinstance(parsed, PaymentConfigurationLinkResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def generate_configuration_oauth_link(
        self,
        *,
        body: PaymentConfigurationOauthLinkRequest,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> PaymentConfigurationOauthLink:
        """Generate a new gateway OAuth link for a payment configuration.

        Returns a fresh `oauth_url` (the previous one expired, or the gateway must be linked again).
        Needs `whatsapp_business_management`.

        ``POST /{waba_id}/generate_payment_configuration_oauth_link``

        Args:
            body: The request body (PaymentConfigurationOauthLinkRequest).
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.payments.generate_configuration_oauth_link(body=PaymentConfigurationOauthLinkRequest(...))``
        """
        parsed = await self._runtime.execute(
            _generate_payment_configuration_oauth_link._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                body=body,
            ),
            _generate_payment_configuration_oauth_link._parse_response,
            request_options,
        )
        if not isinstance(parsed, PaymentConfigurationOauthLink):
            raise self._runtime.unexpected(parsed)
        return parsed
